import { describe, expect, it } from 'vitest';
import { REGISTER_LANGUAGES } from '../scripts/fetch/targets.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import type { Classification } from '../src/schemas/classification.ts';
import { outcomes, type Outcome } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A classified COSI outcome of proceedings in each official language (the texts of
 * tests/fixtures/outcome-languages/outcomes.json), over two pages, as a word processor prints an EU classified document
 * (Council Decision 2013/488/EU): the marking at the top of each page and under the number, where a LIMITE document
 * prints LIMITE, and in the two-line footer in LIMITE's cell. The marking is printed as every language version prints
 * it (French and English), in its current form or an older one, one per language. Read back in the shapes of plain
 * `pdftotext` (the footer's cells apart), `pdftotext -layout` (form feeds between the pages) and a page run into one
 * line (the footer row by row, or column by column as plain `pdftotext` reads its table): the classification is the
 * record's, none of its printings stays in the header's other lines or in the body, nor does a piece of the footer.
 */
const NUMBER = '14470/25';
const CODES = ['COSI 180', 'ENFOPOL 390', 'JAI 1502'];
const INITIALS = 'TR/kl';
const DIRECTORATE = 'JAI.1';

/** The markings, each with its level; the languages take them in turn. */
const MARKINGS: readonly Classification[] = [
  { printed: 'RESTREINT UE/EU RESTRICTED', level: 'restricted' },
  { printed: 'CONFIDENTIEL UE/EU CONFIDENTIAL', level: 'confidential' },
  { printed: 'SECRET UE/EU SECRET', level: 'secret' },
  { printed: 'RESTREINT UE', level: 'restricted' },
  { printed: 'EU RESTRICTED', level: 'restricted' },
  { printed: 'CONFIDENTIEL UE', level: 'confidential' },
];

function marking(language: string): Classification {
  const found = MARKINGS[[...REGISTER_LANGUAGES].sort().indexOf(language) % MARKINGS.length];
  if (found === undefined) throw new Error(`no marking for ${language}`);
  return found;
}

/** The first page's top: the marking, the Council's name, place and date, original language, number, the marking again, the codes, the kind. */
function top(outcome: Outcome, mark: string, right: (text: string) => string): string[] {
  return [
    right(mark),
    '',
    outcome.institution,
    '',
    right(outcome.placeDate),
    right('(OR. en)'),
    right(NUMBER),
    '',
    right(mark),
    '',
    ...CODES.map(right),
    '',
    outcome.kind,
    '',
    ...[outcome.labels.from, outcome.from, outcome.labels.to, outcome.to, outcome.labels.subject, outcome.subject].map((text, index) =>
      index % 2 === 0 ? `${text}:` : text,
    ),
    '',
  ];
}

/** The body over two pages: the page break cuts item 3's sentence before a word in lower case past its first two. */
function pages(outcome: Outcome): [string[], string[]] {
  const item = (index: number) => [`${index + 1}. ${outcome.items[index] ?? ''}`, '', outcome.sentences[index] ?? '', ''];
  const words = (outcome.sentences[2] ?? '').split(' ');
  const half = words.findIndex((word, index) => index > 1 && /^\p{Ll}/u.test(word));
  return [
    [outcome.opening, '', ...item(0), ...item(1), `3. ${outcome.items[2] ?? ''}`, '', words.slice(0, half).join(' ')],
    [words.slice(half).join(' '), ''],
  ];
}

const SHAPES: Record<string, (outcome: Outcome, language: string, mark: string) => string> = {
  'plain pdftotext': (outcome, language, mark) => {
    const footer = (page: number) => [NUMBER, DIRECTORATE, '', INITIALS, mark, '', String(page), language.toUpperCase(), ''];
    const [first, second] = pages(outcome);
    return [...top(outcome, mark, (text) => text), ...first, ...footer(1), '\f' + mark, '', ...second, ...footer(2)].join('\n');
  },
  'pdftotext -layout': (outcome, language, mark) => {
    const right = (text: string) => `${' '.repeat(49)}${text}`;
    const centred = (text: string) => `${' '.repeat(30)}${text}`;
    const footer = (page: number) => [
      '',
      `${NUMBER}${' '.repeat(31)}${INITIALS}${' '.repeat(45)}${page}`,
      `${DIRECTORATE}${' '.repeat(30)}${mark}${' '.repeat(30)}${language.toUpperCase()}`,
    ];
    const [first, second] = pages(outcome);
    return [
      ...top(outcome, mark, right).map((line, index) => (index === 0 ? centred(mark) : line)),
      ...first,
      ...footer(1),
      '\f' + centred(mark),
      '',
      ...second,
      ...footer(2),
      '\f',
    ].join('\n');
  },
  'a page run into one line, the footer row by row': (outcome, language, mark) => {
    const footer = (page: number) => `${NUMBER} ${INITIALS} ${page} ${DIRECTORATE} ${mark} ${language.toUpperCase()}`;
    const [first, second] = pages(outcome);
    const line = (lines: string[]) => lines.filter((text) => text.trim() !== '').join(' ');
    return `${line([...top(outcome, mark, (text) => text), ...first])} ${footer(1)}\n${mark} ${line(second)} ${footer(2)}\n`;
  },
  'a page run into one line, the footer column by column': (outcome, language, mark) => {
    const footer = (page: number) => `${NUMBER} ${DIRECTORATE} ${INITIALS} ${mark} ${page} ${language.toUpperCase()}`;
    const [first, second] = pages(outcome);
    const line = (lines: string[]) => lines.filter((text) => text.trim() !== '').join(' ');
    return `${line([...top(outcome, mark, (text) => text), ...first])} ${footer(1)}\n${mark} ${line(second)} ${footer(2)}\n`;
  },
};

describe('a classified outcome of proceedings in each official language', () => {
  it('covers the 24 official languages', () => {
    expect(Object.keys(outcomes).sort()).toEqual([...REGISTER_LANGUAGES].sort());
  });

  for (const [shape, print] of Object.entries(SHAPES)) {
    describe(shape, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        const classification = marking(language);
        it(`reads the ${language} outcome's marking ${classification.printed} as its classification, and no printing of it as text`, () => {
          const record = expectOk(parseDocument(print(outcome, language, classification.printed), `classified-${language}.txt`));
          const texts = [...record.sections.map((section) => section.text), ...record.items.map((item) => item.text)].map(blocksPlain).join('\n');
          expect({
            number: record.number,
            limite: record.limite,
            classification: record.classification,
            codes: record.codes,
            kind: record.kind,
            subject: record.subject,
            other: record.otherHeaderLines.filter((line) => line !== outcome.institution),
            items: record.items.map((item) => [item.number, item.title]),
            body: outcome.sentences.filter((sentence) => !texts.includes(sentence)),
            furniture: [classification.printed, INITIALS, DIRECTORATE, NUMBER].filter((piece) => texts.includes(piece)),
          }).toEqual({
            number: NUMBER,
            limite: false,
            classification,
            codes: CODES,
            kind: 'outcome-of-proceedings',
            subject: outcome.subject,
            other: [],
            items: outcome.items.map((title, index) => [String(index + 1), title]),
            body: [],
            furniture: [],
          });
        });
      }
    });
  }
});

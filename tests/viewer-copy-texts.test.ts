import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { textPage } from './support/document-page-text.ts';
import { outcomes, type Outcome } from './support/outcome-languages.ts';
import { linesMissingFromDocument } from './support/page-lines.ts';
import { pdfViewerCopy } from './support/pdf-viewer-copy.ts';
import { expectOk } from './support/projection.ts';
import { withoutBlankLines } from './support/text-shapes.ts';
import type { OkRecord } from '../src/schemas/record.ts';

/**
 * Nothing lost in a copy out of a PDF viewer: one line per printed line, no form feed and no blank line between the
 * pages, so that the line under a page's footer is the next page's first. The footer is furniture; the line under it
 * never is, whatever its shape: the annex's heading in any official language (`ANNEX`, `ANLAGE I`, `PRIEDAS`), an
 * item's short title in capitals (`6.   Sonstiges`, `7.2.   Encryption`, as `-layout` prints them). The footers of
 * the annex's later pages print its word again, before or after the directorate (`14470/25 TR/kl 3` / `JAI.1 LIMITE
 * EN` / `ANNEX`): there it is furniture, and the page shows the word once. Each page is an outcome of the 24 languages
 * (tests/fixtures/outcome-languages) with an annex.
 */

/** The word each language's annex heading is (the Council's versions print it in capitals). */
const ANNEX_WORD: Record<string, string> = {
  bg: 'ПРИЛОЖЕНИЕ',
  cs: 'PŘÍLOHA',
  da: 'BILAG',
  de: 'ANLAGE',
  el: 'ΠΑΡΑΡΤΗΜΑ',
  en: 'ANNEX',
  es: 'ANEXO',
  et: 'LISA',
  fi: 'LIITE',
  fr: 'ANNEXE',
  ga: 'IARSCRÍBHINN',
  hr: 'PRILOG',
  hu: 'MELLÉKLET',
  it: 'ALLEGATO',
  lt: 'PRIEDAS',
  lv: 'PIELIKUMS',
  mt: 'ANNESS',
  nl: 'BIJLAGE',
  pl: 'ZAŁĄCZNIK',
  pt: 'ANEXO',
  ro: 'ANEXA',
  sk: 'PRÍLOHA',
  sl: 'PRILOGA',
  sv: 'BILAGA',
};

/**
 * Where the annex pages' footers print the annex's word: `before` the directorate on the footer's second line, `after`
 * its language on a line of its own, or last of its pieces one to a line (`columns`, as plain `pdftotext` prints them).
 */
type Where = 'before' | 'after' | 'columns';

/** A source line and whether it is page furniture (a footer's line). */
type Printed = [text: string, furniture?: 'footer'];

/**
 * The outcome as a viewer copies it: its header, opening and first two items on page 1, item 3 on page 2, the annex
 * (headed `annex`, the outcome's footnote sentence as its text) on page 3; each page's two-line footer (`where` the
 * annex pages print the annex's word: `before` the directorate, `after` the language), no blank line anywhere.
 */
function viewerCopy(outcome: Outcome, language: string, annex: string, where: Where): Printed[] {
  const code = language.toUpperCase();
  const pieces = (...texts: string[]): Printed[] => texts.map((text) => [text, 'footer']);
  const footer = (page: number, word: string | null): Printed[] => {
    if (where === 'columns') return pieces('14470/25', 'TR/kl', `${page}`, 'JAI.1', `LIMITE ${code}`, ...(word === null ? [] : [word]));
    if (word === null) return pieces(`14470/25 TR/kl ${page}`, `JAI.1 LIMITE ${code}`);
    return where === 'before'
      ? pieces(`14470/25 TR/kl ${page}`, `${word} JAI.1 LIMITE ${code}`)
      : pieces(`14470/25 TR/kl ${page}`, `JAI.1 LIMITE ${code}`, word);
  };
  return [
    [outcome.institution],
    [outcome.placeDate],
    ['(OR. en)'],
    ['14470/25'],
    ['LIMITE'],
    ['COSI 180'],
    [outcome.kind],
    [`${outcome.labels.from}: ${outcome.from}`],
    [`${outcome.labels.to}: ${outcome.to}`],
    [`${outcome.labels.subject}: ${outcome.subject}`],
    [outcome.opening],
    [`1. ${outcome.items[0] ?? ''}`],
    [outcome.sentences[0] ?? ''],
    [`2. ${outcome.items[1] ?? ''}`],
    [outcome.sentences[1] ?? ''],
    ...footer(1, null),
    [`3. ${outcome.items[2] ?? ''}`],
    [outcome.sentences[2] ?? ''],
    ...footer(2, null),
    [annex],
    [outcome.footnote],
    ...footer(3, annex),
  ];
}

const cases = Object.keys(ANNEX_WORD).flatMap((language) =>
  (['', ' I'] as const).flatMap((numeral) =>
    (['before', 'after', 'columns'] as const).map((where) => ({ language, annex: `${ANNEX_WORD[language] ?? ''}${numeral}`, where })),
  ),
);

describe.each(cases)(
  'an outcome in $language copied out of a viewer, its annex headed $annex (its word $where the footer’s directorate)',
  ({ language, annex, where }) => {
    const outcome = outcomes[language] as Outcome;
    const printed = viewerCopy(outcome, language, annex, where);
    const source = printed.map(([text]) => text).join('\n');

    it('shows every line of the source but the footers on its page, the annex’s heading once', async () => {
      const page = await textPage(source);
      const lines = printed.flatMap(([text, furniture], index) => (furniture === undefined ? [{ line: index + 1, text }] : []));
      expect(linesMissingFromDocument(page, lines).map(({ text }) => text)).toEqual([]);
      expect(page.body.split('\n').filter((line) => line.trim() === annex)).toHaveLength(1);
    });
  },
);

/** The languages whose outcome a viewer copy of plain `pdftotext`'s labels-first header does not read yet, and why. */
const LABELS_FIRST_NOT_READ: Record<string, string> = {};

/** The words of `text` cut in two lines at its middle word, as a header's column wraps a long subject. */
const wrapped = (text: string): string[] => {
  const words = text.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
};

/**
 * Plain `pdftotext` of an outcome whose header table it reads a column at a time: the labels, then the values, copied
 * out of a viewer (no blank line). `number` prints item 1's number between the labels and the values, its title under
 * the values (as in the register's outcomes of 2021), the subject `wrap`ped over two lines; else the opening sentence
 * follows the subject, then the numbered items.
 */
function labelsFirstCopy(outcome: Outcome, number: boolean, wrap: boolean): string {
  const subject = wrap ? wrapped(outcome.subject) : [outcome.subject];
  const body = number ? [outcome.items[0] ?? '', outcome.sentences[0] ?? ''] : [outcome.opening, `1. ${outcome.items[0] ?? ''}`, outcome.sentences[0] ?? ''];
  return [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'COSI 180', outcome.kind],
    ...[`${outcome.labels.from}:`, `${outcome.labels.to}:`, `${outcome.labels.subject}:`, ...(number ? ['1.'] : [])],
    ...[outcome.from, outcome.to, ...subject, ...body],
    ...[`2. ${outcome.items[1] ?? ''}`, outcome.sentences[1] ?? '', `3. ${outcome.items[2] ?? ''}`, outcome.sentences[2] ?? ''],
  ].join('\n');
}

/** Where a wrapped subject's second line opens with a capital after a word that may end it, it cannot be told from item 1's title. */
const WRAPPED_NOT_READ: Record<string, string> = {};

const labelsFirstCases = Object.keys(outcomes).flatMap((language) => [
  { language, number: false, wrap: false, known: LABELS_FIRST_NOT_READ[language] },
  { language, number: true, wrap: false, known: undefined },
  { language, number: true, wrap: true, known: WRAPPED_NOT_READ[language] },
]);

describe.each(labelsFirstCases)(
  'an outcome in $language, its labels printed before their values (item 1’s number between them: $number, the subject wrapped: $wrap), copied out of a viewer',
  ({ language, number, wrap, known }) => {
    const outcome = outcomes[language] as Outcome;
    const record = expectOk(parseDocument(labelsFirstCopy(outcome, number, wrap), `labels-first-${language}.txt`));
    const read = [record.from, record.to, record.subject, ...record.items.map((item) => `${item.number ?? ''} ${item.title}`)];
    const printed = [outcome.from, outcome.to, outcome.subject, ...outcome.items.map((title, index) => `${index + 1} ${title}`)];
    it(known === undefined ? 'reads the sender, the recipient, the subject and each item’s title apart' : `does not read it yet (${known})`, () => {
      if (known === undefined) expect(read).toEqual(printed);
      else expect(read).not.toEqual(printed);
    });
  },
);

/** The subject cut after its `at`th word (a header's column wraps it wherever the column is full). */
const wrappedAt = (text: string, at: number): string[] => {
  const words = text.split(' ');
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
};

/**
 * Plain `pdftotext` of an outcome whose labels it printed before their values, copied out of a viewer, the subject
 * wrapped after its `at`th word: item 1's number between the labels and the values (`number`), its title under them,
 * or the opening sentence and the numbered items under the values.
 */
function wrappedCopy(outcome: Outcome, number: boolean, at: number): string {
  const body = number ? [outcome.items[0] ?? '', outcome.sentences[0] ?? ''] : [outcome.opening, `1. ${outcome.items[0] ?? ''}`, outcome.sentences[0] ?? ''];
  return [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'COSI 180', outcome.kind],
    ...[`${outcome.labels.from}:`, `${outcome.labels.to}:`, `${outcome.labels.subject}:`, ...(number ? ['1.'] : [])],
    ...[outcome.from, outcome.to, ...wrappedAt(outcome.subject, at), ...body],
    ...[`2. ${outcome.items[1] ?? ''}`, outcome.sentences[1] ?? '', `3. ${outcome.items[2] ?? ''}`, outcome.sentences[2] ?? ''],
  ].join('\n');
}

/**
 * The wraps (`number` shape, the subject's last word before the break) a labels-first viewer copy does not read yet,
 * and why: a line ending on an abbreviation's dot (`Komitetu ds.`) reads as a sentence's end. (A subject wrapped
 * before its meeting's days, `… (COSI)` / `18. a 19. novembra 2025`, is read where the labels are a sender's, a
 * recipient's and the subject's only: there the days are no `Date:` label's value.)
 */
const WRAPS_NOT_READ: Record<string, string[]> = {
  pl: ['true ds.'],
};

describe.each(Object.keys(outcomes))(
  'an outcome in %s, its labels before their values, its subject wrapped after each of its words, copied out of a viewer',
  (language) => {
    const outcome = outcomes[language] as Outcome;
    const words = outcome.subject.split(' ').length;

    it(`reads the sender, recipient, subject and item 1's title apart at every wrap but ${JSON.stringify(WRAPS_NOT_READ[language] ?? [])}`, () => {
      const misread: string[] = [];
      for (let at = 2; at < words - 1; at += 1)
        for (const number of [true, false]) {
          const record = expectOk(parseDocument(wrappedCopy(outcome, number, at), `wrapped-${language}.txt`));
          const read = [record.from, record.to, record.subject, record.items[0]?.title];
          if (JSON.stringify(read) !== JSON.stringify([outcome.from, outcome.to, outcome.subject, outcome.items[0]]))
            misread.push(`${number} ${wrappedAt(outcome.subject, at)[0]?.split(' ').at(-1) ?? ''}`);
        }
      expect(misread).toEqual(WRAPS_NOT_READ[language] ?? []);
    });
  },
);

/**
 * Plain `pdftotext` of an outcome whose opening calls a footnote, copied out of a viewer: the footnote's number printed
 * alone in the column of the items' numbers (between item 2's number and its title), its text at the page's foot over
 * the footer printed a piece to a line, item 3 on page 2; no form feed, no blank line.
 */
function apartCopy(outcome: Outcome, language: string): string {
  const footer = (page: number) => ['14470/25', 'TR/kl', `${page}`, 'JAI.1', 'LIMITE', language.toUpperCase()];
  return [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'COSI 180', outcome.kind],
    ...[`${outcome.labels.from}: ${outcome.from}`, `${outcome.labels.to}: ${outcome.to}`, `${outcome.labels.subject}: ${outcome.subject}`],
    ...[`${outcome.opening}1`, `1. ${outcome.items[0] ?? ''}`, outcome.sentences[0] ?? '', '2.', '1', outcome.items[1] ?? '', outcome.sentences[1] ?? ''],
    ...[outcome.footnote, ...footer(1), `3. ${outcome.items[2] ?? ''}`, outcome.sentences[2] ?? '', ...footer(2)],
  ].join('\n');
}

describe.each(Object.keys(outcomes))('an outcome in %s whose footnote’s number plain pdftotext printed apart, copied out of a viewer', (language) => {
  const outcome = outcomes[language] as Outcome;
  const record = expectOk(parseDocument(apartCopy(outcome, language), `apart-${language}.txt`));

  it('reads the footnote with its text and each item’s title without its number', () => {
    expect(record.footnotes.map((footnote) => [footnote.label, blocksPlain(footnote.text)])).toEqual([['1', outcome.footnote]]);
    expect(record.items.map((item) => `${item.number ?? ''} ${item.title}`)).toEqual(outcome.items.map((title, index) => `${index + 1} ${title}`));
  });
});

/**
 * Plain `pdftotext` of an outcome whose footnotes are first called on its second page, copied out of a viewer: page 1's
 * footer printed a piece to a line (its directorate `JAI.1` right above page 2's text), footnote 1 called one space
 * after a bracket (`… (14470/1/25 REV 1) 1.`), the footnotes' numbers printed apart in the column of the items' numbers
 * right under it, footnote 2 called after them, glued to item 3's title, and their texts at the page's foot over its
 * footer; no form feed, no blank line.
 */
function secondPageCopy(outcome: Outcome, language: string): string {
  const footer = (page: number) => ['14470/25', 'TR/kl', `${page}`, 'JAI.1', 'LIMITE', language.toUpperCase()];
  const spaced = (sentence: string, mark: string) => `${sentence.replace(/\.$/, '')} ${mark}.`;
  return [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'COSI 180', outcome.kind],
    ...[`${outcome.labels.from}: ${outcome.from}`, `${outcome.labels.to}: ${outcome.to}`, `${outcome.labels.subject}: ${outcome.subject}`],
    ...[outcome.opening, `1. ${outcome.items[0] ?? ''}`, outcome.sentences[0] ?? '', ...footer(1)],
    ...[`2. ${outcome.items[1] ?? ''}`, spaced(outcome.sentences[1] ?? '', '1'), '1', '2', `3. ${outcome.items[2] ?? ''}2`, outcome.sentences[2] ?? ''],
    ...[outcome.footnote, 'CM 5123/25.', ...footer(2)],
  ].join('\n');
}

describe.each(Object.keys(outcomes))(
  'an outcome in %s whose footnotes plain pdftotext printed apart on its second page, copied out of a viewer',
  (language) => {
    const outcome = outcomes[language] as Outcome;
    const record = expectOk(parseDocument(secondPageCopy(outcome, language), `second-page-${language}.txt`));

    it('reads both footnotes with their texts, neither called by the footer’s `JAI.1`', () => {
      expect(record.footnotes.map((footnote) => [footnote.label, blocksPlain(footnote.text)])).toEqual([
        ['1', outcome.footnote],
        ['2', 'CM 5123/25.'],
      ]);
      expect(record.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    });
  },
);

/** A short item title `-layout` prints under a page's footer (its number apart by a gap), in several languages. */
const SHORT_TITLES: [language: string, title: string][] = [
  ['de', 'Sonstiges'],
  ['en', 'Encryption'],
  ['en', 'AOB'],
  ['fr', 'Divers'],
  ['it', 'Varie'],
  ['es', 'Varios'],
  ['hu', 'Egyebek'],
  ['nl', 'Rondvraag'],
  ['pl', 'Szyfrowanie'],
];

describe.each(SHORT_TITLES)('a %s item 3 %s right under a -layout footer in a viewer copy', (language, title) => {
  const outcome = outcomes[language] as Outcome;
  const code = language.toUpperCase();
  const source = [
    outcome.institution,
    outcome.placeDate,
    '14470/25',
    'LIMITE',
    outcome.kind,
    `${outcome.labels.from}:       ${outcome.from}`,
    `${outcome.labels.to}:       ${outcome.to}`,
    `${outcome.labels.subject}:       ${outcome.subject}`,
    outcome.opening,
    `1.   ${outcome.items[0] ?? ''}`,
    outcome.sentences[0] ?? '',
    `2.   ${outcome.items[1] ?? ''}`,
    outcome.sentences[1] ?? '',
    `16012/25                                  ML/ab                                     1`,
    `GIP.B                                                                              ${code}`,
    `3.   ${title}`,
    outcome.sentences[2] ?? '',
  ].join('\n');

  it('reads the item, its title whole', () => {
    const record = expectOk(parseDocument(source, `short-${language}.txt`));
    expect(record.items.map((item) => `${item.number} ${item.title}`)).toContain(`3 ${title}`);
  });
});

/**
 * `pdftotext -layout` of an outcome copied out of a viewer: the header table's values in their column (the subject
 * `wrap`ped in it over two lines, the second under the first), and right under the subject, at the margin, a first
 * sentence a page break cuts (its first half, the page's two-line footer, its rest) whose words need not open a body
 * (`Der Ausschuss billigte …`, `Also circulated as …`), then the items.
 */
function layoutHeaderCopy(outcome: Outcome, language: string, sentence: string, wrap: boolean): string {
  const row = (label: string, value: string) => `    ${`${label}:`.padEnd(20)}${value}`;
  const [first = '', second = ''] = wrap ? wrapped(outcome.subject) : [outcome.subject];
  const [above = '', below = ''] = wrapped(sentence);
  return [
    ...[outcome.institution, `${' '.repeat(49)}${outcome.placeDate}`, `${' '.repeat(49)}14470/25`, `${' '.repeat(49)}LIMITE`, outcome.kind],
    ...[row(outcome.labels.from, outcome.from), row(outcome.labels.to, outcome.to), row(outcome.labels.subject, first)],
    ...(wrap ? [`${' '.repeat(24)}${second}`] : []),
    ...[above, `14470/25${' '.repeat(30)}TR/kl${' '.repeat(30)}1`, `JAI.1${' '.repeat(60)}LIMITE   ${language.toUpperCase()}`, below],
    ...[`1.   ${outcome.items[0] ?? ''}`, outcome.sentences[0] ?? '', `2.   ${outcome.items[1] ?? ''}`, outcome.sentences[1] ?? ''],
  ].join('\n');
}

const layoutHeaderCases = Object.keys(outcomes).flatMap((language) =>
  (['sentence', 'footnote'] as const).flatMap((opening) => [false, true].map((wrap) => ({ language, opening, wrap }))),
);

describe.each(layoutHeaderCases)(
  'an outcome in $language as -layout prints it (subject wrapped in its column: $wrap), its $opening at the margin right under the subject, copied out of a viewer',
  ({ language, opening, wrap }) => {
    const outcome = outcomes[language] as Outcome;
    const sentence = opening === 'sentence' ? (outcome.sentences[2] ?? '') : outcome.footnote;
    const record = expectOk(parseDocument(layoutHeaderCopy(outcome, language, sentence, wrap), `layout-header-${language}.txt`));

    it('ends the subject at its column: the sentence at the margin is the body’s', () => {
      expect([record.from, record.to, record.subject]).toEqual([outcome.from, outcome.to, outcome.subject]);
      expect(record.items.map((item) => `${item.number ?? ''} ${item.title}`)).toEqual(
        outcome.items.slice(0, 2).map((title, index) => `${index + 1} ${title}`),
      );
    });
  },
);

/**
 * A European Council cover note's subject in several languages as its versions print it, over two lines: the meeting
 * with its days, then the document it transmits after a dash.
 */
const EUCO_SUBJECTS: Record<string, [string, string]> = {
  cs: ['Zasedání Evropské rady (26. a 27. října 2023)', '– Závěry'],
  da: ['Møde i Det Europæiske Råd (26. og 27. oktober 2023)', '– Konklusioner'],
  de: ['Tagung des Europäischen Rates (26. und 27. Oktober 2023)', '– Schlussfolgerungen'],
  el: ['Σύνοδος του Ευρωπαϊκού Συμβουλίου (26 και 27 Οκτωβρίου 2023)', '– Συμπεράσματα'],
  en: ['European Council meeting (26 and 27 October 2023)', '– Conclusions'],
  es: ['Reunión del Consejo Europeo (26 y 27 de octubre de 2023)', '– Conclusiones'],
  fr: ['Réunion du Conseil européen (26 et 27 octobre 2023)', '– Conclusions'],
  it: ['Riunione del Consiglio europeo (26 e 27 ottobre 2023)', '– Conclusioni'],
  pl: ['Posiedzenie Rady Europejskiej (26 i 27 października 2023 r.)', '– Konkluzje'],
  pt: ['Reunião do Conselho Europeu (26 e 27 de outubro de 2023)', '– Conclusões'],
  ro: ['Reuniunea Consiliului European (26 și 27 octombrie 2023)', '– Concluzii'],
  sv: ['Europeiska rådets möte (26–27 oktober 2023)', '– Slutsatser'],
};

/** A European Council cover note without its header's labels as a viewer copies it: no blank line, the body's sentence right under the subject. */
function coverNoteCopy(outcome: Outcome, language: string, subject: readonly string[]): string {
  return [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', 'EUCO 14/23', 'CO EUR 13', 'CONCL 5', outcome.kind],
    ...[outcome.from, outcome.to, ...subject, outcome.opening, 'EUCO 14/23', '1', language.toUpperCase(), 'I.', 'INTERNAL SECURITY'],
  ].join('\n');
}

describe.each(Object.keys(EUCO_SUBJECTS))(
  'a European Council cover note in %s that lost its header’s labels, copied out of a viewer (its sentence right under the subject)',
  (language) => {
    const outcome = outcomes[language] as Outcome;
    const [meeting = '', document = ''] = EUCO_SUBJECTS[language] ?? [];
    const source = coverNoteCopy(outcome, language, [meeting, document]);

    it('reads the sender, the recipient and the subject up to the line that opens the body’s sentence', () => {
      const record = expectOk(parseDocument(source, `euco-${language}.txt`));
      expect([record.from, record.to, record.subject]).toEqual([outcome.from, outcome.to, `${meeting} ${document}`]);
    });
  },
);

/**
 * A European Council cover note's subject whose last line is long, as a viewer's copy prints it right above the body's
 * sentence: the joined line is cut where the sentence opens.
 */
const LONG_EUCO_SUBJECTS: Record<string, [string, string]> = {
  de: [
    'Tagung des Europäischen Rates (26. und 27. Oktober 2023)',
    '– Schlussfolgerungen zur inneren Sicherheit und zur operativen Zusammenarbeit der Strafverfolgungsbehörden',
  ],
  en: [
    'European Council meeting (26 and 27 October 2023)',
    '– Conclusions on internal security and on the operational cooperation of the law enforcement authorities',
  ],
  es: [
    'Reunión del Consejo Europeo (26 y 27 de octubre de 2023)',
    '– Conclusiones sobre la seguridad interior y la cooperación operativa de las autoridades policiales',
  ],
  fr: [
    'Réunion du Conseil européen (26 et 27 octobre 2023)',
    '– Conclusions sur la sécurité intérieure et sur la coopération opérationnelle des services répressifs',
  ],
  it: [
    'Riunione del Consiglio europeo (26 e 27 ottobre 2023)',
    '– Conclusioni sulla sicurezza interna e sulla cooperazione operativa delle autorità di contrasto',
  ],
  nl: [
    'Bijeenkomst van de Europese Raad (26 en 27 oktober 2023)',
    '– Conclusies over de interne veiligheid en de operationele samenwerking van rechtshandhavingsinstanties',
  ],
  pl: [
    'Posiedzenie Rady Europejskiej (26 i 27 października 2023 r.)',
    '– Konkluzje w sprawie bezpieczeństwa wewnętrznego i współpracy operacyjnej organów ścigania',
  ],
  pt: [
    'Reunião do Conselho Europeu (26 e 27 de outubro de 2023)',
    '– Conclusões sobre a segurança interna e a cooperação operacional das autoridades policiais',
  ],
};

describe.each(Object.keys(LONG_EUCO_SUBJECTS))('a European Council cover note in %s copied out of a viewer, its subject’s last line long', (language) => {
  const outcome = outcomes[language] as Outcome;
  const [meeting = '', document = ''] = LONG_EUCO_SUBJECTS[language] ?? [];
  const source = coverNoteCopy(outcome, language, [meeting, document]);

  it('reads the subject up to the sentence the copy ran into its last line, the sentence the body’s', () => {
    const record = expectOk(parseDocument(source, `euco-long-${language}.txt`));
    expect([record.from, record.to, record.subject]).toEqual([outcome.from, outcome.to, `${meeting} ${document}`]);
    expect(blocksPlain(record.sections[0]?.text ?? []).startsWith(outcome.opening)).toBe(true);
  });
});

/**
 * A note's subject that ends in its meeting's date with a full stop, as the Bulgarian (`2025 г.`), Croatian (`2025.`),
 * Polish (`2025 r.`), Hungarian (`november 18–19.`) and Lithuanian (`18–19 d.`) versions print it, wrapped over two
 * lines: the line the full stop ends is no sentence's end.
 */
const DATED_SUBJECTS: Record<string, [string, string]> = {
  bg: [
    'Резултат от заседанието на Постоянния комитет за оперативно сътрудничество',
    'в областта на вътрешната сигурност (COSI), проведено на 18 и 19 ноември 2025 г.',
  ],
  hr: ['Ishod sastanka Stalnog odbora za operativnu suradnju u području unutarnje', 'sigurnosti (COSI) održanog 18. i 19. studenoga 2025.'],
  pl: ['Wynik posiedzenia Stałego Komitetu ds. Współpracy Operacyjnej w zakresie', 'Bezpieczeństwa Wewnętrznego (COSI) w dniach 18 i 19 listopada 2025 r.'],
  hu: ['A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó', 'bizottság (COSI) ülésének eredménye, 2025. november 18–19.'],
  lt: ['Nuolatinio operatyvinio bendradarbiavimo vidaus saugumo srityje komiteto (COSI)', 'posėdžio rezultatai, 2025 m. lapkričio 18–19 d.'],
};

describe.each(Object.keys(DATED_SUBJECTS))('a note in %s that lost its header’s labels, its subject ending in a dated full stop', (language) => {
  const outcome = outcomes[language] as Outcome;
  const subject = DATED_SUBJECTS[language] ?? [];
  const source = (between: readonly string[]) =>
    [
      ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'JAI 655', 'COSI 97', outcome.kind],
      ...[outcome.from, outcome.to, ...subject, ...between, outcome.opening, '14470/25', '1', language.toUpperCase()],
    ].join('\n');

  it.each([
    ['a text export (a blank line under the subject)', ['']],
    ['a viewer copy (the body’s sentence right under it)', []],
  ])('%s: reads the subject whole, the body apart', (_shape, between) => {
    const record = expectOk(parseDocument(source(between), `dated-${language}.txt`));
    expect([record.from, record.to, record.subject]).toEqual([outcome.from, outcome.to, subject.join(' ')]);
  });
});

/** The fixture folders of Council-made PDFs and the two pdftotext renderings kept beside each. */
const PDF_DIRS = ['tests/fixtures/council-pdf-lo', 'tests/fixtures/council-pdf'];
const RENDERINGS = ['pdftotext-layout.txt', 'pdftotext.txt'];

/** What a viewer copy of a rendering cannot tell (headings, item numbers, footnote labels), and why. */
interface Lost {
  why: string;
  lost: string[];
}

/** The headings a viewer copy of a rendering cannot tell, and why. */
const HEADINGS_LOST: Record<string, Lost> = {
  'council-pdf-lo/report-annexes/pdftotext.txt': {
    why: 'the page has no footer: plain pdftotext prints the page number among the cells of the table above, and `ANNEX II` follows the last cell with nothing between',
    lost: ['ANNEX II'],
  },
};

const renderings = PDF_DIRS.flatMap((dir) =>
  readdirSync(dir).flatMap((name) => RENDERINGS.filter((rendering) => existsSync(join(dir, name, rendering))).map((rendering) => join(dir, name, rendering))),
).sort();

/**
 * Plain pdftotext prints a page's footnote numbers apart from their texts. A copy without form feeds and blank lines
 * pairs them where each number stands under its call in a line of the page's text and the texts end the page.
 */
const APART =
  'not read yet: plain pdftotext prints the footnote numbers apart from their texts; without a form feed, a number not under its call (the page’s first, the footer’s page number) or a text not at the foot is not paired';

/** The footnotes (labels) a viewer copy of a rendering cannot tell, and why. */
const FOOTNOTES_LOST: Record<string, Lost> = {
  'council-pdf/limite-note-wrapped-subject/pdftotext-layout.txt': {
    why: 'footnote 2’s number stands alone under footnote 1’s last line, its text indented under it, with no blank line or form feed to end footnote 1',
    lost: ['2'],
  },
  'council-pdf-lo/note-annex-footnotes/pdftotext-layout.txt': {
    why: 'the annex numbers its footnotes from 1 again; its second is read only on a page a form feed marks',
    lost: ['2-2'],
  },
  'council-pdf-lo/note-footnote-over-page/pdftotext.txt': { why: APART, lost: ['1', '2', '3'] },
};

/** Items (numbers) whose title a viewer copy of a rendering does not read as the rendering does, and why. */
const ITEMS_LOST: Record<string, Lost> = {
  'council-pdf/outcome-wrapped-titles/pdftotext.txt': { why: 'not read yet: item 4 is titled by the last sentence of its text', lost: ['4'] },
  'council-pdf-lo/outcome-2017-de/pdftotext.txt': {
    why: 'plain pdftotext printed the justified first line of item 2’s text one word a line between blank lines (`Der` / `Ausschuss` / `billigte` …); copied without them, the words run on into the title above',
    lost: ['2'],
  },
};

/** Header fields (names) a viewer copy of a rendering does not read as the rendering does, and why. */
const HEADER_LOST: Record<string, Lost> = {
  'council-pdf/outcome-table/pdftotext.txt': {
    why: 'not read yet: a copy without blank lines runs the subject on into the table’s header row (`… on 18 November 2025` / `Item`)',
    lost: ['subject'],
  },
};

/** The header's fields a viewer copy must read alike. */
const HEADER_FIELDS = ['date', 'from', 'to', 'subject'] as const;

/** What a viewer copy must read as its rendering does: each thing the record holds, as shown in a known loss. */
const ASPECTS: { what: string; all: string; known: Record<string, Lost>; read: (record: OkRecord) => { shown: string; value: string }[] }[] = [
  {
    what: 'headings',
    all: 'reads every heading the rendering reads (a page break ends the text above it)',
    known: HEADINGS_LOST,
    read: (record) =>
      record.sections.flatMap((section) => (section.number === null && section.title !== null ? [{ shown: section.title, value: section.title }] : [])),
  },
  {
    what: 'header',
    all: 'reads the header’s date, sender, recipient and subject as the rendering does',
    known: HEADER_LOST,
    read: (record) => HEADER_FIELDS.map((field) => ({ shown: field, value: `${field}: ${JSON.stringify(record[field])}` })),
  },
  {
    what: 'items',
    all: 'reads every item the rendering reads, its title alike',
    known: ITEMS_LOST,
    read: (record) => record.items.map((item) => ({ shown: item.number ?? '', value: `${item.number ?? ''} ${item.title}` })),
  },
  {
    what: 'footnotes',
    all: 'reads every footnote the rendering reads (a page’s footnotes end at its footer)',
    known: FOOTNOTES_LOST,
    read: (record) => record.footnotes.map((footnote) => ({ shown: footnote.label, value: footnote.label })),
  },
];

describe.each(renderings)('%s copied out of a viewer', (path) => {
  const name = path.replace('tests/fixtures/', '');
  const text = readFileSync(path, 'utf8');
  const rendering = expectOk(parseDocument(text, name));
  const copy = expectOk(parseDocument(withoutBlankLines(text), name));
  for (const { what, all, known, read } of ASPECTS) {
    const lost = known[name];
    it(lost === undefined ? all : `reads the rendering’s ${what} but those it cannot tell (${lost.why})`, () => {
      const copied = new Set(read(copy).map(({ value }) => value));
      expect(read(rendering).flatMap(({ shown, value }) => (copied.has(value) ? [] : [shown]))).toEqual(lost?.lost ?? []);
    });
  }
});

/** The hand-written fixtures (a text each, its expected record read off the document) a viewer copy is made of. */
const TEXT_DIRS = ['tests/fixtures/layouts', 'tests/fixtures/variations'];

/** The fields of a text's record a viewer copy must read as the text does. */
const TEXT_FIELDS = ['number', 'kind', 'date', 'from', 'to', 'subject', 'items', 'footnotes'] as const;

/** What a record shows of each field: items by number and title, footnotes by label. */
const shown = (record: OkRecord, field: (typeof TEXT_FIELDS)[number]): string => {
  if (field === 'items') return JSON.stringify(record.items.map((item) => `${item.number ?? ''} ${item.title}`));
  if (field === 'footnotes') return JSON.stringify(record.footnotes.map((footnote) => footnote.label));
  return JSON.stringify(record[field]);
};

/** The fields a viewer copy of a hand-written text does not read as the text does, and why. */
const TEXT_FIELDS_LOST: Record<string, Lost> = {
  'layouts/summary-record-lone-numbers/source.txt': {
    why: 'not read yet: item 2’s title runs on into its first sub-point’s title (`… Preparation Regulation …`)',
    lost: ['items'],
  },
  'layouts/summary-record-table-plain/source.txt': {
    why: 'not read yet: plain pdftotext prints the table’s document column between a title’s lines (`… Affairs) 14470/1/25 REV 1 meeting on …`); without blank lines it stays in the title',
    lost: ['items'],
  },
  'layouts/summary-record-table-plain-de/source.txt': {
    why: 'not read yet: plain pdftotext prints the table’s document column between a title’s lines; without blank lines the title is cut there',
    lost: ['items'],
  },
  'layouts/summary-record-table-plain-fr/source.txt': {
    why: 'not read yet: plain pdftotext prints the table’s document column between a title’s lines; without blank lines it stays in the title',
    lost: ['items'],
  },
};

const texts = TEXT_DIRS.flatMap((dir) =>
  readdirSync(dir).flatMap((name) => (existsSync(join(dir, name, 'source.txt')) ? [join(dir, name, 'source.txt')] : [])),
).sort();

describe.each(texts)('%s copied out of a viewer (no blank line)', (path) => {
  const name = path.replace('tests/fixtures/', '');
  const text = readFileSync(path, 'utf8');
  const lost = TEXT_FIELDS_LOST[name];
  it(
    lost === undefined
      ? 'reads the number, kind, date, sender, recipient, subject, items and footnotes as the text does'
      : `reads the text’s record but what it cannot tell yet (${lost.why})`,
    () => {
      const record = expectOk(parseDocument(text, name));
      const copy = expectOk(parseDocument(withoutBlankLines(text), name));
      expect(TEXT_FIELDS.filter((field) => shown(record, field) !== shown(copy, field))).toEqual(lost?.lost ?? []);
    },
  );
});

/**
 * The Council-made PDFs as a PDF viewer copies them (pdf.js, Firefox's viewer: tests/support/pdf-viewer-copy.ts): no
 * blank line, no form feed, the footer's pieces one space apart (`16102/25 JV/mk 1` / `JAI.1 LIMITE EN`), a footnote's
 * rest under the next page's text, a list's number and its text on one line. Each copy must read what the document's
 * `pdftotext -layout` rendering reads: its headings, header, items, footnotes and their texts.
 */
const PDFS = PDF_DIRS.flatMap((dir) =>
  readdirSync(dir).flatMap((name) =>
    existsSync(join(dir, name, 'document.pdf')) && existsSync(join(dir, name, 'pdftotext-layout.txt')) ? [join(dir, name)] : [],
  ),
).sort();

/** A footnote as a record reads it: its label and its text. */
const footnoteText = (record: OkRecord) =>
  record.footnotes.map((footnote) => ({ shown: footnote.label, value: `${footnote.label} ${blocksPlain(footnote.text)}` }));

/** What a viewer's copy of a PDF reads otherwise than the rendering, by aspect: `lost` what it misses, `extra` what it reads besides, and why. */
const COPY_MISREAD: Record<string, Partial<Record<string, Lost & { extra?: string[] }>>> = {
  ...Object.fromEntries(
    ['council-pdf-lo/ext-annex-table', 'council-pdf-lo/ext-annex-table-centred'].map((name) => [
      name,
      {
        sections: {
          why: 'not read yet: the copy prints the annex table’s cells row by row, one space apart, and its numbered first cells (`1. Map the criminal networks that pose`) are read as headings',
          lost: [],
          extra: ['1', '2'],
        },
      },
    ]),
  ),
  'council-pdf/outcome-table': {
    header: {
      why: 'not read yet: the copy runs the subject on into the table’s header row, its cells one space apart (`Brussels on 18 November 2025` / `Item Outcome`)',
      lost: ['subject'],
    },
    items: {
      why: 'not read yet: the copy prints each row’s cells one space apart, line by line (`1. Adoption of the agenda The agenda was approved as set out in CM` / `4578/25.`), so that each title runs on into its outcome',
      lost: ['1', '2', '3', '4', '5'],
    },
    sections: { why: 'not read yet: the header row, which the rendering keeps as a text above the items, runs on into the subject', lost: [''] },
  },
};

/** The sections a record reads, by number and title. */
const sectionsOf = (record: OkRecord) =>
  record.sections.map((section) => ({ shown: section.number ?? section.title ?? '', value: `${section.number ?? ''} ${section.title ?? ''}` }));

describe.each(PDFS)('%s/document.pdf copied out of a PDF viewer (pdf.js)', (dir) => {
  const name = dir.replace('tests/fixtures/', '');
  const rendering = expectOk(parseDocument(readFileSync(join(dir, 'pdftotext-layout.txt'), 'utf8'), `${name}/pdftotext-layout.txt`));
  const copied = (async () => expectOk(parseDocument(await pdfViewerCopy(readFileSync(join(dir, 'document.pdf'))), `${name}/viewer-copy.txt`)))();
  const aspects = [
    ...ASPECTS,
    { what: 'footnote texts', all: 'reads each footnote’s text as the rendering does', read: footnoteText },
    { what: 'sections', all: 'reads the rendering’s sections, numbers and titles, and no other', read: sectionsOf },
  ];
  for (const { what, all, read } of aspects) {
    const misread = COPY_MISREAD[name]?.[what];
    it(misread === undefined ? all : `reads the rendering’s ${what} but what it cannot tell yet (${misread.why})`, async () => {
      const copy = read(await copied);
      const values = new Set(copy.map(({ value }) => value));
      expect(read(rendering).flatMap(({ shown, value }) => (values.has(value) ? [] : [shown]))).toEqual(misread?.lost ?? []);
      if (what !== 'sections') return;
      const printed = new Set(read(rendering).map(({ value }) => value));
      expect(copy.flatMap(({ shown, value }) => (printed.has(value) ? [] : [shown]))).toEqual(misread?.extra ?? []);
    });
  }
});

describe('council-pdf-lo/note-footnote-over-page copied out of a PDF viewer (pdf.js)', () => {
  const dir = 'tests/fixtures/council-pdf-lo/note-footnote-over-page';
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { footnotes: { mark: string; text: string }[]; joined: string[] };

  it('reads footnote 2 whole, its rest copied under page 2’s paragraphs joined at the word cut (`op -` / `erators`), and page 1’s last paragraph goes on with page 2’s first line', async () => {
    const record = expectOk(parseDocument(await pdfViewerCopy(readFileSync(join(dir, 'document.pdf'))), 'note-footnote-over-page/viewer-copy.txt'));
    expect(record.footnotes.map((footnote) => ({ mark: footnote.label, text: blocksPlain(footnote.text) }))).toEqual(expected.footnotes);
    const body = record.sections.flatMap((section) => section.text.map((block) => blocksPlain([block])));
    for (const passage of expected.joined) expect(body.some((text) => text.endsWith(passage.replace('²', '')))).toBe(true);
  });
});

/**
 * A note of each version that lost its header's labels, copied out of a viewer: its subject's line run into the body's
 * first sentence, which ends not on that line's end but in a footnote's call after its full stop (`… reunión.1`, the
 * footnote at the page's foot): the subject ends where the transmitting sentence opens.
 */
describe.each(Object.keys(outcomes))('a note in %s that lost its header’s labels, its subject run into a sentence ending in a footnote’s call', (language) => {
  const outcome = outcomes[language] as Outcome;
  const source = [
    ...[outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'JAI 655', 'COSI 97', outcome.kind],
    ...[outcome.from, outcome.to, `${outcome.subject} ${outcome.opening}1`, `1 ${outcome.footnote}`, '14470/25', '1', language.toUpperCase()],
  ].join('\n');

  it('reads the subject up to the transmitting sentence, and the sentence as the body’s', () => {
    const record = expectOk(parseDocument(source, `called-${language}.txt`));
    expect([record.from, record.to, record.subject]).toEqual([outcome.from, outcome.to, outcome.subject]);
    expect(blocksPlain(record.sections[0]?.text ?? []).startsWith(outcome.opening)).toBe(true);
  });
});

/**
 * An I/A item note on a legislative file as the register prints its header (interinstitutional file, previous and
 * Commission documents, a subject over three lines ending in the step it reports), copied out of a viewer: the body's
 * first heading, in capitals, stands right under the subject, no blank line between. The heading is the body's.
 */
const ITEM_NOTES: Record<string, { lines: string[]; subject: string; heading: string }> = {
  en: {
    lines: [
      'Council of the European Union',
      'Brussels, 8 March 2025 (OR. en)',
      '6937/25',
      'JAI 312',
      'CODEC 313',
      'Interinstitutional File: 2023/0123 (COD)',
      'I/A ITEM NOTE',
      'From: General Secretariat of the Council',
      'To: Permanent Representatives Committee/Council',
      'No. prev. doc.: 6195/25',
      'No. Cion doc.: 9964/23 - COM(2023) 316 final',
      'Subject: Proposal for a Regulation of the European Parliament and of the Council on preventing and',
      'countering the facilitation of unauthorised entry, transit and stay in the Union',
      'General approach',
    ],
    subject:
      'Proposal for a Regulation of the European Parliament and of the Council on preventing and countering the facilitation of unauthorised entry, transit and stay in the Union General approach',
    heading: 'STATE OF PLAY',
  },
  de: {
    lines: [
      'Rat der Europäischen Union',
      'Brüssel, den 8. März 2025 (OR. en)',
      '6937/25',
      'JAI 312',
      'CODEC 313',
      'Interinstitutionelles Dossier: 2023/0123 (COD)',
      'I/A-PUNKT-VERMERK',
      'Absender: Generalsekretariat des Rates',
      'Empfänger: Ausschuss der Ständigen Vertreter/Rat',
      'Nr. Vordok.: 6195/25',
      'Nr. Komm.dok.: 9964/23 - COM(2023) 316 final',
      'Betr.: Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates zur Verhütung und',
      'Bekämpfung der Beihilfe zur unerlaubten Einreise, zur unerlaubten Durchreise und zum unerlaubten Aufenthalt in der Union',
      'Allgemeine Ausrichtung',
    ],
    subject:
      'Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates zur Verhütung und Bekämpfung der Beihilfe zur unerlaubten Einreise, zur unerlaubten Durchreise und zum unerlaubten Aufenthalt in der Union Allgemeine Ausrichtung',
    heading: 'STAND DER BERATUNGEN',
  },
  fr: {
    lines: [
      "Conseil de l'Union européenne",
      'Bruxelles, le 8 mars 2025 (OR. en)',
      '6937/25',
      'JAI 312',
      'CODEC 313',
      'Dossier interinstitutionnel: 2023/0123 (COD)',
      'NOTE POINT I/A',
      'Origine: Secrétariat général du Conseil',
      'Destinataire: Comité des représentants permanents/Conseil',
      'N° doc. préc.: 6195/25',
      'N° doc. Cion: 9964/23 - COM(2023) 316 final',
      'Objet: Proposition de règlement du Parlement européen et du Conseil visant à prévenir et à combattre',
      "l'aide à l'entrée, au transit et au séjour irréguliers dans l'Union",
      'Orientation générale',
    ],
    subject:
      "Proposition de règlement du Parlement européen et du Conseil visant à prévenir et à combattre l'aide à l'entrée, au transit et au séjour irréguliers dans l'Union Orientation générale",
    heading: 'ÉTAT DES TRAVAUX',
  },
};

describe.each(Object.keys(ITEM_NOTES))('an I/A item note in %s, its first heading in capitals under the subject', (language) => {
  const note = ITEM_NOTES[language] as (typeof ITEM_NOTES)[string];
  const lines = [
    ...note.lines,
    note.heading,
    '1. The Commission submitted the proposal on 28 November 2023.',
    '2. The Working Party examined it at six meetings.',
    '6937/25 TR/kl 1',
    `JAI.1 ${language.toUpperCase()}`,
  ];

  it.each([
    ['copied out of a viewer (the heading right under the subject)', lines.join('\n')],
    ['on a page run into one line', `${lines.join(' ')}\n`],
  ])('%s: reads the header’s values and the subject up to the heading, the heading the body’s', (_shape, source) => {
    const record = expectOk(parseDocument(source, `ia-${language}.txt`));
    expect([record.subject, record.previous, record.commissionProposal, record.interinstitutionalFile]).toEqual([
      note.subject,
      ['6195/25'],
      ['9964/23', 'COM/2023/316 final'],
      '2023/0123(COD)',
    ]);
    expect(blocksPlain(record.sections[0]?.text ?? []).startsWith(note.heading)).toBe(true);
  });
});

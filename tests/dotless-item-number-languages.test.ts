import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { noticePage, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY, viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * An item number printed without its dot: the register prints an agenda's last item `17` and a tab before its title
 * (`17	Any other business`) where the items above it print `16.`, in outcomes and in CM notices. It is item 17 where it
 * goes on from item 16, in the 24 versions' own wording (tests/fixtures/cm-notice-languages: item 1 the adoption of the
 * agenda, items 2 to 16 the Presidency's information, item 17 any other business); where the number does not go on from
 * the item above (items up to 15, then `17 …`), it stays the text of the item above. Nor is a number opening a line of
 * an item's text an item where it is a quantity (`17 Member States …`), a date (`17 March 2026 …`) or a piece of a
 * document's number (`ST` / `17 2026 INIT`), though it goes on from item 16: those lines stay item 16's text.
 */

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** Any other business as the English version titles it in full (the fixture's English notice prints `AOB`). */
const TITLES: Readonly<Record<string, string>> = { en: 'Any other business' };

/** The agenda's numbered lines: items 1 to `last` printed `n.`, then the dotless number `dotless` and any other business. */
function agenda(notice: Notice, language: string, layout: boolean, last: number, dotless: number, text: readonly string[] = []): string[] {
  const indent = layout ? '      ' : ' ';
  const titles = Array.from({ length: last }, (_, index) => (index === 0 ? notice.items[0] : notice.items[1]) ?? '');
  return [
    ...titles.flatMap((title, index) => [`${index + 1}.${indent}${title}`, '']),
    ...text.flatMap((line) => [line, '']),
    `${dotless}${indent}${TITLES[language] ?? notice.items[2] ?? ''}`,
    '',
  ];
}

describe.each(Object.keys(notices).sort())('a notice in %s whose last item prints its number without the dot', (language) => {
  const notice = notices[language];
  if (notice === undefined) throw new Error(language);
  const aob = TITLES[language] ?? notice.items[2] ?? '';
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads `17 …` after item 16 as item 17 (%s)', (_shape, layout, flat) => {
    const record = expectOk(
      parseDocument(inShape(noticePage(notice, language, layout, agenda(notice, language, layout, 16, 17)), flat), `notice-${language}.txt`),
    );
    expect(record.items.map(({ number, title }) => ({ number, title }))).toEqual([
      ...Array.from({ length: 16 }, (_, index) => ({ number: String(index + 1), title: (index === 0 ? notice.items[0] : notice.items[1]) ?? '' })),
      { number: '17', title: aob },
    ]);
  });
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('keeps `17 …` after item 15 in item 15’s text (%s)', (_shape, layout, flat) => {
    const record = expectOk(
      parseDocument(inShape(noticePage(notice, language, layout, agenda(notice, language, layout, 15, 17)), flat), `notice-${language}.txt`),
    );
    // item 15's text as printed; run into one line with its page, its title (nothing tells them apart there)
    const last = record.items.at(-1);
    const kept = `${last?.title ?? ''} ${blocksPlain(last?.text ?? [])}`.replace(/\s+/gu, ' ');
    expect({
      items: record.items.slice(0, 14).map(({ number, title }) => ({ number, title })),
      numbers: record.items.map(({ number }) => number),
      kept: kept.includes(`17 ${aob}`),
    }).toEqual({
      items: Array.from({ length: 14 }, (_, index) => ({ number: String(index + 1), title: (index === 0 ? notice.items[0] : notice.items[1]) ?? '' })),
      numbers: Array.from({ length: 15 }, (_, index) => String(index + 1)),
      kept: true,
    });
    if (flat !== true) expect(last?.title).toBe(notice.items[1]);
  });
});

/**
 * An item that is not any other business printed with its number but no dot (`17	Information from the Presidency`, as
 * the register prints an agenda's last item after a tab), right under item 16's title: item 17 in every shape, the page
 * run into one line too (`… 16. Information from the Presidency 17 Information from the Presidency`, where it stayed
 * item 16's title: flat-lines.ts dotlessTitleApart), but not where the number does not go on from item 16's.
 */
describe.each(Object.keys(notices).sort())('a notice in %s whose last item, not any other business, prints its number without the dot', (language) => {
  const notice = notices[language];
  if (notice === undefined) throw new Error(language);
  const title = notice.items[1] ?? '';
  /** Items 1 to `last` printed `n.`, then `dotless` and item 2's title. */
  const titles = (layout: boolean, last: number, dotless: number) => {
    const lines = agenda(notice, language, layout, last, dotless);
    return [...lines.slice(0, -2), `${dotless}${layout ? '      ' : ' '}${title}`, ''];
  };
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads `17 …` right under item 16 as item 17 (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(noticePage(notice, language, layout, titles(layout, 16, 17)), flat), `notice-${language}.txt`));
    expect(record.items.map(({ number, title: read }) => ({ number, title: read }))).toEqual([
      ...Array.from({ length: 16 }, (_, index) => ({ number: String(index + 1), title: (index === 0 ? notice.items[0] : notice.items[1]) ?? '' })),
      { number: '17', title },
    ]);
  });
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('keeps `17 …` right under item 15 in item 15 (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(noticePage(notice, language, layout, titles(layout, 15, 17)), flat), `notice-${language}.txt`));
    const last = record.items.at(-1);
    expect({
      numbers: record.items.map(({ number }) => number),
      kept: `${last?.title ?? ''} ${blocksPlain(last?.text ?? [])}`.replace(/\s+/gu, ' ').includes(`17 ${title}`),
    }).toEqual({ numbers: Array.from({ length: 15 }, (_, index) => String(index + 1)), kept: true });
  });
});

/**
 * Lines of item 16's text that open with `17` and a space, as an English, French and German notice prints a note under
 * an item (the quantity, the date, the document's number wrapped as a line ends): none is item 17.
 */
const NOT_ITEMS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['Following the questionnaire circulated by the Presidency,', '17 Member States have replied so far.'],
    ['The Presidency will report on the meeting held on', '17 March 2026 in Brussels.'],
    ['Delegations will find the Presidency’s note in ST', '17 2026 INIT.'],
  ],
  fr: [
    ['À la suite du questionnaire diffusé par la présidence,', '17 États membres ont répondu à ce jour.'],
    ['La présidence rendra compte de la réunion tenue le', '17 mars 2026 à Bruxelles.'],
  ],
  de: [
    ['Auf den vom Vorsitz verteilten Fragebogen haben bisher', '17 Mitgliedstaaten geantwortet.'],
    ['Der Vorsitz wird über die Sitzung vom', '17. März 2026 in Brüssel berichten.'],
  ],
};

describe.each(Object.keys(NOT_ITEMS))('a notice in %s with a line of item 16’s text opening with 17', (language) => {
  const notice = notices[language];
  const notes = NOT_ITEMS[language];
  if (notice === undefined || notes === undefined) throw new Error(language);
  describe.each(notes.map((note) => [note.join(' / '), note] as const))('%s', (_name, note) => {
    it.each(TEXT_SHAPES_AND_PLAIN_COPY)('keeps the line in item 16’s text (%s)', (_shape, layout, flat) => {
      // items 1 to 16, the note's two lines under item 16 (one paragraph), then item 17 with its dot
      const body = agenda(notice, language, layout, 16, 17).slice(0, -2);
      const text = [...body, ...note, '', `17.${layout ? '      ' : ' '}${TITLES[language] ?? notice.items[2] ?? ''}`, ''];
      const record = expectOk(parseDocument(inShape(noticePage(notice, language, layout, text), flat), `notice-${language}.txt`));
      const sixteen = record.items.find(({ number }) => number === '16');
      expect({
        numbers: record.items.map(({ number }) => number),
        note: blocksPlain(sixteen?.text ?? [])
          .replace(/\s+/gu, ' ')
          .includes(note.join(' ')),
      }).toEqual({ numbers: Array.from({ length: 17 }, (_, index) => String(index + 1)), note: true });
    });
  });
});

/** The outcome's shapes (outcome-languages.ts outcomePage), and a viewer's copy of -layout and of plain pdftotext. */
const OUTCOME_SHAPES: [string, OutcomeShape, boolean][] = [
  ['labelled rows', 'labelled rows', false],
  ['-layout', 'layout', false],
  ['plain pdftotext, labels first', 'labels first', false],
  ['the page run into one line', 'flattened', false],
  ['a viewer’s copy of the -layout page', 'layout', true],
  ['a viewer’s copy of plain pdftotext', 'labels first', true],
];

describe.each(Object.keys(outcomes).sort())('an outcome in %s whose last item prints its number without the dot, its text under it', (language) => {
  const outcome = outcomes[language];
  const notice = notices[language];
  if (outcome === undefined || notice === undefined) throw new Error(language);
  const aob = TITLES[language] ?? notice.items[2] ?? '';
  // items 1 to 16 (the fixture's three titles in turn), each with its sentence; item 17 with the first sentence under it
  const title = (n: number) => outcome.items[(n - 1) % 3] ?? '';
  const sentence = (n: number) => outcome.sentences[(n - 1) % 3] ?? '';
  it.each(OUTCOME_SHAPES)('reads `17 …` after item 16’s text as item 17, its text under it (%s)', (_shape, shape, viewer) => {
    const indent = shape === 'layout' ? '    ' : ' ';
    const foot = [
      ...Array.from({ length: 13 }, (_, index) => index + 4).flatMap((n) => [`${n}.${indent}${title(n)}`, '', sentence(n), '']),
      `17${indent}${aob}`,
      '',
      sentence(1),
    ];
    const page = outcomePage(outcome, language, shape, { foot });
    const record = expectOk(parseDocument(viewer ? viewerCopyOfLayout(page) : page, `outcome-${language}.txt`));
    expect(record.items.map(({ number, title: read, text }) => ({ number, title: read, text: blocksPlain(text).replace(/\s+/gu, ' ').trim() }))).toEqual(
      Array.from({ length: 17 }, (_, index) => ({
        number: String(index + 1),
        title: index === 16 ? aob : title(index + 1),
        text: sentence(index === 16 ? 1 : index + 1),
      })),
    );
  });
});

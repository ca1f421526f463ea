import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { layoutNoticeHeader, type NoticeHeader } from './support/notice-header.ts';
import { AGENDA_HEADINGS } from './support/agenda-headings.ts';
import { plainBlock } from './support/block-text.ts';
import { inShape, TEXT_SHAPES, TEXT_SHAPES_AND_PLAIN_COPY } from './support/text-shapes.ts';

/**
 * A CM notice whose `Time:` row is its header table's last, under the venue (`Venue: … 1048 Brussels` / `Time: 10.00`),
 * with item 1 right under the table: on a page run into one line the time's value stands right before item 1's number
 * (`Time: 10.00 1. Adoption of the agenda 2. …`). The value ends where its shape does (`10.00`, `10:00`, `10h00`,
 * `10 h 00`, `9.30 – 13.00`, `10.00 Uhr`, `kl. 10.00`, `10.00 ч.`), and item 1 is item 1, in the 24 versions' wording
 * (tests/fixtures/cm-notice-languages/notices.json, each version's time label and its hour as it prints it) and in
 * the three shapes that print the table's labels beside their values (-layout, with its page run into one line, a
 * viewer's copy of -layout). Plain pdftotext prints the values' column apart from the labels', the venue's lines one
 * under the other with the hour under them: tests/notice-plain-time-venue-texts.test.ts reads that shape. Expected
 * values are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  labels: NoticeHeader['labels'] & { telFax: string };
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';
const DOCUMENT = '5512/26';

/** The header's rows as the notice prints them, the time last, each value as its lines. */
function rows(notice: Notice): [string, string[]][] {
  const { labels } = notice;
  return [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.venue, notice.venue],
    [labels.time, [notice.time]],
  ];
}

/** Items 1 to 3 right under the table, item 2 on a document, the agenda's heading above them if printed. */
function agenda(notice: Notice, indent: string, heading: string | null): string[] {
  const [first = '', second = '', third = ''] = notice.items;
  const items = [`1.${indent}${first}`, '', `2.${indent}${second}`, `${' '.repeat(2 + indent.length)}${DOCUMENT}`, '', `3.${indent}${third}`];
  return heading === null ? items : [heading, '', ...items];
}

/**
 * The notice as `-layout` prints it (labels and values side by side) or as plain pdftotext does (the labels' column,
 * then the values'), the agenda's heading between the table and item 1 if `heading`.
 */
function printed(notice: Notice, language: string, layout: boolean, heading: string | null = null): string {
  const top = layoutNoticeHeader(notice, [NUMBER]).slice(0, 12);
  const table = layout
    ? rows(notice).flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...rows(notice).flatMap(([label]) => [`${label}:`, '']), ...rows(notice).flatMap(([, lines]) => [...lines, ''])];
  const footer = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase()];
  return [...(layout ? top : top.map((line) => line.trim())), ...table, '', '', ...agenda(notice, layout ? '      ' : ' ', heading), '', ...footer, ''].join(
    '\n',
  );
}

/** The hours other versions print, in the English notice, the French and the German: each value shape. */
const OTHER_TIMES: [language: string, time: string][] = [
  ['en', '10:00'],
  ['en', '10h00'],
  ['en', '9.30 – 13.00'],
  ['en', '09:30-13:00'],
  ['en', '14.30 hrs'],
  ['fr', '14 h 30'],
  ['fr', '10h00'],
  ['de', '9.30 – 13.00 Uhr'],
  ['es', '14:30 h'],
];

const CASES: [language: string, notice: Notice][] = [
  ...Object.entries(notices),
  ...OTHER_TIMES.map(([language, time]): [string, Notice] => [language, { ...(notices[language] as Notice), time }]),
];

describe('a CM notice whose Time: row is its header’s last, item 1 right under it', () => {
  for (const [language, notice] of CASES) {
    for (const [shape, layout, flat] of TEXT_SHAPES.filter(([, layout]) => layout)) {
      it(`reads the ${language} notice's \`${notice.labels.time}: ${notice.time}\` as the meeting's time and item 1 as item 1 (${shape})`, () => {
        const record = expectOk(parseDocument(inShape(printed(notice, language, layout), flat), `cm-${language}.txt`));
        expect({
          time: record.meeting?.time ?? null,
          label: record.printed?.labels.time ?? null,
          planned: (record.planned ?? []).map(({ number, title, references }) => [number, title, references]),
        }).toEqual({
          time: notice.time,
          label: `${notice.labels.time}:`,
          planned: [
            ['1', notice.items[0], []],
            ['2', notice.items[1], [DOCUMENT]],
            ['3', notice.items[2], []],
          ],
        });
      });
    }
  }
});

/**
 * A notice whose `Time:` row is its table's last, the agenda's heading printed between the table and item 1 (`Time:
 * 10.00` / `Provisional agenda` / `1. Adoption of the agenda`), in the 24 versions and in the six shapes users bring a
 * text in: the hour is the time's value, the heading stays on the page above item 1, the body's (a paragraph before
 * the items, as -layout and plain pdftotext with its blank lines read it). Before, plain pdftotext without its blank
 * lines, a page run into one line and a viewer's copy of -layout read the time `10.00 Provisional agenda`.
 */
describe('a CM notice whose Time: row is its header’s last, the agenda’s heading under it', () => {
  for (const [language, heading] of AGENDA_HEADINGS) {
    const notice = notices[language] as Notice;
    for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
      it(`reads the ${language} notice's \`${notice.labels.time}: ${notice.time}\` as the meeting's time and \`${heading}\` above item 1 (${shape})`, () => {
        const record = expectOk(parseDocument(inShape(printed(notice, language, layout, heading), flat), `cm-${language}.txt`));
        expect({
          time: record.meeting?.time ?? null,
          heading: record.sections.filter((section) => section.number === null).flatMap((section) => section.text.map(plainBlock)),
          other: record.otherHeaderLines.filter((line) => line.includes(heading)),
          planned: (record.planned ?? []).map(({ number, title, references }) => [number, title, references]),
        }).toEqual({
          time: notice.time,
          heading: [heading],
          other: [],
          planned: [
            ['1', notice.items[0], []],
            ['2', notice.items[1], [DOCUMENT]],
            ['3', notice.items[2], []],
          ],
        });
      });
    }
  }
});

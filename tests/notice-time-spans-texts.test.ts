import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import type { NoticeHeader } from './support/notice-header.ts';
import { TEXT_SHAPES_AND_PLAIN_COPY, inShape } from './support/text-shapes.ts';
import { TWO_DAYS_DATE } from './support/two-days-date.ts';

/**
 * A CM notice whose `Time:` row prints the meeting's span, its opening and closing hours, as each version prints an
 * hour (tests/fixtures/cm-notice-languages/notices.json: `10.00 – 18.00`, `10 h 00 – 18 h 00`, `10h00 – 18h00`, `kl.
 * 10.00 – 18.00`, `10.00 – 18.00 ч.`, `10.00 – 18.00 Uhr`, `10:00 – 18:00`), or in words (`de 10 h à 13 h`), with the
 * venue's row under it or above it, in the six shapes users bring a text in (tests/support/text-shapes.ts). Read back:
 * the meeting's day, its time as printed, its venue (its lines joined), the time's label, no header line left holding
 * the time's label, and the three items planned, none at the span (where the venue's row is above the time's, plain
 * pdftotext prints the span last in the values' column, right above item 1: `… 1048 Brussels` / `10.00 – 18.00` / `1.
 * Adoption of the agenda`, on a page run into one line `… 1048 Bryssel kl. 10.00 – 18.00 1. …`; the `Time:` row's value,
 * no time planned for item 1). Expected values are read off the notice as written below.
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

/**
 * The notice as `pdftotext -layout` prints it (labels beside values) or as plain `pdftotext` does (each cell between
 * blank lines, the labels' column then the values'); no `Time:` row where `time` is null; `above` the lines printed
 * above an item (by its number: a day's heading and hours above its first item), each a paragraph; `date` the `Date:`
 * value (the notice's day, or the two days of a meeting over two).
 */
function printed(
  notice: Notice,
  language: string,
  time: string | null,
  timeFirst: boolean,
  layout: boolean,
  above: Readonly<Record<number, readonly string[]>> = {},
  date: string = notice.date,
): string {
  const { labels } = notice;
  const when: Row[] = time === null ? [] : [[labels.time, [time]]];
  const where: Row = [labels.venue, notice.venue];
  const table: Row[] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [date]],
    ...(timeFirst ? [...when, where] : [where, ...when]),
  ];
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.flatMap(([label]) => [`${label}:`, '']), ...table.flatMap(([, lines]) => [...lines, ''])];
  const items = notice.items.flatMap((title, index) => [
    ...(above[index + 1] ?? []).flatMap((line) => [line, '']),
    `${index + 1}.${layout ? '      ' : ' '}${title}`,
    '',
  ]);
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

describe('a CM notice’s Time: row printing the meeting’s span', () => {
  for (const timeFirst of [true, false]) {
    for (const [language, time] of SPANS) {
      const notice = notices[language] as Notice;
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${notice.labels.time}: ${time}\` whole, and its venue, the venue's row ${timeFirst ? 'under' : 'above'} it (${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, time, timeFirst, layout), flat), `cm-${language}.txt`));
          expect({
            meeting: record.meeting,
            label: record.printed?.labels.time ?? null,
            other: record.otherHeaderLines.filter((line) => line.includes(notice.labels.time)),
            planned: (record.planned ?? []).map(({ number, title, time: slot }) => [number, title, slot ?? null]),
          }).toEqual({
            meeting: { dates: ['2026-02-17'], time, venue: notice.venue.join(' ') },
            label: `${notice.labels.time}:`,
            other: [],
            planned: notice.items.map((title, index) => [String(index + 1), title, null]),
          });
        });
      }
    }
  }
});

/** The version's hour as a span from `from` to `to` (`10.00` → `10.00 – 13.00`, `10 h 00` → `10 h 00 – 13 h 00`, `kl. 10.00` → `kl. 10.00 – 13.00`). */
function hours(time: string, from: string, to: string): string {
  return time.replace(/10([.:h ]+)00/u, (_match, separator: string) => `${from.replace('.', separator)} – ${to.replace('.', separator)}`);
}

/**
 * Where a notice prints its day's hours above the first item of the day: under the day's heading (the `Time:` row
 * printing the hour the meeting opens), alone above item 1 (no `Time:` row), or on each of two days (`18 February
 * 2026` / `09.30 – 13.00` above item 3). The `Time:` row's hour, each span as printed and the items above which it stands.
 */
const DAY_HOURS: Record<string, (notice: Notice) => { time: string | null; above: Record<number, string[]>; spans: string[] }> = {
  'under the day’s heading': (notice) => ({
    time: notice.time,
    above: { 1: [notice.date, hours(notice.time, '10.00', '13.00')] },
    spans: [hours(notice.time, '10.00', '13.00')],
  }),
  'alone, no Time: row': (notice) => ({ time: null, above: { 1: [hours(notice.time, '10.00', '13.00')] }, spans: [hours(notice.time, '10.00', '13.00')] }),
  'under each of two days’ headings': (notice) => ({
    time: notice.time,
    above: { 1: [notice.date, hours(notice.time, '10.00', '18.00')], 3: [notice.date.replace('17', '18'), hours(notice.time, '09.30', '13.00')] },
    spans: [hours(notice.time, '10.00', '18.00'), hours(notice.time, '09.30', '13.00')],
  }),
};

/**
 * A notice that prints its day's hours above the day's first item (`17 February 2026` / `10.00 – 13.00` / `1. Adoption
 * of the agenda`), no other item of the day with a time: the span is the day's, not item 1's planned slot (before, in
 * 19 versions item 1 was planned for `10.00 – 13.00`, and where a word stood with the hours, `10.00 – 13.00 uur`, the
 * line was an item numbered `10.00` in place of the three). Read back: each item with no time of its own, the
 * meeting's `Time:` row's hour and venue, the spans on the record (item 1's text, the document's page).
 */
describe('a CM notice’s day’s hours printed above its first item', () => {
  for (const [where, make] of Object.entries(DAY_HOURS)) {
    for (const [language, notice] of Object.entries(notices)) {
      const { time, above, spans } = make(notice);
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${spans.join('`, `')}\` ${where} as no item's slot, its venue whole (${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, time, true, layout, above), flat), `cm-${language}.txt`));
          const venue = notice.venue.join(' ');
          expect({
            time: record.meeting?.time ?? null,
            venue: record.meeting?.venue ?? null,
            planned: (record.planned ?? []).map(({ number, title, time: slot }) => [number, title, slot ?? null]),
            kept: spans.filter((span) => JSON.stringify(record).includes(span)),
          }).toEqual({
            time,
            venue,
            planned: notice.items.map((title, index) => [String(index + 1), title, null]),
            kept: spans,
          });
        });
      }
    }
  }
});

/** The version's hour moved to another (`10 h 00` → `09 h 30`, `kl. 10.00` → `kl. 09.30`): its figures alone change. */
function hourAt(time: string, hour: string): string {
  return time.replace(/10([.:h ]+)00/u, (_match, separator: string) => hour.replace('.', separator));
}

/** The second day's heading: the version's date of the 17th moved to the 18th (`17 février 2026` → `18 février 2026`). */
function secondDay(notice: Notice): string {
  return notice.date.replace('17', '18');
}

/**
 * Where a notice of a meeting on 17 and 18 February 2026 (its `Date:` row naming both days as the version prints them,
 * its `Time:` row the hour it opens) prints each day's hours: in brackets after each day's heading (`17 February 2026
 * (10.00)` over item 1, `18 February 2026 (09.30)` over item 3), or under each day's heading above its first item
 * (`17 February 2026` / `10.00 – 18.00`, `18 February 2026` / `09.30 – 13.00`). The lines above the items, and each
 * day's hours as the record gives them (`HH:MM`), read off the lines as written.
 */
const TWO_DAYS: Record<string, (notice: Notice) => { above: Record<number, string[]>; times: { date: string; start: string; end?: string }[] }> = {
  'in brackets after each day’s heading': (notice) => ({
    above: { 1: [`${notice.date} (${notice.time})`], 3: [`${secondDay(notice)} (${hourAt(notice.time, '09.30')})`] },
    times: [
      { date: '2026-02-17', start: '10:00' },
      { date: '2026-02-18', start: '09:30' },
    ],
  }),
  'under each day’s heading, above its first item': (notice) => ({
    above: { 1: [notice.date, hours(notice.time, '10.00', '18.00')], 3: [secondDay(notice), hours(notice.time, '09.30', '13.00')] },
    times: [
      { date: '2026-02-17', start: '10:00', end: '18:00' },
      { date: '2026-02-18', start: '09:30', end: '13:00' },
    ],
  }),
};

/**
 * A CM notice of a meeting over two days that prints each day's hours (TWO_DAYS), in the 24 versions and the six shapes:
 * read back, each day with its hours (`meeting.times`), the `Time:` row's hour kept as printed (`meeting.time`), and the
 * items planned on their days with no slot of their own.
 */
describe('a CM notice of a meeting over two days, each day’s hours', () => {
  for (const [where, make] of Object.entries(TWO_DAYS)) {
    for (const [language, notice] of Object.entries(notices)) {
      const { above, times } = make(notice);
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's days' hours ${where}: \`${Object.values(above).flat().join('`, `')}\` (${shape})`, () => {
          const date = TWO_DAYS_DATE[language] ?? '';
          const record = expectOk(parseDocument(inShape(printed(notice, language, notice.time, true, layout, above, date), flat), `cm-${language}.txt`));
          expect({
            dates: record.meeting?.dates ?? null,
            time: record.meeting?.time ?? null,
            times: record.meeting?.times ?? null,
            planned: (record.planned ?? []).map(({ number, title, day, time }) => [number, title, day, time]),
          }).toEqual({
            dates: ['2026-02-17', '2026-02-18'],
            time: notice.time,
            times,
            planned: notice.items.map((title, index) => [String(index + 1), title, index < 2 ? '2026-02-17' : '2026-02-18', null]),
          });
        });
      }
    }
  }
});

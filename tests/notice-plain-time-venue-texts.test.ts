import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import type { NoticeHeader } from './support/notice-header.ts';

/**
 * A CM notice's `Time:` and `Venue:` as plain `pdftotext` prints its header table: the labels' column, then the values'
 * column, the venue's lines one under the other (`COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 175, 1048 Brussels`),
 * the hour on its line above or under them, item 1 or the day's heading right under the table. In the 24 versions'
 * wording (tests/fixtures/cm-notice-languages/notices.json: each version's labels, its hour as it prints it, `10.00 ч.`,
 * `kl. 10.00`, `klo 10.00`, `plkst. 10.00`, `10.00 hod.`, `10 h 00`, and its venue's lines), in the orders and groupings
 * the Council's notices print the rows in: the meeting's hour and venue, as printed (the venue's lines joined by a
 * space), its day, and the three items planned. Expected values are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  items: string[];
  /** The version's date with two days (`17 and 18 February 2026`), for the notice of a meeting on two days. */
  dateWithWeekday: string;
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';

type Row = [label: string, lines: string[]];

/** The header's rows, the venue before the hour (`venue first`) or after it. */
function rows(notice: Notice, venueFirst: boolean): Row[] {
  const { labels } = notice;
  const time: Row = [labels.time, [notice.time]];
  const venue: Row = [labels.venue, notice.venue];
  return [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    ...(venueFirst ? [venue, time] : [time, venue]),
  ];
}

/** How plain pdftotext prints the table: each cell between blank lines, or each column's cells one under the other. */
type Grouping = 'cells apart' | 'columns together';

function table(printed: Row[], grouping: Grouping): string[] {
  if (grouping === 'cells apart') return [...printed.flatMap(([label]) => [`${label}:`, '']), ...printed.flatMap(([, lines]) => [...lines, ''])];
  return [...printed.map(([label]) => `${label}:`), '', ...printed.flatMap(([, lines]) => lines), ''];
}

/** The notice: its head, the table, maybe the day's heading (the `Date:` value alone on its line), the items, the footer. */
function plainNotice(notice: Notice, language: string, venueFirst: boolean, grouping: Grouping, dayHeading: boolean): string {
  return [
    ...[notice.institution, '', notice.placeDate, NUMBER, '', 'COSI', 'JAI', '', notice.communication, '', notice.kind, ''],
    ...table(rows(notice, venueFirst), grouping),
    ...(dayHeading ? [notice.date, ''] : []),
    ...notice.items.flatMap((title, index) => [`${index + 1}. ${title}`, '']),
    ...[NUMBER, '', '1', '', language.toUpperCase(), ''],
  ].join('\n');
}

const SHAPES: [name: string, venueFirst: boolean, grouping: Grouping, dayHeading: boolean][] = [
  ['the venue, then the hour, each cell between blank lines', true, 'cells apart', false],
  ['the venue, then the hour, the cells one under the other', true, 'columns together', false],
  ['the venue, then the hour, the day’s heading under them', true, 'cells apart', true],
  ['the venue, then the hour, the cells one under the other, the day’s heading under them', true, 'columns together', true],
  ['the hour, then the venue, each cell between blank lines', false, 'cells apart', false],
  ['the hour, then the venue, the cells one under the other', false, 'columns together', false],
  ['the hour, then the venue, the cells one under the other, the day’s heading under them', false, 'columns together', true],
];

describe('a CM notice’s hour and venue as plain pdftotext prints them', () => {
  for (const [language, notice] of Object.entries(notices)) {
    for (const [shape, venueFirst, grouping, dayHeading] of SHAPES) {
      it(`reads the ${language} notice's \`${notice.labels.time}: ${notice.time}\` and its venue (${shape})`, () => {
        const record = expectOk(parseDocument(plainNotice(notice, language, venueFirst, grouping, dayHeading), `cm-${language}.txt`));
        expect({
          meeting: record.meeting,
          labels: [record.printed?.labels.time ?? null, record.printed?.labels.venue ?? null],
          planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
        }).toEqual({
          meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' ') },
          labels: [`${notice.labels.time}:`, `${notice.labels.venue}:`],
          planned: notice.items.map((title, index) => [String(index + 1), title]),
        });
      });
    }
  }
});

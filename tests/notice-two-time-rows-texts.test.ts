import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import type { NoticeHeader } from './support/notice-header.ts';
import { TEXT_SHAPES, inShape } from './support/text-shapes.ts';
import { TWO_DAYS_DATE } from './support/two-days-date.ts';

/**
 * A CM notice of a meeting over two days, or of one day with a morning and an afternoon part, that prints two `Time:`
 * rows under its `Date:` row, each with its day and hours or its part's hours (`Time: 17 February 2026, 10.00` /
 * `Time: 18 February 2026, 09.30`; `Time: 10.00 (17 February 2026)`; `Time: 10.00` / `Time: 14.00`), then the venue.
 * Read back too: each day of a meeting over two days with the hour its row prints (`meeting.times`, `10:00`, `09:30`).
 * In the 24 versions' wording (tests/fixtures/cm-notice-languages/notices.json: each version's labels, its date and its
 * hour as it prints them, `10.00 ч.`, `kl. 10.00`, `10 h 00`, `10:00`), in the five shapes users bring a text in
 * (tests/support/text-shapes.ts). Read back: the meeting's days, the two rows' values as printed, in order, apart by a
 * semicolon in `meeting.time`, the venue, the labels, no header line left, and the three items planned. Expected values
 * are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';

/** The version's hour moved to another one (`10 h 00` → `09 h 30`, `kl. 10.00` → `kl. 14.00`): its figures alone change. */
function hourAt(time: string, hours: string, minutes: string): string {
  return time.replace(/10([.:h ]+)00/u, `${hours}$1${minutes}`);
}

/** The two `Time:` values of each way of printing them: the second day is the 18th, the afternoon's hour 14.00. */
const ROWS: Record<string, (notice: Notice) => [string, string]> = {
  'each day, then its hour': (notice) => [`${notice.date}, ${notice.time}`, `${secondDay(notice)}, ${hourAt(notice.time, '09', '30')}`],
  'each hour, then its day in brackets': (notice) => [`${notice.time} (${notice.date})`, `${hourAt(notice.time, '09', '30')} (${secondDay(notice)})`],
  'the morning’s hour and the afternoon’s': (notice) => [notice.time, hourAt(notice.time, '14', '00')],
};

function secondDay(notice: Notice): string {
  return notice.date.replace('17', '18');
}

/** Whether the rows name two days (the `Date:` row then names both) or one day in two parts. */
const TWO_DAYS: Record<string, boolean> = {
  'each day, then its hour': true,
  'each hour, then its day in brackets': true,
  'the morning’s hour and the afternoon’s': false,
};

type Row = [label: string, lines: string[]];

function rows(notice: Notice, language: string, times: [string, string], twoDays: boolean): Row[] {
  const { labels } = notice;
  return [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [twoDays ? (TWO_DAYS_DATE[language] ?? '') : notice.date]],
    [labels.time, [times[0]]],
    [labels.time, [times[1]]],
    [labels.venue, notice.venue],
  ];
}

/** The notice as `pdftotext -layout` prints it (labels beside values) or as plain `pdftotext` does (each cell between blank lines, the labels' column then the values'). */
function printed(notice: Notice, language: string, table: Row[], layout: boolean): string {
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.flatMap(([label]) => [`${label}:`, '']), ...table.flatMap(([, lines]) => [...lines, ''])];
  const items = notice.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  const foot = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase(), ''];
  return [...head, ...header, '', ...items, ...foot].join('\n');
}

describe('a CM notice with two Time: rows', () => {
  for (const [way, times] of Object.entries(ROWS)) {
    for (const [language, notice] of Object.entries(notices)) {
      const values = times(notice);
      const twoDays = TWO_DAYS[way] === true;
      for (const [shape, layout, flat] of TEXT_SHAPES) {
        it(`reads both of the ${language} notice's rows \`${notice.labels.time}: ${values[0]}\` / \`${values[1]}\` (${way}; ${shape})`, () => {
          const record = expectOk(
            parseDocument(inShape(printed(notice, language, rows(notice, language, values, twoDays), layout), flat), `cm-${language}.txt`),
          );
          expect({
            meeting: record.meeting,
            labels: [record.printed?.labels.time ?? null, record.printed?.labels.venue ?? null],
            other: record.otherHeaderLines.filter((line) => line.includes(notice.labels.time)),
            planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
          }).toEqual({
            meeting: {
              dates: twoDays ? ['2026-02-17', '2026-02-18'] : ['2026-02-17'],
              time: values.join('; '),
              // each day with the hour its row prints (a meeting of one day has its time alone)
              ...(twoDays
                ? {
                    times: [
                      { date: '2026-02-17', start: '10:00' },
                      { date: '2026-02-18', start: '09:30' },
                    ],
                  }
                : {}),
              venue: notice.venue.join(' '),
            },
            labels: [`${notice.labels.time}:`, `${notice.labels.venue}:`],
            other: [],
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
      }
    }
  }
});

/** The agenda's time column: each item's planned slot, as the notice prints it beside the item's number. */
const SLOTS = ['10.00 – 10.10', '10.10 – 10.40', '10.40 – 11.30'];

/**
 * The notice with the venue's row above the hour's and a time column beside its items, as the Council's notices with a
 * planned slot for each item print them: plain `pdftotext` prints the header's hour last in the values' column, right
 * above the first slot (`Rue de la Loi 175, 1048 Brussels` / `10.00` / `10.00 – 10.10` / `1.` / `Adoption of the
 * agenda`), each cell between blank lines.
 */
function timedNotice(notice: Notice, language: string, layout: boolean): string {
  const { labels } = notice;
  const table: Row[] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.venue, notice.venue],
    [labels.time, [notice.time]],
  ];
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.flatMap(([label]) => [`${label}:`, '']), ...table.flatMap(([, lines]) => [...lines, ''])];
  const items = notice.items.flatMap((title, index) =>
    layout ? [`${(SLOTS[index] ?? '').padEnd(17)}${index + 1}.    ${title}`, ''] : [SLOTS[index] ?? '', '', `${index + 1}.`, '', title, ''],
  );
  const foot = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase(), ''];
  return [...head, ...header, '', ...items, ...foot].join('\n');
}

describe('a CM notice’s hour printed right above its time column’s first slot', () => {
  for (const [language, notice] of Object.entries(notices)) {
    for (const [shape, layout, flat] of TEXT_SHAPES) {
      it(`reads the ${language} notice's \`${notice.labels.time}: ${notice.time}\` as the meeting's, item 1 planned at ${SLOTS[0]} (${shape})`, () => {
        const record = expectOk(parseDocument(inShape(timedNotice(notice, language, layout), flat), `cm-${language}.txt`));
        expect({
          meeting: record.meeting,
          planned: (record.planned ?? []).map(({ number, title, time }) => [number, title, time]),
        }).toEqual({
          meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' ') },
          planned: notice.items.map((title, index) => [String(index + 1), title, SLOTS[index]]),
        });
      });
    }
  }
});

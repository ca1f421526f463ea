import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticePage, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY } from './support/text-shapes.ts';

/**
 * A notice's `Date:` value printed in figures, as a notice typed by hand or copied out of a calendar prints it: one day
 * (`03.03.2026`, `3/3/2026`, `2026-03-03`) or a span of two days (`03.03.2026 – 04.03.2026`, `3/3/2026 – 4/3/2026`,
 * `2026-03-03 – 2026-03-04`), with each day's hour in brackets (`03.03.2026 (10.00) – 04.03.2026 (13.00)`) or beside it
 * (`03.03.2026 10.00 – 04.03.2026`). Read back: the meeting's days, its `Time:` and `Venue:` rows whole. A year of two
 * figures (`3/3/26`: which century, which day?) gives no day, and no day is read from the notice's number (`CM 1204/26`)
 * or a document the subject cites. The versions' notices (tests/fixtures/cm-notice-languages) with these values, in the
 * shapes a text reaches the ingest in; expected days read off the values as written here.
 */

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const ONE_DAY = ['2026-03-03'];
const TWO_DAYS = ['2026-03-03', '2026-03-04'];

/** `Date:` values in figures and the days each names. */
const VALUES: [date: string, days: string[]][] = [
  ['03.03.2026', ONE_DAY],
  ['3/3/2026', ONE_DAY],
  ['2026-03-03', ONE_DAY],
  ['03.03.2026 – 04.03.2026', TWO_DAYS],
  ['3/3/2026 - 4/3/2026', TWO_DAYS],
  ['2026-03-03 – 2026-03-04', TWO_DAYS],
  ['03.03.2026 (10.00) – 04.03.2026 (13.00)', TWO_DAYS],
  ['03.03.2026 10.00 – 04.03.2026', TWO_DAYS],
];

/** The notice with `date` as its `Date:` value, its items under the header. */
function notice(language: string, date: string, layout: boolean, subject?: string): string {
  const fixture = notices[language];
  if (fixture === undefined) throw new Error(language);
  const body = fixture.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  return noticePage({ ...fixture, date, ...(subject === undefined ? {} : { subject }) }, language, layout, body);
}

describe.each(Object.keys(notices).flatMap((language) => VALUES.map(([date, days]) => [language, date, days] as const)))(
  'a %s notice whose Date: value is `%s`',
  (language, date, days) => {
    const fixture = notices[language];
    if (fixture === undefined) throw new Error(language);
    it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the meeting’s days, and its Time: and Venue: rows whole (%s)', (_shape, layout, flat) => {
      const record = expectOk(parseDocument(inShape(notice(language, date, layout), flat), `notice-${language}.txt`));
      const { dates = [], time, venue } = record.meeting ?? {};
      expect({ dates, time, venue }).toEqual({ dates: days, time: fixture.time, venue: fixture.venue.join(' ') });
    });
  },
);

describe('a notice whose Date: value prints a year of two figures', () => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads no day of `3/3/26` (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(notice('en', '3/3/26', layout), flat), 'notice-en.txt'));
    expect(record.meeting?.dates ?? []).toEqual([]);
  });
});

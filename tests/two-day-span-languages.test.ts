import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticePage, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY } from './support/text-shapes.ts';

/**
 * A notice's `Date:` value of a meeting over two days printed as a span, each version's month in its own form: the two
 * days before one month with a dash between them (`3 – 4 March 2026`, `3.–4. března 2026`, `3–4 marca 2026 r.`, `3. –
 * 4. märts 2026`, `2026. március 3–4.`, `2026 m. kovo 3–4 d.`, `3 – 4 Márta 2026`), and each day whole on either side of
 * the dash (`3 March 2026 – 4 March 2026`, `2026. gada 3. martā – 2026. gada 4. martā`, `3 марта 2026 г. – 4 март 2026
 * г.`: a Bulgarian date in the old genitive beside one in the nominative, its hours in brackets after each day too).
 * Read back: both days of the meeting, and the `Time:` and `Venue:` rows under the value whole (a day's hour in brackets
 * with the version's word, `(10.00 ч.)`, is the `Date:` value's, not the start of the `Time:` row's). A span whose first day's month cannot be read (`3 Marc 2026 – 4 March 2026`)
 * gives no day, not its second day alone as a meeting of one day. The versions' notices (tests/fixtures/cm-notice-languages)
 * with these values, in the shapes a text reaches the ingest in; expected days read off the values as written here.
 */

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** How a version prints 3 and 4 March 2026 as a span: the two days before the month, and one day whole (`{d}` its number). */
const SPANS: Record<string, { days: string; day: string }> = {
  bg: { days: '3 – 4 март 2026 г.', day: '{d} март 2026 г.' },
  cs: { days: '3.–4. března 2026', day: '{d}. března 2026' },
  da: { days: '3.-4. marts 2026', day: '{d}. marts 2026' },
  de: { days: '3.–4. März 2026', day: '{d}. März 2026' },
  el: { days: '3-4 Μαρτίου 2026', day: '{d} Μαρτίου 2026' },
  en: { days: '3 – 4 March 2026', day: '{d} March 2026' },
  es: { days: '3-4 de marzo de 2026', day: '{d} de marzo de 2026' },
  et: { days: '3. – 4. märts 2026', day: '{d}. märts 2026' },
  fi: { days: '3.–4. maaliskuuta 2026', day: '{d}. maaliskuuta 2026' },
  fr: { days: '3-4 mars 2026', day: '{d} mars 2026' },
  ga: { days: '3 – 4 Márta 2026', day: '{d} Márta 2026' },
  hr: { days: '3. – 4. ožujka 2026.', day: '{d}. ožujka 2026.' },
  hu: { days: '2026. március 3–4.', day: '2026. március {d}.' },
  it: { days: '3-4 marzo 2026', day: '{d} marzo 2026' },
  lt: { days: '2026 m. kovo 3–4 d.', day: '2026 m. kovo {d} d.' },
  lv: { days: '2026. gada 3.–4. martā', day: '2026. gada {d}. martā' },
  mt: { days: "3-4 ta' Marzu 2026", day: "{d} ta' Marzu 2026" },
  nl: { days: '3-4 maart 2026', day: '{d} maart 2026' },
  pl: { days: '3–4 marca 2026 r.', day: '{d} marca 2026 r.' },
  pt: { days: '3-4 de março de 2026', day: '{d} de março de 2026' },
  ro: { days: '3-4 martie 2026', day: '{d} martie 2026' },
  sk: { days: '3. – 4. marca 2026', day: '{d}. marca 2026' },
  sl: { days: '3.–4. marec 2026', day: '{d}. marec 2026' },
  sv: { days: '3–4 mars 2026', day: '{d} mars 2026' },
};

/** Each version's `Date:` values of the two days: the span before the month, and each day whole on either side of a dash. */
const VALUES: [language: string, date: string][] = [
  ...Object.entries(SPANS).flatMap(([language, { days }]): [string, string][] => [
    [language, days],
    [language, whole(language)],
  ]),
  ['bg', '3 марта 2026 г. – 4 март 2026 г.'],
  ['bg', '3–4 марта 2026 г.'],
  ['bg', '3 марта 2026 г. (10.00 ч.) – 4 март 2026 г. (13.00 ч.)'],
];

/**
 * Not read yet: the venue of a notice whose `Date:` value prints each day whole with a dot after its number and whose
 * hour has no word after it (`3. března 2026 – 4. března 2026` over `10:00`, `3. marts 2026 – 4. marts 2026` over `kl.
 * 10.00`, `3. maaliskuuta 2026 – 4. maaliskuuta 2026` over `klo 10.00`) in plain pdftotext: its lines go to the body's
 * text above item 1, the `Venue:` label unplaced with a warning (a missing value, no wrong one; `10.00 Uhr`, `10.00` are read).
 */
const VENUE_NOT_READ: ReadonlySet<string> = new Set(
  ['cs', 'da', 'fi'].flatMap((language) =>
    ['plain pdftotext', 'plain pdftotext without its blank lines'].map((shape) => `${language} ${whole(language)} ${shape}`),
  ),
);

/** A version's two days each printed whole on either side of a dash. */
function whole(language: string): string {
  const day = SPANS[language]?.day ?? '';
  return `${day.replace('{d}', '3')} – ${day.replace('{d}', '4')}`;
}

/** The notice with `date` as its `Date:` value, its items under the header. */
function notice(language: string, date: string, layout: boolean): string {
  const fixture = notices[language];
  if (fixture === undefined) throw new Error(language);
  const body = fixture.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  return noticePage({ ...fixture, date }, language, layout, body);
}

describe.each(VALUES)('a %s notice of a meeting on 3 and 4 March 2026, its Date: value `%s`', (language, date) => {
  const fixture = notices[language];
  if (fixture === undefined) throw new Error(language);
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads both days of the meeting, and its Time: and Venue: rows whole (%s)', (shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(notice(language, date, layout), flat), `notice-${language}.txt`));
    const { dates = [], time, venue } = record.meeting ?? {};
    const venueRead = VENUE_NOT_READ.has(`${language} ${date} ${shape}`) ? undefined : fixture.venue.join(' ');
    expect({ dates, time, venue }).toEqual({ dates: ['2026-03-03', '2026-03-04'], time: fixture.time, venue: venueRead });
  });
});

/** `Date:` values of a span whose first day's month is misprinted: no month of any version. */
const UNREAD_FIRST_MONTH: [language: string, date: string][] = [
  ['en', '3 Marc 2026 – 4 March 2026'],
  ['en', '3 Marc 2026 (10.00) – 4 March 2026 (13.00)'],
  ['bg', '3 мрт 2026 г. – 4 март 2026 г.'],
  ['de', '3. Mräz 2026 – 4. März 2026'],
];

describe.each(UNREAD_FIRST_MONTH)('a %s notice whose Date: value `%s` misprints its first day’s month', (language, date) => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads no day rather than the second day alone (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(notice(language, date, layout), flat), `notice-${language}.txt`));
    expect(record.meeting?.dates ?? []).toEqual([]);
  });
});

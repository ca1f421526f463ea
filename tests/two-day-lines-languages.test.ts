import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticePage, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY } from './support/text-shapes.ts';

/**
 * A notice's day lines as the Latvian, Lithuanian, Hungarian and Estonian versions print a meeting of two days over its
 * agenda, the days of the week after or before the two days (`2026. gada 17. un 18. martā, otrdiena un trešdiena`,
 * `2026 m. kovo 17 ir 18 d., antradienis ir trečiadienis`, `2026. március 17–18., kedd–szerda`, `teisipäev ja
 * kolmapäev, 17. ja 18. märts 2026`): the meeting's days, the line no item (the Latvian one, opening with `2026.`, was
 * read as an item numbered 2026 whose text swallowed the agenda, in plain pdftotext and -layout), each item of the two
 * days under it with no day of its own (which of the two is not printed). And the Hungarian notice's days with their
 * parts in brackets under a day line printed without its day of the week (`2026. március 17.` / `(délelőtt)` / `1. …`,
 * `2026. március 18.` / `(délután)` over the second day's items): each item's day, in a copy without blank lines too,
 * where the first day's line and its part went to the venue above them and items 1 to 3 had no day. In the shapes a text reaches the ingest in (tests/fixtures/cm-notice-languages: the versions' notices).
 */

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** A version's line of the two days with their days of the week, and its `Date:` value of both days. */
const TWO_DAYS: Record<string, { line: string; date: string }> = {
  lv: { line: '2026. gada 17. un 18. martā, otrdiena un trešdiena', date: '2026. gada 17. un 18. martā' },
  lt: { line: '2026 m. kovo 17 ir 18 d., antradienis ir trečiadienis', date: '2026 m. kovo 17–18 d.' },
  hu: { line: '2026. március 17–18., kedd–szerda', date: '2026. március 17–18.' },
  et: { line: 'teisipäev ja kolmapäev, 17. ja 18. märts 2026', date: '17.–18. märts 2026' },
};

describe.each(Object.keys(TWO_DAYS))('a notice in %s of a meeting on 17 and 18 March 2026, one day line of both days over its agenda', (language) => {
  const fixture = notices[language];
  const days = TWO_DAYS[language];
  if (fixture === undefined || days === undefined) throw new Error(language);
  const notice = { ...fixture, date: days.date };
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the two days, and items 1 to 3 under the line with no day of their own (%s)', (_shape, layout, flat) => {
    const indent = layout ? '      ' : ' ';
    const body = [days.line, '', ...notice.items.flatMap((title, index) => [`${index + 1}.${indent}${title}`, ''])];
    const record = expectOk(parseDocument(inShape(noticePage(notice, language, layout, body), flat), `notice-${language}.txt`));
    expect({
      meeting: record.meeting?.dates ?? [],
      items: record.items.map((item) => ({ number: item.number, title: item.title, day: item.day })),
    }).toEqual({
      meeting: ['2026-03-17', '2026-03-18'],
      items: notice.items.map((title, index) => ({ number: String(index + 1), title, day: null })),
    });
  });
});

describe('a Hungarian notice of a meeting on 17 and 18 March 2026, the parts of each day in brackets under its day line without the day of the week', () => {
  const fixture = notices.hu;
  if (fixture === undefined) throw new Error('hu');
  const notice = { ...fixture, date: '2026. március 17–18.' };
  const [adoption = '', information = '', other = ''] = notice.items;
  /** Items 1 to 3 on the morning of 17 March, 4 and 5 on the afternoon of 18 March. */
  const items = [
    { number: '1', title: adoption, day: '2026-03-17' },
    { number: '2', title: information, day: '2026-03-17' },
    { number: '3', title: information, day: '2026-03-17' },
    { number: '4', title: information, day: '2026-03-18' },
    { number: '5', title: other, day: '2026-03-18' },
  ];
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the two days and each item’s day (%s)', (_shape, layout, flat) => {
    const item = (index: number) => {
      const { number, title } = items[index] ?? { number: '', title: '' };
      return [`${number}.${layout ? '      ' : ' '}${title}`, ''];
    };
    const body = [
      ...['2026. március 17.', '', '(délelőtt)', '', ...item(0), ...item(1), ...item(2)],
      ...['2026. március 18.', '', '(délután)', '', ...item(3), ...item(4)],
    ];
    const record = expectOk(parseDocument(inShape(noticePage(notice, 'hu', layout, body), flat), 'notice-hu.txt'));
    expect({
      meeting: record.meeting?.dates ?? [],
      items: record.items.map((read) => ({ number: read.number, title: read.title, day: read.day })),
    }).toEqual({ meeting: ['2026-03-17', '2026-03-18'], items });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticePage, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY } from './support/text-shapes.ts';

/**
 * Day lines with the day of the week, in the 24 versions (the notice's own, tests/fixtures/cm-notice-languages: a
 * meeting on 17 February 2026, its day line `dateWithWeekday` the body's first line over the three items, right above
 * item 1, above the heading of the items for discussion, or above the joint session's part); and as the Maltese, Hungarian and Lithuanian versions print them over a day's items:
 * the Maltese with the articles of the weekday and of the day (`It-Tlieta, is-17 ta' Marzu 2026`), the year first with
 * the weekday after it (`2026. március 17., kedd`, `2026 m. kovo 17 d., antradienis`). A notice of a meeting on 17 and
 * 18 March 2026 with 17 items (the versions' own wording, tests/fixtures/cm-notice-languages: item 1 the adoption of the
 * agenda, items 2 to 16 the Presidency's information, item 17 any other business), each day over its first item (items
 * 1 and 10), the first day as the body's first line: right above the item, above the part of the meeting held that day
 * (the joint session of COSI and SCIFA, as tests/cm-notice-languages.test.ts names it), and in Hungarian above the part
 * of the day in brackets (`(délelőtt)`, `(délután)`), in the shapes a text reaches the ingest in.
 */

/** A version's two day lines, its notice's `Date:` value of both days, the part of the meeting and the parts of the day. */
interface Forms {
  first: string;
  second: string;
  days: string;
  part: string;
  session?: [string, string];
}

const FORMS: Record<string, Forms> = {
  mt: {
    first: "It-Tlieta, is-17 ta' Marzu 2026",
    second: "L-Erbgħa, it-18 ta' Marzu 2026",
    days: "is-17 u t-18 ta' Marzu 2026",
    part: 'Sessjoni konġunta tal-COSI u tas-SCIFA',
  },
  hu: {
    first: '2026. március 17., kedd',
    second: '2026. március 18., szerda',
    days: '2026. március 17–18.',
    part: 'A COSI és a SCIFA közös ülése',
    session: ['(délelőtt)', '(délután)'],
  },
  lt: {
    first: '2026 m. kovo 17 d., antradienis',
    second: '2026 m. kovo 18 d., trečiadienis',
    days: '2026 m. kovo 17–18 d.',
    part: 'COSI ir SCIFA bendras posėdis',
  },
};

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
  /** 17 February 2026 as the version prints it with the day of the week (`Dienstag, 17. Februar 2026`, `2026. február 17., kedd`). */
  dateWithWeekday: string;
  headings: { discussion: string };
  sessions: { joint: string };
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** The agenda's items: the number, the title and the day (17 March for items 1 to 9, 18 March for items 10 to 17). */
function itemsOf(notice: Notice): { number: string; title: string; day: string }[] {
  return Array.from({ length: 17 }, (_, index) => ({
    number: String(index + 1),
    title: (index === 0 ? notice.items[0] : index === 16 ? notice.items[2] : notice.items[1]) ?? '',
    day: index < 9 ? '2026-03-17' : '2026-03-18',
  }));
}

/** The lines under a day line, over its first item: nothing, the part of the meeting, or the part of the day. */
type Under = 'nothing' | 'part' | 'session';

/** The agenda: each day over its first item (items 1 and 10), `under` between them. */
function agenda(notice: Notice, forms: Forms, indent: string, under: Under): string[] {
  const between = (day: 0 | 1): string[] => (under === 'part' ? [forms.part, ''] : under === 'session' ? [forms.session?.[day] ?? '', ''] : []);
  return itemsOf(notice).flatMap(({ number, title }) => [
    ...(number === '1' ? [forms.first, '', ...between(0)] : number === '10' ? [forms.second, '', ...between(1)] : []),
    `${number}.${indent}${title}`,
    '',
  ]);
}

describe.each(Object.keys(FORMS))('a notice of a meeting on 17 and 18 March 2026 with its days of the week in %s', (language) => {
  const fixture = notices[language];
  const forms = FORMS[language];
  if (fixture === undefined || forms === undefined) throw new Error(language);
  const notice = { ...fixture, date: forms.days };
  const unders: Under[] = forms.session === undefined ? ['nothing', 'part'] : ['nothing', 'part', 'session'];
  describe.each(unders)('the day lines over %s, then the day’s first item', (under) => {
    it.each(TEXT_SHAPES_AND_PLAIN_COPY)(`reads the days and each item's day (%s)`, (_shape, layout, flat) => {
      const text = inShape(noticePage(notice, language, layout, agenda(notice, forms, layout ? '      ' : ' ', under)), flat);
      const record = expectOk(parseDocument(text, `notice-${language}.txt`));
      const items = record.items.map((item) => ({ number: item.number, title: item.title, day: item.day }));
      expect({ meeting: record.meeting?.dates ?? [], items }).toEqual({ meeting: ['2026-03-17', '2026-03-18'], items: itemsOf(notice) });
    });
  });
});

describe.each(Object.keys(notices).sort())('a notice of a meeting on Tuesday 17 February 2026 in %s, its day line the body’s first', (language) => {
  const notice = notices[language];
  if (notice === undefined) throw new Error(language);
  const lines: [string, string[]][] = [
    ['right above item 1', []],
    ['above the heading of the items for discussion', [notice.headings.discussion, '']],
    ['above the joint session', [notice.sessions.joint, '']],
  ];
  describe.each(lines)('%s', (_name, under) => {
    it.each(TEXT_SHAPES_AND_PLAIN_COPY)(`reads the day ${notice.dateWithWeekday} and each item's day (%s)`, (_shape, layout, flat) => {
      const indent = layout ? '      ' : ' ';
      const body = [notice.dateWithWeekday, '', ...under, ...notice.items.flatMap((title, index) => [`${index + 1}.${indent}${title}`, ''])];
      const record = expectOk(parseDocument(inShape(noticePage(notice, language, layout, body), flat), `notice-${language}.txt`));
      expect({
        meeting: record.meeting?.dates ?? [],
        items: record.items.map((item) => ({ number: item.number, title: item.title, day: item.day })),
      }).toEqual({
        meeting: ['2026-02-17'],
        items: notice.items.map((title, index) => ({ number: String(index + 1), title, day: '2026-02-17' })),
      });
    });
  });
});

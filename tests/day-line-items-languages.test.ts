import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { layoutNoticeHeader, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A day line read as a day line, in the versions that print a date with its day first: a notice's `Date:` value of two
 * days alone on its line (`17 and 18 March 2026`, `17 et 18 mars 2026`, `17 и 18 март 2026 г.`, `17. i 18. ožujka
 * 2026.`, `17.–18. märts 2026`), as plain `pdftotext` prints the values' column under the subject, and each day alone
 * on its line over that day's first item (`17 March 2026`, `17. März 2026`, `17 Μαρτίου 2026`), right under the venue
 * where a copy drops the blank lines. The day's number opens the line as an item's number does, but the day is no item
 * and the item after it numbered with the same figure stays one: item 17, `Any other business`, after item 16, with its
 * number's dot (`17. AOB`) and without it (`17 AOB`, as some agendas print their numbers). The versions' own wording
 * (tests/fixtures/cm-notice-languages: item 1 the adoption of the agenda, items 2 to 16 the Presidency's information, as
 * an agenda of many points names them, item 17 any other business), in the shapes a text reaches the ingest in.
 */

/** How a version prints one day (`{d}` its number) and two days of one month (`{d}`, `{e}`), its day first. */
const FORMS: Record<string, { day: string; days: string }> = {
  bg: { day: '{d} март 2026 г.', days: '{d} и {e} март 2026 г.' },
  cs: { day: '{d}. března 2026', days: '{d}. a {e}. března 2026' },
  da: { day: '{d}. marts 2026', days: '{d}. og {e}. marts 2026' },
  de: { day: '{d}. März 2026', days: '{d}. und {e}. März 2026' },
  el: { day: '{d} Μαρτίου 2026', days: '{d} και {e} Μαρτίου 2026' },
  en: { day: '{d} March 2026', days: '{d} and {e} March 2026' },
  es: { day: '{d} de marzo de 2026', days: '{d} y {e} de marzo de 2026' },
  et: { day: '{d}. märts 2026', days: '{d}.–{e}. märts 2026' },
  fi: { day: '{d}. maaliskuuta 2026', days: '{d}. ja {e}. maaliskuuta 2026' },
  fr: { day: '{d} mars 2026', days: '{d} et {e} mars 2026' },
  ga: { day: '{d} Márta 2026', days: '{d} agus {e} Márta 2026' },
  hr: { day: '{d}. ožujka 2026.', days: '{d}. i {e}. ožujka 2026.' },
  it: { day: '{d} marzo 2026', days: '{d} e {e} marzo 2026' },
  nl: { day: '{d} maart 2026', days: '{d} en {e} maart 2026' },
  pl: { day: '{d} marca 2026 r.', days: '{d} i {e} marca 2026 r.' },
  pt: { day: '{d} de março de 2026', days: '{d} e {e} de março de 2026' },
  ro: { day: '{d} martie 2026', days: '{d} și {e} martie 2026' },
  sk: { day: '{d}. marca 2026', days: '{d}. a {e}. marca 2026' },
  sl: { day: '{d}. marec 2026', days: '{d}. in {e}. marec 2026' },
  sv: { day: '{d} mars 2026', days: '{d} och {e} mars 2026' },
};

/**
 * The part of the meeting an English notice names on a line of its own under a day, over that day's first item (`17
 * March 2026` / `COSI Support Group` / `1. …`): the day line is not right above an item there.
 */
const PART: Readonly<Record<string, string>> = { en: 'COSI Support Group' };

/** The form with its days filled in. */
function filled(form: string, d: number, e = d + 1): string {
  return form.replace('{d}', String(d)).replace('{e}', String(e));
}

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
  /** The version's code (`en`), its footer's language: set here, not in the fixture. */
  language: string;
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

/**
 * The meeting the notice prints: 17 and 18 March 2026, at its `Time:` row's hour, at its `Venue:` row's place (its lines
 * joined by a space). Plain pdftotext prints the values' column under the labels', the hour and the venue's lines one
 * under the other after the days (`17. a 18. března 2026` / `10:00` / `RADA` / …): before, the venue was empty in the
 * Czech, Danish and Finnish versions, their days' line (`17. og 18. marts 2026`) taken for item 17's row, its hour
 * (`10:00`, `kl. 10.00`, `klo 10.00`: no item's number, as `10.00` is taken for) and the venue's lines for that row's
 * paragraphs (item-rows.ts). Each day with its hours (`times`): the `Time:` row's hour the first day's opening.
 */
function meetingOf(notice: Notice) {
  // each day's hours: the first opens at the `Time:` row's hour (10.00 in every version); no hour is printed for the second
  const times = [{ date: '2026-03-17', start: '10:00' }, { date: '2026-03-18' }];
  return { dates: ['2026-03-17', '2026-03-18'], time: notice.time, times, venue: notice.venue.join(' ') };
}

/** The agenda: each day over its first item (`17 March 2026` / `1. …`, `18 March 2026` / `10. …`), item 17 numbered `17.` or `17`. */
function agenda(notice: Notice, day: string, indent: string, dot: string, part: string | null = null): string[] {
  return itemsOf(notice).flatMap(({ number, title }) => [
    ...(number === '1' ? [filled(day, 17), '', ...(part === null ? [] : [part, ''])] : number === '10' ? [filled(day, 18), ''] : []),
    `${number}${number === '17' ? dot : '.'}${indent}${title}`,
    '',
  ]);
}

/** The notice as plain `pdftotext` prints it: the labels' column, then the values' column, then the agenda and the footer. */
function plainNotice(notice: Notice, day: string, dot: string, part: string | null = null): string {
  const { labels } = notice;
  const rows: [string, string[]][] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, notice.venue],
  ];
  return [
    ...[notice.institution, '', notice.placeDate, 'CM 1204/26', '', 'COSI', 'JAI', '', notice.communication, '', notice.kind, ''],
    ...rows.map(([label]) => `${label}:`),
    '',
    ...rows.flatMap(([, lines]) => lines),
    '',
    ...agenda(notice, day, ' ', dot, part),
    ...['CM 1204/26', '', '1', '', notice.language.toUpperCase(), ''],
  ].join('\n');
}

/** The notice as `pdftotext -layout` prints it. */
function layoutNotice(notice: Notice, day: string, dot: string, part: string | null = null): string {
  return [
    ...layoutNoticeHeader(notice, ['CM 1204/26']),
    '',
    ...agenda(notice, day, '      ', dot, part),
    `CM 1204/26${' '.repeat(60)}1`,
    `${' '.repeat(70)}${notice.language.toUpperCase()}`,
  ].join('\n');
}

describe.each(Object.keys(FORMS))('a notice of a meeting on 17 and 18 March 2026 with 17 items in %s', (language) => {
  const fixture = notices[language];
  const forms = FORMS[language];
  if (fixture === undefined || forms === undefined) throw new Error(language);
  const notice = { ...fixture, language, date: filled(forms.days, 17) };
  describe.each([
    ['17.', '.'],
    ['17', ''],
  ])('item 17 numbered %s', (_number, dot) => {
    const shapes: [string, () => string][] = [
      ['plain pdftotext', () => plainNotice(notice, forms.day, dot)],
      ['plain pdftotext without its blank lines', () => viewerCopyOfLayout(plainNotice(notice, forms.day, dot))],
      ['plain pdftotext, the page run into one line', () => flattenedPages(plainNotice(notice, forms.day, dot))],
      ['-layout', () => layoutNotice(notice, forms.day, dot)],
      ['-layout, the page run into one line', () => flattenedPages(layoutNotice(notice, forms.day, dot))],
      ['a viewer’s copy of the -layout page', () => viewerCopyOfLayout(layoutNotice(notice, forms.day, dot))],
      ...(PART[language] === undefined
        ? []
        : ([
            ['plain pdftotext, the meeting’s part under the first day', () => plainNotice(notice, forms.day, dot, PART[language] ?? null)],
            [
              'plain pdftotext without its blank lines, the meeting’s part under the first day',
              () => viewerCopyOfLayout(plainNotice(notice, forms.day, dot, PART[language] ?? null)),
            ],
            ['-layout, the meeting’s part under the first day', () => layoutNotice(notice, forms.day, dot, PART[language] ?? null)],
            [
              'a viewer’s copy of the -layout page, the meeting’s part under the first day',
              () => viewerCopyOfLayout(layoutNotice(notice, forms.day, dot, PART[language] ?? null)),
            ],
          ] as [string, () => string][])),
    ];
    it.each(shapes)(`reads the days ${notice.date} and the items under their days (%s)`, (_shape, text) => {
      const record = expectOk(parseDocument(text(), `notice-${language}.txt`));
      const items = record.items.map((item) => ({ number: item.number, title: item.title, day: item.day }));
      // `17.` and `17 AOB` without its dot (as the register prints an agenda's last item) alike: item 17 after item 16
      expect({ meeting: record.meeting, items }).toEqual({ meeting: meetingOf(notice), items: itemsOf(notice) });
    });
  });
});

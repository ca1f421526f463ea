import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { layoutNoticeHeader, type NoticeHeader } from './support/notice-header.ts';
import { outcomePage, outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * Dates in each version's own form, in March, whose month most versions decline or print apart: the place and date
 * line of an outcome and of a notice of meeting (`Briuselis, 2026 m. kovo 3 d.`, `Briselē, 2026. gada 3. martā`,
 * `Brüsszel, 2026. március 3.`, `Brüssel, 3. märts 2026`, `Bryssel, 3. maaliskuuta 2026`, `Bruxelles, 3. ožujka 2026.`,
 * `An Bhruiséil, 3 Márta 2026`, `Brussell, 3 ta' Marzu 2026`, `Βρυξέλλες, 3 Μαρτίου 2026`, `Брюксел, 3 март 2026 г.`),
 * the outcome's meeting days in its subject as the sentence declines them (`2026 m. kovo 3 ir 4 d. posėdžio`, `2026.
 * gada 3. un 4. marta sanāksmes`, `2026. március 3-i és 4-i ülésének`, `3. ja 4. märtsil 2026 toimunud`, `tat-3 u l-4 ta'
 * Marzu 2026`), and the notice's two days in its `Date:` value (`17 и 18 март 2026 г.`, `17.–18. märts 2026`, `2026.
 * március 17–18.`, `2026 m. kovo 17–18 d.`, `is-17 u t-18 ta' Marzu 2026`) with each day again as a heading over its
 * items (the Maltese version with each day's article: `Brussell, it-3 ta' Marzu 2026`, `is-17 ta' Marzu 2026` over item 1,
 * `it-18 ta' Marzu 2026` over item 2). The versions' own wording (tests/fixtures/outcome-languages, tests/fixtures/cm-notice-languages) with the
 * dates of a meeting of 3 and 4 March 2026 (outcome dated 10 March) and of 17 and 18 March 2026 (notice dated 3 March),
 * in the shapes a text reaches the ingest in.
 */

/** How a version prints its dates: one day (`{d}` its number), and two days of one month (`{d}`, `{e}`). */
interface Forms {
  day: string;
  days: string;
  /** The outcome subject's days as the fixture prints them (18 and 19 November 2025), and as the version prints 3 and 4 March 2026 there. */
  subject: [string, string];
}

const FORMS: Record<string, Forms> = {
  bg: { day: '{d} март 2026 г.', days: '{d} и {e} март 2026 г.', subject: ['18 и 19 ноември 2025 г.', '3 и 4 март 2026 г.'] },
  cs: { day: '{d}. března 2026', days: '{d}. a {e}. března 2026', subject: ['18. a 19. listopadu 2025', '3. a 4. března 2026'] },
  da: { day: '{d}. marts 2026', days: '{d}. og {e}. marts 2026', subject: ['18. og 19. november 2025', '3. og 4. marts 2026'] },
  de: { day: '{d}. März 2026', days: '{d}. und {e}. März 2026', subject: ['18. und 19. November 2025', '3. und 4. März 2026'] },
  el: { day: '{d} Μαρτίου 2026', days: '{d} και {e} Μαρτίου 2026', subject: ['18 και 19 Νοεμβρίου 2025', '3 και 4 Μαρτίου 2026'] },
  en: { day: '{d} March 2026', days: '{d} and {e} March 2026', subject: ['18 and 19 November 2025', '3 and 4 March 2026'] },
  es: { day: '{d} de marzo de 2026', days: '{d} y {e} de marzo de 2026', subject: ['18 y 19 de noviembre de 2025', '3 y 4 de marzo de 2026'] },
  et: { day: '{d}. märts 2026', days: '{d}.–{e}. märts 2026', subject: ['18. ja 19. novembril 2025', '3. ja 4. märtsil 2026'] },
  fi: { day: '{d}. maaliskuuta 2026', days: '{d}. ja {e}. maaliskuuta 2026', subject: ['18. ja 19. marraskuuta 2025', '3. ja 4. maaliskuuta 2026'] },
  fr: { day: '{d} mars 2026', days: '{d} et {e} mars 2026', subject: ['18 et 19 novembre 2025', '3 et 4 mars 2026'] },
  ga: { day: '{d} Márta 2026', days: '{d} agus {e} Márta 2026', subject: ['18 agus an 19 Samhain 2025', '3 agus an 4 Márta 2026'] },
  hr: { day: '{d}. ožujka 2026.', days: '{d}. i {e}. ožujka 2026.', subject: ['18. i 19. studenoga 2025.', '3. i 4. ožujka 2026.'] },
  hu: { day: '2026. március {d}.', days: '2026. március {d}–{e}.', subject: ['2025. november 18-i és 19-i', '2026. március 3-i és 4-i'] },
  it: { day: '{d} marzo 2026', days: '{d} e {e} marzo 2026', subject: ['18 e 19 novembre 2025', '3 e 4 marzo 2026'] },
  lt: { day: '2026 m. kovo {d} d.', days: '2026 m. kovo {d}–{e} d.', subject: ['2025 m. lapkričio 18 ir 19 d.', '2026 m. kovo 3 ir 4 d.'] },
  lv: { day: '2026. gada {d}. martā', days: '2026. gada {d}. un {e}. martā', subject: ['2025. gada 18. un 19. novembra', '2026. gada 3. un 4. marta'] },
  mt: { day: "{d} ta' Marzu 2026", days: "is-{d} u t-{e} ta' Marzu 2026", subject: ["tat-18 u d-19 ta' Novembru 2025", "tat-3 u l-4 ta' Marzu 2026"] },
  nl: { day: '{d} maart 2026', days: '{d} en {e} maart 2026', subject: ['18 en 19 november 2025', '3 en 4 maart 2026'] },
  pl: { day: '{d} marca 2026 r.', days: '{d} i {e} marca 2026 r.', subject: ['18 i 19 listopada 2025 r.', '3 i 4 marca 2026 r.'] },
  pt: { day: '{d} de março de 2026', days: '{d} e {e} de março de 2026', subject: ['18 e 19 de novembro de 2025', '3 e 4 de março de 2026'] },
  ro: { day: '{d} martie 2026', days: '{d} și {e} martie 2026', subject: ['18 și 19 noiembrie 2025', '3 și 4 martie 2026'] },
  sk: { day: '{d}. marca 2026', days: '{d}. a {e}. marca 2026', subject: ['18. a 19. novembra 2025', '3. a 4. marca 2026'] },
  sl: { day: '{d}. marec 2026', days: '{d}. in {e}. marec 2026', subject: ['18. in 19. novembra 2025', '3. in 4. marca 2026'] },
  sv: { day: '{d} mars 2026', days: '{d} och {e} mars 2026', subject: ['18 och 19 november 2025', '3 och 4 mars 2026'] },
};

/** The form with its days filled in. */
function filled(form: string, d: number, e = d + 1): string {
  return form.replace('{d}', String(d)).replace('{e}', String(e));
}

/** The Maltese article before a day's number (`it-3`, `is-17`, `it-18`), as a Maltese notice prints the days over its items. */
const MALTESE_DAY_ARTICLE: Record<number, string> = { 3: 'it-', 4: 'l-', 17: 'is-', 18: 'it-' };

/** The place and what joins it to the date as the version prints them (`Bruxelles, le `, `Briuselis, `, `Brusel `): everything before the date's first figure. */
function placeOf(placeDate: string): string {
  return /^\D*/u.exec(placeDate)?.[0] ?? '';
}

/** A place as the record holds it: without the comma and the word joining it to the date. */
function recordedPlace(place: string): string {
  return place.replace(/,?[ \t]*(?:le|den)?[ \t]*$/u, '');
}

const LANGUAGES = Object.keys(FORMS);

describe.each(LANGUAGES)('an outcome of a meeting of 3 and 4 March 2026 in %s', (language) => {
  const outcome = outcomes[language];
  const forms = FORMS[language];
  if (outcome === undefined || forms === undefined) throw new Error(language);
  const place = placeOf(outcome.placeDate);
  const [printed, march] = forms.subject;
  if (!outcome.subject.includes(printed)) throw new Error(`${language}: the subject prints no ${printed}`);
  const dated = { ...outcome, placeDate: `${place}${filled(forms.day, 10)}`, subject: outcome.subject.replace(printed, march) };
  const page = (shape: 'labelled rows' | 'layout' | 'labels first' | 'flattened') => outcomePage(dated, language, shape, { foot: [] });
  const shapes: [string, () => string][] = [
    ['labelled rows', () => page('labelled rows')],
    ['-layout', () => page('layout')],
    ['plain pdftotext, labels first', () => page('labels first')],
    ['plain pdftotext, the page run into one line', () => flattenedPages(page('labels first'))],
    ['the page run into one line', () => page('flattened')],
    ['a viewer’s copy of the -layout page', () => viewerCopyOfLayout(page('layout'))],
  ];
  // the same outcome with each day over its items, as an outcome of two days prints it: `3 March 2026` over item 1, `4
  // March 2026` over item 3 (`2026. gada 3. martā`, `2026. március 4.`, `l-4 ta' Marzu 2026`)
  const headed = (shape: 'labelled rows' | 'layout' | 'labels first' | 'flattened') => {
    const gap = shape === 'layout' ? '    ' : ' ';
    const apart = shape === 'flattened' ? ' ' : '\n\n';
    const heading = (d: number) => `${language === 'mt' ? (MALTESE_DAY_ARTICLE[d] ?? '') : ''}${filled(forms.day, d)}`;
    return page(shape)
      .replace(`1.${gap}${outcome.items[0] ?? ''}`, `${heading(3)}${apart}1.${gap}${outcome.items[0] ?? ''}`)
      .replace(`3.${gap}${outcome.items[2] ?? ''}`, `${heading(4)}${apart}3.${gap}${outcome.items[2] ?? ''}`);
  };
  const headedShapes: [string, () => string][] = [
    ['labelled rows', () => headed('labelled rows')],
    ['-layout', () => headed('layout')],
    ['plain pdftotext, labels first', () => headed('labels first')],
    ['plain pdftotext, the page run into one line', () => flattenedPages(headed('labels first'))],
    ['the page run into one line', () => headed('flattened')],
    ['a viewer’s copy of the -layout page', () => viewerCopyOfLayout(headed('layout'))],
  ];
  it.each(headedShapes)(`reads each item's day under ${filled(forms.day, 3)} and ${filled(forms.day, 4)} (%s)`, (_shape, text) => {
    const source = text();
    expect(source).toContain(filled(forms.day, 4));
    const record = expectOk(parseDocument(source, `outcome-${language}.txt`));
    expect({ meeting: record.meeting?.dates ?? [], items: record.items.map((item) => ({ number: item.number, title: item.title, day: item.day })) }).toEqual({
      meeting: ['2026-03-03', '2026-03-04'],
      items: outcome.items.map((title, index) => ({ number: String(index + 1), title, day: index < 2 ? '2026-03-03' : '2026-03-04' })),
    });
  });
  it.each(shapes)(`reads ${dated.placeDate} and the days ${march} (%s)`, (_shape, text) => {
    const record = expectOk(parseDocument(text(), `outcome-${language}.txt`));
    expect({ date: record.date, place: record.place, subject: record.subject, meeting: record.meeting?.dates ?? [] }).toEqual({
      date: '2026-03-10',
      place: recordedPlace(place),
      subject: dated.subject,
      meeting: ['2026-03-03', '2026-03-04'],
    });
  });
});

/** What this test reads of a version's notice (tests/fixtures/cm-notice-languages/notices.json). */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** The notice's agenda: each day as a heading over its item (`17 March 2026` / `1. …`, `18 March 2026` / `2. …`). */
function agenda(notice: Notice, forms: Forms, indent: string, language: string): string[] {
  const day = (d: number) => `${language === 'mt' ? (MALTESE_DAY_ARTICLE[d] ?? '') : ''}${filled(forms.day, d)}`;
  return [day(17), '', `1.${indent}${notice.items[0] ?? ''}`, '', day(18), '', `2.${indent}${notice.items[1] ?? ''}`, ''];
}

/** The notice as plain `pdftotext` prints it: the labels' column, then the values' column, then the agenda and the footer. */
function plainNotice(notice: Notice, forms: Forms, language: string): string {
  const { labels } = notice;
  const rows: [string, string[]][] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, notice.venue],
  ];
  return [
    notice.institution,
    '',
    notice.placeDate,
    'CM 1204/26',
    '',
    'COSI',
    'JAI',
    '',
    notice.communication,
    '',
    notice.kind,
    '',
    ...rows.map(([label]) => `${label}:`),
    '',
    ...rows.flatMap(([, lines]) => lines),
    '',
    ...agenda(notice, forms, ' ', language),
    'CM 1204/26',
    '',
    '1',
    '',
    language.toUpperCase(),
    '',
  ].join('\n');
}

/** The notice as `pdftotext -layout` prints it. */
function layoutNotice(notice: Notice, forms: Forms, language: string): string {
  return [
    ...layoutNoticeHeader(notice, ['CM 1204/26']),
    '',
    ...agenda(notice, forms, '      ', language),
    `CM 1204/26${' '.repeat(60)}1`,
    `${' '.repeat(70)}${language.toUpperCase()}`,
  ].join('\n');
}

describe.each(LANGUAGES)('a notice of a meeting on 17 and 18 March 2026 in %s', (language) => {
  const fixture = notices[language];
  const forms = FORMS[language];
  if (fixture === undefined || forms === undefined) throw new Error(language);
  const place = placeOf(fixture.placeDate);
  const notice = { ...fixture, placeDate: `${place}${language === 'mt' ? 'it-' : ''}${filled(forms.day, 3)}`, date: filled(forms.days, 17) };
  const shapes: [string, () => string][] = [
    ['plain pdftotext', () => plainNotice(notice, forms, language)],
    ['plain pdftotext, the page run into one line', () => flattenedPages(plainNotice(notice, forms, language))],
    ['-layout', () => layoutNotice(notice, forms, language)],
    ['-layout, the page run into one line', () => flattenedPages(layoutNotice(notice, forms, language))],
    ['a viewer’s copy of the -layout page', () => viewerCopyOfLayout(layoutNotice(notice, forms, language))],
  ];
  it.each(shapes)(`reads ${notice.placeDate}, the days ${notice.date} and each item's day (%s)`, (_shape, text) => {
    const record = expectOk(parseDocument(text(), `notice-${language}.txt`));
    expect({
      date: record.date,
      place: record.place,
      meeting: record.meeting?.dates ?? [],
      items: record.items.map((item) => ({ number: item.number, title: item.title, day: item.day })),
    }).toEqual({
      date: '2026-03-03',
      place: recordedPlace(place),
      meeting: ['2026-03-17', '2026-03-18'],
      items: [
        { number: '1', title: notice.items[0], day: '2026-03-17' },
        { number: '2', title: notice.items[1], day: '2026-03-18' },
      ],
    });
  });
});

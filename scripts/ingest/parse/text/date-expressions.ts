import { DATE_FILLERS, DATE_JOINERS, DATE_RANGE_DASHES, MALTESE_ARTICLES, MONTHS, WEEKDAYS } from './vocabulary.ts';
import { append } from '../../../../src/shared/lists.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/**
 * Words, numbers and dashes of a date expression, in order; the Irish months of two words (`Meán Fómhair`) are one token,
 * and so is a time of day printed beside a day (`3 (10.00) - 4 March 2026 (13.00)`, `10:00`, `9h30`, `10 h 00`, `10.00 Uhr`), which
 * names no day, with the span and time zone a videoconference prints (`1 December 2020 (10.00–13.00 CET)`: its dash links no days).
 */
const DATE_TOKEN =
  /(?<time>(?<![\d.:])\d{1,2}(?:[.:]|[ \t]?h[ \t]?)\d{2}(?![\d]|[.:]\d)(?:[ \t]?[-–][ \t]?\d{1,2}(?:[.:]|[ \t]?h[ \t]?)\d{2}(?![\d]|[.:]\d))?(?:[ \t]+(?:Uhr|uur|óra|ч\.))?(?:[ \t]\p{Lu}{2,5}(?![\p{L}]))?)|\d{1,4}(?:st|nd|rd|th|er)?|(?:[Mm]eán|MEÁN|[Dd]eireadh|DEIREADH)[ \t]+(?:[Ff]ómhair|FÓMHAIR)|\p{L}+\.?|[-–—,&]/gu;

/** Longest day range expanded into single days (a meeting never runs longer). */
const MAX_RANGE_DAYS = 31;

interface PartialDate {
  day: number;
  month: number | null;
  year: number | null;
  /** True when a dash links this date to the previous one (a range). */
  rangeFromPrevious: boolean;
  /** True when the date the dash links it to was printed but not read (`3 Marc 2026 – 4 March 2026`): the range's end alone is no day of it. */
  startUnread: boolean;
}

/** An ISO date `YYYY-MM-DD` for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Every day a date expression names, in order, ranges expanded (`18 and 19 November 2025`, `26-27 June 2014`); [] for
 * none. A range from a date whose month is not read (`3 Marc 2026 – 4 March 2026`) names none: its end alone would be
 * a wrong meeting.
 */
export function parseDates(text: string): string[] {
  const pending: PartialDate[] = [];
  const days: string[] = [];
  let dash = false;
  // A year before any day, and a month right after it: the year-first dates of `2019. május 3.`, `2019 m. gegužės 3 d.`
  let leadingYear: number | null = null;
  let leadingMonth: number | null = null;
  // The end of the last token, and whether it was a Maltese article (`tat-18`: its hyphen makes no range).
  let articleEnd = -1;
  // A month printed before its day (`March 3, 2026`, `March 3 and April 5, 2026`): the month of the days after it.
  let monthFirst: number | null = null;
  // A day, a word that is no month and a year (`3 Marc 2026`): a date printed whose month is not read, and whether the
  // last date printed was one (`unread`), the words after it up to a dash (`г.`, `(10.00 ч.)`) aside.
  let dropped: 'day' | 'word' | null = null;
  let unread = false;
  for (const match of allMatches(DATE_TOKEN, text)) {
    if (match.groups?.['time'] !== undefined) continue;
    const token = match[0].toLowerCase();
    const after = dropped;
    dropped = null;
    const afterArticle = match.index === articleEnd;
    articleEnd = MALTESE_ARTICLES.has(token) ? match.index + token.length : -1;
    if (afterArticle && token === '-') continue;
    const number = /^\d+/.exec(token);
    if (number !== null) {
      const value = Number(number[0]);
      if (number[0].length === 4) unread = after === 'word';
      if (number[0].length === 4 && pending.length === 0) {
        leadingYear = value;
        leadingMonth = null;
      } else if (number[0].length === 4 && leadingYear !== null && pending.every((date) => date.month !== null)) {
        // The next year-first date (`2026. február 17. és 2026. február 18.`): the days so far take the year before them.
        for (const date of pending) date.year ??= leadingYear;
        append(days, expand(pending));
        pending.length = 0;
        leadingYear = value;
        leadingMonth = null;
      } else if (number[0].length === 4) {
        for (const date of pending) date.year ??= value;
        append(days, expand(pending));
        pending.length = 0;
        leadingYear = null;
      } else {
        pending.push({ day: value, month: leadingMonth ?? monthFirst, year: null, rangeFromPrevious: dash, startUnread: dash && unread });
        unread = false;
        dropped = 'day';
      }
      // a year ends the month printed before its day (`November 2025, 3 …` names no day)
      if (number[0].length === 4) monthFirst = null;
      dash = false;
      continue;
    }
    const month = MONTHS.get(token.replace(/\.$/, '').replace(/[ \t]+/, ' '));
    if (month !== undefined) {
      if (pending.length === 0 && leadingYear !== null) leadingMonth = month;
      // a month that names none of the days before it is printed before its own (`March 3, 2026`)
      monthFirst = leadingYear === null && pending.every((date) => date.month !== null) ? month : null;
      for (const date of pending) date.month ??= month;
    } else if (DATE_RANGE_DASHES.has(token)) {
      dash = true;
    } else if (!DATE_JOINERS.has(token) && !WEEKDAYS.has(token.replace(/,$/, '')) && !DATE_FILLERS.has(token)) {
      if (after === 'day' && pending.at(-1)?.month === null) dropped = 'word';
      unread = false;
      // a word ends a year-first date (`2025. november 18-i és 19-i ülésének`, `2025 m. lapkričio 18 ir 19 d. posėdžio`)
      if (leadingYear !== null) {
        for (const date of pending) date.year ??= leadingYear;
        append(days, expand(pending));
      }
      pending.length = 0;
      dash = false;
      leadingYear = null;
      leadingMonth = null;
      monthFirst = null;
    }
  }
  if (leadingYear !== null) {
    for (const date of pending) date.year ??= leadingYear;
    append(days, expand(pending));
  }
  return days;
}

/** A month in Roman figures, as some versions print a date in figures (`3.III.2026`): the longest first. */
const ROMAN_MONTHS = ['XII', 'XI', 'X', 'IX', 'VIII', 'VII', 'VI', 'V', 'IV', 'III', 'II', 'I'];

/**
 * A date in figures as the place and date line of some versions prints it: day first with dots (`3.3.2026`,
 * `03.03.2026`, `3. 3. 2026`), slashes (`03/03/2026`, `3/3/2026`) or hyphens (`3-3-2026`, `03-03-2026`), its month in
 * Roman figures (`3.III.2026`, `3-III-2026`), or the year first with hyphens (`2026-03-03`); also with a year of two
 * figures (`25.11.25`, `25-11-25`), which parseDate reads only where the document's number confirms it.
 */
export const NUMERIC_DATE = String.raw`(?:\d{1,2}(?:\.[ \t]?\d{1,2}\.|/\d{1,2}/|-\d{1,2}-|[.-](?:${ROMAN_MONTHS.join('|')})[.-])[ \t]?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)`;

const NUMERIC_DATE_PARTS = new RegExp(
  String.raw`(?<day>\d{1,2})(?:\.[ \t]?(?<month>\d{1,2})\.|/(?<slashed>\d{1,2})/|-(?<hyphened>\d{1,2})-|[.-](?<roman>${ROMAN_MONTHS.join('|')})[.-])[ \t]?(?<year>\d{4}|\d{2})(?!\d)|(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})(?!\d)`,
);

/**
 * The first date of a date expression, or null; else a date in figures (`3.3.2026`, `03/03/2026`, `3-3-2026`,
 * `3.III.2026`, `2026-03-03`) where it names no month. The Council dates day first; a date whose second figure cannot be
 * a month and whose first can (`11/25/2025`, as a copy made with an American setting prints it) is read month first, the
 * only day it can name. A year of two figures (`25.11.25`, `25-11-25`) could be any century, or the date's first figure
 * (`25-11-24`: 24 November 2025, or 25 November 2024?): it is read only where it is `numberYear`'s last two figures, the
 * year the document's number carries (`14470/25`, `WK 1234/2025`), else no date is read.
 */
export function parseDate(text: string, numberYear: string | null = null): string | null {
  const named = parseDates(text)[0];
  if (named !== undefined) return named;
  const parts = NUMERIC_DATE_PARTS.exec(text)?.groups;
  if (parts === undefined) return null;
  if (parts['isoYear'] !== undefined) return isoDate(Number(parts['isoYear']), Number(parts['isoMonth']), Number(parts['isoDay']));
  const printedYear = parts['year'] ?? '';
  if (printedYear.length === 2 && printedYear !== numberYear?.slice(-2)) return null;
  const year = printedYear.length === 2 ? 2000 + Number(printedYear) : Number(printedYear);
  const day = Number(parts['day']);
  const roman = parts['roman'] === undefined ? -1 : ROMAN_MONTHS.length - ROMAN_MONTHS.indexOf(parts['roman']);
  if (roman > 0) return isoDate(year, roman, day);
  const month = Number(parts['month'] ?? parts['slashed'] ?? parts['hyphened']);
  return isoDate(year, month, day) ?? (month > 12 && day <= 12 ? isoDate(year, day, month) : null);
}

function expand(dates: readonly PartialDate[]): string[] {
  const result: string[] = [];
  let previous: string | null = null;
  let unreadStart = false;
  for (const date of dates) {
    // the days from a range whose start was not read on (`3 Marc 2026 – 4 and 5 March 2026`) are no meeting's whole days
    unreadStart ||= date.startUnread;
    if (date.month === null || date.year === null || unreadStart) continue;
    const iso = isoDate(date.year, date.month, date.day);
    if (iso === null) continue;
    if (date.rangeFromPrevious && previous !== null) append(result, daysBetween(previous, iso));
    result.push(iso);
    previous = iso;
  }
  return result;
}

/** The days strictly between two ISO dates, when they are at most a month apart. */
export function daysBetween(first: string, last: string): string[] {
  const start = Date.parse(first);
  const span = (Date.parse(last) - start) / 86_400_000;
  if (span <= 1 || span > MAX_RANGE_DAYS) return [];
  return Array.from({ length: span - 1 }, (_, index) => new Date(start + (index + 1) * 86_400_000).toISOString().slice(0, 10));
}

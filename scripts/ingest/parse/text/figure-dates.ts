import { daysBetween, parseDate } from './date-expressions.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/**
 * A day in figures with its year in four figures, as a notice's `Date:` value may print it: day first with dots, slashes
 * or hyphens (`03.03.2026`, `3. 3. 2026`, `3/3/2026`, `03-03-2026`) or the year first (`2026-03-03`); never a part of a
 * document number or of a longer figure (`6120/2/2026`, `1.3.2026.5`), nor a year of two figures (`3/3/26`: which century,
 * which day?).
 */
export const FIGURE_DAY = String.raw`(?:\d{1,2}(?:\.[ \t]?\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)[ \t]?\d{4}|\d{4}-\d{2}-\d{2})(?![\d/]|[.-]\d)`;

const FIGURE_DAYS = new RegExp(String.raw`(?<![\p{L}\d/.-])${FIGURE_DAY}`, 'gu');

/** The longest text between two days of one span: a dash, and the hours of the day before it (`10.00 – `, `(10.00 Uhr) – `). */
const SPAN_GAP = 40;

/** What stands between two days in figures of one span: a dash, maybe after the first day's hours (`10.00`, `(10.00 Uhr)`). */
const SPAN_DASH = /^[ \t]*(?:\([^()]{1,30}\)[ \t]*|(?:[01]?\d|2[0-3])[.:h][0-5]\d[ \t]*(?:(?:Uhr|uur|ч\.|hod\.|val\.|óra|h)[ \t]*)?)?[-–—][ \t]*$/u;

/**
 * The days a text prints in figures (FIGURE_DAY), in order, each once, a span's days between its two expanded
 * (`03.03.2026 – 04.03.2026`, `2.3.2026 (10.00) – 5.3.2026`: four days); [] for none. Only where the text names no day
 * in words (parseDates reads those).
 */
export function figureDates(text: string): string[] {
  const days: string[] = [];
  let previous: { day: string; end: number } | null = null;
  for (const match of allMatches(FIGURE_DAYS, text)) {
    const day = parseDate(match[0]);
    if (day === null) {
      previous = null;
      continue;
    }
    const between = previous === null ? '' : text.slice(previous.end, match.index);
    if (previous !== null && between.length <= SPAN_GAP && SPAN_DASH.test(between)) days.push(...daysBetween(previous.day, day));
    if (!days.includes(day)) days.push(day);
    previous = { day, end: match.index + match[0].length };
  }
  return days;
}

/** Whether a line break cuts a date expression: German `… vom 18.` / `November 2025`, `… an 18 agus an` / `19 Samhain 2025`, `… en mars` / `2026.`. */
import { parseDates } from './date-expressions.ts';
import { MONTH } from './head-anchors.ts';
import { DATE_JOINERS, OPENS_WITH_DATE } from './vocabulary.ts';

/**
 * A day written with its ordinal dot at the end of a line (`… vom 18.`), a word before it, or the last of two days
 * joined by a slash or a dash (`… vom 16./17.`, `… vom 16.–17.`).
 */
const DAY_END = /[ \t](?:\d{1,2}\.?[/–-])?(\d{1,2}\.)$/;

/** Whether `above` ends on a day (`18.`) whose month and year open `below` (`November 2025`): the dot ends no sentence. */
export function cutsDayFromMonth(above: string, below: string): boolean {
  const day = DAY_END.exec(above.trimEnd().slice(-12))?.[1];
  if (day === undefined) return false;
  const date = `${day} ${below.trimStart()}`;
  return OPENS_WITH_DATE.test(date) && parseDates(date.slice(0, 40)).length > 0;
}

/** The words joining a date's days (`and`, `et`, `agus`, `и`), dashes and `&`. */
const JOINER = String.raw`(?:${[...DATE_JOINERS].filter((word) => /^\p{L}+$/u.test(word)).join('|')}|[-–&])`;

/**
 * A line's end that may hold a date's first piece: a day and its joiner (`18 and`, `tat-18 u`, `18 agus an`), two days
 * joined (`18 and 19`, before the month), a year and a word or two (`2025 m. lapkričio`, `2025. gada`).
 */
const DATE_PIECE_END = new RegExp(
  String.raw`(?:(?<![\d+/.])\d{1,2}\.?(?:-\p{L}{1,2})?[ \t]+${JOINER}(?:[ \t]+\p{L}{1,3})?(?:[ \t]+(?:\p{L}{1,3}-)?\d{1,2}\.?)?|(?<![\d+/.])(?:19|20)\d{2}\.?(?:[ \t]+\p{L}{1,10}\.?){1,2})$`,
  'u',
);

/** A line's start that may hold a date's last piece: a day (an article's hyphen before it: `d-19 ta'`), or a word (a month). */
const DATE_PIECE_START = /^(?:\p{L}{1,3}-)?\d{1,2}(?![\d/])|^\p{L}{3,}[ \t.]/u;

/**
 * Whether `above` ends on a date's first piece and `below` opens with the rest (`… on 18 and` / `19 November 2025`, `… an
 * 18 agus an` / `19 Samhain 2025`, `… tat-18 u` / `d-19 ta' Novembru 2025`, `… 18 and 19` / `November 2025`, `… 2025 m.
 * lapkričio` / `18 ir 19 d.`): one date expression cut by the line's end, which names more days whole than its pieces apart.
 */
export function cutsDate(above: string, below: string): boolean {
  const head = below.trimStart().slice(0, 40);
  const end = above.trimEnd().slice(-30);
  if (!DATE_PIECE_START.test(head) || !/\d/.test(end) || !DATE_PIECE_END.test(end.slice(-24))) return false;
  return parseDates(`${end} ${head}`).length > parseDates(end).length + parseDates(head).length;
}

/** Whether a line opens with a date's days, its month and year after them (`18 e 19 de novembro de 2025`, `18 i 19 listopada 2025 r.`). */
export function opensWithDays(text: string): boolean {
  const head = text.trimStart().slice(0, 40);
  return OPENS_WITH_DATE.test(head) || (/^\d{1,2}(?![\d/])/.test(head) && parseDates(head).length > 0);
}

/** A month's name ending a line after a word or a day (`… en mars`, `… on 3 March`, `… im März`). */
const MONTH_END = new RegExp(String.raw`(?:^|[ \t])(?:${MONTH})$`, 'u');

/** A year opening a line, the sentence or the cell going on after it (`2026.`, `2026, the …`). */
const YEAR_START = /^[ \t]*(?:19|20)\d{2}(?!\d|\/)/;

/**
 * Whether `above` ends on a month whose year opens `below` (`La prochaine aura lieu en mars` / `2026.`, a table's cell
 * that plain `pdftotext` wrapped before the year): one date, cut by the line's end, never a new unit.
 */
export function cutsYearFromMonth(above: string, below: string): boolean {
  return YEAR_START.test(below) && MONTH_END.test(above.trimEnd().slice(-24));
}

/** Whether a line ends on a day that the next line's month and year complete: German `… vom 18.` / `November 2025`. */
import { parseDates } from './date-expressions.ts';
import { MONTH } from './head-anchors.ts';
import { OPENS_WITH_DATE } from './vocabulary.ts';

/** A day written with its ordinal dot at the end of a line (`… vom 18.`), a word before it. */
const DAY_END = /[ \t](\d{1,2}\.)$/;

/** Whether `above` ends on a day (`18.`) whose month and year open `below` (`November 2025`): the dot ends no sentence. */
export function cutsDayFromMonth(above: string, below: string): boolean {
  const day = DAY_END.exec(above.trimEnd().slice(-12))?.[1];
  if (day === undefined) return false;
  const date = `${day} ${below.trimStart()}`;
  return OPENS_WITH_DATE.test(date) && parseDates(date.slice(0, 40)).length > 0;
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

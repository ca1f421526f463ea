/** Whether a line ends on a day that the next line's month and year complete: German `… vom 18.` / `November 2025`. */
import { parseDates } from './date-expressions.ts';
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

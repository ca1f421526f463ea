/** The place and date a header prints below its kind line: a press release's session title stands between them. */
import { parseDate } from './date-expressions.ts';
import { PLACE_DATE } from './head-anchors.ts';

/** How far below the end of a header without a date its place and date are looked for (a session's number, configuration and title). */
const DATE_BELOW_CHARACTERS = 400;

/**
 * The place and ISO date of the first `Bruxelles, le 15 février 2018` within a few lines after `from` in `text`, or
 * null. Only for a header that has no date of its own: the line stays in the body as printed.
 */
export function placeDateBelow(text: string, from: number): { place: string; date: string } | null {
  const match = PLACE_DATE.exec(text.slice(from, from + DATE_BELOW_CHARACTERS));
  const place = match?.[1];
  const date = match === null || place === undefined ? null : parseDate(match[0].slice(place.length));
  return place === undefined || date === null ? null : { place, date };
}

/** The place and date a header prints below its kind line: a press release's session title stands between them. */
import { parseDate } from './date-expressions.ts';
import { DATE, PLACE_DATE } from './head-anchors.ts';

/** How far below the end of a header without a date its place and date are looked for (a session's number, configuration and title). */
const DATE_BELOW_CHARACTERS = 400;

/** The days of a session before its last: `26 e 27 de abril de 2012`, `12-13 July 2004`, `12.-13. juli 2004`, `26 and 27 April 2012`. */
const FIRST_DAYS = String.raw`(?:\d{1,2}(?:er|\.)?[ \t]{0,3}(?:-|–|,|and|et|und|e|y|i|og|en|и|și|ja|ir|un|és)[ \t]{0,3})+`;

/** A session's place and days, as a press release of a meeting of two days prints them (`Luxemburgo, 26 e 27 de abril de 2012`). Group: the place. */
const PLACE_DAYS = new RegExp(
  String.raw`((?:The|La|Den)[ \t](?:Hague|Haye|Haag)|\p{Lu}[\p{L}'’-]{2,30})[ \t]{0,3},\s{0,3}(?:le[ \t]{1,3}|den[ \t]{1,3})?${FIRST_DAYS}${DATE}`,
  'u',
);

/**
 * The place and ISO date of the first `Bruxelles, le 15 février 2018` within a few lines after `from` in `text` (the
 * first day of `Luxemburgo, 26 e 27 de abril de 2012`), or null. Only for a header that has no date of its own: the
 * line stays in the body as printed.
 */
export function placeDateBelow(text: string, from: number): { place: string; date: string } | null {
  const below = text.slice(from, from + DATE_BELOW_CHARACTERS);
  const single = PLACE_DATE.exec(below);
  const days = PLACE_DAYS.exec(below);
  const match = single === null || (days !== null && days.index <= single.index) ? days : single;
  const place = match?.[1];
  const date = match === null || place === undefined ? null : parseDate(match[0].slice(place.length));
  return place === undefined || date === null ? null : { place, date };
}

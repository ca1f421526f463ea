/** The place and date a header prints below its kind line: a press release's session title stands between them. */
import { parseDate } from '../text/date-expressions.ts';
import { DATE, PLACE_DATE } from '../text/head-anchors.ts';

/** How far below the end of a header without a date its place and date are looked for (a session's number, configuration and title). */
const DATE_BELOW_CHARACTERS = 400;

/** The days of a session before its last: `26 e 27 de abril de 2012`, `12-13 July 2004`, `12.-13. juli 2004`, `26 and 27 April 2012`. */
const FIRST_DAYS = String.raw`(?:\d{1,2}(?:er|\.)?[ \t]{0,3}(?:-|–|,|and|et|und|e|y|i|og|en|и|și|ja|ir|un|és)[ \t]{0,3})+`;

/** A session's place and days, as a press release of a meeting of two days prints them (`Luxemburgo, 26 e 27 de abril de 2012`, `Luxembourg, les 9 et 10 juin 2011`). Group: the place. */
const PLACE_DAYS = new RegExp(
  String.raw`((?:The|La|Den)[ \t](?:Hague|Haye|Haag)|\p{Lu}[\p{L}'’-]{2,30})[ \t]{0,3},\s{0,3}(?:les?[ \t]{1,3}|den[ \t]{1,3})?${FIRST_DAYS}${DATE}`,
  'u',
);

/** A session's number line of a press release: a number of three or four figures with its ordinal mark among a few words (`3096th Council meeting`, `3096e session du Conseil`, `3096. Tagung des Rates`, `A Tanács 3096. ülése`). */
const SESSION_LINE = /^(?:[\p{L}'’-]+[ \t]){0,3}\d{3,4}(?:st|nd|rd|th|e|ème|\.?ª|\.?º|a|η|-?[\p{L}]{1,4}|:e|\.)?(?:[ \t][\p{L}'’-]+){1,5}$/u;

/** The most lines a session's title holds between its number line and its place and date (`Justice and Home Affairs` / `Home Affairs`). */
const TITLE_LINES = 4;

/** The longest line of a session's title. */
const TITLE_LINE_CHARACTERS = 100;

/**
 * A session's title as a press release prints it between its header and its place and date, its lines joined by a
 * dash: `3096th Council meeting – Justice and Home Affairs`; null unless its first line is a session's number line and
 * the others are short lines without figures (a copy run into one line does not tell the lines apart: null).
 */
function sessionTitle(between: string): string | null {
  const lines = between
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');
  const [first, ...rest] = lines;
  if (first === undefined || lines.length > TITLE_LINES || !SESSION_LINE.test(first)) return null;
  if (rest.some((line) => line.length > TITLE_LINE_CHARACTERS || /\d/.test(line))) return null;
  return lines.join(' – ');
}

/**
 * The place and ISO date of the first `Bruxelles, le 15 février 2018` within a few lines after `from` in `text` (the
 * first day of `Luxemburgo, 26 e 27 de abril de 2012`), and the session's title printed above it (`3096th Council
 * meeting` / `Justice and Home Affairs`, else null); or null. Only for a header that has no date of its own: the
 * lines stay in the body as printed.
 */
export function placeDateBelow(text: string, from: number): { place: string; date: string; session: string | null } | null {
  const below = text.slice(from, from + DATE_BELOW_CHARACTERS);
  const single = PLACE_DATE.exec(below);
  const days = PLACE_DAYS.exec(below);
  const match = single === null || (days !== null && days.index <= single.index) ? days : single;
  const place = match?.[1];
  const date = match === null || place === undefined ? null : parseDate(match[0].slice(place.length));
  return match === null || place === undefined || date === null ? null : { place, date, session: sessionTitle(below.slice(0, match.index)) };
}

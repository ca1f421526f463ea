/**
 * A notice's meeting rows among a header's values (`Time:`, `Venue:`, `Format:` in the 24 languages): what each label
 * names, and where each row's value ends — an hour's row by its shape, a venue over several lines up to the hour's or
 * the format's, the body after a venue's city.
 */
import { bodyStart, type BodyStart } from './body-start.ts';
import type { FoundLabel } from './header-labels.ts';
import { hourOverItemLine, opensWithHourOverItem } from './hour-over-item.ts';
import { AGENDA_TITLES } from '../text/header-vocabulary.ts';
import { MEETING_LABELS, type MeetingLabel } from '../text/label-vocabulary.ts';
import { fallbackLength } from './value-lengths.ts';
import { BLANK_LINE, formatWordLength, timeRowLength, valueLength } from './value-shapes.ts';
import { formatAfterAddress, formatLengthAt, venueEnd } from './venue-end.ts';

/** What a notice's label names (`Time:` → `time`, `Lieu :` → `venue`), or undefined for any other label. */
export function meetingLabel(printed: string): MeetingLabel | undefined {
  return MEETING_LABELS.get(printed.replace(/\s*:$/, '').replace(/\s+/g, ' ').trim().toLowerCase());
}

/**
 * The length of `label`'s value at `at` by its shape (valueLength); a notice's `Time:` row by a row's shape first
 * (value-shapes.ts timeRowLength: `17 February 2026, 10.00`, `10.00 (17 February 2026)`), so that a day printed before its
 * hour is not the row's whole value, nor two rows' hours one telephone number (`10.00 14.00`).
 */
export function rowLength(label: FoundLabel, text: string, at: number): number {
  return (meetingLabel(label.printed) === 'time' ? timeRowLength(text, at) : 0) || valueLength(label.field, text, at);
}

/**
 * The blank line that ends the values of `group` in `raw` (`blank`, found from `leading`), or, where the group's last
 * label is a notice's `Time:` printed last in a column of labels and its values hold no hour, the one after
 * the line under that blank line that opens with the hour over item 1 (hour-over-item.ts: a page run into one line, `…
 * 1048 Brussels` / `10.00 – 18.00 1. Adoption …`): the hour is the time's value, not item 1's slot.
 */
export function hourBelowBlank(raw: string, leading: number, blank: RegExpExecArray | null, group: readonly FoundLabel[]): { index: number } | null {
  const last = group[group.length - 1];
  if (blank === null || group.length < 2 || last === undefined || meetingLabel(last.printed) !== 'time') return blank;
  const end = leading + blank.index;
  const below = end + blank[0].length;
  if (!opensWithHourOverItem(raw, below) || holdsHour(raw.slice(leading, end))) return blank;
  const after = BLANK_LINE.exec(raw.slice(below));
  return { index: after === null ? raw.length - leading : below - leading + after.index };
}

/** Whether a notice's hour (timeRowLength) opens a word of `values`. */
function holdsHour(values: string): boolean {
  for (let at = 0; at < values.length; at += 1) {
    if ((at === 0 || /\s/.test(values.charAt(at - 1))) && /\d/.test(values.charAt(at)) && timeRowLength(values, at) > 0) return true;
  }
  return false;
}

/**
 * Where the body begins after a notice's venue, the header's last value, that ends in its postcode and city with a
 * sentence right after them (venue-end.ts venueEnd: a page run into one line, `… Rue de la Loi 175, 1048 Brusel Výše
 * uvedené zasedání bylo zrušeno …`): there, guessed, wherever else the body seemed to begin, before the city (`СГРАДА
 * „ЕВРОПА“` / `Rue de la Loi 175, …`, a street read as a sentence's opening) or after the sentence (item 1's number); else
 * `found`.
 */
export function venueStart(label: FoundLabel, text: string, found: BodyStart | null): BodyStart | null {
  if (label.field !== 'other' || meetingLabel(label.printed) !== 'venue') return found;
  const city = venueEnd(text);
  if (city === null) return found;
  // the format's words the venue's cell prints under its address, where no `Format:` row does (`… 1048 Brussels` / `In
  // person`, `… 1000 København Webex 1. …`), are the venue's value, read apart from it (header.ts): the body opens after them
  const format = formatLengthAt(text, city);
  const end = format === 0 ? city : city + format + (/^\s*/.exec(text.slice(city + format))?.[0].length ?? 0);
  return { offset: end, marked: found !== null && found.offset === end && found.marked };
}

/**
 * Where the body begins after a notice's hour, the header's last value, that the agenda's heading follows (a copy
 * without blank lines, a page run into one line: `Time: 10.00` / `Provisional agenda` / `1. Adoption …`, `… 10.00
 * Ordre du jour provisoire 1. …`): at the heading, marked, which is the body's first line, never the time's; else `found`.
 */
export function agendaHeadingStart(label: FoundLabel, text: string, found: BodyStart | null): BodyStart | null {
  if (label.field !== 'other' || meetingLabel(label.printed) !== 'time') return found;
  const opening = /^\s*/.exec(text)?.[0].length ?? 0;
  return opensWithAgendaTitle(text.slice(opening, opening + AGENDA_TITLE_REACH)) ? { offset: opening, marked: true } : found;
}

/** How far into a line the agenda's heading is looked for (its words, the longest of them). */
const AGENDA_TITLE_REACH = 80;

/** A word's letters without their accents, in small letters (`Προσωρινή` and `ΠΡΟΣΩΡΙΝΗ` as `προσωρινη`). */
function bareWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether `line` opens with the agenda's heading in any version (header-vocabulary.ts AGENDA_TITLES, in any case, its
 * accents or none) and no word in small letters goes on from it (`Provisional agenda 1. Adoption …`, `Vorläufige
 * Tagesordnung` at the line's end; not `Provisional agenda items …`).
 */
function opensWithAgendaTitle(line: string): boolean {
  const words = (line.split('\n', 1)[0] ?? '').split(/[ \t]+/);
  return AGENDA_TITLES.some(
    (title) => title.every((word, index) => bareWord(words[index] ?? '') === bareWord(word)) && !/^\p{Ll}/u.test(words[title.length] ?? ''),
  );
}

/**
 * A meeting's format as notices print it under `Format:`: a figure, or figures joined with `+`, maybe in brackets (`1`,
 * `1+2+1`, `(2)`), on a line of its own, or after a space where a page run into one line put it at the end of the venue
 * (`… 1048 BRÜSSEL 1+2+1`).
 */
export const FORMAT_CODE = /[\n \t]([ \t]{0,3}(?:[1-9](?:[ \t]?\+[ \t]?[1-9]){0,5}|\([1-9](?:[ \t]?\+[ \t]?[1-9]){0,5}\))[ \t]{0,3})$/;

/**
 * The length of a meeting's line without a shape of its own (a venue) printed under a column of labels right before
 * the last one, also a meeting's (`Venue:` / `Format:`, then `COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 175,
 * 1048 Brussels` / `In person`): every line of the values up to the body but the last, which is the last label's (a
 * venue runs over lines, a format or hour holds one). Under a last label that is the meeting's hour (`Venue:` /
 * `Time:`), the lines up to the first that is an hour and nothing else (`10.00`, `kl. 10.00`, `10.00 ч.`): the day
 * heading or the body's first lines may follow the hour. One line alone is the value's, as fallbackLength reads it.
 */
export function allButLastLine(text: string, at: number, last: string): number {
  const rest = text.slice(at);
  // an hour's line is no body's numbered line (`10.00 ч.`)
  // or, where the values hold none, the hour opening item 1's line (`… 1048 Brussels` / `10.00 – 18.00⇥1. Adoption …`)
  const hour = meetingLabel(last) === 'time' ? (hourLineAt(rest) ?? hourInLine(rest) ?? hourOverItemLine(rest)) : null;
  if (hour !== null) return hour;
  // Only a marked start ends the values here (a numbered or heading line): a guessed one may be the last value itself.
  const start = bodyStart(rest);
  const values = rest.slice(0, start?.marked === true ? start.offset : rest.length).trimEnd();
  const lastLine = values.lastIndexOf('\n');
  // The venue and the format on one line before the body (a page run into one line: `… 1048 Brussels videoconference
  // 1. …`): the format opens at its word (value-shapes.ts formatWordLength), or is the figures that end the line (`…
  // 1048 Brussels (2) 1. …`, FORMAT_CODE), or is what follows the address's city where the Council meets (a word no
  // reader knows: `… 1048 Brussels Webex 1. …`, `MS Teams`, venue-end.ts venueEnd); where none stands there, the
  // line is the venue's and the format stays unread (its label unplaced, with a warning), never the venue's words.
  if (meetingLabel(last) === 'format' && lastLine === -1 && values !== '')
    return wordInLine(values, formatWordLength) ?? FORMAT_CODE.exec(values)?.index ?? formatAfterAddress(values) ?? values.length;
  return lastLine <= 0 || values.slice(0, lastLine).trim() === '' ? fallbackLength(undefined, text, at) : lastLine;
}

/** How far into a line run together a venue's end is looked for (a venue's lines, as venueEnd looks for its city). */
const VENUE_REACH = 240;

/**
 * Where a page run into one line puts the hour's value after the venue's lines (`Venue: Time: … COUNCIL EUROPA BUILDING
 * Rue de la Loi 175, 1048 Brussels 10.00 …`): the offset of the space before the first word in the line's first
 * VENUE_REACH characters that opens a `Time:` row's value (timeRowLength: `10.00`, `kl. 10.00`, `10.00 ч.`, `10 h 00`),
 * with text before it; null where none does or the values hold a line break before it.
 */
function hourInLine(values: string): number | null {
  return wordInLine(values, timeRowLength);
}

/**
 * The offset of the space before the first word in the first VENUE_REACH characters of `values`' first line where
 * `opens` finds the last label's value (a length above 0), with text before it; null where none does or the values hold
 * a line break before it: hourInLine's hour, or a format's word after the venue on a page run into one line (`Venue:
 * Format: … Rue de la Loi 175, 1048 Brussels videoconference 1. …`, value-shapes.ts formatWordLength).
 */
function wordInLine(values: string, opens: (text: string, at: number) => number): number | null {
  const lineEnd = values.indexOf('\n', 1);
  const end = Math.min(lineEnd === -1 ? values.length : lineEnd, VENUE_REACH);
  for (let at = 1; at < end; at += 1) {
    if (!/[ \t]/.test(values.charAt(at - 1)) || /\s/.test(values.charAt(at))) continue;
    if (values.slice(0, at).trim() !== '' && opens(values, at) > 0) return at - 1;
  }
  return null;
}

/**
 * The offset of the line break before the first line of `values` that is an hour and nothing else (value-shapes.ts:
 * `10.00`, `10:00`, `kl. 10.00`, `10.00 ч.`, `9.30 – 13.00`) with a line of text above it, or null where none is.
 */
export function hourLineAt(values: string): number | null {
  let at = values.indexOf('\n');
  let above = values.slice(0, Math.max(at, 0)).trim() !== '';
  while (at !== -1) {
    const next = values.indexOf('\n', at + 1);
    const line = values.slice(at + 1, next === -1 ? values.length : next).trim();
    const hour = line !== '' && /\d/.test(line) && !line.includes('@') && valueLength('other', line, 0) === line.length;
    if (hour && above) return at;
    above ||= line !== '';
    at = next;
  }
  return null;
}

import { parseDate } from '../text/date-expressions.ts';
import { headerValue, labelLine } from './labels.ts';
import { DOCUMENT_NUMBER_SOURCE, KNOWN_KINDS, MARKING_LINE, NUMBER_SUFFIX, VERSION_LANGUAGES_SOURCE, WEEKDAYS } from '../text/vocabulary.ts';

/** What a line of a Council header is. */
export type HeaderLineKind = 'place-date' | 'language' | 'number' | 'suffix' | 'limite' | 'code' | 'kind' | 'label';

/** `(OR. en)`, `(Or. fr)`, `(OR. en, fr)`: the original language. */
export const LANGUAGE_LINE = /^\((?:OR|Or|or)\.?[ \t]{0,3}([A-Za-z]{2})\b[^()]{0,30}\)$/;

/** The document number alone on its line, possibly with the language versions it concerns (`7402/24 COR 1 (fr)`) and `LIMITE` after it. */
export const NUMBER_LINE = new RegExp(String.raw`^(${DOCUMENT_NUMBER_SOURCE})(?:[ \t]{1,3}${VERSION_LANGUAGES_SOURCE})?(?:[ \t]{1,5}(LIMITE))?$`);

/** `Brussels, 25 November 2025`: a place, a comma, a date; or a place of one word and a date in figures after a space (`Brussels 25 November 2025`, `Bryssel den 25 november 2025`). */
const PLACE_DATE_LINE = /^(\p{L}[\p{L} .'’-]{1,40}),[ \t]*(\S.{0,60})$|^(\p{Lu}[\p{L}'’-]{2,30})[ \t]{1,3}((?:den[ \t]{1,3})?\d.{0,60})$/u;

/** A committee or file code: `COSI 237`, `CFSP/PESC 150`, bare `CEPOL`. */
const CODE_LINE = /^[A-Z][A-Z0-9]{0,15}(?:[/-][A-Z][A-Z0-9]{0,15}){0,2}(?:[ \t]\d{1,5})?$/;

/** A document-type line: upper case words, quotes and slashes (`"I/A" ITEM NOTE`). */
const KIND_LINE = /^["“”'„«]?\p{Lu}[\p{Lu}"“”'„«»’/ -]{0,60}$/u;

/** A header line as plain text: no Markdown heading marks, bold or footnote markers. */
export function headerText(text: string): string {
  return headerValue(text.replace(/^[ \t]{0,3}#{1,6}[ \t]+/, ''));
}

/** The place and ISO date of a `Brussels, 25 November 2025` (or `Brussels 25 November 2025`) line, or null. */
export function placeDate(text: string): { place: string; date: string } | null {
  const match = PLACE_DATE_LINE.exec(headerText(text));
  // a day of the week before its date (`Tuesday 3 March 2026`) is an agenda's day heading, no place
  const date = match === null || WEEKDAYS.has((match[3] ?? '').toLowerCase()) ? null : parseDate(match[2] ?? match[4] ?? '');
  return match === null || date === null ? null : { place: (match[1] ?? match[3] ?? '').trim(), date };
}

/** What a header line is, or null when it is none of the header's lines. */
export function headerLineKind(text: string): HeaderLineKind | null {
  if (labelLine(text) !== null) return 'label';
  const plain = headerText(text);
  if (plain === '') return null;
  if (LANGUAGE_LINE.test(plain)) return 'language';
  if (NUMBER_LINE.test(plain)) return 'number';
  if (NUMBER_SUFFIX.test(plain)) return 'suffix';
  if (MARKING_LINE.test(plain)) return 'limite';
  if (KNOWN_KINDS.has(kindWords(plain))) return 'kind';
  if (CODE_LINE.test(plain)) return 'code';
  if (KIND_LINE.test(plain)) return 'kind';
  if (placeDate(plain) !== null) return 'place-date';
  return null;
}

/** A kind line in lower case without quotes: `"I/A" ITEM NOTE` → `i/a item note`. */
function kindWords(text: string): string {
  return headerText(text)
    .replace(/["“”']/g, '')
    .toLowerCase();
}

/** The slug of a document-type line: `OUTCOME OF PROCEEDINGS` → `outcome-of-proceedings`, `"I/A" ITEM NOTE` → `i-a-item-note`. */
export function kindSlug(text: string): string {
  return kindWords(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

import { readFileSync } from 'node:fs';
import { decodeSource } from '../../scripts/ingest/read/decode.ts';
import { LINE_BREAK } from '../../scripts/ingest/read/line-breaks.ts';
import { FOOTNOTE_ANCHOR, LIMITE_LINE, PAGE_FOOTER, PAGE_NUMBER, THEMATIC_BREAK } from '../../scripts/ingest/parse/vocabulary.ts';

/**
 * What a page shows where the source calls a footnote: the renderer's number in a `<sup>` link, not the printed mark.
 * The page text (pageCharacters) holds this one character there instead, so that a mark must stand on the page either
 * as printed or as a call.
 */
export const FOOTNOTE_CALL = '\uE002';

/** One line of a source file: its 1-based number and its characters. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Page furniture, the only lines a page may leave out: a page footer, a page number, a horizontal rule, a conversion's
 * footnote anchor (`0F`) and the LIMITE marking repeated on every page after the first (the ingest's own named
 * patterns of what furniture is).
 */
function isFurniture(text: string, limiteSeen: boolean): boolean {
  return PAGE_FOOTER.test(text) || PAGE_NUMBER.test(text) || THEMATIC_BREAK.test(text) || FOOTNOTE_ANCHOR.test(text) || (limiteSeen && LIMITE_LINE.test(text));
}

/** The lines of a source file that must stand on its page: decoded as the ingest decodes it, blank lines and page furniture left out. */
export function sourceLines(path: string): SourceLine[] {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)));
  if (!decoded.ok) throw new Error(`${path} does not decode: ${decoded.message}`);
  let limiteSeen = false;
  const lines: SourceLine[] = [];
  for (const [index, raw] of decoded.text.split(LINE_BREAK).entries()) {
    const text = raw.trim();
    if (text === '' || isFurniture(text, limiteSeen)) continue;
    limiteSeen ||= LIMITE_LINE.test(text);
    lines.push({ line: index + 1, text });
  }
  return lines;
}

/**
 * How a line may open with markup the page shows as structure, not as characters: heading marks, a list bullet or a
 * footnote definition's mark (the page's list numbers the footnotes itself).
 */
const LINE_OPENING =
  /^(?:#{1,6}[ \t]+|[-*•▪◦·–o][ \t]+(?=\S)|(?:<sup>[ \t]*\d{1,4}[ \t]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|\^\{?\d{1,4}\}?)[ \t]+|\[\^[A-Za-z0-9]{1,10}\]:[ \t]*)/u;

/** A heading number opening a line (after its markup): the page prints an item's number with a final dot (`3.1` → `3.1.`). */
const LINE_NUMBER = /^((?:\*\*)?)(\d{1,5}(?:\.\d{1,3}){0,4}|[IVX]{1,7})(\.?)(?=[ \t)])/u;

/**
 * Markup inside a line and what may stand for it on the page. A footnote marker is printed or is a footnote call: it
 * never vanishes. Bold toggles, the brackets of a link to nowhere (`[…](#)`) and of an autolink (`<https://…>`) may
 * be characters or be read as structure (the unit tests say which); every other character must stand as printed.
 */
const INLINE_MARKUP =
  /(<sup>[ \t]*\d{1,4}(?:[ \t]*,[ \t]*\d{1,4}){0,20}[ \t]*<\/sup>|\^\{[ \t]*\d{1,4}(?:[ \t]*,[ \t]*\d{1,4}){0,20}[ \t]*\}|\^\d{1,4}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|\[\^[A-Za-z0-9]{1,10}\])|(\*\*|\]\(#\)|\[(?=[^\]]{1,500}\]\(#\))|<(?=https?:\/\/)|(?<=https?:\/\/[^\s<>]{1,2000})>)|([ \t]+)/giu;

/** A literal for a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The pattern a source line's characters must match on its page (pageCharacters): every character as printed, in
 * order, white space as any white space, and only the markup the page shows as structure allowed to stand otherwise.
 */
export function linePattern(text: string): RegExp {
  let rest = text;
  let pattern = '';
  const opening = LINE_OPENING.exec(rest);
  if (opening !== null) {
    pattern += `(?:${literal(opening[0].trimEnd())})?\\s*`;
    rest = rest.slice(opening[0].length);
  }
  const number = LINE_NUMBER.exec(rest);
  if (number !== null) {
    const [whole, bold = '', digits = '', dot = ''] = number;
    pattern += `${bold === '' ? '' : '(?:\\*\\*)?'}${literal(digits)}${dot === '' ? '\\.?' : '\\.'}`;
    rest = rest.slice(whole.length);
  }
  let cursor = 0;
  for (const match of rest.matchAll(INLINE_MARKUP)) {
    pattern += literal(rest.slice(cursor, match.index));
    const [token, marker, structure] = match;
    if (marker !== undefined) pattern += `(?:${literal(marker)}|${FOOTNOTE_CALL}+)`;
    else if (structure !== undefined) pattern += `(?:${literal(structure)})?`;
    else pattern += '\\s+';
    cursor = match.index + token.length;
  }
  pattern += literal(rest.slice(cursor));
  return new RegExp(pattern, 'u');
}

/** The `Subject` label that ends the header block (after optional markup, with or without a space before the colon). */
const SUBJECT_LABEL = /^\W*Subject\s*:/u;

/**
 * The lines after a source's header block: the block runs from the first line to the end of the `Subject` field (its
 * label line and the lines after it up to the next blank line of the file). The header's own lines are the header
 * component's, checked on the built page.
 */
export function bodyLines(lines: readonly SourceLine[]): SourceLine[] {
  const subject = lines.findIndex((line) => SUBJECT_LABEL.test(line.text));
  if (subject < 0) throw new Error('source has no Subject line: its header block cannot be told from its body');
  let end = subject + 1;
  // Lines are numbered in the file: the field ends where the numbers jump over a blank line.
  while (end < lines.length && (lines[end]?.line ?? 0) === (lines[end - 1]?.line ?? 0) + 1) end += 1;
  return lines.slice(end);
}

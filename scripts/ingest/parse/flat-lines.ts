import { titleEnd } from './body-start.ts';
import { MONTH } from './head-anchors.ts';
import type { SourceLine } from './normalise.ts';

/** A line this long that holds numbered paragraphs is a page run into one line (a paragraph of a clean export is shorter). */
const FLAT_LINE = 400;

/** A paragraph or item number inside a line, before a capital: `2. The United Kingdom …`, `3. Implementation of …`, `6.1. EU Threat …`. */
const NUMBERED = /(?<=\s)(\d{1,2}\.(?:\d{1,2}\.?)?)[ \t]+(?=["“(]?\p{Lu})/gu;

/** A line that opens with an item or paragraph number: the number the next cut must follow. */
const LEADING = /^[ \t]*(\d{1,2}\.(?:\d{1,2}\.?)?)[ \t]+\S/;

/** The day heading an outcome prints right before its first item: `… (COSI) 26 September 2024 1. Adoption …`. */
const DAY_BEFORE = new RegExp(String.raw`(?<=\s)(?:\p{L}+,?[ \t])?\d{1,2}(?:er|\.)?[ \t](?:${MONTH})[ \t]\d{4}[ \t]+$`, 'u');

/** The day heading at `cut`, if one stands there: the offset where it ends, for its own line. */
function dayEnd(text: string, cut: number): number[] {
  const day = new RegExp(String.raw`^(?:\p{L}+,?[ \t])?\d{1,2}(?:er|\.)?[ \t](?:${MONTH})[ \t]\d{4}[ \t]+(?=\d)`, 'u').exec(text.slice(cut));
  return day === null ? [] : [cut + day[0].length];
}

/** The end of a sentence or clause just before a number: `… as set out in 14470/25. 2. …`. */
const SENTENCE_BEFORE = /[.;:!?]["'”’)\]]{0,2}\s*$/;

/** What a first item `1.` may also follow: a closing bracket, a heading or value in capitals, a year (`(COSI) 1.`, `INTRODUCTION 1.`, `2024 1.`). */
const FIRST_AFTER = /(?:\)|(?<![\p{L}])\p{Lu}{2,}|\b\d{4})\s+$/u;

/** A document number's version suffix right before a number: `REV 1.`, `COR 1.` is the suffix's number, never a paragraph's. */
const SUFFIX_BEFORE = /(?<![\p{L}])(?:REV|ADD|COR|EXT|DCL)\s*$/u;

/** An item's number as its levels: `6.1.` → [6, 1]. */
function levels(printed: string): number[] {
  return printed
    .split('.')
    .filter((part) => part !== '')
    .map(Number);
}

/** Whether `next` follows `previous` in an outline: the next number at the same level, a first sub-number, or the next top number after a sub-number. */
function follows(previous: readonly number[], next: readonly number[]): boolean {
  const [top = 0, sub] = previous;
  if (next.length === 1) return next[0] === top + 1;
  if (next[0] !== top) return false;
  return sub === undefined ? next[1] === 1 : next[1] === sub + 1;
}

/** The offsets where a line is cut before its numbered paragraphs in sequence, and the last number it holds. */
function cutsOf(text: string, before: readonly number[] | null): { cuts: number[]; last: readonly number[] | null } {
  const cuts: number[] = [];
  let previous = before;
  for (const match of text.matchAll(NUMBERED)) {
    const number = levels(match[1] ?? '');
    const preceding = text.slice(Math.max(0, match.index - 24), match.index);
    if (SUFFIX_BEFORE.test(preceding)) continue;
    const first = number.length === 1 && (SENTENCE_BEFORE.test(preceding) || (number[0] === 1 && FIRST_AFTER.test(preceding)));
    const restart = first && number[0] === 1;
    if (!(previous === null ? first : follows(previous, number) || restart)) continue;
    cuts.push(match.index);
    previous = number;
  }
  return { cuts, last: previous };
}

/**
 * The lines of a document whose pages were run into one line each: when one line as long as a page holds numbered
 * paragraphs, every line is cut before its numbered paragraphs or items (numbers in outline sequence, counted on from
 * the lines before — so that the short last page is cut as the others — the first after a sentence's end), and an
 * item's title is cut from its text where a sentence opener follows it on the same line; the pieces are separated by
 * blank lines and keep the line's number. Other documents are returned as they are.
 */
export function splitFlatLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => entry.text.length >= FLAT_LINE && cutsOf(entry.text, null).cuts.length > 0)) return [...lines];
  let previous: readonly number[] | null = null;
  return lines.flatMap((entry) => {
    const leading = LEADING.exec(entry.text);
    if (leading !== null) previous = levels(leading[1] ?? '');
    const { cuts, last } = cutsOf(entry.text, previous);
    previous = last;
    return cuts.length === 0 ? [entry] : pieces(entry, cuts);
  });
}

/** A line cut at `cuts`, a day heading right before an item on its own line, each numbered piece's title cut from its text. */
function pieces(entry: SourceLine, cuts: readonly number[]): SourceLine[] {
  const starts = cuts.flatMap((cut) => {
    const day = DAY_BEFORE.exec(entry.text.slice(Math.max(0, cut - 40), cut));
    return day === null ? [cut] : [cut - day[0].length, ...dayEnd(entry.text, cut - day[0].length)];
  });
  const bounds = [0, ...starts, entry.text.length];
  return bounds
    .slice(0, -1)
    .map((start, index) => entry.text.slice(start, bounds[index + 1]).trim())
    .filter((piece) => piece !== '')
    .flatMap((piece, index) => [...(index === 0 ? [] : [{ text: '', line: entry.line }]), ...titleAndText(piece, entry.line)]);
}

/** A numbered piece cut into its title and text where an opener marks the text's start; other pieces whole. */
function titleAndText(piece: string, line: number): SourceLine[] {
  const number = /^\d{1,2}\.(?:\d{1,2}\.?)?[ \t]+/.exec(piece);
  if (number === null) return [{ text: piece, line }];
  const rest = piece.slice(number[0].length);
  const end = titleEnd(rest);
  if (end === null) return [{ text: piece, line }];
  return [
    { text: `${number[0]}${rest.slice(0, end).trim()}`, line },
    { text: '', line },
    { text: rest.slice(end).trim(), line },
  ];
}

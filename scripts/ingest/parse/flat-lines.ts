import { titleEnd } from './body-start.ts';
import { MONTH } from './head-anchors.ts';
import type { SourceLine } from './normalise.ts';

/** A line this long that holds numbered paragraphs is a page run into one line (a paragraph of a clean export is shorter). */
const FLAT_LINE = 400;

/** A paragraph or item number inside a line, before a capital: `2. The United Kingdom …`, `3. Implementation of …`. */
const NUMBERED = /(?<=\s)(\d{1,2})\.[ \t]+(?=["“(]?\p{Lu})/gu;

/** The day heading an outcome prints right before its first item: `… (COSI) 26 September 2024 1. Adoption …`. */
const DAY_BEFORE = new RegExp(String.raw`(?<=\s)(?:\p{L}+,?[ \t])?\d{1,2}(?:er|\.)?[ \t](?:${MONTH})[ \t]\d{4}[ \t]+$`, 'u');

/** The day heading at `cut`, if one stands there: the offset where it ends, for its own line. */
function dayEnd(text: string, cut: number): number[] {
  const day = new RegExp(String.raw`^(?:\p{L}+,?[ \t])?\d{1,2}(?:er|\.)?[ \t](?:${MONTH})[ \t]\d{4}[ \t]+(?=\d)`, 'u').exec(text.slice(cut));
  return day === null ? [] : [cut + day[0].length];
}

/** The end of a sentence or clause just before a number: `… as set out in 14470/25. 2. …`. */
const SENTENCE_BEFORE = /[.;:!?]["'”’)\]]{0,2}\s*$/;

/** What a first item `1.` may also follow: a closing bracket, a heading or value in capitals, a year (`(COSI) 1.`, `INTRODUCTION 1.`, `2024 1.`), never a version suffix (`COR 1.`). */
const FIRST_AFTER = /(?:\)|(?<![\p{L}])(?!(?:REV|ADD|COR|EXT|DCL)\s*$)\p{Lu}{2,}|\b\d{4})\s+$/u;

/**
 * The lines a page run into one line is made of: it is cut before each numbered paragraph or item (numbers in
 * sequence, the first after a sentence's end), and an item's title is cut from its text where a sentence opener
 * follows it on the same line; the pieces are separated by blank lines and keep the line's number. Other lines are
 * returned as they are.
 */
export function splitFlatLine(entry: SourceLine): SourceLine[] {
  if (entry.text.length < FLAT_LINE) return [entry];
  const cuts: number[] = [];
  let previous: number | null = null;
  for (const match of entry.text.matchAll(NUMBERED)) {
    const number = Number(match[1]);
    const before = entry.text.slice(Math.max(0, match.index - 24), match.index);
    const first = SENTENCE_BEFORE.test(before) || (number === 1 && FIRST_AFTER.test(before));
    const inSequence = previous === null ? first : number === previous + 1;
    if (!inSequence) continue;
    cuts.push(match.index);
    previous = number;
  }
  if (cuts.length === 0) return [entry];
  // A day heading right before an item gets a line of its own.
  const starts = cuts.flatMap((cut) => {
    const day = DAY_BEFORE.exec(entry.text.slice(Math.max(0, cut - 40), cut));
    return day === null ? [cut] : [cut - day[0].length, ...dayEnd(entry.text, cut - day[0].length)];
  });
  const bounds = [0, ...starts, entry.text.length];
  const pieces = bounds
    .slice(0, -1)
    .map((start, index) => entry.text.slice(start, bounds[index + 1]).trim())
    .filter((piece) => piece !== '');
  return pieces.flatMap((piece, index) => [...(index === 0 ? [] : [{ text: '', line: entry.line }]), ...titleAndText(piece, entry.line)]);
}

/** A numbered piece cut into its title and text where an opener marks the text's start; other pieces whole. */
function titleAndText(piece: string, line: number): SourceLine[] {
  const number = /^\d{1,2}\.[ \t]+/.exec(piece);
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

import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { readInline, type FootnoteResolver } from './inline.ts';
import type { SourceLine } from './normalise.ts';
import { BULLET, SYMBOL_BULLETS } from './vocabulary.ts';

/** A bullet indented this much further than its list's first (tabs counting two) opens a list item nested under the one above. */
const NESTED_INDENT = 2;

/**
 * A list's mark alone on its line (`-`, `–`, `•`, a symbol font's ``), as plain `pdftotext` prints a dash or bullet
 * list: the mark, a blank line, the item's text; or the marks of several items first, then their texts.
 */
const LONE_MARK = new RegExp(`^([ \\t]*)[-–•▪◦${SYMBOL_BULLETS}][ \\t]*$`, 'u');

/**
 * The lines of one item, section or footnote as text blocks (src/schemas/text-block.ts): each non-blank line a
 * paragraph, or a list item without its bullet, nested where its bullet is indented further than its list's first;
 * blank lines only separate. A mark alone on its line is the bullet of the text it is set to (placedMarks); a mark that
 * cannot be placed stays a paragraph of its own, never dropped. `resolve` tells, for the line a marker stands on, which
 * footnotes it calls.
 */
export function textBlocks(lines: readonly SourceLine[], resolve: (line: number) => FootnoteResolver): TextBlock[] {
  const blocks: TextBlock[] = [];
  const filled = lines.filter(({ text }) => text.trim() !== '');
  const marks = placedMarks(filled.map(({ text }) => text));
  // The indent of the list's first bullet: `pdftotext -layout` indents a whole list under its paragraph's text.
  let base: number | null = null;
  const push = (indent: number, text: string, line: number): void => {
    base ??= indent;
    const inline = readInline(text, resolve(line));
    if (inline.length > 0) blocks.push({ list: indent >= base + NESTED_INDENT ? 1 : 0, inline });
  };
  filled.forEach(({ text, line }, index) => {
    if (marks.placed.has(index)) return;
    const mark = marks.items.get(index);
    if (mark !== undefined) return push(mark, text.trim(), line);
    const bullet = LONE_MARK.test(text) ? null : BULLET.exec(text);
    // A `-` alone right under a list's item with no text to set it to: the list's empty last item, as the PDF reader and
    // Markdown give a word processor's empty paragraph of a list: no block.
    if (text.trim() === '-' && index > 0 && (marks.items.has(index - 1) || isBulleted(filled[index - 1]?.text ?? ''))) return;
    if (bullet === null) {
      blocks.push({ list: null, inline: readInline(text, resolve(line)) });
      base = null;
      return;
    }
    push((bullet[1] ?? '').replace(/\t/g, '  ').length, text.slice(bullet[0].length), line);
  });
  return blocks;
}

/** Whether a line is a list's item by its bullet (`- first`), not a mark alone. */
function isBulleted(text: string): boolean {
  return !LONE_MARK.test(text) && BULLET.test(text);
}

/**
 * Where the marks alone on their lines go (`texts` the non-blank lines): `items`, each text that is a list item by a
 * mark, with its mark's indent; `placed`, the marks so set. Where the lines from the first mark to the end hold as many
 * marks as texts (plain `pdftotext` prints the marks' column in runs between the texts: `–`, `Estonia …`, `Poland …`,
 * `–`, `–`, `The Commission …`), every text there is an item; else each run of marks is set to as many texts right
 * under it, before the next mark (`-` / `The Presidency sent …`; `–` / `–` / `first` / `second` / `The Committee …`),
 * and a run with fewer texts under it (items run into one paragraph) stays as printed.
 */
function placedMarks(texts: readonly string[]): { items: Map<number, number>; placed: Set<number> } {
  const items = new Map<number, number>();
  const placed = new Set<number>();
  const isMark = texts.map((text) => LONE_MARK.test(text));
  const first = isMark.indexOf(true);
  if (first < 0) return { items, placed };
  const indent = (index: number): number => (LONE_MARK.exec(texts[index] ?? '')?.[1] ?? '').replace(/\t/g, '  ').length;
  const isText = (index: number): boolean => index < texts.length && !isMark[index] && BULLET.exec(texts[index] ?? '') === null;
  const rest = texts.slice(first).map((_, at) => first + at);
  const markCount = rest.filter((index) => isMark[index]).length;
  if (rest.every((index) => isMark[index] || isText(index)) && rest.length === 2 * markCount) {
    const marksAt = rest.filter((index) => isMark[index]);
    rest
      .filter((index) => !isMark[index])
      .forEach((index, at) => {
        const mark = marksAt[at] as number;
        placed.add(mark);
        items.set(index, indent(mark));
      });
    return { items, placed };
  }
  for (let at = first; at < texts.length;) {
    if (!isMark[at]) {
      at += 1;
      continue;
    }
    let end = at;
    while (isMark[end]) end += 1;
    const run = end - at;
    let texted = 0;
    while (texted < run && isText(end + texted)) texted += 1;
    if (texted === run && !(run === 1 && isNotItemUnder(texts, at, items))) {
      for (let k = 0; k < run; k += 1) {
        placed.add(at + k);
        items.set(end + k, indent(at + k));
      }
    }
    at = end;
  }
  return { items, placed };
}

/** A sentence's or list item's end: `.`, `?`, `!`, `;`, `:` or `,`, a closing quote or bracket after it. */
const ITEM_END = /[.?!;:,…][)"”’]?$/u;

/**
 * Whether the text under the mark at `at` is not the mark's item though a list's item stands right above the mark: a
 * heading after the list's empty last item (`… highest priority?` / `–` / `Presidency report`, the mark a word processor
 * leaves on an empty paragraph of the list: the item ends a sentence or clause, the text ends none and is short), or
 * the rest of the item above a page break cut, the next item's mark printed over it (`… also in relation` / `–` /
 * `with the possible extension …`: the item ends no clause, the text opens in small letters).
 */
function isNotItemUnder(texts: readonly string[], at: number, items: ReadonlyMap<number, number>): boolean {
  const above = (texts[at - 1] ?? '').trim();
  if (!items.has(at - 1) && !isBulleted(above)) return false;
  const text = (texts[at + 1] ?? '').trim();
  return ITEM_END.test(above) ? !ITEM_END.test(text) && text.length <= 80 : /^\p{Ll}/u.test(text);
}

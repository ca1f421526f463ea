import type { TextBlock } from '../../../../src/schemas/text-block.ts';
import { readInline, type FootnoteResolver } from './inline.ts';
import type { SourceLine } from '../normalise.ts';
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
    const bullet = LONE_MARK.test(text) ? null : BULLET.exec(text);
    const sentences = marks.sentences.get(index);
    if (sentences !== undefined) {
      const indent = mark ?? (bullet?.[1] ?? '').replace(/\t/g, '  ').length;
      for (const sentence of sentences) push(indent, sentence, line);
      return;
    }
    if (mark !== undefined) return push(mark, text.trim(), line);
    // A mark alone that no text is set to (a list's empty last item, `-` or `–` right under its item) stays a paragraph as printed.
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
function placedMarks(texts: readonly string[]): Placed {
  const items = new Map<number, number>();
  const placed = new Set<number>();
  const sentences = new Map<number, string[]>();
  const isMark = texts.map((text) => LONE_MARK.test(text));
  const first = isMark.indexOf(true);
  if (first < 0) return { items, placed, sentences };
  const indent = (index: number): number => (LONE_MARK.exec(texts[index] ?? '')?.[1] ?? '').replace(/\t/g, '  ').length;
  const isText = (index: number): boolean => index < texts.length && !isMark[index] && BULLET.exec(texts[index] ?? '') === null;
  const rest = texts.slice(first).map((_, at) => first + at);
  const markCount = rest.filter((index) => isMark[index]).length;
  const allSet =
    rest.every((index) => isMark[index] || isText(index)) &&
    rest.length === 2 * markCount &&
    !isNotItemUnder(texts, first, items) &&
    marksAfterTexts(texts, isMark, isText, first) === 0;
  if (allSet) {
    const marksAt = rest.filter((index) => isMark[index]);
    rest
      .filter((index) => !isMark[index])
      .forEach((index, at) => {
        const mark = marksAt[at] as number;
        placed.add(mark);
        items.set(index, indent(mark));
      });
    return { items, placed, sentences };
  }
  for (let at = first; at < texts.length;) {
    if (!isMark[at]) {
      at += 1;
      continue;
    }
    // Each mark printed right under its item's text (limite-watermark: `… points are:` / `Firstly, …` / `–` / `Secondly, …` / `–`).
    const pairs = marksAfterTexts(texts, isMark, isText, at);
    if (pairs > 0) {
      for (let k = 0; k < pairs; k += 1) {
        placed.add(at + 2 * k);
        items.set(at + 2 * k - 1, indent(at + 2 * k));
      }
      at += 2 * pairs - 1;
      continue;
    }
    let end = at;
    while (isMark[end]) end += 1;
    const run = end - at;
    let texted = 0;
    while (texted < run && isText(end + texted)) texted += 1;
    if (texted === run && !(run === 1 && isNotItemUnder(texts, at, items))) {
      // The run's last text a heading after the items' texts (the marks of a list whose last item is empty printed first,
      // `–` / `–` / `–` / `first;` / `second.` / `Next steps`): the last mark marks no text and stays as printed.
      const kept = run > 1 && isHeadingAfter(texts[end + run - 2] ?? '', texts[end + run - 1] ?? '') ? run - 1 : run;
      for (let k = 0; k < kept; k += 1) {
        placed.add(at + k);
        items.set(end + k, indent(at + k));
      }
    } else if (texted < run) setToSentences(texts, at, end, texted, { items, placed, sentences });
    at = end;
  }
  return { items, placed, sentences };
}

/** The most items a list of marks each a line low is read with (a walk from each mark stays short on hostile text). */
const MAX_PAIRS = 40;

/**
 * How many marks, from the one at `first`, stand each right under its item's text, as plain `pdftotext` may print a
 * list's marks a line low: the texts and single marks alternate from the line right under the list's introduction
 * (ending with a colon), two pairs at least, and the last mark has no text of its own under it (the end, a mark, or a
 * heading-like short line: `Firstly, …` / `–` / `Secondly, …` / `–` / `In conclusion, …` reads the marks set down, the
 * first text with none, and the last mark with none). 0 where the marks are not so printed.
 */
function marksAfterTexts(texts: readonly string[], isMark: readonly boolean[], isText: (index: number) => boolean, first: number): number {
  if (first < 2 || !isText(first - 1) || !/:$/u.test((texts[first - 2] ?? '').trim())) return 0;
  let pairs = 0;
  while (pairs < MAX_PAIRS && isMark[first + 2 * pairs] && !isMark[first + 2 * pairs + 1] && (pairs === 0 || isText(first + 2 * pairs - 1))) pairs += 1;
  if (pairs === MAX_PAIRS) return 0;
  const next = first + 2 * pairs - 1;
  if (pairs < 2 || !isText(next - 2) || isMark[next]) return 0;
  return next >= texts.length || !isText(next) || isHeadingAfter(texts[next - 2] ?? '', texts[next] ?? '') ? pairs : 0;
}

/** What placedMarks finds, and `sentences`: texts read as several items, one a sentence, each with a mark of a run over them. */
interface Placed {
  items: Map<number, number>;
  placed: Set<number>;
  sentences: Map<number, string[]>;
}

/**
 * A run of marks (`at` to `end`) over fewer texts (`texted`) than marks, the items' texts run together (a viewer's copy
 * or a joined paragraph: `–` / `–` / `–` / `The Presidency sent …. By 13 March …. Member States called …`), or over
 * the text of the run's last mark joined to it (`-` / `-` / `- the Presidency sent …; by 13 March …; a summary …`):
 * where those texts hold as many sentences as there are marks, each sentence is an item, in order; else all stays as
 * printed (15754/17 item 3: four `–` over items that end with commas).
 */
function setToSentences(texts: readonly string[], at: number, end: number, texted: number, found: Placed): void {
  const joined = texted === 0 && isBulleted(texts[end] ?? '');
  const marks = end - at + (joined ? 1 : 0);
  const under: number[] = [];
  const split: string[][] = [];
  let count = 0;
  // The texts right under the run, from the first, until their sentences are as many as the marks or more.
  for (let index = end; count < marks && (joined ? index === end : index < end + texted); index += 1) {
    const text = texts[index] ?? '';
    const pieces = sentencesOf(joined ? text.slice(BULLET.exec(text)?.[0].length ?? 0) : text.trim());
    under.push(index);
    split.push(pieces);
    count += pieces.length;
  }
  if (count !== marks || split.every((pieces) => pieces.length === 1)) return;
  const indent = (LONE_MARK.exec(texts[at] ?? '')?.[1] ?? '').replace(/\t/g, '  ').length;
  for (let k = at; k < end; k += 1) found.placed.add(k);
  under.forEach((index, k) => {
    found.sentences.set(index, split[k] as string[]);
    if (!joined) found.items.set(index, indent);
  });
}

/**
 * A sentence's or list item's end inside a text: `.`, `;`, `?`, `!` (a closing quote or bracket after it) before white
 * space and a letter, a digit or an opening quote; not a day's dot (`am 13. März`), nor an initial's or an
 * abbreviation's of up to three letters (`e.g.`, `Art.`, `Nr.`; `the EU.` too: the count then tells).
 */
const SENTENCE_END = /[.;?!][)"”’]?(?=\s+["“„‘(]?[\p{L}\p{N}])/gu;

/** A text's sentences, each ending at SENTENCE_END. */
function sentencesOf(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(Math.max(start, match.index - 4), match.index);
    if (match[0].startsWith('.') && /(?:^|[^\p{L}\p{N}])\p{L}{1,3}$|(?:^|\s)\d{1,2}$/u.test(before)) continue;
    pieces.push(text.slice(start, match.index + match[0].length).trim());
    start = match.index + match[0].length;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

/** A sentence's or list item's end: `.`, `?`, `!`, `;`, `:` or `,`, a closing quote or bracket after it. */
const ITEM_END = /[.?!;:,…][)"”’]?$/u;

/** Whether `text` is a heading under a list's item `above`: the item ends a sentence or clause, the text none, and is short. */
function isHeadingAfter(above: string, text: string): boolean {
  return ITEM_END.test(above.trim()) && !ITEM_END.test(text.trim()) && text.trim().length <= 80;
}

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
  return ITEM_END.test(above) ? isHeadingAfter(above, text) : /^\p{Ll}/u.test(text);
}

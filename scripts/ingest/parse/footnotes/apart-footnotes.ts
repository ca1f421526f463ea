/**
 * Footnotes plain `pdftotext` prints with their numbers apart from their texts. A word processor sets a footnote's
 * number superscript in the footnote area, in the column of the paragraph numbers: plain `pdftotext` prints that column
 * as a block of its own, so the numbers come out alone on their lines somewhere above the page's foot (`1`, or `2` /
 * `3` / `4` for three footnotes, among the paragraph numbers or between a paragraph and its list), and the footnotes'
 * texts come out unnumbered right above the footer, after a blank line or run on from the page's last paragraph (`…
 * national security.` / `See the summary …`). This module pairs them: the page's last run of numbers alone on their
 * lines in sequence from the next footnote's, and as many footnote texts at the foot, each opening a line, read from
 * the bottom up. Every line keeps its number and every character stays: the reader moves each number to its text's
 * line.
 */

import { endsWithAbbreviation } from '../text/vocabulary.ts';

/** A number alone on its line (the footnote area's superscript number, as plain `pdftotext` prints it). */
const LONE_NUMBER = /^[ \t]{0,3}(\d{1,3})[ \t]*$/;

/**
 * A line a footnote's text can open: a capital, a digit, an opening quote or an address (`See …`, `10151/18.`, `WK
 * 4913/2019.`, `https://www.europol.europa.eu/…`, a footnote citing a page).
 */
const OPENS_TEXT = /^[ \t]*(?:[\p{Lu}\p{Lt}\p{N}"“„«‘']|https?:\/\/|www\.)/u;

/** A line that ends a sentence (or a clause a list goes on from): the line after it may open a footnote. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]{0,2}[ \t]*$/u;

/**
 * Whether a line ends a sentence (ENDS_SENTENCE), not on an abbreviation's dot: a citation of the Official Journal
 * wrapped after its page's abbreviation (`… (OJ L 52, 3.3.2010, p.` / `50).`, `… S.` / `50).`) goes on below.
 */
function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text) && !endsWithAbbreviation(text.trimEnd());
}

/** A paragraph's or item's number alone on its line (`3.`, `IV.`, `b)`): it ends no sentence. */
const NUMBER_ALONE = /^[ \t]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,6}|[a-z])[.)][ \t]*$/;

/** One footnote read apart: its number, the line its number stood alone on, and the lines of its text. */
export interface ApartFootnote {
  mark: string;
  /** The line the number stood alone on. */
  markLine: number;
  /** The first line of its text, and the lines its text wraps onto. */
  definition: number;
  wrapped: number[];
  /** Whether its number was glued to the end of a text line (`… working proced1`), not alone: that line keeps its text. */
  glued?: true;
}

/**
 * The footnotes of a page whose numbers stand apart from their texts: the last run, above `top`, of numbers alone on
 * their lines numbered `next`, `next + 1` … (blank lines between them allowed), and as many texts in the lines `top` to
 * `bottom` (the page's foot, right above its footer), each opening a line — from the bottom up, a line after the end
 * of a sentence or the foot's first line, else any line opening with a capital or a digit. Null when the page has no
 * such run or its foot not as many texts.
 */
export function apartFootnotes(
  lines: readonly string[],
  pageStart: number,
  top: number,
  bottom: number,
  next: number,
  glued: number | null = null,
): ApartFootnote[] | null {
  const marks = markRun(lines, pageStart, top, next, glued);
  if (marks.length === 0 || bottom - top + 1 < marks.length) return null;
  const starts = textStarts(lines, top, bottom, marks.length);
  if (starts === null) return null;
  return marks.map((markLine, index) => {
    const definition = starts[index] ?? top;
    const end = starts[index + 1] ?? bottom + 1;
    return {
      mark: String(next + index),
      markLine,
      definition,
      wrapped: Array.from({ length: end - definition - 1 }, (_, offset) => definition + 1 + offset),
      ...(markLine === glued ? { glued: true as const } : {}),
    };
  });
}

/**
 * The lines of the page's last run of lone numbers above `top` numbered from `next` in sequence (the line `glued`, where
 * `next` was glued to its text, standing for `next`); empty when there is none, or when a number after it skips one.
 */
function markRun(lines: readonly string[], pageStart: number, top: number, next: number, glued: number | null = null): number[] {
  let found: number[] = [];
  let run: number[] = [];
  for (let line = pageStart; line < top; line += 1) {
    const text = lines[line] ?? '';
    if (text.trim() === '') continue;
    const number = line === glued ? next : Number(LONE_NUMBER.exec(text)?.[1] ?? Number.NaN);
    if (run.length > 0 && number === next + run.length) run.push(line);
    else run = number === next ? [line] : [];
    if (run.length > 0) found = run;
  }
  // A number after the run that skips one (`2`, then `4`): plain pdftotext dropped the number between, and the run's
  // texts cannot be told from the one whose number it dropped; nothing is read rather than a text paired wrongly.
  const after = found.length === 0 ? top : (found[found.length - 1] ?? top) + 1;
  for (let line = after; line < top; line += 1) if (Number(LONE_NUMBER.exec(lines[line] ?? '')?.[1] ?? Number.NaN) === next + found.length + 1) return [];
  return found;
}

/**
 * The line after the page's last run of lone numbers from `next` above `bottom` (where the foot's texts may begin in a
 * copy that parts the foot from the page's text by no blank line), or null where the page has none.
 */
export function lastRunEnd(lines: readonly string[], pageStart: number, bottom: number, next: number, glued: number | null = null): number | null {
  const run = markRun(lines, pageStart, bottom, next, glued);
  const last = run[run.length - 1];
  return last === undefined ? null : last + 1;
}

/** The first lines of `count` footnote texts at the foot, top to bottom, or null when the foot does not hold as many. */
function textStarts(lines: readonly string[], top: number, bottom: number, count: number): number[] | null {
  const opens = (line: number) => OPENS_TEXT.test(lines[line] ?? '');
  const afterSentence = (line: number) => line === top || (endsSentence(lines[line - 1] ?? '') && !NUMBER_ALONE.test(lines[line - 1] ?? ''));
  const candidates = Array.from({ length: bottom - top + 1 }, (_, offset) => top + offset).filter(opens);
  const strong = candidates.filter(afterSentence);
  const chosen = strong.length >= count ? strong.slice(-count) : candidates.slice(-count);
  return chosen.length === count ? chosen : null;
}

/** The most lines one footnote's text takes at a page's foot when plain `pdftotext` dropped its number. */
const MAX_UNNUMBERED_LINES = 8;

/**
 * Whether the lines `top` to `bottom` at a page's foot are one footnote's text printed without its number (plain
 * `pdftotext` dropped it, not printed it apart): set apart by a blank line from the page's text above them, at most
 * eight lines, opening with a capital, a digit or a quote and not with a number, and one text — no line in it opens
 * after a sentence's end, which would make it two footnotes or more.
 */
export function isUnnumberedFootnote(lines: readonly string[], pageStart: number, top: number, bottom: number): boolean {
  if (bottom < top || bottom - top + 1 > MAX_UNNUMBERED_LINES) return false;
  // The page's text above it, after a blank line.
  if (top - 1 <= pageStart || (lines[top - 1] ?? '').trim() !== '' || !lines.slice(pageStart, top - 1).some((line) => line.trim() !== '')) return false;
  const first = lines[top] ?? '';
  if (!OPENS_TEXT.test(first) || NUMBER_ALONE.test(first) || /^[ \t]*\d{1,3}(?:[.)]?[ \t]|[ \t]*$)/.test(first)) return false;
  for (let line = top + 1; line <= bottom; line += 1) if (opensAfterSentence(lines, line)) return false;
  return true;
}

/** Whether a footnote's text may open at `line`: after a line that ends a sentence, with a capital, a digit or a quote, and not with a number. */
export function opensAfterSentence(lines: readonly string[], line: number): boolean {
  const text = lines[line] ?? '';
  return endsSentence(lines[line - 1] ?? '') && OPENS_TEXT.test(text) && !/^[ \t]*\d{1,3}(?:[.)]?[ \t]|[ \t]*$)/.test(text);
}

/** A word's letters with a number of up to three digits glued to them at a line's end (`… on working proced1`). */
const GLUED_MARK = /\p{L}(\d{1,3})[ \t]*$/u;

/**
 * The line whose end plain `pdftotext` ran the number `next` onto (`… on working proced1`), and where that number
 * stands in it: only where the next line holding text (blank lines between allowed: `… Opera12` / `` / `13`) holds
 * `next + 1` alone, so that a figure of the text (`COSI 97`, `Annex 2`) stays; null where there is none.
 */
function gluedMarkLine(lines: readonly string[], pageStart: number, pageEnd: number, next: number): { line: number; at: number } | null {
  const following = String(next + 1);
  for (let below = pageStart + 1; below < pageEnd; below += 1) {
    // A cheap test first: the number after it alone on its line.
    if ((lines[below] ?? '').trim() !== following) continue;
    let line = below - 1;
    while (line > pageStart && (lines[line] ?? '').trim() === '') line -= 1;
    const glued = GLUED_MARK.exec(lines[line] ?? '');
    if (glued?.[1] === String(next)) return { line, at: glued.index + 1 };
  }
  return null;
}

/**
 * The number `next` plain `pdftotext` ran onto the page's last text line (`… on working proced1`, then `2` / `3`
 * alone), set on a line of its own as the first of the run of numbers apart below it (`gluedMarkLine`). The lines below
 * it down to the page's last blank line (the one above its footer) move down one to make room, the blank lines between
 * the numbers and the foot's texts kept; the lines as they were are returned, to set back, or null where there is no
 * such number or no blank line to make room.
 */
export function setGluedMarkApart(lines: string[], pageStart: number, pageEnd: number, next: number): { line: number; saved: string[] } | null {
  const found = gluedMarkLine(lines, pageStart, pageEnd, next);
  if (found === null) return null;
  const { line, at } = found;
  const text = lines[line] ?? '';
  let blank = pageEnd - 1;
  while (blank > line + 1 && (lines[blank] ?? '').trim() !== '') blank -= 1;
  if (blank <= line + 1) return null;
  const saved = lines.slice(line, blank + 1);
  // Plain pdftotext ran the number on where it dropped the hyphen that cut the word (`proced-`, `ures` on the next
  // page): the hyphen is put back, to be read as the page's other line-end hyphens are.
  lines[line] = `${text.slice(0, at)}-`;
  lines[line + 1] = text.slice(at).trimEnd();
  saved.slice(1, -1).forEach((moved, index) => (lines[line + 2 + index] = moved));
  return { line, saved };
}

/**
 * In a copy without form feeds or blank lines (a viewer's), where no blank line makes room to set it apart: the line
 * whose end plain `pdftotext` ran the number `next` onto (`gluedMarkLine`), its number cut off and the hyphen it dropped
 * put back (`… on working proced-`), so that the line stands for the number in the run of numbers apart below it
 * (`markRun`'s `glued`); the line as it was is returned, to set back, or null where there is no such line.
 */
export function cutGluedMark(lines: string[], pageStart: number, pageEnd: number, next: number): { line: number; saved: string } | null {
  const found = gluedMarkLine(lines, pageStart, pageEnd, next);
  if (found === null) return null;
  const saved = lines[found.line] ?? '';
  lines[found.line] = `${saved.slice(0, found.at)}-`;
  return { line: found.line, saved };
}

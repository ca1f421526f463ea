import type { SourceLine } from '../normalise.ts';

/** The header stands in the first page; the reader looks no further than this many characters … */
const WINDOW_CHARACTERS = 8_000;

/** … or this many logical lines. */
const WINDOW_LINES = 150;

/** Markup of Markdown-like exports that is not header text: bold marks and heading hashes at a line start. */
const MARKUP = /\*{2,3}|(?<=^|\n)[ \t]{0,3}#{1,6}(?=[ \t])/g;

/** A position in the normalised lines: the line's index and the character in it. */
export interface LinePosition {
  index: number;
  column: number;
}

/**
 * The top of a document as one text, whatever its line breaks: the first lines joined with `\n`, and the same text with
 * its markup blanked out (same length, so that an offset means the same character in both).
 */
export interface HeaderWindow {
  lines: readonly SourceLine[];
  text: string;
  plain: string;
  /** The offset in `text` where each line of the window starts. */
  starts: readonly number[];
}

/** The window over the first lines of a document, at most WINDOW_LINES lines and about WINDOW_CHARACTERS characters. */
export function headerWindow(lines: readonly SourceLine[]): HeaderWindow {
  const starts: number[] = [];
  let length = 0;
  let count = 0;
  for (const entry of lines) {
    if (count >= WINDOW_LINES || length >= WINDOW_CHARACTERS) break;
    starts.push(length);
    length += entry.text.length + 1;
    count += 1;
  }
  const text = lines
    .slice(0, count)
    .map((entry) => entry.text)
    .join('\n');
  return { lines: lines.slice(0, count), text, plain: text.replace(MARKUP, (mark) => ' '.repeat(mark.length)), starts };
}

/** The line and column of an offset of the window's text (an offset past the end is the end of the last line). */
export function positionOf(window: HeaderWindow, offset: number): LinePosition {
  let low = 0;
  let high = window.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((window.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  const start = window.starts[low] ?? 0;
  const length = window.lines[low]?.text.length ?? 0;
  return { index: low, column: Math.min(offset - start, length) };
}

/** The source line number of an offset of the window's text. */
export function lineNumberAt(window: HeaderWindow, offset: number): number {
  return window.lines[positionOf(window, offset).index]?.line ?? 1;
}

import type { Line, Segment } from './pdf-geometry.ts';
import { append } from '../../../src/shared/lists.ts';

/** Footnote text is set smaller than the body: by at least this many points (10 pt under 11 pt body text). */
const NOTE_SIZE_GAP = 0.5;

/** Lines of one footnote block are at most this many times their font size apart. */
const NOTE_LINE_STEP = 1.5;

/** Whether `line` sits a footnote line's step above `below` (or is the page's last line). */
function isNoteStep(line: Line, below: Line | undefined): boolean {
  return below === undefined || line.y - below.y <= line.size * NOTE_LINE_STEP;
}

/** A footnote number printed at the text's size and baseline (as LibreOffice sets the footnote area): `1`, `12`. */
const PLAIN_MARK = /^\d{1,3}$/;

/** The marks the superscripts of some lines call: `18, 19` calls two. */
function calledMarks(lines: readonly Line[]): Set<string> {
  return new Set(lines.flatMap((line) => line.segments.filter((segment) => segment.sup).flatMap((segment) => segment.text.split(/[,\s]+/))));
}

/**
 * Whether a line of the footnote block opens a footnote: with a superscript mark, or with a plain number set off
 * by a tab from its text that a superscript of the page's body calls (a body line's number is called by none).
 */
function opensNote(line: Line, called: ReadonlySet<string>): boolean {
  const [first, second] = line.segments;
  if (first?.sup === true) return true;
  return first !== undefined && PLAIN_MARK.test(first.text) && second?.gap === '\t' && called.has(first.text);
}

/** A footnote at the foot of a page: its mark as printed and its lines, the mark taken off the first. */
export interface PdfFootnote {
  mark: string;
  page: number;
  lines: Line[];
}

/**
 * Takes the footnote block off the foot of each page: the trailing run of small-type lines, a new
 * footnote at each line that opens with a mark (superscript, or a plain number the page's text calls); unmarked lines atop the block of the page
 * after a footnote continue that footnote.
 * Guarantees: every line is returned once, either as body or inside a footnote; order is kept.
 */
export function splitFootnotes(lines: readonly Line[], bodySize: number): { body: Line[]; notes: PdfFootnote[] } {
  const body: Line[] = [];
  const notes: PdfFootnote[] = [];
  const pages = [...new Set(lines.map((line) => line.page))];
  for (const page of pages) {
    const pageLines = lines.filter((line) => line.page === page);
    let start = pageLines.length;
    while (start > 0 && (pageLines[start - 1] as Line).size <= bodySize - NOTE_SIZE_GAP) start--;
    const called = calledMarks(pageLines.slice(0, start));
    const firstMark = pageLines.findIndex((line, index) => index >= start && opensNote(line, called));
    let blockStart = firstMark < 0 ? pageLines.length : firstMark;
    // Unmarked small lines right above the block go on with a footnote the previous page broke off.
    if (notes.at(-1)?.page === page - 1) {
      while (blockStart > start && isNoteStep(pageLines[blockStart - 1] as Line, pageLines[blockStart])) blockStart--;
    }
    append(body, pageLines.slice(0, blockStart));
    for (const line of pageLines.slice(blockStart)) {
      const [first, ...rest] = line.segments as [Segment, ...Segment[]];
      if (opensNote(line, called)) {
        const [next, ...others] = rest;
        const text = next ? [{ ...next, gap: '' as const }, ...others] : [];
        notes.push({ mark: first.text, page, lines: text.length > 0 ? [{ ...line, x: text[0]?.x ?? line.x, segments: text }] : [] });
      } else {
        notes.at(-1)?.lines.push(line);
      }
    }
  }
  return { body, notes };
}

import type { Line, Segment } from './pdf-geometry.ts';
import { largest, smallest } from '../../../src/shared/lists.ts';

/** The right-hand header block starts beyond this fraction of the page width. */
const COLUMN_START = 0.5;
/** Below the right-hand block, a step this many times the left block's line spacing ends the header. */
const GAP_FACTOR = 1.3;

/** The first page's header, read column by column, and every line after it. */
export interface HeaderColumns {
  /** Place and date, language, number, LIMITE, codes: top to bottom. */
  right: Line[];
  /** Document kind and the From/On/To/Subject block: top to bottom. */
  left: Line[];
  /** Everything below the header, in reading order. */
  rest: Line[];
}

function part(line: Line, segments: Segment[]): Line {
  const first = segments[0] as Segment;
  return { ...line, x: first.x, xEnd: largest(segments.map((s) => s.xEnd)), segments: [{ ...first, gap: '' }, ...segments.slice(1)] };
}

/** Cuts a line in two at a tab gap that crosses the column split; lines on one side are returned whole. */
function splitRow(line: Line, split: number): { left?: Line; right?: Line } {
  if (line.x >= split) return { right: line };
  const cut = line.segments.findIndex((segment) => segment.gap === '\t' && segment.x >= split);
  if (cut < 0) return { left: line };
  return { left: part(line, line.segments.slice(0, cut)), right: part(line, line.segments.slice(cut)) };
}

/**
 * Reads the two-column header of the first page in order: the right-hand block, then the left-hand one.
 * The header is the run of lines above the first line that spans the split without a column gap; below
 * the right-hand block, the left one ends at its first paragraph gap.
 * Guarantees: every segment of the input is returned once; lines of later pages are untouched.
 */
export function splitHeader(lines: readonly Line[], pageWidth: number): HeaderColumns {
  // The right-hand column's left edge: the leftmost text of the first page that starts beyond the middle.
  const starts = lines
    .filter((line) => line.page === 0)
    .flatMap((line) => line.segments.filter((segment, index) => index === 0 || segment.gap === '\t'))
    .filter((segment) => segment.x > pageWidth * COLUMN_START);
  if (starts.length === 0) return { right: [], left: [], rest: [...lines] };
  const split = smallest(starts.map((segment) => segment.x));
  const spans = (line: Line) => line.x < split && line.xEnd > split && splitRow(line, split).right === undefined;
  let end = lines.findIndex((line) => line.page !== 0 || spans(line));
  if (end < 0) end = lines.length;
  const right: Line[] = [];
  const left: Line[] = [];
  for (const line of lines.slice(0, end)) {
    const row = splitRow(line, split);
    if (row.right) right.push(row.right);
    if (row.left) left.push(row.left);
  }
  const cut = leftBlockEnd(left, smallest(right.map((line) => line.y)));
  return { right, left: left.slice(0, cut), rest: [...left.slice(cut), ...lines.slice(end)] };
}

/** The left block goes on below the right-hand one until its first gap wider than its line spacing. */
function leftBlockEnd(left: readonly Line[], rightBottom: number): number {
  const steps = left.slice(1).map((line, index) => (left[index] as Line).y - line.y);
  const spacing = smallest(steps);
  const gap = steps.findIndex((step, index) => (left[index] as Line).y < rightBottom && step > spacing * GAP_FACTOR);
  return gap < 0 ? left.length : gap + 1;
}

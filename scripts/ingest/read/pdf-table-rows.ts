import { type Line, type Segment, relativeWidth } from './pdf-geometry.ts';

/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** Estimated width of a word space, as a fraction of the font size. */
const SPACE_WIDTH = 0.25;

/** A list label or paragraph number opening a line (`3.`, `6.1`, `(a)`, `ii)`, `–`): such a line opens an entry of its own. */
const LABEL = /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]?|[–•▪◦○·-])$/;

/** A cell of a line or row: the index of its first segment and where it starts. */
interface Cell {
  start: number;
  end: number;
  x: number;
}

/** The cells of a run of segments: a new one at the first segment and at each tab. */
function cellsOf(segments: readonly Segment[]): Cell[] {
  const starts = segments.flatMap((segment, index) => (index === 0 || segment.gap === '\t' ? [index] : []));
  return starts.map((start, at) => ({ start, end: starts[at + 1] ?? segments.length, x: (segments[start] as Segment).x }));
}

/** The width of the first word of a run of segments, by its share of its segment's measured width. */
function firstWordWidth(segments: readonly Segment[]): number {
  const first = segments[0] as Segment;
  const word = first.text.split(' ')[0] ?? '';
  return ((first.xEnd - first.x) * relativeWidth(word)) / Math.max(1, relativeWidth(first.text));
}

/**
 * The cells of a table row's next line that go on with the row's cells, each with the row cell it goes on
 * with (indices into `row`), or null when the line is a row of its own: the line has two cells or more, opens
 * with no list label or number, each
 * starts where a cell of the row starts, and the cell of the line above at that place was full — the first word
 * of its continuation would not have fitted before the next column (or `right`, for the last). A label and its
 * value (`To:` under `From:`) and list items (`4.` under `3.`) have room left and stay rows.
 */
export function wrappedCells(row: readonly Segment[], above: Line, line: Line, right: number): Array<{ into: Cell; from: Cell }> | null {
  const rowCells = cellsOf(row);
  const lineCells = cellsOf(line.segments);
  const aboveCells = cellsOf(above.segments);
  if (lineCells.length < 2 || LABEL.test(line.segments[0]?.text.trim() ?? '')) return null;
  const pairs = lineCells.map((from) => {
    const at = rowCells.findIndex((cell) => Math.abs(cell.x - from.x) <= ALIGN_TOLERANCE);
    const upper = aboveCells.find((cell) => Math.abs(cell.x - from.x) <= ALIGN_TOLERANCE);
    if (at < 0 || upper === undefined) return null;
    const edge = rowCells[at + 1]?.x ?? right;
    const upperEnd = (above.segments[upper.end - 1] as Segment).xEnd;
    const full = upperEnd + line.size * SPACE_WIDTH + firstWordWidth(line.segments.slice(from.start, from.end)) > edge - ALIGN_TOLERANCE;
    return full ? { into: rowCells[at] as Cell, from } : null;
  });
  return pairs.every((pair) => pair !== null) ? pairs : null;
}

import { type Line, type Segment, relativeWidth } from './pdf-geometry.ts';
import { LIST_GLYPHS } from './pdf-symbols.ts';

/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** Estimated width of a word space, as a fraction of the font size. */
const SPACE_WIDTH = 0.25;
/**
 * A cell's text stops short of the next column's text by the padding of both cells (LibreOffice's 0.1 cm each,
 * Word's 0.19 cm): at least this fraction of the font size.
 */
const CELL_PADDING = 0.45;
/** A line at most this far (fraction of the font size) below the line above is set in the same row, not after a row's padding. */
const IN_ROW_STEP = 1.25;

/** A list label or paragraph number opening a line (`3.`, `6.1`, `(a)`, `ii)`): such a line opens an entry of its own. */
const LABEL = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]?$/;
/** A list glyph opening a line: such a line opens an entry of its own too. */
const GLYPHS = new Set(LIST_GLYPHS);

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
 * with no list label or number, each starts where a cell of the row starts, and the cell of the line above at
 * that place was full — the first word of its continuation would not have fitted before the next column (its
 * padding aside) or `right`, for the last. A cell whose line above was not full opens a new paragraph of its
 * cell: it goes on with the row only when the line follows the one above at a line's step, leaves some of the
 * row's cells without a line (a next row fills them all), opens no cell in the row's first column that had room for
 * it (a next row under a cell merged over two rows leaves that column's cell only) and the first word of another of its
 * cells would have run into the next column (a plain wrap, whatever the padding). A label and its value (`To:` under `From:`) and list
 * items (`4.` under `3.`) have room left and stay rows.
 */
export function wrappedCells(row: readonly Segment[], above: Line, line: Line, right: number): Array<{ into: Cell; from: Cell }> | null {
  const rowCells = cellsOf(row);
  const lineCells = cellsOf(line.segments);
  const aboveCells = cellsOf(above.segments);
  const opening = line.segments[0]?.text.trim() ?? '';
  if (lineCells.length < 2 || LABEL.test(opening) || GLYPHS.has(opening)) return null;
  const pairs = lineCells.map((from) => {
    const at = rowCells.findIndex((cell) => Math.abs(cell.x - from.x) <= ALIGN_TOLERANCE);
    const upper = aboveCells.find((cell) => Math.abs(cell.x - from.x) <= ALIGN_TOLERANCE);
    if (at < 0 || upper === undefined) return null;
    const next = rowCells[at + 1];
    const reach = (above.segments[upper.end - 1] as Segment).xEnd + line.size * SPACE_WIDTH + firstWordWidth(line.segments.slice(from.start, from.end));
    const full = reach > (next === undefined ? right : next.x - line.size * CELL_PADDING) - ALIGN_TOLERANCE;
    const overflowing = reach > (next?.x ?? right) - ALIGN_TOLERANCE;
    return { into: rowCells[at] as Cell, from, full, overflowing };
  });
  const placed = pairs.filter((pair) => pair !== null);
  if (placed.length < pairs.length) return null;
  const tight = above.y - line.y <= line.size * IN_ROW_STEP;
  const partial = placed.length < rowCells.length;
  // A line under a row set close (cells without padding) that opens the row's first column where that column's line
  // above had room for its first word is the next row (`Bulgaria` / `Czechia` under a position merged over both), whatever
  // another cell's overflow says.
  const firstRoom = placed.some((pair) => pair.into.start === 0 && !pair.full);
  const goesOn = placed.every((pair) => pair.full) || (tight && partial && !firstRoom && placed.some((pair) => pair.overflowing));
  return goesOn ? placed.map(({ into, from }) => ({ into, from })) : null;
}

/** Lines where a table's last column starts, at least this many on a page, for the column's right edge to be measured. */
const COLUMN_LINES = 3;

/** Where a table's last column starts on a page, and where the longest of its lines ends. */
export interface ColumnEdge {
  x: number;
  right: number;
}

/**
 * The right edge of the last column of each table of three cells or more, by page: where the longest of its lines
 * ends, its lines being the rows' last cells and the lines set where they start (their wrapped lines). A table
 * narrower than its page (a landscape annex's, a table set at a width of its own) wraps its last cells there, not at
 * the page's right edge. Measured on COLUMN_LINES lines or more; a paragraph of the body that starts where the
 * column does runs to the page's edge and so leaves the edge the page's. Each page's cells are sorted once and each
 * column start (two at least ALIGN_TOLERANCE apart) reads only the cells beside it: linear in the lines but for the sort.
 */
export function columnEdges(lines: readonly Line[]): Map<number, ColumnEdge[]> {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page);
    if (onPage) onPage.push(line);
    else byPage.set(line.page, [line]);
  }
  const edges = new Map<number, ColumnEdge[]>();
  for (const [page, onPage] of byPage) {
    const cells: Array<{ x: number; end: number }> = [];
    const starts: number[] = [];
    for (const line of onPage) {
      const lineCells = cellsOf(line.segments);
      for (const cell of lineCells) cells.push({ x: cell.x, end: (line.segments[cell.end - 1] as Segment).xEnd });
      const last = lineCells.at(-1);
      if (lineCells.length >= 3 && last !== undefined) starts.push(last.x);
    }
    if (starts.length === 0) continue;
    cells.sort((a, b) => a.x - b.x);
    starts.sort((a, b) => a - b);
    const found: ColumnEdge[] = [];
    let from = 0;
    for (const x of starts) {
      if (found.length > 0 && x - (found.at(-1) as ColumnEdge).x <= ALIGN_TOLERANCE) continue;
      while (from < cells.length && (cells[from] as { x: number }).x < x - ALIGN_TOLERANCE) from += 1;
      let count = 0;
      let right = 0;
      for (let at = from; at < cells.length && (cells[at] as { x: number }).x <= x + ALIGN_TOLERANCE; at += 1) {
        count += 1;
        right = Math.max(right, (cells[at] as { end: number }).end);
      }
      if (count >= COLUMN_LINES) found.push({ x, right });
    }
    if (found.length > 0) edges.set(page, found);
  }
  return edges;
}

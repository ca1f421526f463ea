import type { Line, Segment } from './pdf-geometry.ts';
import { largest } from '../../../src/shared/lists.ts';

/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** A cell whose first line is this far below its row's top line (fraction of the font size) is set lower in its row ... */
const LOWER_START = 0.3;
/** ... and is centred in it when the middle of its lines is this close to the top cell's (fraction of the size). */
const CENTRE_TOLERANCE = 0.25;
/**
 * The lines of one cell follow each other at most this far apart (fraction of the font size): tables are set
 * single-spaced; a wider step (a paragraph gap, 1.5-spaced text) ends the cell, and nothing is moved.
 */
const CELL_LINE_STEP = 1.35;

/** The text of one line of one table cell (or of a paragraph), where the PDF draws it: its segments from a cell start to the next. */
interface Piece {
  line: Line;
  segments: Segment[];
  x: number;
  order: number;
}

/** The pieces of a line: one from its start and one from each tab, each with the draw position of its first run. */
function piecesOf(line: Line): Piece[] | null {
  const pieces: Piece[] = [];
  for (const [index, segment] of line.segments.entries()) {
    if (index > 0 && segment.gap !== '\t') (pieces.at(-1) as Piece).segments.push(segment);
    else if (segment.order === undefined) return null;
    else pieces.push({ line, segments: [segment], x: segment.x, order: segment.order });
  }
  return pieces;
}

/** Where a piece's text ends. */
const endOf = (piece: Piece) => (piece.segments.at(-1) as Segment).xEnd;

/** Cells as the PDF draws them: pieces in draw order, a cell going on while they stand at one place, each the next line below the one before. */
function cellsOf(pieces: readonly Piece[]): Piece[][] {
  const cells: Piece[][] = [];
  for (const piece of pieces) {
    const cell = cells.at(-1);
    const last = cell?.at(-1);
    const below = last === undefined ? 0 : last.line.y - piece.line.y;
    const goesOn =
      last !== undefined &&
      last.line.page === piece.line.page &&
      Math.abs(last.x - piece.x) <= ALIGN_TOLERANCE &&
      below > 0 &&
      below <= last.line.size * CELL_LINE_STEP;
    if (cell && goesOn) cell.push(piece);
    else cells.push([piece]);
  }
  return cells;
}

/**
 * Rows: cells drawn one after the other, each starting right of every line of the cells before it (columns do not
 * overlap) and no lower than the last line of one of them.
 */
function rowsOf(cells: readonly Piece[][]): Piece[][][] {
  const rows: Piece[][][] = [];
  for (const cell of cells) {
    const row = rows.at(-1);
    const before = row?.at(-1);
    const first = cell[0] as Piece;
    const beside =
      row !== undefined &&
      before !== undefined &&
      (before[0] as Piece).line.page === first.line.page &&
      row.every((left) => left.every((piece) => endOf(piece) <= first.x + ALIGN_TOLERANCE)) &&
      row.some((left) => first.line.y >= (left.at(-1) as Piece).line.y - ALIGN_TOLERANCE);
    if (row && beside) row.push(cell);
    else rows.push([cell]);
  }
  return rows;
}

/** The height of the middle of a cell's lines. */
const middleOf = (cell: readonly Piece[]) => ((cell[0] as Piece).line.y + (cell.at(-1) as Piece).line.y) / 2;

/**
 * The moves that set a row's lower cells at its top: each piece of a cell that starts lower than the row's top
 * cell and is centred in the row goes to the line of the top cell at its rank (its first piece to the top line);
 * none when a cell starts lower otherwise (it is no cell of this row, or one set at the bottom, which a label
 * under a kind line resembles) or has more lines than the top cell.
 */
function topMoves(row: readonly Piece[][]): Array<{ piece: Piece; to: Line }> {
  const top = row.reduce((best, cell) => ((cell[0] as Piece).line.y > (best[0] as Piece).line.y ? cell : best));
  const topY = (top[0] as Piece).line.y;
  const lower = row.filter((cell) => topY - (cell[0] as Piece).line.y > (cell[0] as Piece).line.size * LOWER_START);
  const centred = (cell: readonly Piece[]) => Math.abs(middleOf(cell) - middleOf(top)) <= (cell[0] as Piece).line.size * CENTRE_TOLERANCE;
  if (lower.length === 0 || lower.some((cell) => cell.length > top.length || !centred(cell))) return [];
  return lower.flatMap((cell) => cell.map((piece, rank) => ({ piece, to: (top[rank] as Piece).line })));
}

/** A line rebuilt from its pieces: left to right, the first at its start, each other piece after a tab. */
function rebuilt(line: Line, pieces: readonly Piece[]): Line {
  const ordered = [...pieces].sort((a, b) => a.x - b.x);
  const segments = ordered.flatMap((piece, index) =>
    piece.segments.map((segment, at) => (at === 0 ? { ...segment, gap: index === 0 ? ('' as const) : ('\t' as const) } : segment)),
  );
  const first = segments[0] as Segment;
  return { ...line, x: first.x, xEnd: largest(segments.map((segment) => segment.xEnd)), segments };
}

/**
 * Sets the cells of a table row that the word processor centred (or set at the bottom) in their row at the row's
 * top, line for line, as a row of top-aligned cells is printed: the PDF draws a table cell by cell, row by row,
 * so the draw order of the lines' pieces tells the cells and rows apart (a cell's lines single-spaced, a row's
 * columns side by side); a cell set lower than the row's top cell, with no more lines than it, is moved up
 * beside it. Lines emptied by the moves are dropped.
 * Guarantees: only rows with a cell set lower change; every segment is kept; a line whose segments' draw order
 * is unknown is left as it is.
 */
export function topAlignCells(lines: readonly Line[]): Line[] {
  const pieces = lines.map(piecesOf);
  const known = pieces.flatMap((linePieces) => linePieces ?? []).sort((a, b) => a.order - b.order);
  const moves = rowsOf(cellsOf(known)).flatMap((row) => (row.length > 1 ? topMoves(row) : []));
  if (moves.length === 0) return [...lines];
  const moved = new Map(moves.map(({ piece, to }) => [piece, to]));
  const gathered = new Map<Line, Piece[]>(lines.map((line) => [line, []]));
  for (const piece of known) gathered.get(moved.get(piece) ?? piece.line)?.push(piece);
  return lines.flatMap((line, index) => {
    if (pieces[index] === null) return [line];
    const kept = gathered.get(line) ?? [];
    return kept.length === 0 ? [] : [rebuilt(line, kept)];
  });
}

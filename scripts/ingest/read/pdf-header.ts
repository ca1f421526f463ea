import type { Line, Segment } from './pdf-geometry.ts';
import { largest, smallest } from '../../../src/shared/lists.ts';

/** The right-hand header column starts beyond this fraction of the page width (Council templates: 50–60 %). */
const COLUMN_MIN = 0.35;
/** Cells starting within this many points of the column's left edge belong to it. */
const ALIGN_TOLERANCE = 2;
/** Lines of the first page's top looked at to find the right-hand column. */
const TOP_LINES = 40;
/** A right-hand cell more than this many line heights below the previous one is not part of the header block. */
const MAX_BLOCK_GAP = 6;

/** Lines of the block further apart than this many line heights are in different groups. */
const GROUP_STEP = 1.5;

/** The first page's right-hand header block, the letterhead beside its top, and every other line. */
export interface HeaderColumns {
  /** Left of the block's first lines, read before it: the Council's name by its logo. */
  letterhead: Line[];
  /** Place and date, language, number, LIMITE, codes: top to bottom. */
  right: Line[];
  /** Everything else in reading order: the left-hand header (kind, From/To/Subject), then the body. */
  rest: Line[];
  /** Where the block stands: text beside it (above `bottom`, on the first page) ends before `edge`. */
  column: { edge: number; bottom: number } | null;
}

/** The cells of a line: its first segment and every segment after a column gap. */
function cellStarts(line: Line): Segment[] {
  return line.segments.filter((segment, index) => index === 0 || segment.gap === '\t');
}

function part(line: Line, segments: Segment[]): Line {
  const first = segments[0] as Segment;
  return { ...line, x: first.x, xEnd: largest(segments.map((s) => s.xEnd)), segments: [{ ...first, gap: '' }, ...segments.slice(1)] };
}

/** The left edge of the right-hand column: the cell start beyond the column minimum that most top lines share. */
function columnEdge(lines: readonly Line[], pageWidth: number): number | null {
  const starts = lines
    .slice(0, TOP_LINES)
    .flatMap((line) => cellStarts(line).map((segment) => segment.x))
    .filter((x) => x > pageWidth * COLUMN_MIN);
  let best: { x: number; count: number } | null = null;
  for (const x of [...new Set(starts)].sort((a, b) => a - b)) {
    const count = starts.filter((other) => Math.abs(other - x) <= ALIGN_TOLERANCE).length;
    if (best === null || count > best.count) best = { x, count };
  }
  return best === null ? null : best.x;
}

/**
 * Takes the right-hand block of a two-column header (the borderless header table of a Council PDF, or a
 * right-aligned block set beside the From/To lines) off the first page: every cell starting at the column's
 * edge, top down, until the first line whose text runs across the edge (the body, a wrapped subject) or a
 * long gap; after such a line, cells of codes at the edge close by still go on the block (`COSI` / `JAI` beside
 * `From:` under a kind line set across the page). Cells to the left of the edge stay in `rest`, in order, but those beside the block's first
 * group of lines (place and date, language), which are the letterhead, with the lines their cells go on with.
 * Guarantees: every segment of the input is returned once; lines of later pages are untouched and in order.
 */
export function splitHeader(lines: readonly Line[], pageWidth: number): HeaderColumns {
  const first = lines.filter((line) => line.page === 0);
  const edge = columnEdge(first, pageWidth);
  if (edge === null) return { letterhead: [], right: [], rest: [...lines], column: null };
  const right: Line[] = [];
  const rest: Line[] = [];
  let open = true;
  // closed by a line crossing the edge under the block's first cells (a kind line set across the page): codes at the edge
  // may still follow beside the labels; a stamp across the page above the block closes it for good
  let crossed = false;
  for (const line of lines) {
    const cut = line.segments.findIndex((segment, index) => (index === 0 || segment.gap === '\t') && Math.abs(segment.x - edge) <= ALIGN_TOLERANCE);
    const last = right.at(-1);
    const near = last === undefined || last.y - line.y <= line.size * MAX_BLOCK_GAP;
    if ((open || (crossed && isCodesCell(line.segments.slice(cut)))) && line.page === 0 && cut >= 0 && near) {
      if (cut > 0) rest.push(part(line, line.segments.slice(0, cut)));
      right.push(part(line, line.segments.slice(cut)));
      continue;
    }
    // Text crossing the edge without a cell there is below the header's right-hand block.
    const crossing = line.x < edge - ALIGN_TOLERANCE && line.xEnd > edge + ALIGN_TOLERANCE;
    if (line.page !== 0 || (cut >= 0 && !near)) [open, crossed] = [false, false];
    else if (crossing) [open, crossed] = [false, (open && right.length > 0) || crossed];
    rest.push(line);
  }
  const firstGroup = groupBottom(right);
  const letterheadEnd = rest.findIndex((line) => line.page !== 0 || line.y < firstGroup - ALIGN_TOLERANCE);
  let cut = letterheadEnd < 0 ? rest.length : letterheadEnd;
  // A cell beside the group whose text goes on below it (an interinstitutional file's procedure) stays whole.
  while (cut > 0 && cut < rest.length && goesOn(rest[cut - 1] as Line, rest[cut] as Line)) cut++;
  const bottom = smallest(right.map((line) => line.y));
  return { letterhead: rest.slice(0, cut), right, rest: rest.slice(cut), column: right.length > 0 ? { edge, bottom } : null };
}

/** The codes a header's right-hand block prints (`COSI`, `JAI 655`, `COSI 97 ENFOPOL 412`): words of capitals, each maybe with its number. */
const CODES_CELL = /^\p{Lu}{2,12}(?:[ \t]\d{1,5})?(?:[ \t]+\p{Lu}{2,12}(?:[ \t]\d{1,5})?)*$/u;

/** Whether the segments of a cell hold codes only: what the block goes on with beside the label table after a kind line set across the page. */
function isCodesCell(segments: readonly Segment[]): boolean {
  return segments.length > 0 && CODES_CELL.test(segments.map((segment) => segment.text.trim()).join(' '));
}

/** Whether `next` is the next line of the cell `line` stands in: on the first page, aligned with it, a line below. */
function goesOn(line: Line, next: Line): boolean {
  return next.page === 0 && Math.abs(next.x - line.x) <= ALIGN_TOLERANCE && line.y - next.y <= line.size * GROUP_STEP;
}

/** The baseline of the last line of the block's first group: its lines down to the first gap wider than a line. */
function groupBottom(right: readonly Line[]): number {
  const gap = right.findIndex((line, index) => index > 0 && (right[index - 1] as Line).y - line.y > line.size * GROUP_STEP);
  return (right[gap < 0 ? right.length - 1 : gap - 1] as Line | undefined)?.y ?? Infinity;
}

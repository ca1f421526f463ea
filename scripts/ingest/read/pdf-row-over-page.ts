import type { Segment } from './pdf-geometry.ts';
import type { Paragraph, Row } from './pdf-paragraphs.ts';

/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;

/** A row's text, cells apart by their gaps: what tells a repeated header row from the first. */
function rowText(row: Row): string {
  return row.segments.map((segment) => segment.gap + segment.text).join('');
}

/** Whether a row is one of a table: it has cells apart by tabs. */
function isTableRow(row: Row | undefined): row is Row {
  return row !== undefined && row.level === null && row.segments.some((segment) => segment.gap === '\t');
}

/** The cell of `row` after its first that `line` starts under, or null: a cell's next line, the page having cut it. */
function underLaterCell(line: Row, row: Row): Segment | null {
  const first = line.segments[0];
  if (first === undefined || line.level !== null || line.segments.some((segment) => segment.gap === '\t')) return null;
  return row.segments.find((segment) => segment.gap === '\t' && Math.abs(segment.x - first.x) <= ALIGN_TOLERANCE) ?? null;
}

/** A row with its first segment's gap taken off (a line a single-cell line's indent turned into a tab). */
function bare(row: Row): Row {
  return { ...row, segments: row.segments.map((segment, at) => (at === 0 ? { ...segment, gap: '' } : segment)) };
}

/** Whether `line` is the rest of `row`'s later cells: each of its cells starts where a cell of the row after its first does. */
function restOf(line: Row, row: Row): boolean {
  const cells = line.segments.filter((segment, at) => at === 0 || segment.gap === '\t');
  return (
    line.level === null &&
    cells.length > 0 &&
    cells.every((cell) => row.segments.some((segment) => segment.gap === '\t' && Math.abs(segment.x - cell.x) <= ALIGN_TOLERANCE))
  );
}

/**
 * The rows of a table that goes on over a page break in one paragraph, the header row repeated among them: the rows
 * right under the repeated header that go on with the later cells of the row above it (the rest of the row the page
 * cut) go back above the header, a tab before them, as when the rest opens a paragraph of its own.
 */
function restsAboveHeaders(rows: readonly Row[], headers: ReadonlySet<string>): Row[] {
  const result: Row[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Row;
    const cut = result.at(-1);
    const repeated = index > 0 && isTableRow(row) && headers.has(rowText(row)) && isTableRow(cut);
    let next = index + 1;
    while (repeated && next < rows.length && restOf(bare(rows[next] as Row), cut as Row)) next += 1;
    for (const rest of rows.slice(index + 1, next))
      result.push({ ...rest, segments: rest.segments.map((segment, at) => (at === 0 ? { ...segment, gap: '\t' } : segment)) });
    result.push(row);
    index = next - 1;
  }
  return result;
}

/**
 * A table row that a page break cuts, its header row repeated at the top of the next page (as a word processor
 * repeats it) and the rest of its last cells below that header: the rest goes back to its row, a line under the row
 * that starts with a tab, as a cell's next paragraph is written, and the repeated header follows it, a paragraph of
 * its own as on the page. Before, the rest of the row was a paragraph of its own after the repeated header. The same
 * within a paragraph where the table goes on over the page (restsAboveHeaders).
 * Guarantees: every paragraph's rows are kept, in order but for the rest of a row moved back above the header.
 */
export function joinRowsOverPages(paragraphs: readonly Paragraph[]): Paragraph[] {
  const result: Paragraph[] = [];
  const headers = new Set<string>();
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] as Paragraph;
    const first = paragraph.rows[0];
    const previous = result.at(-1);
    const lastRow = previous?.rows.at(-1);
    const repeated = first !== undefined && isTableRow(first) && headers.has(rowText(first)) && isTableRow(lastRow);
    const rest = repeated ? paragraphs[index + 1] : undefined;
    const page = paragraph.pages[0];
    const moved =
      repeated && previous !== undefined && rest !== undefined && page !== undefined && !previous.pages.includes(page) && rest.pages.every((on) => on === page)
        ? rest.rows.filter((row) => underLaterCell(row, lastRow as Row) !== null)
        : [];
    if (rest !== undefined && previous !== undefined && moved.length > 0 && moved.length === rest.rows.length) {
      for (const row of moved) previous.rows.push({ ...row, segments: row.segments.map((segment, at) => (at === 0 ? { ...segment, gap: '\t' } : segment)) });
      previous.marks.push(...rest.marks);
      if (!previous.pages.includes(page as number)) previous.pages.push(page as number);
      result.push(paragraph);
      index += 1;
    } else result.push(paragraph);
    if (isTableRow(first)) headers.add(rowText(first));
    const last = result.at(-1) as Paragraph;
    if (last.pages.length > 1) last.rows = restsAboveHeaders(last.rows, headers);
  }
  return result;
}

/**
 * An outcome printed as a table (`Item | Outcome`, `Point | Résultat`) whose `pdftotext -layout` page was run into one
 * line: the columns stand side by side in the run, each row's cells and each wrapped line of a cell one after the other
 * (`Item      Outcome  1. Adoption of the agenda      The agenda was approved as set out in CM      4578/25.  2. EU …`).
 * The run keeps `-layout`'s gaps and the one space that joined each line to the next, so that where each printed line
 * began, and in which column each piece stands, is told by the header row's columns: a piece after a gap that reaches
 * a column right of the text before it stands in that column on the same line; a piece after a gap one space wider
 * than a column's indent opens the next line in that column. The table's lines are set back as `-layout` printed them,
 * so that layout-tables.ts and outcome-rows.ts read its rows as they read the page as printed.
 */
import { OUTCOME_TABLE_HEADINGS } from '../text/vocabulary.ts';

/** One line of normalised text and the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/** A line this long is a page run into one line (a table's row is far shorter). */
const PAGE_LINE = 200;

/** A piece of a run: words apart by single spaces, between gaps of two spaces or more. */
const PIECE = /[^ \t]+(?:[ \t][^ \t]+)*/gu;

/** How far a piece may stand from a column and still be in it (`-layout` rounds each glyph's place to a character). */
const TOLERANCE = 1;

/** The fewest lines under the header row for a table to be rebuilt (one line may be any text after a gap). */
const FEWEST_LINES = 2;

/** The most cells a header row of such a table holds (item, documents, outcome …). */
const MOST_COLUMNS = 4;

interface Piece {
  text: string;
  start: number;
  /** The spaces before it, back to the piece before (or the line's start). */
  gap: number;
}

/** A header cell's words as the vocabulary holds them: lower case, a colon after them dropped. */
function headingWords(cell: string): string {
  return cell.replace(/[ \t]*:$/u, '').toLowerCase();
}

/** The pieces of a run, each with the spaces before it. */
function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  let end = 0;
  for (const match of text.matchAll(PIECE)) {
    found.push({ text: match[0], start: match.index, gap: match.index - end });
    end = match.index + match[0].length;
  }
  return found;
}

/** The index of the header row's first piece and its last (an item's heading, then an outcome's, a few cells apart), else null. */
function headerRow(run: readonly Piece[]): { first: number; last: number } | null {
  for (const [index, piece] of run.entries()) {
    if (!OUTCOME_TABLE_HEADINGS.item.has(headingWords(piece.text)) || piece.gap < 2) continue;
    for (let last = index + 1; last < Math.min(run.length, index + MOST_COLUMNS); last++) {
      if ((run[last]?.gap ?? 0) < 3) break;
      if (OUTCOME_TABLE_HEADINGS.outcome.has(headingWords(run[last]?.text ?? ''))) return { first: index, last };
    }
  }
  return null;
}

/** A column's heading of another table (an annex's list): a word or three, capitalised, no figure (`Member State`, `Unit`, `Status`). */
const HEADING_CELL = /^\p{Lu}[\p{L}'’-]*(?:[ ]\p{L}[\p{L}'’-]*){0,2}$/u;

/** The fewest columns, and lines under its header row, of another table for its lines to be set back. */
const OTHER_COLUMNS = 3;
const OTHER_LINES = 3;

/**
 * The header rows of other tables: each run of OTHER_COLUMNS to MOST_COLUMNS headings (`HEADING_CELL`), the first
 * opening a printed line (the joining space and an indent before it), each next one after a gap; tried in order.
 */
function otherHeaderRows(run: readonly Piece[]): { first: number; last: number }[] {
  const rows: { first: number; last: number }[] = [];
  for (let index = 0; index < run.length; index++) {
    if ((run[index]?.gap ?? 0) < 2 || !HEADING_CELL.test(run[index]?.text ?? '')) continue;
    let last = index;
    while (last + 1 < run.length && last + 1 < index + MOST_COLUMNS && (run[last + 1]?.gap ?? 0) >= 3 && HEADING_CELL.test(run[last + 1]?.text ?? '')) last++;
    if (last - index + 1 >= OTHER_COLUMNS) rows.push({ first: index, last });
    index = last;
  }
  return rows;
}

/** The column of `columns` within TOLERANCE of `at`, or -1. */
function columnAt(columns: readonly number[], at: number): number {
  return columns.findIndex((column) => Math.abs(column - at) <= TOLERANCE);
}

/** How much wider than the widest line of the last column so far a piece may be before the text after the table is looked for in it. */
const WIDER = 8;

/** A sentence's end and the capital that opens the next, where the text after a table joined a cell's last line. */
const SENTENCE_BREAK = /[.!?]["'”’)\]]{0,2}(?= \p{Lu})/gu;

/**
 * A piece of the last column as a cell's line: the piece, or, where it is wider than that column's widest line so far
 * (the text under the table, at the margin, joined to the table's last line by the one space of the run), its part up
 * to the last sentence's end that fits that width.
 */
function cellOfLastColumn(text: string, widest: number): string {
  if (text.length <= widest + WIDER) return text;
  let cut = -1;
  for (const found of text.matchAll(SENTENCE_BREAK)) {
    const end = found.index + found[0].length;
    if (end > widest + WIDER) break;
    cut = end;
  }
  return cut === -1 ? text : text.slice(0, cut);
}

/** A printed line from its cells: each cell's text at its column, two spaces at least between cells. */
function lineOf(cells: readonly { column: number; text: string }[]): string {
  let out = '';
  for (const cell of cells) out = out === '' ? `${' '.repeat(cell.column)}${cell.text}` : `${out.padEnd(Math.max(cell.column, out.length + 2))}${cell.text}`;
  return out;
}

/**
 * The lines with each page line that holds an outcome table's header row, `-layout`'s gaps kept, cut back into the
 * text before the table, the table's lines as printed (its header row first) and the text after it, a blank line
 * between them; every other line as it stands. Each line set apart keeps its source line.
 */
export function flatLayoutTable<T extends Line>(lines: T[]): T[] {
  if (!lines.some((entry) => entry.text.length >= PAGE_LINE && entry.text.includes('   '))) return lines;
  return lines.flatMap((entry) => (entry.text.length >= PAGE_LINE && entry.text.includes('   ') ? tableLines(entry) : [entry]));
}

/** One page line cut back around its outcome table, or as it stands where it holds none that can be rebuilt. */
function tableLines<T extends Line>(entry: T): T[] {
  const run = pieces(entry.text);
  const header = headerRow(run);
  if (header !== null) return rebuilt(entry, run, header, FEWEST_LINES);
  // another table (an annex's list under its header row: `Member State      Unit      Status`), set back where its lines fill its columns
  for (const other of otherHeaderRows(run)) {
    const lines = rebuilt(entry, run, other, OTHER_LINES);
    if (lines.length > 1) return lines;
  }
  return [entry];
}

/** The page line cut back around the table whose header row `header` is, or as it stands where fewer than `fewest` lines under it fill its columns. */
function rebuilt<T extends Line>(entry: T, run: readonly Piece[], header: { first: number; last: number }, fewest: number): T[] {
  const opening = run[header.first];
  if (opening === undefined) return [entry];
  // the header row's columns, from its line's start: the gap before its first cell is the joining space and the indent
  const indent = opening.gap - 1;
  const lineStart = opening.start - indent;
  const columns = run.slice(header.first, header.last + 1).map((piece) => piece.start - lineStart);
  const table: { column: number; text: string }[][] = [
    run.slice(header.first, header.last + 1).map((piece) => ({ column: piece.start - lineStart, text: piece.text })),
  ];
  let column = (columns[columns.length - 1] ?? 0) + (run[header.last]?.text.length ?? 0);
  // the widest line of the last column so far (its header's, then its cells')
  let widest = run[header.last]?.text.length ?? 0;
  let next = header.last + 1;
  let after = '';
  for (; next < run.length; next++) {
    const piece = run[next];
    if (piece === undefined) break;
    const current = table[table.length - 1];
    const same = columnAt(columns, column + piece.gap);
    const opens = columnAt(columns, piece.gap - 1);
    const at = same !== -1 && current !== undefined && (columns[same] ?? 0) > column ? same : opens;
    if (at === -1) break;
    const start = columns[at] ?? 0;
    // a cell ends before the next column; the text after the table may join the last line of the last column with one space
    const bound = columns[at + 1];
    if (bound !== undefined && start + piece.text.length >= bound) break;
    const cell = bound === undefined ? cellOfLastColumn(piece.text, widest) : piece.text;
    if (bound === undefined) widest = Math.max(widest, cell.length);
    if (at === same && current !== undefined) current.push({ column: start, text: cell });
    else table.push([{ column: start, text: cell }]);
    column = start + cell.length;
    if (cell !== piece.text) {
      after = piece.text.slice(cell.length).trimStart();
      next += 1;
      break;
    }
  }
  if (table.length - 1 < fewest) return [entry];
  const before = entry.text.slice(0, opening.start).trimEnd();
  const rest = next < run.length ? entry.text.slice(run[next]?.start ?? entry.text.length) : '';
  after = [after, rest].filter((part) => part !== '').join(' ');
  return [
    ...(before === ''
      ? []
      : [
          { ...entry, text: before },
          { ...entry, text: '' },
        ]),
    ...table.map((cells) => ({ ...entry, text: lineOf(cells) })),
    // a blank line apart from the table, as the page printed the text under it
    ...(after === ''
      ? []
      : [
          { ...entry, text: '' },
          { ...entry, text: after },
        ]),
  ];
}

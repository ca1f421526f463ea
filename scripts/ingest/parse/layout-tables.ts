/**
 * A table as `pdftotext -layout` prints it, its rows set back whole. `-layout` prints a table line by line across
 * its columns: a cell that wraps goes on in its column on the lines under its row, beside the other cells' next lines
 * (`Czechia      National Centre against Or-      designated` / `             ganised Crime`; `Trafficking in human
 * Austria      29` / `beings`), and a cell crowded against the next is set one space from it (`High-risk criminal
 * networks Netherlands      42`). Read line by line, a row's cells came out of order. Here the table's columns are
 * read off its header row — three cells or more apart by wide gaps, each a few words opening with a capital (`Priority
 * Driver      Operational actions`, `Action      Lead      Deadline      State of play`) — and each line under it, up
 * to a blank line, is cut at the columns: a piece starting in a column is that column's (a piece running over the
 * next column's start is cut at the word nearest to it); a line whose first column is empty or opens in lower case goes
 * on with the row above, as does a first cell alone on its line under one that ends in no sentence (`Menschenhandel
 * und` / `Ausbeutung`); any other opens a row. Each row becomes one line, its cells in order, each cell's lines
 * joined as wrapped lines are (`Organised`, where the document spells the word whole), the cells apart by `-layout`'s
 * gap, so that the row stays a row of its own; the lines it took are dropped (the row keeps its first line's number).
 * Every character stays.
 */
import { isHyphenationBreak, vocabularyOf } from './hyphenation.ts';
import type { SourceLine } from './normalise.ts';

/** A header row's cell: a few words, opening with a capital (`Member State`, `State of play`, `Operational actions`). */
const HEADER_CELL = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’()/-]+){0,3}$/u;

/** The longest header row: a page's width as `-layout` prints it. */
const MAX_HEADER_ROW = 240;

/** A header row opens with a capital (after its indentation); it holds no digit. */
const HEADER_OPENING = /^ *\p{Lu}/u;

/** The gap between two of a header row's cells. */
const HEADER_GAP = / {3,}/;

/** The pieces of a line as `-layout` sets them apart: runs of text between gaps of two spaces or more. */
const PIECE = /\S+(?: \S+)*/g;

/** How far left of its column's start a piece may start (`-layout` moves a crowded cell's text left). */
const LEFT_SLACK = 6;

/** How far right of its column's start a word may start and still open that column's cell. */
const RIGHT_SLACK = 2;

/** The gap the rows are printed with: wide, as `-layout` prints a row's cells. */
const CELL_GAP = '   ';

/** The end of a cell's text that closes it: a sentence's end, its quote or bracket after it. */
const CELL_END = /[.!?;:…]["'”’)\]]{0,2}$/u;

/** A line opening in lower case: the rest of a cell above. */
const GOES_ON = /^\p{Ll}/u;

/** The lines with each `-layout` table's rows set back whole; the lines themselves when there is no such table. */
export function layoutTableRows(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => headerColumns(entry.text) !== null)) return [...lines];
  let words: Set<string> | undefined;
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index];
    if (entry === undefined) continue;
    result.push(entry);
    const columns = headerColumns(entry.text);
    if (columns === null) continue;
    let end = index + 1;
    while (end < lines.length && (lines[end]?.text.trim() ?? '') !== '' && headerColumns(lines[end]?.text ?? '') === null) end += 1;
    const block = lines.slice(index + 1, end);
    const rows = tableRows(block, columns);
    if (rows === null) continue;
    words ??= vocabularyOf(lines.map((line) => line.text));
    for (const row of rows) result.push({ line: row.line, text: rowText(row, words) });
    index = end - 1;
  }
  return result;
}

/** The start of each column of a header row (three cells or more apart by wide gaps, each a few words opening with a capital), or null. */
function headerColumns(text: string): number[] | null {
  if (text.length > MAX_HEADER_ROW || !HEADER_OPENING.test(text) || /\d/.test(text) || !HEADER_GAP.test(text)) return null;
  const pieces = [...text.matchAll(/\S+(?: \S+)*/g)];
  if (pieces.length < 3 || pieces.some((piece) => !HEADER_CELL.test(piece[0]))) return null;
  // Every gap between the header's cells is wide.
  for (let at = 1; at < pieces.length; at += 1) {
    const before = pieces[at - 1];
    const piece = pieces[at];
    if (before === undefined || piece === undefined || piece.index - (before.index + before[0].length) < 3) return null;
  }
  return pieces.map((piece) => piece.index);
}

interface Row {
  line: number;
  indent: string;
  cells: string[][];
}

/**
 * The rows of the lines under a header row, each with the lines of its cells, or null when they are no table by the
 * header's columns (no line of two cells or more, or a first line that opens no row).
 */
function tableRows(block: readonly SourceLine[], columns: readonly number[]): Row[] | null {
  const rows: Row[] = [];
  let cellsPerLine = 0;
  let above = '';
  for (const entry of block) {
    const cells = lineCells(entry.text, columns);
    const filled = cells.filter((cell) => cell !== '').length;
    cellsPerLine = Math.max(cellsPerLine, filled);
    const current = rows[rows.length - 1];
    // A first cell alone on its line under one that ends in no sentence goes on with it, in capitals too (`Menschenhandel und` / `Ausbeutung`).
    const goesOn = filled === 1 && above !== '' && !CELL_END.test(above);
    const opens = cells[0] !== '' && !GOES_ON.test(cells[0] ?? '') && !goesOn;
    above = cells[0] ?? '';
    if (current === undefined && !opens) return null;
    if (current === undefined || opens) {
      rows.push({ line: entry.line, indent: /^ */.exec(entry.text)?.[0] ?? '', cells: cells.map((cell) => (cell === '' ? [] : [cell])) });
    } else {
      cells.forEach((cell, column) => {
        if (cell !== '') current.cells[column]?.push(cell);
      });
    }
  }
  return cellsPerLine >= 2 ? rows : null;
}

/** A line's text in each column: its pieces by where they start, a piece over the next column's start cut at the word nearest to it. */
function lineCells(text: string, columns: readonly number[]): string[] {
  const cells = columns.map(() => [] as string[]);
  for (const piece of text.matchAll(PIECE)) {
    let start = piece.index;
    let rest = piece[0];
    while (rest !== '') {
      const column = columnAt(start, columns);
      const next = columns[column + 1];
      const cut = next === undefined ? null : wordNear(rest, start, next);
      const own = cut === null ? rest : rest.slice(0, cut).trimEnd();
      cells[column]?.push(own);
      if (cut === null) break;
      start += cut;
      rest = rest.slice(cut);
    }
  }
  return cells.map((pieces) => pieces.join(' '));
}

/** The column a piece starting at `at` stands in: the last whose start is at most a few characters right of it. */
function columnAt(at: number, columns: readonly number[]): number {
  let column = 0;
  columns.forEach((start, index) => {
    if (start <= at + LEFT_SLACK) column = index;
  });
  return column;
}

/** Where in `text` (starting at `start` in its line) the word nearest to column start `next` begins, when the text runs over it; null when it does not. */
function wordNear(text: string, start: number, next: number): number | null {
  if (start + text.length <= next) return null;
  let best: number | null = null;
  for (const word of text.matchAll(/(?<= )\S/g)) {
    const at = start + word.index;
    if (at < next - LEFT_SLACK || at > next + RIGHT_SLACK) continue;
    if (best === null || Math.abs(at - next) < Math.abs(start + best - next)) best = word.index;
  }
  return best;
}

/** A row as one line: its cells in order, each cell's lines joined as wrapped lines are, apart by `-layout`'s gap. */
function rowText(row: Row, words: ReadonlySet<string>): string {
  const cells = row.cells
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.slice(1).reduce((cell, line) => joinCellLine(cell, line, words), lines[0] ?? ''));
  return `${row.indent}${cells.join(CELL_GAP)}`;
}

/** A cell's line ending in a hyphen (`-layout` may print it after a space: `commu -`). */
const HYPHEN_END = /(\p{L}) ?-$/u;

/**
 * A cell's next line joined to it as wrapped body lines are: a word hyphenation cut made whole where the document
 * spells it whole (`Or-` / `ganised`: `Organised`), else the hyphen kept without a space (`public-` / `private`); other
 * lines with one space.
 */
function joinCellLine(cell: string, line: string, words: ReadonlySet<string>): string {
  const hyphen = HYPHEN_END.exec(cell);
  if (hyphen === null) return `${cell} ${line}`;
  const before = `${cell.slice(0, hyphen.index)}${hyphen[1] ?? ''}`;
  return isHyphenationBreak(`${before}-`, line, words) ? `${before}${line}` : `${before}-${line}`;
}

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
 * A table whose cells are centred vertically in their rows, as Word tables often set them, prints a cell shorter than
 * its row lower than the row's first line, and a taller one from above it, the lines of neighbouring cells
 * interleaved (`            Europol delivered …` / `1. Map the criminal …      criminal networks in …`): where the
 * rows read so (each cell from its row's first line) fit worse than centred cells, or the first line opens no row,
 * each other column's cells — its lines cut where a sentence ends or a wide gap falls — go to the rows their middles
 * fit (`centredRows`). Every character stays.
 */
import { isHyphenationBreak, vocabularyOf, wordRest } from '../text/hyphenation.ts';
import type { SourceLine } from '../normalise.ts';
import { isOutcomeHeader } from './outcome-rows.ts';

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

/** A numbered row's first cell: `1. Map …`, `2.1 …`, `(a) …`, the Greek and Bulgarian versions' `α) …`, `а) …`. */
const NUMBERED_CELL = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-zα-ωа-я]\))[ \t]/u;

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
    const header = wrappedHeader(lines, index, columns);
    let end = header.end;
    while (end < lines.length && (lines[end]?.text.trim() ?? '') !== '' && headerColumns(lines[end]?.text ?? '') === null) end += 1;
    const block = lines.slice(header.end, end);
    const rows = tableRows(block, columns);
    if (rows === null) continue;
    words ??= vocabularyOf(lines.map((line) => line.text));
    // a header cell wrapped over two lines or more (`Position on the` / `compromise text`) is one cell of the header row
    if (header.end > index + 1) result[result.length - 1] = { ...entry, text: rowText(header.row, words, CELL_GAP) };
    // an outcome table's rows keep their cells apart by tabs, as the PDF reader prints them, for outcome-rows.ts
    const gap = isOutcomeHeader([...entry.text.matchAll(PIECE)].map((piece) => piece[0])) ? '\t' : CELL_GAP;
    for (const row of rows) result.push({ line: row.line, text: rowText(row, words, gap) });
    index = end - 1;
  }
  return result;
}

/**
 * The header row with the lines its cells wrap onto right under it (`Member State   Position on the   Comments` /
 * `                 compromise text`): lines with no first cell whose cells each go on, in lower case, a cell of
 * the header above that ends no sentence. The row, and the index of the first line under it.
 */
function wrappedHeader(lines: readonly SourceLine[], index: number, columns: readonly number[]): { row: Row; end: number } {
  const entry = lines[index] as SourceLine;
  const row: Row = { ...emptyRow(entry, columns.length), cells: lineCells(entry.text, columns).map((cell) => (cell === '' ? [] : [cell])) };
  let end = index + 1;
  for (; end < lines.length; end += 1) {
    const cells = lineCells(lines[end]?.text ?? '', columns);
    const goesOn = (cell: string, column: number): boolean => {
      const above = row.cells[column]?.at(-1);
      return cell === '' || (above !== undefined && GOES_ON.test(cell) && !CELL_END.test(above));
    };
    if (cells[0] !== '' || cells.every((cell) => cell === '') || !cells.every(goesOn)) break;
    cells.forEach((cell, column) => {
      if (cell !== '') row.cells[column]?.push(cell);
    });
  }
  return { row, end };
}

/**
 * The start of each column of a header row (three cells or more apart by wide gaps, each a few words opening with a
 * capital; two where they head an outcome's items and what became of them, `Item      Outcome`), or null.
 */
function headerColumns(text: string): number[] | null {
  if (text.length > MAX_HEADER_ROW || !HEADER_OPENING.test(text) || /\d/.test(text) || !HEADER_GAP.test(text)) return null;
  const pieces = [...text.matchAll(/\S+(?: \S+)*/g)];
  if (pieces.length < 2 || pieces.some((piece) => !HEADER_CELL.test(piece[0]))) return null;
  if (pieces.length === 2 && !isOutcomeHeader(pieces.map((piece) => piece[0]))) return null;
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

/** A line under the header row cut at the columns, with its place among the table's lines. */
interface CutLine {
  at: number;
  entry: SourceLine;
  cells: string[];
}

/**
 * The rows of the lines under a header row, each with the lines of its cells, or null when they are no table by the
 * header's columns (no line of two cells or more, or a first line that opens no row).
 */
function tableRows(block: readonly SourceLine[], columns: readonly number[]): Row[] | null {
  const cut: CutLine[] = block.map((entry, at) => ({ at, entry, cells: lineCells(entry.text, columns) }));
  if (Math.max(0, ...cut.map(({ cells }) => cells.filter((cell) => cell !== '').length)) < 2) return null;
  const openings = rowOpenings(cut);
  if (openings.length === 0) return null;
  const top = openings[0] === 0 ? topRows(cut, openings) : null;
  // Where the rows are numbered, a centred row opens at its number only (its first cell's middle line, which holds the other cells, may open with a capital).
  const numbered = NUMBERED_CELL.test(cut[openings[0] ?? 0]?.cells[0] ?? '');
  const centred = centredRows(cut, numbered ? cut.filter(({ cells }) => NUMBERED_CELL.test(cells[0] ?? '')).map(({ at }) => at) : openings);
  if (top === null || (centred !== null && centred.misfit < top.misfit)) return centred?.rows ?? null;
  return top.rows;
}

/**
 * The places of the lines that open a row: a first cell that opens in no lower case (or, where the rows are numbered,
 * with a point's letter, `a) presentation by Europol`), and is no first cell alone on its line under one that ends in no
 * sentence (which goes on with it, in capitals too: `Menschenhandel und` / `Ausbeutung`).
 * Where the rows are numbered, a first cell without a number beside cells that each go on with the cell above them
 * (in lower case, or under one that ends in no sentence) goes on with its row too: a title's second line beside its
 * outcome's, each opening with a noun's capital (`2. Schengen und innere Sicherheit:` / `Sachstand (Dok. 14520/25)`
 * beside `Der COSI nahm Kenntnis von den Informationen` / `des Vorsitzes …`).
 */
function rowOpenings(cut: readonly CutLine[]): number[] {
  const openings: number[] = [];
  const numbered = NUMBERED_CELL.test(cut[0]?.cells[0] ?? '');
  let above = '';
  // the last text of each column above, '' where none
  const columnsAbove: string[] = [];
  for (const { at, cells } of cut) {
    const filled = cells.filter((cell) => cell !== '').length;
    const goesOn = filled === 1 && above !== '' && !CELL_END.test(above);
    const rowGoesOn =
      numbered &&
      filled > 1 &&
      openings.length > 0 &&
      !NUMBERED_CELL.test(cells[0] ?? '') &&
      cells.every(
        (cell, column) =>
          column === 0 || cell === '' || GOES_ON.test(cell) || ((columnsAbove[column] ?? '') !== '' && !CELL_END.test(columnsAbove[column] ?? '')),
      );
    // in numbered rows, a point's letter opens its row, in small letters as it is (`a) presentation by Europol`, `α) …`)
    const lettered = numbered && NUMBERED_CELL.test(cells[0] ?? '');
    if (cells[0] !== '' && (!GOES_ON.test(cells[0] ?? '') || lettered) && !goesOn && !rowGoesOn) openings.push(at);
    if (cells[0] !== '') above = cells[0] ?? '';
    else if (filled > 0) above = '';
    cells.forEach((cell, column) => {
      if (cell !== '') columnsAbove[column] = cell;
    });
  }
  return openings;
}

/** A new row of the table, opened by `entry`, its cells empty. */
function emptyRow(entry: SourceLine, columns: number): Row {
  return { line: entry.line, indent: /^ */.exec(entry.text)?.[0] ?? '', cells: Array.from({ length: columns }, () => []) };
}

/**
 * The rows read with each cell from its row's first line on: every line goes on with the row above until the next
 * opens one. `misfit`: how many lines below its row's first the other columns' cells start, summed, and one for each
 * row of its first cell alone (a centred row's first line).
 */
function topRows(cut: readonly CutLine[], openings: readonly number[]): { rows: Row[]; misfit: number } {
  const rows: Row[] = [];
  const opening = new Set(openings);
  let misfit = 0;
  let first = 0;
  for (const { at, entry, cells } of cut) {
    if (opening.has(at)) {
      rows.push(emptyRow(entry, cells.length));
      first = at;
    }
    const current = rows[rows.length - 1];
    cells.forEach((cell, column) => {
      if (cell === '' || current === undefined) return;
      if (column > 0 && current.cells[column]?.length === 0) misfit += at - first;
      current.cells[column]?.push(cell);
    });
  }
  const alone = rows.filter((row) => row.cells.slice(1).every((cell) => cell.length === 0)).length;
  return { rows, misfit: alone < rows.length ? misfit + alone : misfit };
}

/** The least gap in lines between two pieces of a column that are two cells even mid-sentence (interleaved lines of one centred cell are two apart). */
const CELL_APART = 3;

/**
 * The rows read with the cells centred vertically: the first column's lines go with the row the line above them
 * opened; every other column is cut into pieces (before a line that opens in no lower case, unless a hyphen ends the
 * line above, or at a gap of `CELL_APART` lines), and each row takes the run of pieces whose first and last lines' middle
 * lies nearest its first cell's middle: first each piece the nearest row, then, twice over, each two neighbouring rows
 * share their pieces where the two cells' middles fit best. `misfit`: how far the cells' middles lie from their rows',
 * in lines, summed; null where a cell lies outside its row (its middle further from the row's than half the row's
 * height and two lines).
 */
function centredRows(cut: readonly CutLine[], openings: readonly number[]): { rows: Row[]; misfit: number } | null {
  const spans = openings.map((start, index) => {
    const next = openings[index + 1] ?? cut.length;
    const own = cut.slice(start, next).filter(({ cells }) => cells[0] !== '');
    return { start, end: own[own.length - 1]?.at ?? start };
  });
  const middles = spans.map(({ start, end }) => (start + end) / 2);
  const columns = cut[0]?.cells.length ?? 0;
  const rows = openings.map((at) => emptyRow(cut[at]?.entry ?? { line: 0, text: '' }, columns));
  // The first column, by the row each line goes on.
  let row = -1;
  for (const { at, cells } of cut) {
    if (row + 1 < openings.length && openings[row + 1] === at) row += 1;
    if (cells[0] !== '' && row >= 0) rows[row]?.cells[0]?.push(cells[0] ?? '');
    else if (cells[0] !== '') return null;
  }
  let misfit = 0;
  for (let column = 1; column < columns; column += 1) {
    const pieces = columnPieces(cut, column);
    const owners = shareOut(pieces, middles);
    // Owners are in order: each row's pieces are one run, from `start`.
    let start = 0;
    while (start < pieces.length) {
      const row = owners[start] ?? 0;
      let end = start;
      while (end + 1 < pieces.length && owners[end + 1] === row) end += 1;
      for (const piece of pieces.slice(start, end + 1)) rows[row]?.cells[column]?.push(...piece.lines);
      const off = Math.abs(((pieces[start]?.from ?? 0) + (pieces[end]?.to ?? 0)) / 2 - (middles[row] ?? 0));
      const span = spans[row] ?? { start: 0, end: 0 };
      if (off > (span.end - span.start) / 2 + 2) return null;
      misfit += off;
      start = end + 1;
    }
  }
  return { rows, misfit };
}

/** A run of one column's lines that is a cell or part of one: its text lines and the places of its first and last. */
interface Piece {
  from: number;
  to: number;
  lines: string[];
}

/** A column's lines cut into pieces: before a line that opens in no lower case (unless a hyphen ends the line above), or at a gap of `CELL_APART` lines. */
function columnPieces(cut: readonly CutLine[], column: number): Piece[] {
  const pieces: Piece[] = [];
  for (const { at, cells } of cut) {
    const text = cells[column] ?? '';
    if (text === '') continue;
    const last = pieces[pieces.length - 1];
    const apart = last === undefined || at - last.to >= CELL_APART || !(GOES_ON.test(text) || /-$/.test(last.lines[last.lines.length - 1] ?? ''));
    if (apart || last === undefined) pieces.push({ from: at, to: at, lines: [text] });
    else {
      last.to = at;
      last.lines.push(text);
    }
  }
  return pieces;
}

/**
 * How far the middle of the run of pieces `from` to `to` (exclusive) lies from row `row`'s middle; nothing for no
 * pieces, and no fit at all for a run that reaches the middle of the row above or below (a cell lies within its row).
 */
function runMisfit(pieces: readonly Piece[], from: number, to: number, middles: readonly number[], row: number): number {
  const first = pieces[from];
  const last = pieces[to - 1];
  if (from >= to || first === undefined || last === undefined) return 0;
  if (first.from <= (middles[row - 1] ?? -Infinity) || last.to >= (middles[row + 1] ?? Infinity)) return Infinity;
  return Math.abs((first.from + last.to) / 2 - (middles[row] ?? 0));
}

/**
 * The row each piece goes to (rows in order, pieces in order, so that each row's pieces are one run): the nearest
 * first, then, twice over, each two neighbouring rows' pieces shared where their runs fit best. Linear in pieces and rows.
 */
function shareOut(pieces: readonly Piece[], middles: readonly number[]): number[] {
  const owners: number[] = [];
  let nearest = 0;
  for (const piece of pieces) {
    const middle = (piece.from + piece.to) / 2;
    while (nearest + 1 < middles.length && Math.abs((middles[nearest + 1] ?? 0) - middle) < Math.abs((middles[nearest] ?? 0) - middle)) nearest += 1;
    owners.push(nearest);
  }
  for (let pass = 0; pass < 2; pass += 1) {
    // Where each row's run starts: `starts[row]` up to `starts[row + 1]`.
    const starts = middles.map(() => 0);
    let at = 0;
    for (let row = 0; row < middles.length; row += 1) {
      while (at < owners.length && (owners[at] ?? 0) < row) at += 1;
      starts[row] = at;
    }
    for (let row = 0; row + 1 < middles.length; row += 1) {
      const from = starts[row] ?? 0;
      const to = starts[row + 2] ?? owners.length;
      if (from >= to) continue;
      const misfit = (split: number): number => runMisfit(pieces, from, split, middles, row) + runMisfit(pieces, split, to, middles, row + 1);
      let best = starts[row + 1] ?? from;
      for (let split = from; split <= to; split += 1) if (misfit(split) < misfit(best)) best = split;
      for (let index = from; index < to; index += 1) owners[index] = index < best ? row : row + 1;
      starts[row + 1] = best;
    }
  }
  return owners;
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

/** A row as one line: its cells in order, each cell's lines joined as wrapped lines are, apart by `gap`. */
function rowText(row: Row, words: ReadonlySet<string>, gap: string): string {
  const cells = row.cells.filter((lines) => lines.length > 0).map((lines) => cellText(lines, words));
  return `${row.indent}${cells.join(gap)}`;
}

/** A cell's line ending in a hyphen (`-layout` may print it after a space: `commu -`). */
const HYPHEN_END = /(\p{L}) ?-$/u;

/**
 * A cell's lines joined as wrapped body lines are: a word hyphenation cut made whole where the document spells it
 * whole (`Or-` / `ganised`: `Organised`), else the hyphen kept without a space (`public-` / `private`); other lines
 * with one space. Each line's end is looked at alone, so that a cell of many lines is joined in linear time.
 */
export function cellText(lines: readonly string[], words: ReadonlySet<string>): string {
  const parts = lines.slice(0, 1);
  for (const line of lines.slice(1)) {
    const above = parts[parts.length - 1] ?? '';
    const hyphen = HYPHEN_END.exec(above);
    if (hyphen === null) {
      parts.push(' ', line);
      continue;
    }
    const before = `${above.slice(0, hyphen.index)}${hyphen[1] ?? ''}`;
    const cut = isHyphenationBreak(`${before}-`, line, words);
    parts[parts.length - 1] = cut ? before : `${before}-`;
    parts.push(cut ? wordRest(`${before}-`, line, words) : line);
  }
  return parts.join('');
}

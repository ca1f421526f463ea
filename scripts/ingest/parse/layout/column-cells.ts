/**
 * A table's header row as plain `pdftotext` prints it: each cell alone on its line, a blank line between
 * (`Action`, blank, `Lead`, blank, `Deadline`, blank, `State of play`), the first one right under the text above it
 * (the table's title, `Roadmap on … – state of play`). Its rows follow the same way, cell after cell, so that a row's
 * numbered first cell (`1. Map the criminal networks …`) stands alone as a numbered heading would. A viewer's copy of
 * it has no blank line: a numbered column's header row stands there a cell to a line, one under another (`No.` /
 * `Priority` / `Objective set by the Council`).
 */
import { ANNEX_WORDS, NUMBER_COLUMN_HEADER } from '../text/vocabulary.ts';

/** One line of text, as normalise holds it. */
interface Line {
  text: string;
}

/** A header row has this many cells at least: two short lines apart by a blank line are as often two headings. */
const MIN_CELLS = 3;

/** A header cell is a few words: at most this many (`Objective set by the Council`, `Objectif fixé par le Conseil`), and this many characters. */
const MAX_CELL_WORDS = 6;
const MAX_CELL_LENGTH = 40;

/** A header cell opens with a capital, holds no figure and ends in no punctuation (`State of play`, `Mitgliedstaat`, `État d'avancement`). */
const CELL = /^[ \t]*\p{Lu}[^\d.:;,!?]*[^\d.:;,!?\s]$/u;

/** An annex's heading is no cell (`ANNEX`, `ANLAGE II`). */
const ANNEX_LINE = new RegExp(String.raw`^[ \t]*(?:${ANNEX_WORDS.join('|')})(?![\p{L}])`, 'u');

/** A numbered column's header cell alone on its line (`No.`, `Nr.`, `N°`: NUMBER_COLUMN_HEADER). */
const NUMBER_CELL = new RegExp(String.raw`^[ \t]*${NUMBER_COLUMN_HEADER}[ \t]*$`, 'u');

function isCell(text: string): boolean {
  return text.length <= MAX_CELL_LENGTH && CELL.test(text) && text.trim().split(/[ \t]+/).length <= MAX_CELL_WORDS && !ANNEX_LINE.test(text);
}

/**
 * The indexes of the lines of every header row printed a cell to a line: three cells or more, each alone between
 * blank lines (the first may stand right under a line of text, the last right over one). One pass: linear.
 */
export function headerRowCells(lines: readonly Line[]): number[][] {
  const rows: number[][] = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= MIN_CELLS) rows.push(run);
    run = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    const last = run[run.length - 1];
    // A cell goes on the run when a blank line stands between it and the run's last cell; a run opens anywhere.
    const goesOn = last !== undefined && last === index - 2 && lines[index - 1]?.text === '';
    // A numbered column's header (`No.`) only opens a run.
    const numberCell = NUMBER_CELL.test(text);
    if (!isCell(text) && !numberCell) {
      close();
      continue;
    }
    if (!goesOn || numberCell) close();
    // A viewer's copy of plain pdftotext has no blank line: a numbered column's header (`No.`) opens a row whose cells
    // stand each alone on the lines right under it (`No.` / `Priority` / `Objective set by the Council`).
    const adjacent = numberCell ? adjacentCells(lines, index) : [];
    if (adjacent.length >= MIN_CELLS) {
      rows.push(adjacent);
      index = adjacent[adjacent.length - 1] ?? index;
      continue;
    }
    // A cell with text right under it ends its run (the last cell over the first row's text).
    run.push(index);
    if ((lines[index + 1]?.text ?? '') !== '') close();
  }
  close();
  return rows;
}

/**
 * The cells of a header row a viewer's copy prints with no blank line: the numbered column's header at `at`, then each
 * line right under it that is a cell (`Priority`, `Objective set by the Council`), up to the first that is not (the first
 * row's number, `1.`, or the rest of a row the page break cut, `structures to facilitate …`). One pass over the row's lines.
 */
function adjacentCells(lines: readonly Line[], at: number): number[] {
  const cells = [at];
  for (let index = at + 1; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '' || NUMBER_CELL.test(text) || !isCell(text)) break;
    cells.push(index);
  }
  // A row's cells end above a line of text (its first row's); a cell over a blank line or the text's end is no row's.
  return (lines[(cells[cells.length - 1] ?? at) + 1]?.text ?? '') === '' ? [at] : cells;
}

/** Whether a header row's cells stand on lines one under another, as a viewer's copy prints them (adjacentCells). */
function adjacent(cells: readonly number[]): boolean {
  return cells.every((cell, index) => index === 0 || cell === (cells[index - 1] ?? 0) + 1);
}

/** A header row printed again: its cells' lines, and the lines right under its last cell up to a blank line (a cut row's rest). */
export interface RepeatedHeaderRow {
  cells: number[];
  rest: number[];
}

/**
 * The header rows printed again, by their first cell's line: a row whose cells' words are an earlier header row's, as a
 * word processor repeats a table's header row at the top of each page it runs onto (`N°` / `Priorité` / `Objectif fixé
 * par le Conseil`), with the lines right under its last cell, no blank line between, up to the next blank line: the
 * rest of a row the page break cut (`humains en provenance des principaux pays d’origine …`), never the cell's words;
 * in a viewer's copy, none (no blank line ends it). One pass over the rows and their rests: linear.
 */
export function repeatedHeaderRows(lines: readonly Line[]): Map<number, RepeatedHeaderRow> {
  const seen = new Set<string>();
  const repeated = new Map<number, RepeatedHeaderRow>();
  for (const cells of headerRowCells(lines)) {
    const key = cells.map((cell) => (lines[cell]?.text ?? '').trim()).join('\t');
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    // a viewer's copy (its cells one under another) has no blank line to end the rest: none is taken there
    const rest: number[] = [];
    for (let index = (cells[cells.length - 1] ?? 0) + 1; !adjacent(cells) && index < lines.length && (lines[index]?.text.trim() ?? '') !== ''; index += 1)
      rest.push(index);
    repeated.set(cells[0] ?? 0, { cells, rest });
  }
  return repeated;
}

/**
 * The first cell of each header row whose line stands right under a line of text: no continuation of that line. In a
 * viewer's copy (cells one under another) each cell and the line under the last: no cell runs on into the next, nor the
 * last into the first row's text (`Objective set by the Council` / `structures to facilitate …`); so too the line under
 * the last cell of a header row printed again (`Objectif fixé par le Conseil` / `humains en provenance …`: a cut row's rest).
 */
export function headerRowBreaks(lines: readonly Line[]): Set<number> {
  const breaks = new Set<number>();
  for (const cells of headerRowCells(lines)) {
    const first = cells[0];
    if (first !== undefined && first > 0 && (lines[first - 1]?.text ?? '') !== '') breaks.add(first);
    if (!adjacent(cells)) continue;
    for (const cell of cells.slice(1)) breaks.add(cell);
    breaks.add((cells[cells.length - 1] ?? 0) + 1);
  }
  for (const { cells } of repeatedHeaderRows(lines).values()) breaks.add((cells[cells.length - 1] ?? 0) + 1);
  return breaks;
}

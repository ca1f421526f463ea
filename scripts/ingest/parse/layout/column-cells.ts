/**
 * A table's header row as plain `pdftotext` prints it: each cell alone on its line, a blank line between
 * (`Action`, blank, `Lead`, blank, `Deadline`, blank, `State of play`), the first one right under the text above it
 * (the table's title, `Roadmap on … – state of play`). Its rows follow the same way, cell after cell, so that a row's
 * numbered first cell (`1. Map the criminal networks …`) stands alone as a numbered heading would.
 */
import { ANNEX_WORDS } from '../text/vocabulary.ts';

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

/**
 * A numbered column's header cell, the first of its row: a word cut short with its dot (`No.`, `Nr.`, `Br.`, `Lp.`,
 * `Αρ.`, `Sorsz.`) or a letter with the sign of a number (`N°`, `N.º`, `№`); never a Roman numeral or a letter alone
 * (`II.`, `A.`: a part's number).
 */
const NUMBER_CELL = /^[ \t]*(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.?[°º]|№)[ \t]*$/u;

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
    // A cell with text right under it ends its run (the last cell over the first row's text).
    run.push(index);
    if ((lines[index + 1]?.text ?? '') !== '') close();
  }
  close();
  return rows;
}

/** The first cell of each header row whose line stands right under a line of text: no continuation of that line. */
export function headerRowBreaks(lines: readonly Line[]): Set<number> {
  const breaks = new Set<number>();
  for (const [first] of headerRowCells(lines)) if (first !== undefined && first > 0 && (lines[first - 1]?.text ?? '') !== '') breaks.add(first);
  return breaks;
}

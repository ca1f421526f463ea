/**
 * An outcome printed as a table of two columns, items and what became of them, as plain `pdftotext` prints it: column
 * by column, the first column's header and its numbered titles (`Item`, `1. Adoption of the agenda`, `2. EU Drugs
 * Action Plan 2021-2025:` / `implementation report (doc. 14001/25)`, …), then the second's header and its cells (`Outcome`,
 * `The agenda was approved as set out in CM` / `4578/25.`, …), each ending a sentence. Where the second column holds
 * as many cells as the first holds titles, each title is set back over its outcome (each cell's lines joined, `cellText` of layout-tables.ts), apart by blank lines, as an outcome
 * printed as text sets them (the second header under the first); else the lines stay as printed. Every character stays.
 */
import { vocabularyOf } from '../text/hyphenation.ts';
import { cellText } from './layout-tables.ts';
import type { SourceLine } from '../normalise.ts';
import { isOutcomeHeader } from './outcome-rows.ts';
import { splitSentences } from '../text/sentences.ts';

/**
 * A numbered title opening a row's first cell (`1. Adoption of the agenda`, `(a) Presentation`, the Greek and Bulgarian
 * versions' `α) παρουσίαση`, `а) представяне`).
 */
const NUMBERED_TITLE = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?[.)]?|\([a-zα-ωа-я]\)|[a-zα-ωа-я]\))[ \t]+["“(]?\p{L}/u;

/** The end of a cell of the second column: a sentence's end, its quote or bracket after it. */
const CELL_END = /[.!?…]["'”’)\]]{0,2}$/u;

/** A title's line that goes on onto the next: ending in a comma, colon, dash or a word a title does not end on. */
const OPEN_END =
  /(?:[,:;–—-]|(?<![\p{L}])(?:of|on|the|and|for|to|in|with|a|an|at|by|from|de|du|des|la|le|les|et|pour|sur|en|der|die|das|den|und|für|zur|zum|von|im|del|el|y|di|della|e|van|het|en|do|da|dos|i|w|na|z))$/u;

/** Whether a line of the first column goes on with the title above it: it opens in lower case or with a bracket, or the title's line is open. */
function goesOn(above: string, line: string): boolean {
  return /^[ \t]*[\p{Ll}(]/u.test(line) || OPEN_END.test(above.trimEnd());
}

/** The most rows a column is looked through for (a table longer than this stays as printed). */
const MAX_ROWS = 60;

/** The most lines a cell is looked through for: each table is read in a bounded window, so the text in linear time. */
const MAX_CELL_LINES = 12;

/** The lines with an outcome table printed column by column set back row by row; the lines themselves otherwise. */
export function outcomeColumns(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => isHeading(entry.text, 'item'))) return [...lines];
  const result: SourceLine[] = [];
  // the document's words, for the hyphenation of a cell's lines: made once, the first time a table is set back
  let words: ReadonlySet<string> | undefined;
  const vocabulary = (): ReadonlySet<string> => (words ??= vocabularyOf(lines.map((entry) => entry.text)));
  for (let at = 0; at < lines.length; at += 1) {
    const entry = lines[at];
    if (entry === undefined) continue;
    const table = isHeading(entry.text, 'item') ? setBack(lines, at, vocabulary) : null;
    if (table === null) {
      result.push(entry);
      continue;
    }
    result.push(...table.lines);
    at = table.end - 1;
  }
  return result;
}

/** Whether a line alone is an outcome table's first (`item`) or last (`outcome`) header cell. */
function isHeading(text: string, column: 'item' | 'outcome'): boolean {
  const cell = text.trim();
  if (cell === '' || cell.length > 40) return false;
  return column === 'item' ? isOutcomeHeader([cell, 'outcome']) : isOutcomeHeader(['item', cell]);
}

/** The table whose first header cell stands at `at`, set back row by row, and where the lines after it resume; null where it is not one. */
function setBack(lines: readonly SourceLine[], at: number, vocabulary: () => ReadonlySet<string>): { lines: SourceLine[]; end: number } | null {
  // the first column: numbered titles, each with the lines it wraps onto, up to a blank line
  const titles: SourceLine[][] = [];
  let index = at + 1;
  for (; index < lines.length && titles.length <= MAX_ROWS; index += 1) {
    const entry = lines[index];
    // a copy without blank lines runs the first column on into the second's header
    if (entry === undefined || entry.text.trim() === '' || isHeading(entry.text, 'outcome')) break;
    const title = titles[titles.length - 1];
    if (NUMBERED_TITLE.test(entry.text)) titles.push([entry]);
    else if (title === undefined || title.length >= MAX_CELL_LINES) return null;
    else if (goesOn(title.at(-1)?.text ?? '', entry.text)) title.push(entry);
    // what stands between the columns (a page's footer a copy without blank lines keeps, `15990/25`, `JAI.1`)
    else break;
  }
  if (titles.length === 0) return null;
  const firstEnd = index;
  // the second column's header: the next line of text after blank lines and what the page prints between (its footer's pieces)
  let header = firstEnd;
  while (header < lines.length && header - firstEnd <= 12 && !isHeading(lines[header]?.text ?? '', 'outcome')) header += 1;
  if (!isHeading(lines[header]?.text ?? '', 'outcome')) return null;
  const cells: SourceLine[][] = [[]];
  index = header + 1;
  for (; index < lines.length; index += 1) {
    const entry = lines[index];
    if (entry === undefined || entry.text.trim() === '') break;
    const cell = cells[cells.length - 1] ?? [];
    if (cell.length >= MAX_CELL_LINES) return null;
    cell.push(entry);
    if (CELL_END.test(entry.text.trim())) {
      if (cells.length === titles.length) {
        index += 1;
        break;
      }
      cells.push([]);
    }
  }
  if (cells.length !== titles.length || cells.some((cell) => cell.length === 0)) return null;
  const blank = (entry: SourceLine): SourceLine => ({ line: entry.line, text: '' });
  // a cell's lines joined as a `-layout` table's are: short lines of a narrow column, which the text's joiner would keep
  // apart (`… set out in CM` / `4578/25.`), or read as a title's documents (`(doc. 14001/25)`)
  const words = vocabulary();
  const rows = titles.flatMap((title, row) => {
    const cell = cells[row] ?? [];
    const first = cell[0] ?? { line: 0, text: '' };
    const top = title[0] ?? first;
    const heading = {
      line: top.line,
      text: cellText(
        title.map((entry) => entry.text.trim()),
        words,
      ),
    };
    const outcome = {
      line: first.line,
      text: cellText(
        cell.map((entry) => entry.text.trim()),
        words,
      ),
    };
    return [heading, blank(top), outcome, blank(first)];
  });
  // the second header under the first; the lines between the two columns (blank lines) after the rows
  const second = lines[header];
  const set = [lines[at], ...(second === undefined ? [] : [second]), ...rows, ...lines.slice(firstEnd, header)].filter((entry) => entry !== undefined);
  return { lines: set, end: index };
}

/** The most words of the second column's header a page run into one line prints before its first cell (`Action taken`, `Suite donnée`). */
const HEADER_WORDS_MAX = 3;

/**
 * The second column's header and its cells as a page run into one line leaves them, on one line after the first
 * column's titles (`Outcome The agenda was approved as set out in CM 4578/25. COSI took note of …`): the header's
 * words and the cells' text, or null where the line does not open with the header of an outcome table.
 */
function headerOpening(text: string): { header: string; rest: string } | null {
  const words = text.trim().split(/[ \t]+/u);
  for (let count = Math.min(HEADER_WORDS_MAX, words.length); count >= 1; count -= 1) {
    const header = words.slice(0, count).join(' ');
    if (isHeading(header, 'outcome')) return { header, rest: words.slice(count).join(' ') };
  }
  return null;
}

/**
 * The lines of a page run into one line whose outcome table the flat text left column after column (`Item`, its
 * numbered titles each a line, then `Outcome The agenda was approved … 4578/25. COSI took note of …` on one line) with
 * each title set back over its outcome, as outcomeColumns sets back the columns of plain `pdftotext`: where the second
 * column's text holds one sentence for each title (a cell of two sentences cannot be told from two cells, so that the
 * lines otherwise stay as they are). Every character stays.
 */
export function flatOutcomeColumns(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => isHeading(entry.text, 'item'))) return [...lines];
  const result: SourceLine[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const entry = lines[at];
    if (entry === undefined) continue;
    result.push(entry);
    if (!isHeading(entry.text, 'item')) continue;
    const titles: SourceLine[] = [];
    let index = at + 1;
    for (; index < lines.length && titles.length <= MAX_ROWS; index += 1) {
      const line = lines[index];
      if (line === undefined || line.text.trim() === '') continue;
      if (!NUMBERED_TITLE.test(line.text)) break;
      titles.push(line);
    }
    const table = titles.length === 0 ? null : secondColumn(titles, lines[index]);
    if (table === null) continue;
    const blank = (line: SourceLine): SourceLine => ({ line: line.line, text: '' });
    result.push(
      { line: table.header.line, text: table.header.text },
      ...table.titles.flatMap((title, row) => [title, blank(title), { line: table.header.line, text: table.cells[row] ?? '' }, blank(title)]),
    );
    // the line the cells stood on, where they were not on the last title's
    at = table.through ? index : index - 1;
  }
  return result;
}

/**
 * The second column after the titles: its header and cells on the line under them (`Outcome The agenda was approved
 * …`), or on the last title's line after its words, where the flat text did not cut before the header (`3. Varios
 * Resultado Se aprobó …`, the rest of the cells maybe on the line under it); null unless one sentence stands for each
 * title.
 */
function secondColumn(
  titles: readonly SourceLine[],
  below: SourceLine | undefined,
): { titles: SourceLine[]; header: SourceLine; cells: string[]; through: boolean } | null {
  const cellsOf = (rest: string): string[] | null => {
    const cells = splitSentences(rest);
    return cells.length === titles.length && cells.join(' ') === rest ? cells : null;
  };
  const opening = below === undefined ? null : headerOpening(below.text);
  if (below !== undefined && opening !== null) {
    const cells = cellsOf(opening.rest);
    return cells === null ? null : { titles: [...titles], header: { line: below.line, text: opening.header }, cells, through: true };
  }
  const last = titles[titles.length - 1];
  if (last === undefined) return null;
  const words = last.text.trim().split(/[ \t]+/u);
  // after the number and a word of the title
  for (let cut = 2; cut < words.length; cut += 1) {
    const found = headerOpening(words.slice(cut).join(' '));
    if (found === null) continue;
    const after = below !== undefined && below.text.trim() !== '' && !NUMBERED_TITLE.test(below.text) ? below.text.trim() : '';
    const rest = [found.rest, after].filter((part) => part !== '').join(' ');
    const cells = cellsOf(rest);
    if (cells === null) continue;
    return {
      titles: [...titles.slice(0, -1), { line: last.line, text: words.slice(0, cut).join(' ') }],
      header: { line: last.line, text: found.header },
      cells,
      through: after !== '',
    };
  }
  return null;
}

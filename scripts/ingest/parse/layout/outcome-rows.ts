/**
 * An outcome printed as a table, each row an item and what became of it (`Item | Outcome`, `Point | Résultat`): a row
 * as the PDF reader prints it, its cells apart by tabs (`1. Adoption of the agenda<TAB>The agenda was approved as set
 * out in CM 4578/25.`), and as layout-tables.ts sets a `-layout` row of such a table back, is set as the item's numbered
 * title on its line, any middle cell (its documents) on the next, and its outcome on a line of its own under them, as
 * an outcome printed as text sets them: so that the outcome is the item's text, read for its decisions, never the end of
 * its title. A row is one under a header row of the vocabulary (`OUTCOME_TABLE_HEADINGS`), up to the first line without
 * a tab: the numbered rows of other tables (a report's actions and their leads) stay rows. Every character stays; each
 * line keeps its source line.
 */
import type { SourceLine } from '../normalise.ts';
import { OUTCOME_TABLE_HEADINGS } from '../text/vocabulary.ts';

/** A cell's text without the bold marks the PDF reader prints around a header row (`**Item<TAB>Outcome**`) and a colon after it. */
function headingWords(cell: string): string {
  return cell
    .replace(/^\*\*|\*\*$/g, '')
    .replace(/[ \t]*:$/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Whether a table's header cells are an outcome table's: its first column the items', its last what became of them. */
export function isOutcomeHeader(cells: readonly string[]): boolean {
  const first = cells[0];
  const last = cells[cells.length - 1];
  return (
    cells.length >= 2 &&
    first !== undefined &&
    last !== undefined &&
    OUTCOME_TABLE_HEADINGS.item.has(headingWords(first)) &&
    OUTCOME_TABLE_HEADINGS.outcome.has(headingWords(last))
  );
}

/**
 * A numbered title opening a row (`1. Adoption of the agenda`, `(a) Presentation`, `2) …`, the Greek and Bulgarian
 * versions' `α) παρουσίαση`, `а) представяне`), never a time (`10.00 – 10.10`).
 */
const NUMBERED_TITLE = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?[.)]?|\(?[a-zα-ωа-я]\))[ \t]+["“(]?\p{L}/u;

/** A number alone in a cell (`1.`, `α)`), its title in the next. */
const NUMBER_ALONE = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?[.)]?|\(?[a-zα-ωа-я]\))[ \t]*$/u;

/** The cells of a row apart by tabs. */
function cellsOf(text: string): string[] {
  return text.split(/\t+/).map((cell) => cell.trim());
}

/**
 * The lines with each numbered row of an outcome table set as its title, its middle cells and its outcome, each a line;
 * its header row is its cells apart by tabs, or by wide gaps as `-layout` prints it.
 */
export function outcomeRows(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => entry.text.includes('\t'))) return [...lines];
  const result: SourceLine[] = [];
  // whether the lines since the last header row of an outcome table are its rows (up to a line without a tab)
  let underHeader = false;
  for (const entry of lines) {
    if (!entry.text.includes('\t')) {
      // `-layout` prints the header row's cells apart by wide gaps (`Item      Outcome`)
      if (entry.text.trim() !== '') underHeader = isOutcomeHeader(entry.text.trim().split(/ {3,}/));
      result.push(entry);
      continue;
    }
    const cells = cellsOf(entry.text);
    if (isOutcomeHeader(cells)) {
      underHeader = true;
      result.push(entry);
      continue;
    }
    const split = underHeader ? rowLines(cells) : null;
    if (split === null) result.push(entry);
    else result.push(...split.map((text) => ({ line: entry.line, text })));
  }
  return result;
}

/** A numbered row's lines: its title (its number joined to it), its middle cells, its outcome; null for any other row. */
function rowLines(cells: readonly string[]): string[] | null {
  const [first = '', ...rest] = cells.filter((cell) => cell !== '');
  const numbered = NUMBER_ALONE.test(first) && rest.length >= 2 ? [`${first.trim()} ${rest[0] ?? ''}`, ...rest.slice(1)] : [first, ...rest];
  const [title = '', ...after] = numbered;
  const outcome = after[after.length - 1];
  if (outcome === undefined || !NUMBERED_TITLE.test(title)) return null;
  return [title.trim(), ...after.slice(0, -1), outcome];
}

/**
 * A table row a page break cuts, as `pdftotext -layout` prints it: the row's last lines on one page, the page's
 * footer, the table's header row repeated at the top of the next page, then the rest of the row's last cell alone in
 * its column (`Action   Lead   Deadline   State of play` / `   …   year. The Presidency will report …`). The rest is
 * set back right under the row, where it belongs, and the repeated header row after it, as the PDF reader does
 * (`../read/pdf-row-over-page.ts`); without this, the header row fell inside the cell's sentence.
 */
import type { SourceLine } from '../normalise.ts';

/** A table row as `-layout` prints it: three cells or more, apart by runs of two spaces or more. */
const ROW = /\S(?: {2,}\S+(?: \S+)*){2,}/;

/** The least indentation of a line alone in a table's last column (its other cells empty). */
const MIN_CELL_INDENT = 24;

/** How far left of the header row's last cell the rest of a cell may start (justified text, a different page's column widths). */
const COLUMN_SLACK = 2;

/** The lines with every cut row's rest moved above the repeated header row that follows the page break. */
export function rowsOverPage(lines: readonly SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index];
    if (entry === undefined) continue;
    const key = rowKey(entry.text);
    const rest = key !== null && seen.has(key) ? restOfRow(lines, index + 1, lastCellColumn(entry.text)) : [];
    if (rest.length > 0) {
      let above = result.length;
      while (above > 0 && (result[above - 1]?.text.trim() ?? '') === '') above -= 1;
      result.splice(above, 0, ...rest);
      result.push(entry);
      index += rest.length;
      continue;
    }
    if (key !== null) seen.add(key);
    result.push(entry);
  }
  return result;
}

/** A line's cells with their spacing made one space, when it has a table row's shape; else null. */
function rowKey(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.includes('  ') && ROW.test(trimmed) ? trimmed.replace(/ {2,}/g, '  ') : null;
}

/** The column where the last cell of a row starts. */
function lastCellColumn(text: string): number {
  const gap = /\S {2,}(?=\S[^]*$)(?![^]* {2,}\S)/.exec(text);
  return gap === null ? 0 : gap.index + gap[0].length;
}

/** A cell's line that ends a sentence, its quote or bracket after it. */
const ENDS_SENTENCE = /[.!?;:…]["'”’)\]]{0,2}$/u;

/** A line opening in lower case: a sentence going on. */
const GOES_ON = /^\p{Ll}/u;

/**
 * The lines from `start` that stand alone in the last column (from `column` on), up to the first line that does not.
 * Where the next row's first line leaves the last column empty, the table centres its cells vertically and the lines
 * above that row may open its own last cell (`… of departure.` / `DELETED` / `The Presidency will …` / `6. Tackle …`):
 * the rest then ends with its first sentence that ends a line before one opening in no lower case.
 */
function restOfRow(lines: readonly SourceLine[], start: number, column: number): SourceLine[] {
  const rest: SourceLine[] = [];
  const from = Math.max(MIN_CELL_INDENT, column - COLUMN_SLACK);
  let index = start;
  for (; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    const indent = text.length - text.trimStart().length;
    if (text.trim() === '' || text.startsWith('\t') || indent < from) break;
    const entry = lines[index];
    if (entry !== undefined) rest.push(entry);
  }
  const below = lines[index]?.text ?? '';
  if (below.trim() === '' || below.trimEnd().length >= from) return rest;
  const end = rest.findIndex((entry, at) => ENDS_SENTENCE.test(entry.text) && at + 1 < rest.length && !GOES_ON.test(rest[at + 1]?.text.trim() ?? ''));
  return end < 0 ? rest : rest.slice(0, end + 1);
}

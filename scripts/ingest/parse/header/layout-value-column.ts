import { labelLine } from './labels.ts';

/**
 * A header's label with its value after a gap of spaces, as `pdftotext -layout` prints a header table's row (`    Subject:
 * European Internal Security Strategy`): the label's part and the gap, whose length is the value's column.
 */
const LAYOUT_LABEL_ROW = /^[ \t]{0,12}[^ \t:][^:\n]{0,40}:[ ]{2,40}(?=\S)/u;

/** A value column this far right at the least: a label's gap of a few spaces in a text export is no column. */
const MIN_VALUE_COLUMN = 12;

/** How far left of the value's column a line may start and still be the value's wrapped line (a centred cell's lines wander). */
const COLUMN_SLACK = 3;

/** The column of the value of a `-layout` header row (a label of the vocabulary, then its value after a gap), or null. */
function valueColumn(row: string): number | null {
  const found = LAYOUT_LABEL_ROW.exec(row);
  // The label's part alone is read as a label line: a row's long value is not read again for each line under it.
  if (found === null || found[0].length < MIN_VALUE_COLUMN || labelLine(found[0].trim()) === null) return null;
  return found[0].length;
}

/** Whether `line` starts left of the value column `column`. */
function leftOf(column: number, line: string): boolean {
  return (/^[ ]*/.exec(line)?.[0].length ?? 0) + COLUMN_SLACK < column;
}

/**
 * Whether `below` starts left of the value column of the header row `aboveFirst` (`-layout`: the value's wrapped lines
 * stand in its column, under its first): then it is no line of the value but the text under the header — the body's
 * first sentence at the margin, as a copy without blank lines runs it right under the subject (`    Subject:
 * European Internal Security Strategy - Exchange of views` / `The 19 December 2024 European Council endorsed …`).
 */
export function startsLeftOfValueColumn(aboveFirst: string, below: string): boolean {
  const column = valueColumn(aboveFirst);
  return column !== null && leftOf(column, below);
}

/**
 * Where the value after the label of the header row `labelRow` ends by its column: the offset in `value` (the text after
 * the label, the row's own line first) of the first later line that starts left of the value's column; null where
 * none does or the row is no `-layout` row.
 */
export function valueColumnEnd(labelRow: string, value: string): number | null {
  const column = valueColumn(labelRow);
  if (column === null) return null;
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) {
    const end = value.indexOf('\n', at + 1);
    const line = value.slice(at + 1, end === -1 ? value.length : end);
    if (line.trim() !== '' && leftOf(column, line)) return at + 1;
  }
  return null;
}

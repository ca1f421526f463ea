/** A value of one CSV cell. */
export type CsvValue = string | number | boolean | null;

/** Characters that oblige a field to be quoted (RFC 4180: comma, double quote, line breaks). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * First characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)`, `-2+3+cmd|' /C calc'!A0`):
 * `=`, `+`, `-`, `@`, tab and carriage return, as OWASP's CSV injection advice lists them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The mark OWASP recommends before such a cell so that a spreadsheet shows it as text. A cell that begins with the
 * mark itself gets one too, so that removing one leading `'` from every cell that has one gives back the exact text.
 */
const TEXT_MARK = "'";

/** The text of a string cell, a text mark before it when it could run as a formula or begins with the mark. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) || text.startsWith(TEXT_MARK) ? `${TEXT_MARK}${text}` : text;
}

/** One field: string cells made inert, quoted when they must be, inner double quotes doubled; null is the empty field. */
function field(value: CsvValue): string {
  const text = value === null ? '' : typeof value === 'string' ? inertCell(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document (RFC 4180): a header row, then one row per record, every line ended by CRLF. No string cell begins
 * with a character that makes a spreadsheet run it (see `inertCell`); numbers and booleans are written as they are.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvLines(columns, rows).join('');
}

/** The lines of `toCsv`'s document, each with its CRLF: the header row, then one line a record. */
function csvLines(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string[] {
  return [columns, ...rows].map((row) => `${row.map(field).join(',')}\r\n`);
}

/** The byte order mark a CSV file starts with, so that spreadsheets read it as UTF-8 and show "Gdańsk", not "GdaÅ„sk". */
export const UTF8_BOM = '\uFEFF';

/**
 * A CSV file as the archive publishes it, in parts: the byte order mark, then the CSV document (`toCsv`) line by line;
 * joined, the file's text. No shard's file is made as one string (src/lib/file-response.ts encodes the parts).
 */
export function csvFileParts(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string[] {
  return [UTF8_BOM, ...csvLines(columns, rows)];
}

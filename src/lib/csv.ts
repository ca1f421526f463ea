/** A value of one CSV cell. */
export type CsvValue = string | number | boolean | null;

/** Characters that oblige a field to be quoted (RFC 4180: comma, double quote, line breaks). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted when it must be, inner double quotes doubled; null is the empty field. */
function field(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180): a header row, then one row per record, every line ended by CRLF. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [columns, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

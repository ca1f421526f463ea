/** Code-unit order of two strings: the same on every machine and in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Date order, a date the ingest could not read (null) after every date: an undated document is listed last, never first. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compare(a, b);
}

/** The order documents take across the archive (citations, reference entries): by date (undated last), then number, then source. */
export function byDocumentOrder(a: DocumentKey, b: DocumentKey): number {
  return compareDates(a.date, b.date) || compare(a.number, b.number) || compare(a.source, b.source);
}

/** What places a document in the archive's order. */
export interface DocumentKey {
  /** Null where the header's date could not be read. */
  date: string | null;
  number: string;
  source: string;
}

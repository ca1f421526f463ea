/** Code-unit order of two strings: the same on every machine and in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order documents take across the archive (citations, reference entries): by date, then number, then source. */
export function byDocumentOrder(a: DocumentKey, b: DocumentKey): number {
  return compare(a.date, b.date) || compare(a.number, b.number) || compare(a.source, b.source);
}

/** What places a document in the archive's order. */
export interface DocumentKey {
  date: string;
  number: string;
  source: string;
}

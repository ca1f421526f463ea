/**
 * The packed collections: agenda items, decisions, references and mentions are written as a few large JSON files per
 * collection instead of one small file per entry (about 110,000 files at 10,000 documents, whose reading and writing
 * cost the content sync and the ingest more than their parsing). Each file is one object, entry id → `{ data, markdown? }`
 * (`markdown`: an agenda item's text, rendered once at sync as the entry's body), ids in code-unit order across the files.
 * The ingest lays them out (scripts/ingest/entries/packed-files.ts) and writes them (scripts/ingest/run/packed-writer.ts),
 * the content layer reads them (src/lib/packed-loader.ts).
 */

/** The collections written packed; every other collection keeps one file per entry. */
export const PACKED_COLLECTIONS = ['decisions', 'items', 'mentions', 'references'] as const;

/** A packed collection's name. */
export type PackedCollection = (typeof PACKED_COLLECTIONS)[number];

/** One entry of a packed file: its data, and for an agenda item the Markdown of its text. */
export interface PackedEntry {
  data: unknown;
  markdown?: string;
}

/**
 * The most UTF-16 code units a packed file holds before the next one starts: a JavaScript string (and so one file read
 * whole and parsed) cannot pass 2^29 code units, and one collection of a large archive can (mentions: ~25 MB a
 * thousand documents).
 */
export const PACKED_FILE_MAX_CHARS = 64 * 2 ** 20;

/** A part number in a packed file's name: 1, 2, … without leading zeros. */
const PART_NUMBER = /^[1-9][0-9]*$/;

/** The name of the `part`-th file (from 1) of a packed collection: `items-1.json`. */
export function packedFileName(collection: PackedCollection, part: number): string {
  return `${collection}-${part}.json`;
}

/** The part number of a packed file's name in `collection` (`items-12.json` → 12), or null for any other name. */
export function packedFilePart(collection: PackedCollection, name: string): number | null {
  const prefix = `${collection}-`;
  if (!name.startsWith(prefix) || !name.endsWith('.json')) return null;
  const digits = name.slice(prefix.length, -'.json'.length);
  return PART_NUMBER.test(digits) ? Number(digits) : null;
}

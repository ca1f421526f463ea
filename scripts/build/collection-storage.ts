import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro writes its content-layer data store as one string by default; V8 cannot hold a string above 2^29 − 24
 * characters, and the store's module repeats it with escapes, so a large store fails (`RangeError: Invalid string
 * length`: the 50,000-document run). Measured: the single file held the store of 10,000 documents (~380 MB, ~1.7 times
 * their 225 MB of collections, bodies kept) and failed at 50,000 documents. With `retainBody: false` the store is ~1.3 times the
 * collections, so the single file is kept up to this many bytes of collections (a store of ~340 MB at most).
 */
export const SINGLE_FILE_MAX_BYTES = 250 * 2 ** 20;

/**
 * Folders under the content root that the data store does not hold in full: the source documents (not a
 * collection) and the mention lists, whose entries keep only their key there (src/schemas/mention-entry.ts).
 */
const NOT_IN_STORE = new Set(['sources', 'mentions']);

/** How Astro stores the content layer (its `experimental.collectionStorage` values). */
export type CollectionStorage = 'single-file' | 'chunked';

/**
 * The storage for collections of this many bytes: Astro's default single file while it fits, the chunked store
 * (experimental in Astro 7.3) only when the single file would fail. Unpatched, Astro 7.3.5's chunked writer measured
 * every character's UTF-8 length on its own (715 against 280 CPU s at 4,500 documents); with patches/astro+7.3.5.patch
 * the two cost the same (145 against 153 CPU s, cold cache, 4,500 documents).
 */
export function collectionStorageFor(collectionBytes: number): CollectionStorage {
  return collectionBytes > SINGLE_FILE_MAX_BYTES ? 'chunked' : 'single-file';
}

/** Bytes of the collections' files the data store holds under a content root (not `sources/` or `mentions/`); 0 when it does not exist. */
export function collectionBytes(root: string): number {
  let total = 0;
  try {
    for (const folder of readdirSync(root, { withFileTypes: true })) {
      if (!folder.isDirectory() || NOT_IN_STORE.has(folder.name)) continue;
      const path = join(root, folder.name);
      for (const file of readdirSync(path)) total += statSync(join(path, file)).size;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return total;
}

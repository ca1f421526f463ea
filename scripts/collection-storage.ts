import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro writes its content-layer data store as one string by default; V8 cannot hold a string above 2^29 − 24
 * characters, and the store's module repeats it with escapes, so a store of ~400 MB fails (`RangeError: Invalid
 * string length`). The store is ~1.7 times the collections' files (74.7 MB for 43.9 MB at 2,000 documents): the
 * single file is kept below this many bytes of collections, which leaves a margin of about 1.5.
 */
export const SINGLE_FILE_MAX_BYTES = 150 * 2 ** 20;

/** The content root's folder of source documents, which is not a collection. */
const SOURCES_FOLDER = 'sources';

/** How Astro stores the content layer (its `experimental.collectionStorage` values). */
export type CollectionStorage = 'single-file' | 'chunked';

/**
 * The storage for collections of this many bytes. The chunked store has no size limit, but Astro 7.3's writer
 * measures every character's UTF-8 length on its own (94 CPU s against 3.8 s for the single file at 2,000
 * documents), so it is chosen only when the single file would fail.
 */
export function collectionStorageFor(collectionBytes: number): CollectionStorage {
  return collectionBytes > SINGLE_FILE_MAX_BYTES ? 'chunked' : 'single-file';
}

/** Bytes of the collections' files under a content root (its folders but `sources/`); 0 when it does not exist. */
export function collectionBytes(root: string): number {
  let total = 0;
  try {
    for (const folder of readdirSync(root, { withFileTypes: true })) {
      if (!folder.isDirectory() || folder.name === SOURCES_FOLDER) continue;
      const path = join(root, folder.name);
      for (const file of readdirSync(path)) total += statSync(join(path, file)).size;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return total;
}

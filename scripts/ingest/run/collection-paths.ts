/** The collection folders the ingest owns under the content root; everything else there (sources) is never touched. */
export const COLLECTIONS = ['decisions', 'documents', 'items', 'meetings', 'mentions', 'references', 'register', 'source-files', 'texts', 'variants'] as const;

/** A generated file's path: one owned collection folder, one plain file name, nothing that could climb out. */
const SAFE_PATH = new RegExp(`^(?:${COLLECTIONS.join('|')})/[a-z0-9][a-z0-9-]*\\.(?:md|json)$`);

/** Whether a path from toCollections may be written under the content root. */
export function isSafeContentPath(path: string): boolean {
  return SAFE_PATH.test(path);
}

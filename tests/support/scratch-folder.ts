import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A scratch folder for the files a test file writes, made before its tests run and removed after them (none is made
 * where no test runs: `vitest list`); call at the file's top level, and the returned function inside a test.
 */
export function scratchFolder(prefix: string): () => string {
  let folder: string | undefined;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (folder === undefined) throw new Error(`the scratch folder ${prefix}… is made before the tests run`);
    return folder;
  };
}

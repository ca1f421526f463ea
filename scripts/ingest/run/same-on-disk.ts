import { readFileSync, statSync } from 'node:fs';

/**
 * Whether the file holds exactly `content` (read as UTF-8); false when it is absent, of another size or cannot be
 * read. Absence is asked without an exception: on a first run every file is absent, and a thrown error costs more
 * than the comparison.
 */
export function sameOnDisk(path: string, content: string): boolean {
  try {
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    return size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

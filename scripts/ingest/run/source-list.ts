import { readdir, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { compare } from '../../../src/shared/order.ts';
import type { SourceFile } from './ingest-source.ts';
import { shown } from './source-names.ts';

/** File name endings of the sources the ingest reads. */
const SOURCE_EXTENSION = /\.(?:txt|md|pdf)$/i;

/** The copy of a file's resource fork macOS leaves beside it on disks that lack forks (`._note.txt`). */
const RESOURCE_FORK = /^\._/;

/** A file the ingest passed over (its name as messages show it), and why; the closing summary lists them. */
export interface Skipped {
  source: string;
  reason: string;
}

/**
 * Every .txt/.md/.pdf file under the sources folder, sorted by path, `source` as records show it (relative to the
 * working folder, `/` separators) and `path` as on disk; a link leading outside the folder is marked, never followed.
 * Hidden files and files in hidden folders (a name beginning with `.`, macOS's `._` copies among them) are skipped.
 */
export async function listSources(folder: string): Promise<{ sources: SourceFile[]; skipped: Skipped[] }> {
  const root = await realpath(folder);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && SOURCE_EXTENSION.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compare);
  const skipped: Skipped[] = [];
  const kept: string[] = [];
  for (const path of paths) {
    const reason = hidden(relative(folder, path));
    if (reason === null) kept.push(path);
    else skipped.push({ source: shown(shownPath(path)), reason });
  }
  const sources = await Promise.all(
    kept.map(async (path) => {
      const real = await realpath(path).catch(() => null);
      return { source: shownPath(path), path, inside: real !== null && (real === root || real.startsWith(root + sep)) };
    }),
  );
  return { sources, skipped };
}

/** Why a path inside the sources folder is skipped, or null when it is a source. */
function hidden(inside: string): string | null {
  const segments = inside.split(sep);
  const name = segments.pop() ?? '';
  const folder = segments.find((segment) => segment.startsWith('.'));
  if (folder !== undefined) return `skipped: inside the hidden folder "${folder}"`;
  if (RESOURCE_FORK.test(name)) return 'skipped: a copy of a resource fork that macOS leaves beside a file (name beginning with "._")';
  return name.startsWith('.') ? 'skipped: a hidden file (name beginning with ".")' : null;
}

/** A path as records and messages show it: relative to the working folder when inside it, with `/` separators. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), resolve(path));
  return (shown.startsWith('..') ? resolve(path) : shown).split(sep).join('/');
}

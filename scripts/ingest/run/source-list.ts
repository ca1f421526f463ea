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
 * Hidden files and files in hidden folders (a name beginning with `.`, macOS's `._` copies among them) are skipped;
 * so are other files (a `.docx`, a web page, a file with no ending), each listed with its reason.
 */
export async function listSources(folder: string): Promise<{ sources: SourceFile[]; skipped: Skipped[] }> {
  const root = await realpath(folder);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  // a link is a source only by its name's ending (where it leads is checked when it is read)
  const paths = entries
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && SOURCE_EXTENSION.test(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compare);
  const skipped: Skipped[] = [];
  const kept: string[] = [];
  for (const path of paths) {
    const inside = relative(folder, path);
    const reason = hidden(inside);
    // a hidden source is reported; a hidden file of another kind (`.DS_Store`, `.gitkeep`) is no one's document
    if (reason !== null) {
      if (SOURCE_EXTENSION.test(path)) skipped.push({ source: shown(shownPath(path)), reason });
    } else if (SOURCE_EXTENSION.test(path)) kept.push(path);
    else skipped.push({ source: shown(shownPath(path)), reason: otherFile(inside) });
  }
  const sources = await Promise.all(
    kept.map(async (path) => {
      const real = await realpath(path).catch(() => null);
      return { source: shownPath(path), path, inside: real !== null && (real === root || real.startsWith(root + sep)) };
    }),
  );
  return { sources, skipped };
}

/**
 * Why a file of another kind is not read: the ingest reads text exports (.txt), Markdown sources (.md) and PDFs, and
 * says so of a word processor's document, a web page or a file with no ending that was put among them.
 */
function otherFile(inside: string): string {
  const name = inside.split(sep).pop() ?? inside;
  const dot = name.lastIndexOf('.');
  const ending = dot > 0 ? name.slice(dot) : null;
  return `skipped: ${ending === null ? 'a file with no name ending' : `a "${ending}" file`}, not a source the ingest reads (.txt, .md or .pdf)`;
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

import { compare } from '../../../src/shared/order.ts';
import { PACKED_COLLECTIONS, PACKED_FILE_MAX_CHARS, packedFileName, type PackedCollection } from '../../../src/shared/packed-entries.ts';
import type { GeneratedFile } from './document-files.ts';

/** An entry file of a packed collection: `items/<id>.json` (its data) or `items/<id>.md` (an agenda item's text). */
const ENTRY_PATH = /^([a-z]+)\/([^/]+)\.(json|md)$/;

/** The packed collection an entry file of the ingest belongs to (`items/<id>.json`), or null for a file written as it is. */
export function packedCollectionOf(path: string): PackedCollection | null {
  const collection = ENTRY_PATH.exec(path)?.[1];
  return PACKED_COLLECTIONS.find((name) => name === collection) ?? null;
}

/**
 * The packed files (src/shared/packed-entries.ts) of the entry files of packed collections (`items/<id>.json` with its
 * `items/<id>.md`): ids in code-unit order, a new part when one would pass `maxChars`; the entries' JSON kept
 * byte for byte (keys sorted), indented under its id. The same entries give the same bytes, whatever order they come in.
 * Throws for a text without its entry’s data or a path of no packed collection.
 */
export function packedFiles(entries: Iterable<GeneratedFile>, maxChars: number = PACKED_FILE_MAX_CHARS): GeneratedFile[] {
  const byCollection = new Map<PackedCollection, Map<string, { data?: string; markdown?: string }>>();
  for (const [path, content] of entries) {
    const match = ENTRY_PATH.exec(path);
    const collection = packedCollectionOf(path);
    if (match === null || collection === null) throw new Error(`not an entry of a packed collection: ${path}`);
    const ids = byCollection.get(collection) ?? new Map<string, { data?: string; markdown?: string }>();
    byCollection.set(collection, ids);
    const id = match[2] ?? '';
    const entry = ids.get(id) ?? {};
    if (match[3] === 'json') entry.data = content;
    else entry.markdown = content;
    ids.set(id, entry);
  }
  const files: GeneratedFile[] = [];
  for (const collection of PACKED_COLLECTIONS) {
    const ids = byCollection.get(collection);
    if (ids === undefined) continue;
    const members = [...ids.keys()].sort(compare).map((id) => packedMember(collection, id, ids.get(id) ?? {}));
    files.push(...parts(collection, members, maxChars));
  }
  return files;
}

/** One entry as a member of its packed file's object, indented two spaces. */
function packedMember(collection: PackedCollection, id: string, { data, markdown }: { data?: string; markdown?: string }): string {
  if (data === undefined) throw new Error(`${collection}/${id}: a text without its entry’s data`);
  const fields = [`    "data": ${data.trimEnd().replaceAll('\n', '\n    ')}`];
  if (markdown !== undefined) fields.push(`    "markdown": ${JSON.stringify(markdown)}`);
  return `  ${JSON.stringify(id)}: {\n${fields.join(',\n')}\n  }`;
}

/** The members cut into files of at most `maxChars` (a member larger than that alone in its file). */
function parts(collection: PackedCollection, members: readonly string[], maxChars: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  let part: string[] = [];
  let chars = 0;
  const flush = () => {
    files.push([`${collection}/${packedFileName(collection, files.length + 1)}`, `{\n${part.join(',\n')}\n}\n`]);
    part = [];
    chars = 0;
  };
  for (const member of members) {
    if (part.length > 0 && chars + member.length > maxChars) flush();
    part.push(member);
    chars += member.length + 2;
  }
  if (part.length > 0) flush();
  return files;
}

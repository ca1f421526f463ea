import { compare } from '../../../src/shared/order.ts';
import { PACKED_COLLECTIONS, PACKED_FILE_MAX_CHARS, packedFileName, type PackedCollection } from '../../../src/shared/packed-entries.ts';
import type { GeneratedFile } from './document-files.ts';

/** An entry file of a packed collection: `items/<id>.json` (its data) or `items/<id>.md` (an agenda item's text). */
const ENTRY_PATH = /^([a-z]+)\/([^/]+)\.(json|md)$/;

/** What a packed file holds around its members: one object, a member a line group, the members apart by a comma. */
export const PACKED_OPEN = '{\n';
export const PACKED_SEPARATOR = ',\n';
export const PACKED_CLOSE = '\n}\n';

/** One entry as it stands in its packed file: its collection, its id and its text there (`  "<id>": { … }`). */
export interface PackedMember {
  collection: PackedCollection;
  id: string;
  text: string;
}

/** What the layout of a packed collection needs of a member: its id, and its length in UTF-16 code units. */
export interface MemberSize {
  id: string;
  chars: number;
}

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
  const members = packedMembers(entries);
  const files: GeneratedFile[] = [];
  for (const collection of PACKED_COLLECTIONS) {
    const own = members.filter((member) => member.collection === collection).map((member) => ({ ...member, chars: member.text.length }));
    for (const { path, members: part } of packedParts(collection, own, maxChars)) {
      files.push([path, `${PACKED_OPEN}${part.map(({ text }) => text).join(PACKED_SEPARATOR)}${PACKED_CLOSE}`]);
    }
  }
  return files;
}

/**
 * The members of entry files of packed collections, an item's Markdown (`items/<id>.md`) beside its data
 * (`items/<id>.json`), in the order their data comes. Throws for a text without its entry’s data or a path of no
 * packed collection.
 */
export function packedMembers(entries: Iterable<GeneratedFile>): PackedMember[] {
  const byPath = new Map<string, { collection: PackedCollection; id: string; data?: string; markdown?: string }>();
  for (const [path, content] of entries) {
    const match = ENTRY_PATH.exec(path);
    const collection = packedCollectionOf(path);
    if (match === null || collection === null) throw new Error(`not an entry of a packed collection: ${path}`);
    const id = match[2] ?? '';
    const key = `${collection}/${id}`;
    const entry = byPath.get(key) ?? { collection, id };
    if (match[3] === 'json') entry.data = content;
    else entry.markdown = content;
    byPath.set(key, entry);
  }
  return [...byPath.values()].map(({ collection, id, data, markdown }) => ({ collection, id, text: packedMember(collection, id, data, markdown) }));
}

/** One entry as a member of its packed file's object, indented two spaces. */
function packedMember(collection: PackedCollection, id: string, data: string | undefined, markdown: string | undefined): string {
  if (data === undefined) throw new Error(`${collection}/${id}: a text without its entry’s data`);
  const fields = [`    "data": ${data.trimEnd().replaceAll('\n', '\n    ')}`];
  if (markdown !== undefined) fields.push(`    "markdown": ${JSON.stringify(markdown)}`);
  return `  ${JSON.stringify(id)}: {\n${fields.join(',\n')}\n  }`;
}

/**
 * The files of one packed collection: its members in code-unit order of their ids, cut into files of at most
 * `maxChars` (a member larger than that alone in its file), each file's path with its members. Whoever writes a file
 * writes PACKED_OPEN, the members' texts apart by PACKED_SEPARATOR, then PACKED_CLOSE. Throws for an id given twice.
 */
export function packedParts<M extends MemberSize>(
  collection: PackedCollection,
  members: readonly M[],
  maxChars: number = PACKED_FILE_MAX_CHARS,
): { path: string; members: M[] }[] {
  const sorted = [...members].sort((a, b) => compare(a.id, b.id));
  const twice = sorted.find((member, index) => index > 0 && sorted[index - 1]?.id === member.id);
  if (twice !== undefined) throw new Error(`${collection}/${twice.id}: two entries of one id`);
  const files: { path: string; members: M[] }[] = [];
  let part: M[] = [];
  let chars = 0;
  const flush = () => {
    files.push({ path: `${collection}/${packedFileName(collection, files.length + 1)}`, members: part });
    part = [];
    chars = 0;
  };
  for (const member of sorted) {
    if (part.length > 0 && chars + member.chars > maxChars) flush();
    part.push(member);
    chars += member.chars + PACKED_SEPARATOR.length;
  }
  if (part.length > 0) flush();
  return files;
}

/** The Markdown body of a collection entry, read from its file: the collections keep no body in memory (I/O edge). */
import { readFile } from 'node:fs/promises';
import { markdownBody } from './markdown-body.ts';

/** What reading a body needs of an entry: the file the glob loader read it from, relative to the project root. */
export interface FiledEntry {
  readonly id: string;
  readonly filePath?: string | undefined;
}

/** The Markdown body of an entry, read from its file (paths are relative to the project root, the build's working folder). */
export async function entryBody(entry: FiledEntry): Promise<string> {
  if (entry.filePath === undefined) throw new Error(`${entry.id}: the entry has no file to read its body from`);
  return markdownBody(await readFile(entry.filePath, 'utf8'));
}

/** The entries with their bodies read from their files, in the same order. */
export async function withBodies<T extends FiledEntry>(entries: readonly T[]): Promise<(T & { body: string })[]> {
  return Promise.all(entries.map(async (entry) => ({ ...entry, body: await entryBody(entry) })));
}

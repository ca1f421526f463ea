/** The Markdown text of a collection entry, read from its file: the collections keep no body in memory (I/O edge). */
import { readFile } from 'node:fs/promises';
import { markdownBody } from './markdown-body.ts';
import { projectFile } from './project-file.ts';

/** What reading a text needs of an entry: the file the glob loader read it from, relative to the project root. */
export interface FiledEntry {
  readonly id: string;
  readonly filePath?: string | undefined;
}

/** The Markdown text of an entry (its body), read from its file (its path is relative to the project root). */
export async function entryText(entry: FiledEntry): Promise<string> {
  if (entry.filePath === undefined) throw new Error(`${entry.id}: the entry has no file to read its text from`);
  return markdownBody(await readFile(projectFile(entry.filePath), 'utf8'));
}

/** The entries with their texts read from their files, in the same order. */
export async function withTexts<T extends FiledEntry>(entries: readonly T[]): Promise<(T & { text: string })[]> {
  return Promise.all(entries.map(async (entry) => ({ ...entry, text: await entryText(entry) })));
}

/** The loader of the packed collections (src/shared/packed-entries.ts): a few large files read whole, not one file per entry. */
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { packedFilePart, type PackedCollection, type PackedEntry } from '../shared/packed-entries.ts';
import { handOverPacked } from './packed-handover.ts';

/**
 * Loads the packed files of `collection` under `folder` (relative to the project root, or absolute), in part order:
 * each entry's data through the collection's schema, and an agenda item's Markdown rendered once, as the entry's body
 * (`render(entry)`), with the same renderer as a Markdown file's. No folder or no file: an empty collection. The mention
 * files are handed over as parsed to the routes that read their mentions (packed-handover.ts).
 */
export function packedLoader(folder: string, collection: PackedCollection): Loader {
  return {
    name: 'packed-loader',
    load: async ({ config, store, parseData, renderMarkdown }) => {
      store.clear();
      const base = new URL(`${folder.replace(/\/$/, '')}/`, config.root);
      const root = fileURLToPath(config.root);
      const names = await readdir(base).catch(() => []);
      const parts = names.flatMap((name) => {
        const part = packedFilePart(collection, name);
        return part === null ? [] : [{ name, part }];
      });
      for (const { name } of parts.sort((a, b) => a.part - b.part)) {
        const path = fileURLToPath(new URL(name, base));
        const filePath = relative(root, path).split('\\').join('/');
        const entries = JSON.parse(await readFile(path, 'utf8')) as Record<string, PackedEntry>;
        // The mentions' routes read each mention file's whole entries, which the store leaves out: they take this parse.
        if (collection === 'mentions') handOverPacked(filePath, entries);
        for (const [id, { data, markdown }] of Object.entries(entries)) {
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
          // An empty frontmatter block first, so that a text opening with a thematic break is never read as one.
          const rendered = markdown === undefined ? undefined : await renderMarkdown(`---\n---\n${markdown.trim()}`);
          store.set({ id, data: parsed, filePath, ...(rendered === undefined ? {} : { rendered }) });
        }
      }
    },
  };
}

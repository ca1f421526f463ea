/** The loader of the packed collections (src/shared/packed-entries.ts): a few large files read whole, not one file per entry. */
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { packedFilePart, type PackedCollection, type PackedEntry } from '../shared/packed-entries.ts';
import { MARKDOWN_THREAD, markdownThreadData, sharedMarkdownThread, type MarkdownRenderer, type RenderedMarkdown } from './markdown-ahead.ts';
import { handOverPacked } from './packed-handover.ts';

/**
 * Loads the packed files of `collection` under `folder` (relative to the project root, or absolute), in part order:
 * each entry's data through the collection's schema, and an agenda item's Markdown rendered once, as the entry's body
 * (`render(entry)`), with the same renderer as a Markdown file's, on a thread of its own while the main thread goes on
 * with the other loaders (markdown-ahead.ts). No folder or no file: an empty collection. The mention files are handed
 * over as parsed to the routes that read their mentions (packed-handover.ts).
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
      const threadData = markdownThreadData(config);
      let thread: MarkdownRenderer | undefined;
      try {
        for (const { name } of parts.sort((a, b) => a.part - b.part)) {
          const path = fileURLToPath(new URL(name, base));
          const filePath = relative(root, path).split('\\').join('/');
          const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, PackedEntry>;
          // The mentions' routes read each mention file's whole entries, which the store leaves out: they take this parse.
          if (collection === 'mentions') handOverPacked(filePath, file);
          const entries = Object.entries(file);
          // An empty frontmatter block first, so that a text opening with a thematic break is never read as one; on the
          // thread a text is rendered as it would be after that block.
          const texts = entries.flatMap(([, { markdown }]) => (markdown === undefined ? [] : [markdown.trim()]));
          let renderings: Promise<RenderedMarkdown>[] | undefined;
          if (texts.length > 0 && threadData !== null) {
            thread ??= sharedMarkdownThread(MARKDOWN_THREAD, threadData);
            renderings = thread.renderAll(texts.map((text) => ({ body: `\n${text}` })));
          }
          let next = 0;
          for (const [id, { data, markdown }] of entries) {
            const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
            let rendered: RenderedMarkdown | Awaited<ReturnType<typeof renderMarkdown>> | undefined;
            if (markdown !== undefined) rendered = renderings === undefined ? await renderMarkdown(`---\n---\n${markdown.trim()}`) : await renderings[next++];
            store.set({ id, data: parsed, filePath, ...(rendered === undefined ? {} : { rendered }) });
          }
        }
      } finally {
        thread?.close();
      }
    },
  };
}

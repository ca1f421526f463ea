/**
 * The code of the thread that renders the packed agenda items' and the documents' texts' Markdown while the content layer's other loaders run
 * (src/lib/markdown-ahead.ts starts it): the same renderer as Astro's content layer makes from the site's Markdown
 * settings (its `markdown.processor`, Sätteri, with the processor's features, and the shared settings Astro passes),
 * given in `workerData`. Each message is a batch `{ batch, texts }`, answered `{ batch, rendered }` with each text's
 * `{ html, metadata }` in order, as the content layer gives it for a Markdown file (its body, frontmatter and URL) or
 * from `renderMarkdown` (a text without frontmatter).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownText, MarkdownThreadData, MarkdownThreadReply, MarkdownThreadTask, RenderedMarkdown } from './markdown-ahead.ts';

const { features, shared } = workerData as MarkdownThreadData;
const renderer = await satteri({ features }).createRenderer(shared);

/** A text rendered as the content layer renders it: `html`, and `metadata` with `imagePaths` after the processor's own. */
async function render({ body, frontmatter = {}, fileURL }: MarkdownText): Promise<RenderedMarkdown> {
  const { code, metadata } = await renderer.render(body, fileURL === undefined ? { frontmatter } : { frontmatter, fileURL: new URL(fileURL) });
  return { html: code, metadata: { ...metadata, imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []) } };
}

parentPort?.on('message', ({ batch, texts }: MarkdownThreadTask) => {
  void (async () => {
    const rendered: RenderedMarkdown[] = [];
    for (const text of texts) rendered.push(await render(text));
    const reply: MarkdownThreadReply = { batch, rendered };
    parentPort?.postMessage(reply);
  })();
});

/**
 * The packed agenda items' Markdown rendered by a thread of its own (scripts/build/markdown-thread.ts) while the
 * content layer's other loaders run on the main thread: the loaders all run at once there, so each item's render the
 * main thread does not do is time the sync no longer waits for, and the second core renders it instead. The thread
 * makes the renderer Astro's content layer makes from the site's settings (`markdown.processor`, Sätteri, its features
 * and the shared settings), and answers each text as `renderMarkdown` does for a text without frontmatter. Where the
 * settings cannot be given to a thread (another processor, plugins, settings holding functions) the texts are rendered
 * by `renderMarkdown` on the main thread as before.
 */
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import type { AstroConfig } from 'astro';

/** A text rendered as the content layer's `renderMarkdown` gives it. */
export interface RenderedMarkdown {
  html: string;
  metadata: Record<string, unknown>;
}

/** What the thread starts from: the Sätteri processor's features and the settings Astro shares with every renderer. */
export interface MarkdownThreadData {
  features: Record<string, unknown>;
  shared: AstroMarkdownOptions;
}

/** A batch of texts sent to the thread, by its number. */
export interface MarkdownThreadTask {
  batch: number;
  texts: string[];
}

/** The thread's answer to a batch: each text rendered, in order. */
export interface MarkdownThreadReply {
  batch: number;
  rendered: RenderedMarkdown[];
}

/** Renders texts on the thread; `close` lets the thread go once every rendering asked for has been taken. */
export interface MarkdownRenderer {
  /** Each text's rendering, in the texts' order; all of them are sent at once, in batches. */
  renderAll(texts: readonly string[]): Promise<RenderedMarkdown>[];
  close(): void;
}

/** Texts sent to the thread in one message: few messages, and the first answers back while later texts are rendered. */
const BATCH = 64;

/** The thread's start data for these settings, or null where the thread could not make the same renderer. */
export function markdownThreadData(config: Pick<AstroConfig, 'markdown' | 'image'>): MarkdownThreadData | null {
  const { processor, syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  if (processor?.name !== 'satteri') return null;
  const options = processor.options as { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: Record<string, unknown> };
  if ((options.mdastPlugins?.length ?? 0) > 0 || (options.hastPlugins?.length ?? 0) > 0) return null;
  // The renderer reads of the image settings only which remote images are allowed.
  const { domains, remotePatterns } = config.image;
  const data: MarkdownThreadData = {
    features: { ...options.features },
    shared: { image: { domains, remotePatterns }, syntaxHighlight, shikiConfig, gfm, smartypants } as AstroMarkdownOptions,
  };
  try {
    return structuredClone(data);
  } catch {
    return null;
  }
}

/** A renderer on the thread whose module is `module` (a file URL), made from `data`. */
export function markdownThread(module: URL, data: MarkdownThreadData): MarkdownRenderer {
  const thread = new Worker(module, { workerData: data });
  const waiting = new Map<number, { resolve: (rendered: RenderedMarkdown[]) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  thread.on('message', ({ batch, rendered }: MarkdownThreadReply) => {
    waiting.get(batch)?.resolve(rendered);
    waiting.delete(batch);
  });
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the Markdown thread stopped (exit code ${code})`)));
  let batches = 0;
  return {
    renderAll(texts) {
      const renderings: Promise<RenderedMarkdown>[] = [];
      for (let start = 0; start < texts.length; start += BATCH) {
        const task: MarkdownThreadTask = { batch: batches++, texts: texts.slice(start, start + BATCH) };
        const answer = new Promise<RenderedMarkdown[]>((resolve, reject) => {
          if (failure === undefined) waiting.set(task.batch, { resolve, reject });
          else reject(failure);
        });
        thread.postMessage(task);
        task.texts.forEach((_, index) => {
          const rendering = answer.then((rendered) => {
            const one = rendered[index];
            if (one === undefined) throw new Error(`the Markdown thread answered batch ${task.batch} without text ${index}`);
            return one;
          });
          // A failed thread is reported where its rendering is awaited, not as an unhandled rejection before.
          rendering.catch(() => undefined);
          renderings.push(rendering);
        });
      }
      return renderings;
    },
    close() {
      void thread.terminate();
    },
  };
}

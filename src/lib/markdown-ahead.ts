/**
 * The Markdown of the packed agenda items and of the documents' texts rendered by a thread of its own
 * (src/lib/markdown-thread.ts) while the content layer's other loaders run on the main thread: the loaders all
 * run at once there, so each render the main thread does not do is time the sync no longer waits for, and the second
 * core renders it instead. The thread makes the renderer Astro's content layer makes from the site's settings
 * (`markdown.processor`, Sätteri, its features and the shared settings), and answers each text as the content layer's
 * renderer does. Where the settings cannot be given to a thread (another processor, plugins, settings holding
 * functions) the texts are rendered on the main thread as before. The loaders share one thread, let go of when the
 * last of them is done.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * The thread's module, beside this one: found from this module's own address, not the project root's, as a build whose
 * root is elsewhere (the benchmark's bare twin, scripts/bench/bare/) loads these loaders too.
 */
export const MARKDOWN_THREAD = new URL('./markdown-thread.ts', import.meta.url);

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

/**
 * A text to render: its Markdown without frontmatter, the frontmatter's data (none: `{}`) and the file's URL (`file:`
 * href) where it is a file's.
 */
export interface MarkdownText {
  body: string;
  frontmatter?: Record<string, unknown>;
  fileURL?: string;
}

/** A batch of texts sent to the thread, by its number. */
export interface MarkdownThreadTask {
  batch: number;
  texts: MarkdownText[];
}

/** The thread's answer to a batch: each text rendered, in order. */
export interface MarkdownThreadReply {
  batch: number;
  rendered: RenderedMarkdown[];
}

/** Renders texts on the thread; `close` lets the thread go once every rendering asked for has been taken. */
export interface MarkdownRenderer {
  /** Each text's rendering, in the texts' order; all of them are sent at once, in batches. */
  renderAll(texts: readonly MarkdownText[]): Promise<RenderedMarkdown>[];
  /** One text's rendering; the texts asked for in the same turn go to the thread together. */
  render(text: MarkdownText): Promise<RenderedMarkdown>;
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
  const renderAll = (texts: readonly MarkdownText[]): Promise<RenderedMarkdown>[] => {
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
  };
  let asked: { text: MarkdownText; resolve: (rendered: RenderedMarkdown) => void; reject: (error: unknown) => void }[] = [];
  const sendAsked = () => {
    const now = asked;
    asked = [];
    renderAll(now.map(({ text }) => text)).forEach((rendering, index) => {
      const { resolve, reject } = now[index]!;
      rendering.then(resolve, reject);
    });
  };
  return {
    renderAll,
    render(text) {
      return new Promise((resolve, reject) => {
        if (asked.length === 0) queueMicrotask(sendAsked);
        asked.push({ text, resolve, reject });
      });
    },
    close() {
      void thread.terminate();
    },
  };
}

/** The thread the loaders share while one of them renders on it, and how many do. */
let shared: { renderer: MarkdownRenderer; users: number } | undefined;

/** The loaders' shared thread (started if none is running), whose `close` lets it go when no other loader renders on it. */
export function sharedMarkdownThread(module: URL, data: MarkdownThreadData): MarkdownRenderer {
  shared ??= { renderer: markdownThread(module, data), users: 0 };
  const held = shared;
  held.users += 1;
  let closed = false;
  return {
    renderAll: (texts) => held.renderer.renderAll(texts),
    render: (text) => held.renderer.render(text),
    close() {
      if (closed) return;
      closed = true;
      held.users -= 1;
      if (held.users > 0) return;
      if (shared === held) shared = undefined;
      held.renderer.close();
    },
  };
}

/** The content layer's Markdown entry type, as the glob loader finds it in its context (not part of Astro's loader API). */
interface MarkdownEntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<(entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => Promise<unknown>>;
}

/**
 * `loader` (Astro's glob loader) with its Markdown files rendered on the shared thread: the loader reads, names, digests
 * and stores each file as before, and the `.md` entry type's renderer it asks for renders on the thread as Astro's
 * (astro/dist/vite-plugin-markdown/content-entry-type.js) does: the body, the frontmatter's data and the file's URL.
 * A dev server's loader renders on the main thread: its watcher renders changed files after `load` is done.
 */
export function markdownFilesOnThread(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { config, watcher } = context;
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, MarkdownEntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      const data = markdownThreadData(config);
      if (watcher !== undefined || entryTypes === undefined || markdown?.getRenderFunction === undefined || data === null) return loader.load(context);
      const thread = sharedMarkdownThread(MARKDOWN_THREAD, data);
      const onThread: MarkdownEntryType = {
        ...markdown,
        getRenderFunction: () =>
          Promise.resolve((entry) =>
            thread.render({
              body: entry.body ?? '',
              frontmatter: entry.data,
              ...(entry.filePath === undefined ? {} : { fileURL: pathToFileURL(entry.filePath).href }),
            }),
          ),
      };
      try {
        await loader.load({ ...context, entryTypes: new Map([...entryTypes, ['.md', onThread]]) } as LoaderContext);
      } finally {
        thread.close();
      }
    },
  };
}

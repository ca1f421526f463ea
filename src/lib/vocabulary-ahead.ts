/**
 * The search's vocabulary (search-vocabulary.ts) made on a thread of its own (src/lib/vocabulary-thread.ts) during the
 * content sync of a build: as each of the collections whose texts the search indexes is loaded, its entries' texts go
 * to the thread, which counts their words while the sync and Astro's bundling go on; once all are given it makes the
 * vocabulary, and the route that writes it (src/pages/search/words/[shard].json.ts) takes it instead of reading every
 * text on the main thread when the pages are built. The loaders and the routes are bundled apart (the content config
 * and the pages), so what is under way is kept on the global object, under a key of its own. A dev server's loaders
 * do not start it (their entries change after the sync), nor does a collection loaded twice in one process leave it
 * to be taken: the routes read the collections then, as before.
 */
import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import type { VocabularyShard } from './search-vocabulary.ts';
import { ENTRY_TEXTS, listTexts, VOCABULARY_COLLECTIONS, type VocabularyCollection } from './search-vocabulary-texts.ts';
import type { VocabularyTask } from './vocabulary-thread.ts';

/** The thread's module, beside this one (as markdown-ahead.ts finds its thread's: a bare twin's root is elsewhere). */
export const VOCABULARY_THREAD = new URL('./vocabulary-thread.ts', import.meta.url);

/** The vocabulary under way: its thread, the collections given, the answer once asked for, or spoiled. */
interface Ahead {
  readonly thread: Worker;
  readonly given: Set<VocabularyCollection>;
  answer?: Promise<Map<string, VocabularyShard>>;
  spoiled: boolean;
}

/** Texts sent to the thread in one message (69,304 texts at 2,000 documents): a whole collection's would be copied at once. */
const TEXTS_PER_MESSAGE = 4096;

/** The global object's key of the vocabulary under way. */
const AHEAD = Symbol.for('cosi-archive.vocabulary-ahead');

function holder(): { [AHEAD]?: Ahead } {
  return globalThis as { [AHEAD]?: Ahead };
}

/** Lets the thread go and leaves the vocabulary to be made by the routes. */
function spoil(ahead: Ahead): void {
  ahead.spoiled = true;
  void ahead.thread.terminate();
}

/** Gives the thread one collection's texts (starting it, with the site's lists, for the first), and asks for the vocabulary once every collection is given. */
function give(collection: VocabularyCollection, texts: string[]): void {
  const held = holder();
  let ahead = held[AHEAD];
  if (ahead === undefined) {
    const thread = new Worker(VOCABULARY_THREAD);
    // A build that never asks for the vocabulary (`astro sync`, the benchmark's bare twin) does not wait for the thread.
    thread.unref();
    ahead = { thread, given: new Set(), spoiled: false };
    held[AHEAD] = ahead;
    const started = ahead;
    thread.on('error', () => spoil(started));
    thread.postMessage({ kind: 'texts', texts: listTexts() } satisfies VocabularyTask);
  }
  if (ahead.spoiled) return;
  if (ahead.given.has(collection)) {
    spoil(ahead);
    return;
  }
  ahead.given.add(collection);
  // In parts, so that the thread counts and lets go of each before the next is copied to it.
  for (let start = 0; start < texts.length; start += TEXTS_PER_MESSAGE) {
    ahead.thread.postMessage({ kind: 'texts', texts: texts.slice(start, start + TEXTS_PER_MESSAGE) } satisfies VocabularyTask);
  }
  if (ahead.given.size < VOCABULARY_COLLECTIONS.length) return;
  const { thread } = ahead;
  ahead.answer = new Promise<Map<string, VocabularyShard>>((resolve, reject) => {
    thread.once('message', (vocabulary: Map<string, VocabularyShard>) => {
      resolve(vocabulary);
      void thread.terminate();
    });
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the vocabulary thread stopped (exit code ${code})`)));
  });
  // A failure is reported where the answer is taken, not as an unhandled rejection before.
  ahead.answer.catch(() => undefined);
  thread.postMessage({ kind: 'build' } satisfies VocabularyTask);
}

/**
 * `loader` with its entries' texts given to the vocabulary's thread once it has loaded them (in a build): the texts of
 * every entry the collection's store then holds, as the routes would read them (search-vocabulary-texts.ts).
 */
export function vocabularyAhead(collection: VocabularyCollection, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (context.watcher !== undefined) return;
      const entryTexts = ENTRY_TEXTS[collection] as (data: unknown) => string[];
      let texts: string[];
      try {
        texts = context.store.values().flatMap((entry) => entryTexts(entry.data));
      } catch {
        const ahead = holder()[AHEAD];
        if (ahead !== undefined) spoil(ahead);
        return;
      }
      give(collection, texts);
    },
  };
}

/**
 * The vocabulary made on the thread, once (taken, it is let go of), where every collection was given once; undefined
 * where it was not started, is not complete or was spoiled. The answer fails where the thread did.
 */
export function takeVocabularyAhead(): Promise<Map<string, VocabularyShard>> | undefined {
  const held = holder();
  const ahead = held[AHEAD];
  delete held[AHEAD];
  if (ahead === undefined || ahead.spoiled || ahead.answer === undefined) {
    if (ahead !== undefined) spoil(ahead);
    return undefined;
  }
  // Awaited, the answer holds the process until it comes.
  ahead.thread.ref();
  return ahead.answer;
}

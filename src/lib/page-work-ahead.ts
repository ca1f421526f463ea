/**
 * Document pages' work made ahead on a thread of their own (src/lib/page-work-thread.ts) while `astro build` renders
 * its pages: the documents route names, when Astro asks for its paths and before it renders any page, each page's body
 * to show with its printed footnote marks (src/lib/document-body.ts) and every pair of texts it compares word by word
 * (consecutive versions of a family, the text shown and each other source's), page by page; the thread makes them in
 * that order while the main thread renders. A page takes its piece synchronously (`receiveMessageOnPort`, and
 * `Atomics.wait` until the thread has made it): the main thread of `astro build` runs no callbacks while it renders
 * pages, so an answer awaited as a message event would come after the last page. A piece the thread was not given,
 * given other inputs, or could not make is made on the main thread as before (the dev server, the tests); so is every
 * piece after the thread stopped or went a minute without making one.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Footnote } from '../schemas/footnote.ts';
import type { DiffPart } from './word-diff.ts';

/** The footnotes' fields the body's marks are made from. */
export type BodyFootnote = Pick<Footnote, 'mark' | 'label'>;

/** A piece of a page's work: a word diff of two texts, or a document's body HTML as its page shows it. */
export type PageWork =
  { kind: 'diff'; before: string; after: string } | { kind: 'body'; id: string; html: string; subjectCalls: boolean; footnotes: readonly BodyFootnote[] };

/** What each piece gives: the diff's parts; the body's HTML as shown, or null where it is the HTML as rendered. */
export interface PageWorkResult {
  diff: readonly DiffPart[];
  body: string | null;
}

/** What the thread starts from: the work, in order, the port its results go to, and the signal it counts them on. */
export interface PageWorkThreadData {
  work: readonly PageWork[];
  port: MessagePort;
  /** [0]: messages posted so far (and once more when the thread is done); [1]: 1 once the thread has posted its last. */
  signal: Int32Array;
}

/** The thread's message: the result of piece `index`, or `failed` where the thread could not make it. */
export type PageWorkReply = { index: number; failed: true } | { index: number; failed: false; result: PageWorkResult[PageWork['kind']] };

/** How long a page waits for the thread's next piece before it makes its own on the main thread. */
const PATIENCE_MS = 60_000;

/** The thread's state as the main thread sees it. */
interface Ahead {
  /** The index of each diff sent, by its texts. */
  readonly diffs: Map<string, Map<string, number>>;
  /** The index and inputs of each body sent, by its document's id. */
  readonly bodies: Map<string, { index: number; work: Extract<PageWork, { kind: 'body' }> }>;
  /** Results received and not yet taken, by index (undefined: the thread could not make it). */
  readonly received: Map<number, PageWorkResult[PageWork['kind']] | undefined>;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  /** Set when the thread is known to make no more pieces. */
  stopped: boolean;
}

let ahead: Ahead | undefined;

/**
 * Starts the thread whose module is `module` (a path or file URL) on `work` (each diff and each document's body once,
 * in the order given; the work of an earlier call is no longer waited for). Returns whether the thread started.
 */
export function startPageWork(module: string | URL, work: readonly PageWork[]): boolean {
  stopPageWork();
  const diffs = new Map<string, Map<string, number>>();
  const bodies: Ahead['bodies'] = new Map();
  const unique: PageWork[] = [];
  for (const piece of work) {
    if (piece.kind === 'diff') {
      let against = diffs.get(piece.before);
      if (against === undefined) {
        against = new Map();
        diffs.set(piece.before, against);
      }
      if (against.has(piece.after)) continue;
      against.set(piece.after, unique.length);
    } else {
      if (bodies.has(piece.id)) continue;
      bodies.set(piece.id, { index: unique.length, work: piece });
    }
    unique.push(piece);
  }
  if (unique.length === 0) return false;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const data: PageWorkThreadData = { work: unique, port: port2, signal };
  let thread: Worker;
  try {
    thread = new Worker(module, { workerData: data, transferList: [port2] });
  } catch {
    port1.close();
    return false;
  }
  // A failed thread is told by its signal or its silence; its work is then done on the main thread.
  thread.on('error', () => undefined);
  thread.unref();
  port1.unref();
  ahead = { diffs, bodies, received: new Map(), port: port1, signal, stopped: false };
  return true;
}

/** Lets the thread's remaining work go: pieces not yet taken are made on the main thread. */
export function stopPageWork(): void {
  if (ahead === undefined) return;
  ahead.stopped = true;
  ahead.port.close();
  ahead = undefined;
}

/** Takes every result the thread has posted so far. */
function drain(state: Ahead): void {
  for (let message = receiveMessageOnPort(state.port); message !== undefined; message = receiveMessageOnPort(state.port)) {
    const reply = message.message as PageWorkReply;
    state.received.set(reply.index, reply.failed ? undefined : reply.result);
  }
}

/** The result of piece `index`, waited for until the thread has posted it; undefined where it could not or has stopped. */
function take(state: Ahead, index: number): PageWorkResult[PageWork['kind']] | undefined {
  for (;;) {
    // Both read before the port is drained: a result posted after the drain changes the count, so the wait below
    // returns at once, and a thread done before the drain has posted every result it will.
    const seen = Atomics.load(state.signal, 0);
    const done = Atomics.load(state.signal, 1) === 1;
    drain(state);
    if (state.received.has(index)) {
      const result = state.received.get(index);
      state.received.delete(index);
      return result;
    }
    if (state.stopped || done) return undefined;
    if (Atomics.wait(state.signal, 0, seen, PATIENCE_MS) === 'timed-out') {
      state.stopped = true;
      return undefined;
    }
  }
}

/**
 * The diff of `before` and `after` made by the thread, waited for if the thread has not made it yet; undefined where
 * the thread was not given the pair, could not diff it, or has stopped without it (each diff is taken once).
 */
export function diffMadeAhead(before: string, after: string): readonly DiffPart[] | undefined {
  const state = ahead;
  const index = state?.diffs.get(before)?.get(after);
  if (state === undefined || index === undefined) return undefined;
  state.diffs.get(before)?.delete(after);
  return take(state, index) as readonly DiffPart[] | undefined;
}

/** Whether two lists of footnotes give the same marks. */
function sameFootnotes(a: readonly BodyFootnote[], b: readonly BodyFootnote[]): boolean {
  return a.length === b.length && a.every((footnote, index) => footnote.mark === b[index]?.mark && footnote.label === b[index]?.label);
}

/**
 * The body of document `id` as its page shows it, made by the thread from the same inputs (null: the HTML as
 * rendered), waited for if the thread has not made it yet; undefined where the thread was given no body of this
 * document or other inputs, could not make it, or has stopped without it (each body is taken once).
 */
export function bodyMadeAhead(id: string, html: string, subjectCalls: boolean, footnotes: readonly BodyFootnote[]): string | null | undefined {
  const state = ahead;
  const sent = state?.bodies.get(id);
  if (state === undefined || sent === undefined) return undefined;
  state.bodies.delete(id);
  const { work } = sent;
  if (work.html !== html || work.subjectCalls !== subjectCalls || !sameFootnotes(work.footnotes, footnotes)) return undefined;
  return take(state, sent.index) as string | null | undefined;
}

/**
 * Word diffs made ahead on a thread of their own (src/lib/word-diff-thread.ts) while `astro build` renders its pages:
 * the documents route names every pair of texts its pages compare (consecutive versions of a family, the text shown
 * and each other source's) when Astro asks for its paths, before it renders any page, and the thread diffs them in
 * that order while the main thread renders. A page takes its diff synchronously (`receiveMessageOnPort`, and
 * `Atomics.wait` until the thread has made it): the main thread of `astro build` runs no callbacks while it renders
 * pages, so an answer awaited as a message event would come after the last page. A pair the thread was not given, or
 * one it could not diff, is diffed on the main thread as before (the dev server, the tests); so is every pair after
 * the thread stopped or went a minute without making one.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DiffPart } from './word-diff.ts';

/** What the thread starts from: the pairs to diff, in order, the port its diffs go to, and the signal it counts them on. */
export interface DiffThreadData {
  pairs: readonly (readonly [before: string, after: string])[];
  port: MessagePort;
  /** [0]: messages posted so far (and once more when the thread is done); [1]: 1 once the thread has posted its last. */
  signal: Int32Array;
}

/** The thread's message: the diff of pair `index`, or null where the thread could not make it. */
export interface DiffThreadReply {
  index: number;
  parts: readonly DiffPart[] | null;
}

/** How long a page waits for the thread's next diff before it diffs on the main thread itself. */
const PATIENCE_MS = 60_000;

/** The thread's state as the main thread sees it. */
interface Ahead {
  /** The index of each pair sent, by its texts. */
  readonly sent: Map<string, Map<string, number>>;
  /** Diffs received and not yet taken, by index. */
  readonly received: Map<number, readonly DiffPart[] | null>;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  /** Set when the thread is known to make no more diffs. */
  stopped: boolean;
}

let ahead: Ahead | undefined;

/**
 * Starts the thread whose module is `module` (a path or file URL) on `pairs` (each pair once, in the order given; the
 * pairs of an earlier call are no longer waited for). Returns whether the thread started.
 */
export function startDiffsAhead(module: string | URL, pairs: readonly (readonly [before: string, after: string])[]): boolean {
  stopDiffsAhead();
  const sent = new Map<string, Map<string, number>>();
  const unique: [string, string][] = [];
  for (const [before, after] of pairs) {
    let against = sent.get(before);
    if (against === undefined) {
      against = new Map();
      sent.set(before, against);
    }
    if (against.has(after)) continue;
    against.set(after, unique.length);
    unique.push([before, after]);
  }
  if (unique.length === 0) return false;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const data: DiffThreadData = { pairs: unique, port: port2, signal };
  let thread: Worker;
  try {
    thread = new Worker(module, { workerData: data, transferList: [port2] });
  } catch {
    port1.close();
    return false;
  }
  const state: Ahead = { sent, received: new Map(), port: port1, signal, stopped: false };
  // A failed thread is told by its signal or its silence; its pairs are then diffed on the main thread.
  thread.on('error', () => undefined);
  thread.unref();
  port1.unref();
  ahead = state;
  return true;
}

/** Lets the thread's remaining diffs go: pairs not yet taken are diffed on the main thread. */
export function stopDiffsAhead(): void {
  if (ahead === undefined) return;
  ahead.stopped = true;
  ahead.port.close();
  ahead = undefined;
}

/** Takes every diff the thread has posted so far. */
function drain(state: Ahead): void {
  for (let message = receiveMessageOnPort(state.port); message !== undefined; message = receiveMessageOnPort(state.port)) {
    const { index, parts } = message.message as DiffThreadReply;
    state.received.set(index, parts);
  }
}

/**
 * The diff of `before` and `after` made by the thread, waited for if the thread has not made it yet; undefined where
 * the thread was not given the pair, could not diff it, or has stopped without it (each diff is taken once).
 */
export function diffMadeAhead(before: string, after: string): readonly DiffPart[] | undefined {
  const state = ahead;
  const index = state?.sent.get(before)?.get(after);
  if (state === undefined || index === undefined) return undefined;
  state.sent.get(before)?.delete(after);
  for (;;) {
    // Both read before the port is drained: a diff posted after the drain changes the count, so the wait below returns
    // at once, and a thread done before the drain has posted every diff it will.
    const seen = Atomics.load(state.signal, 0);
    const done = Atomics.load(state.signal, 1) === 1;
    drain(state);
    if (state.received.has(index)) {
      const parts = state.received.get(index) ?? undefined;
      state.received.delete(index);
      return parts;
    }
    if (state.stopped || done) return undefined;
    if (Atomics.wait(state.signal, 0, seen, PATIENCE_MS) === 'timed-out') {
      state.stopped = true;
      return undefined;
    }
  }
}

import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Flags of this process a worker gets too: the profilers'. Not the loaders (`--import tsx`): a worker reads its
 * TypeScript with Node's own type stripping, which costs no start-up per worker; its modules use erasable syntax only.
 */
const PASSED_ON = /^--(?:cpu|heap)-prof/;

/**
 * The environment of a worker: this process's, and the compile cache this thread uses (cli.ts turns it on), which a
 * worker thread takes from NODE_COMPILE_CACHE only.
 */
function workerEnv(): NodeJS.ProcessEnv {
  const cache = getCompileCacheDir();
  return cache === undefined ? process.env : { ...process.env, NODE_COMPILE_CACHE: cache };
}

/** A task or a result, known by its position among the tasks. */
interface Indexed {
  index: number;
}

/** A worker with the tasks it has been sent and not yet answered. */
interface Member<R> {
  worker: Worker;
  pending: Map<number, { resolve: (result: R) => void; reject: (error: Error) => void }>;
}

/**
 * A fixed set of worker threads running one module; each task goes to the worker with the fewest unanswered tasks.
 * The module answers each message (a task with an `index`) with a result carrying the same `index`, posted in a
 * message that is an array of results (one or more: a worker answers the tasks in hand together).
 */
export class WorkerPool<T extends Indexed, R extends Indexed> {
  readonly #members: Member<R>[];

  constructor(module: URL, size: number, workerData: unknown) {
    this.#members = Array.from({ length: size }, () => {
      const member: Member<R> = {
        worker: new Worker(module, { workerData, execArgv: process.execArgv.filter((flag) => PASSED_ON.test(flag)), env: workerEnv() }),
        pending: new Map(),
      };
      member.worker.on('message', (results: R[]) => {
        for (const result of results) {
          member.pending.get(result.index)?.resolve(result);
          member.pending.delete(result.index);
        }
      });
      const fail = (error: Error) => {
        for (const { reject } of member.pending.values()) reject(error);
        member.pending.clear();
      };
      member.worker.on('error', fail);
      member.worker.on('exit', (code) => fail(new Error(`an ingest worker stopped (exit code ${code})`)));
      return member;
    });
  }

  /** Runs one task on the least busy worker. */
  run(task: T): Promise<R> {
    const member = this.#members.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    return new Promise((resolve, reject) => {
      member.pending.set(task.index, { resolve, reject });
      member.worker.postMessage(task);
    });
  }

  /** Runs one task on each worker (`task(n)` for the n-th, its index unlike any other task's under way), the results in the workers' order. */
  everyWorker(task: (n: number) => T): Promise<R[]> {
    return Promise.all(
      this.#members.map(
        (member, n) =>
          new Promise<R>((resolve, reject) => {
            const sent = task(n);
            member.pending.set(sent.index, { resolve, reject });
            member.worker.postMessage(sent);
          }),
      ),
    );
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#members.map(({ worker }) => worker.terminate()));
  }
}

/**
 * `run` over every task with at most `window` tasks under way, the results yielded in the order of the tasks: the
 * consumer sees the same sequence however the work is spread, and never more than `window` results wait in memory.
 */
export async function* inOrder<T, R>(tasks: Iterable<T>, run: (task: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const underWay: Promise<R>[] = [];
  const iterator = tasks[Symbol.iterator]();
  const fill = () => {
    for (
      let next = underWay.length < window ? iterator.next() : null;
      next !== null && next.done !== true;
      next = underWay.length < window ? iterator.next() : null
    ) {
      const result = run(next.value);
      // Awaited in turn below; the handler only keeps a failure that comes before its turn from counting as unhandled.
      result.catch(() => undefined);
      underWay.push(result);
    }
  };
  fill();
  for (let result = underWay.shift(); result !== undefined; result = underWay.shift()) {
    const value = await result;
    fill();
    yield value;
  }
}

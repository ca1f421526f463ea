import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ingestSource, type SourceReport, type SourceTask } from '../../../../scripts/ingest/run/ingest-source.ts';
import { inOrder, WorkerPool } from '../../../../scripts/ingest/run/worker-pool.ts';
import { scratchFolder } from '../../../support/scratch-folder.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'sources');
const out = scratchFolder('ingest-worker-');

describe('the ingest worker', () => {
  it('loads without tsx and reports on each seed what ingestSource reports in this process', async () => {
    const target = { out: out(), staging: null, spool: null };
    const tasks: SourceTask[] = readdirSync(SEEDS)
      .sort()
      .map((name, index) => ({ index, source: `content/sources/${name}`, path: join(SEEDS, name), inside: true }));
    const pool = new WorkerPool<SourceTask, SourceReport>(new URL('../../../../scripts/ingest/run/ingest-worker.ts', import.meta.url), 2, target);
    try {
      const fromWorkers = await Promise.all(tasks.map((task) => pool.run(task)));
      const here = await Promise.all(tasks.map((task) => ingestSource(task, target, null)));
      expect(fromWorkers.map(({ status }) => status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
      expect(fromWorkers).toEqual(here);
    } finally {
      await pool.close();
    }
  });
});

describe("the ingest worker's messages", () => {
  it('answers the tasks it has in hand together, each report once, in one message of several reports', async () => {
    const tasks: SourceTask[] = readdirSync(SEEDS)
      .sort()
      .slice(0, 4)
      .map((name, index) => ({ index, source: `content/sources/${name}`, path: join(SEEDS, name), inside: true }));
    const worker = new Worker(new URL('../../../../scripts/ingest/run/ingest-worker.ts', import.meta.url), {
      workerData: { out: out(), staging: null, spool: null },
    });
    try {
      const messages: unknown[] = [];
      const answered = new Promise<void>((resolve) => {
        let reports = 0;
        worker.on('message', (message: unknown) => {
          messages.push(message);
          reports += Array.isArray(message) ? message.length : 1;
          if (reports >= tasks.length) resolve();
        });
      });
      // Sent at once: the worker has all four in hand before it answers the first.
      for (const task of tasks) worker.postMessage(task);
      await answered;
      expect(messages).toHaveLength(1);
      expect((messages[0] as SourceReport[]).map(({ index, status }) => [index, status])).toEqual([
        [0, 'ok'],
        [1, 'ok'],
        [2, 'ok'],
        [3, 'ok'],
      ]);
    } finally {
      await worker.terminate();
    }
  });
});

describe('inOrder', () => {
  it('yields the results in the order of the tasks, never starting more than the window at once', async () => {
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    const run = (task: number) =>
      new Promise<number>((resolve) => {
        started.push(task);
        finish.set(task, () => resolve(task * 10));
      });
    const results = inOrder([1, 2, 3, 4, 5], run, 2);
    const first = results.next();
    expect(started).toEqual([1, 2]);
    finish.get(2)?.();
    finish.get(1)?.();
    expect((await first).value).toBe(10);
    const second = await results.next();
    expect(second.value).toBe(20);
    expect(started).toEqual([1, 2, 3, 4]);
    for (const task of [5, 4, 3]) {
      finish.get(task)?.();
      await Promise.resolve();
    }
    const rest: number[] = [];
    for await (const value of results) {
      rest.push(value);
      finish.get(5)?.();
    }
    expect(rest).toEqual([30, 40, 50]);
  });
});

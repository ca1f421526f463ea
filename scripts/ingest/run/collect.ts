import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import type { IngestRecord } from '../../../src/schemas/record.ts';
import { CorpusCollector, type TakenReport } from './corpus-collector.ts';
import type { MentionSpool } from './corpus-spool.ts';
import type { ReadRecord, SourceReport, SourceTask, Target } from './ingest-source.ts';
import { inOrder, WorkerPool } from './worker-pool.ts';
import type { MentionsAnswer, MentionsRequest } from './ingest-worker.ts';
import { PackedSpool } from './packed-spool.ts';

/** From this many sources on, worker threads parse them; below, starting the workers costs more than they save. */
export const WORKERS_FROM = 250;

/** Sources under way per worker: enough to keep each busy, few enough that waiting results stay small. */
const TASKS_PER_WORKER = 8;

/** How the sources are collected: where their files go, where mention records wait, what a terminal is shown. */
export interface CollectOptions {
  target: Target;
  /** The disk spool for mention records (the writing ingest); without one they stay in the reports. */
  spool: MentionSpool | null;
  /** Calls back after each source taken, with how many are taken (a progress line). */
  progress?: (taken: number) => void;
  /** When given, every source's record is kept here by index (`--json`), and no worker thread is used. */
  records?: Map<number, IngestRecord>;
}

/**
 * Runs a task in this thread; with `records`, keeps each source's record there (`--json`). The record of a document of
 * a meeting is kept as V8 serializes it at its first making, as a worker spools it (record-spool.ts): one made again
 * once every source is known is made from that copy, its source not read and parsed a second time.
 */
function inThread(
  { mayBeMadeAgain, readRecord, reportOf }: typeof import('./ingest-source.ts'),
  target: Target,
  packed: PackedSpool | null,
  records: Map<number, IngestRecord> | undefined,
): (task: SourceTask) => Promise<SourceReport> {
  const firstReads = new Map<number, Buffer>();
  return async (task) => {
    const kept = (task.making ?? 0) === 0 ? undefined : firstReads.get(task.index);
    firstReads.delete(task.index);
    const read = kept === undefined ? await readRecord(task) : (deserialize(kept) as ReadRecord);
    // Kept before its files are made, so that nothing the making does to the record is kept.
    if (mayBeMadeAgain(task, read)) firstReads.set(task.index, serialize(read));
    records?.set(task.index, read.record);
    return reportOf(task, read, target, packed);
  };
}

/**
 * Every task through the per-source ingest (in worker threads when there are many), the reports taken by the
 * collector in task order; then the documents whose plan or files depended on others made again. The writing
 * ingest, `--check` and `--json` all come through here, so they give every source the same verdict.
 */
export async function collectReports(tasks: readonly SourceTask[], options: CollectOptions): Promise<CorpusCollector> {
  const { target, spool, records } = options;
  const workers = records !== undefined || tasks.length < WORKERS_FROM ? 0 : availableParallelism();
  const pool =
    workers === 0
      ? null
      : new WorkerPool<SourceTask | MentionsRequest, SourceReport | MentionsAnswer>(new URL('./ingest-worker.ts', import.meta.url), workers, target);
  const packed = pool !== null || target.spool === null ? null : new PackedSpool(target.spool, 'documents.members');
  // The per-source ingest (parser, Markdown, mention trie) is loaded in this thread only when it runs here: with
  // workers, each loads its own, and this thread would spend ~0.3 CPU s on it before starting them.
  const run =
    pool === null ? inThread(await import('./ingest-source.ts'), target, packed, records) : (task: SourceTask) => pool.run(task) as Promise<SourceReport>;
  const window = Math.max(1, workers) * TASKS_PER_WORKER;
  const collector = new CorpusCollector();
  // The mention pieces go to the spool (--json: nowhere), not into the collector: they are most of what the documents give the end.
  const spooled = (report: SourceReport, making: number): TakenReport => {
    if (report.status !== 'ok') return report;
    spool?.add(report.index, making, report.corpus.mentions);
    return { ...report, corpus: { ...report.corpus, mentions: [] } };
  };
  const sourceOf = new Map(tasks.map((task) => [task.index, task]));
  try {
    for await (const report of inOrder(tasks, run, window)) {
      collector.take(spooled(report, 0), sourceOf.get(report.index)?.source ?? '');
      options.progress?.(collector.sources);
    }
    const again = collector.regenerations().flatMap(({ index, plan, record }) => {
      const task = sourceOf.get(index);
      return task === undefined ? [] : [{ ...task, plan, making: 1, ...(record === undefined ? {} : { record }) }];
    });
    for await (const report of inOrder(again, run, window)) collector.replace(spooled(report, 1));
    // The workers spooled their documents' mention pieces themselves: the spool takes in where they lie.
    if (pool !== null)
      for (const answer of (await pool.everyWorker((n) => ({ index: -1 - n, mentions: true }))) as MentionsAnswer[])
        if (answer.mentions !== null) spool?.adopt(answer.mentions);
    return collector;
  } finally {
    await pool?.close();
  }
}

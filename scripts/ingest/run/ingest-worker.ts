/**
 * Worker thread of the ingest: ingests each source task it is sent and posts back its report (see ingest-source.ts);
 * the entries of packed collections go to the worker's own spool file, named by its thread id.
 */
import './regexp-engine.ts';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { ingestSource, type SourceTask, type Target } from './ingest-source.ts';
import { PackedSpool } from './packed-spool.ts';

const target = workerData as Target;
const spool = target.spool === null ? null : new PackedSpool(target.spool, `worker-${threadId}.members`);
parentPort?.on('message', (task: SourceTask) => {
  void ingestSource(task, target, spool).then((report) => parentPort?.postMessage(report));
});

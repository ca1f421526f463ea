/** Worker thread of the ingest: ingests each source task it is sent and posts back its report (see ingest-source.ts). */
import './regexp-engine.ts';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestSource, type SourceTask, type Target } from './ingest-source.ts';

const target = workerData as Target;
parentPort?.on('message', (task: SourceTask) => {
  void ingestSource(task, target).then((report) => parentPort?.postMessage(report));
});

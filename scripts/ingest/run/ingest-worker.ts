/**
 * Worker thread of the ingest: ingests each source task it is sent and posts back its report (see ingest-source.ts),
 * the reports of the tasks it has in hand together (`REPORTS_AT_ONCE`); the entries of packed collections go to the
 * worker's own spool file, named by its thread id.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { ingestSource, type SourceReport, type SourceTask, type Target } from './ingest-source.ts';
import { PackedSpool } from './packed-spool.ts';

/**
 * The most reports posted in one message. Each message wakes the CLI's thread, which costs the posting thread some
 * 0.5–0.8 CPU ms (a report's copy: 0.05–0.2 ms); half the tasks a worker is given at once (collect.ts), so that it
 * still has tasks in hand while the CLI sends it the next.
 */
const REPORTS_AT_ONCE = 4;

const target = workerData as Target;
const spool = target.spool === null ? null : new PackedSpool(target.spool, `worker-${threadId}.members`);
let reports: SourceReport[] = [];
let posting = false;

function post(): void {
  if (reports.length === 0) return;
  parentPort?.postMessage(reports);
  reports = [];
}

parentPort?.on('message', (task: SourceTask) => {
  void ingestSource(task, target, spool).then((report) => {
    reports.push(report);
    if (reports.length >= REPORTS_AT_ONCE) post();
    else if (!posting) {
      // Once the tasks already received are done (they come before the check phase), whatever is left goes.
      posting = true;
      setImmediate(() => {
        posting = false;
        post();
      });
    }
  });
});

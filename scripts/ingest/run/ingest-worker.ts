/**
 * Worker thread of the ingest: ingests each source task it is sent and posts back its report (see ingest-source.ts),
 * the reports of the tasks it has in hand together (`REPORTS_AT_ONCE`); the entries of packed collections go to the
 * worker's own spool file, named by its thread id, and so do its documents' mention pieces (corpus-spool.ts), whose
 * places it hands over when asked, once every source is done (`MentionsRequest`): the reports carry neither.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { MentionSpool, type SpoolIndex } from './corpus-spool.ts';
import { ingestSource, type SourceReport, type SourceTask, type Target } from './ingest-source.ts';
import { PackedSpool } from './packed-spool.ts';
import { RecordSpool } from './record-spool.ts';

/**
 * The most reports posted in one message. Each message wakes the CLI's thread, which costs the posting thread some
 * 0.5–0.8 CPU ms (a report's copy: 0.05–0.2 ms); half the tasks a worker is given at once (collect.ts), so that it
 * still has tasks in hand while the CLI sends it the next.
 */
const REPORTS_AT_ONCE = 4;

/** Asks a worker for the places of the mention pieces it spooled (sent once its tasks are done; `index` unlike any task's). */
export interface MentionsRequest {
  index: number;
  mentions: true;
}

/** A worker's answer to `MentionsRequest`: where its documents' mention pieces lie (none: it spooled none). */
export interface MentionsAnswer {
  index: number;
  mentions: SpoolIndex | null;
}

const target = workerData as Target;
const spool = target.spool === null ? null : new PackedSpool(target.spool, `worker-${threadId}.members`);
const records = target.spool === null ? null : new RecordSpool(target.spool, `worker-${threadId}.records`);
let mentions = target.spool === null ? null : new MentionSpool({ folder: target.spool, file: `worker-${threadId}.mentions` });
let reports: SourceReport[] = [];
let posting = false;

function post(): void {
  if (reports.length === 0) return;
  parentPort?.postMessage(reports);
  reports = [];
}

/** The report with its mention pieces spooled here instead of carried. */
function spooled(report: SourceReport, making: number): SourceReport {
  if (mentions === null || report.status !== 'ok') return report;
  mentions.add(report.index, making, report.corpus.mentions);
  return { ...report, corpus: { ...report.corpus, mentions: [] } };
}

parentPort?.on('message', (task: SourceTask | MentionsRequest) => {
  if ('mentions' in task) {
    const answer: MentionsAnswer = { index: task.index, mentions: mentions?.handOver() ?? null };
    // The file stays for the CLI to read; a task sent after this (none is) carries its pieces in its report.
    mentions?.close();
    mentions = null;
    records?.close();
    parentPort?.postMessage([answer]);
    return;
  }
  void ingestSource(task, target, spool, records).then((report) => {
    reports.push(spooled(report, task.making ?? 0));
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

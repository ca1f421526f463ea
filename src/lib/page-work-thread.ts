/**
 * The code of the thread that makes document pages' work ahead of the pages (src/lib/page-work-ahead.ts starts it):
 * each piece of its data made in order as the page would make it — a word diff as `wordDiff` makes it, a body as
 * `shownBody` — and posted `{ index, failed, result }` on its port (`failed` where it threw: the page then makes the
 * piece itself), each post counted on the signal and waking a page that waits for it; the signal's second cell set once
 * the last is posted.
 */
import { workerData } from 'node:worker_threads';
import { shownBody } from './document-body.ts';
import type { PageWork, PageWorkReply, PageWorkResult, PageWorkThreadData } from './page-work-ahead.ts';
import { diffOf } from './word-diff.ts';

const { work, port, signal } = workerData as PageWorkThreadData;

/** Counts one more message on the signal and wakes the page waiting for it. */
function posted(): void {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** One piece's result, as the page makes it. */
function made(piece: PageWork): PageWorkResult[PageWork['kind']] {
  return piece.kind === 'diff' ? diffOf(piece.before, piece.after) : shownBody(piece.html, piece.subjectCalls, piece.footnotes);
}

try {
  work.forEach((piece, index) => {
    let reply: PageWorkReply;
    try {
      reply = { index, failed: false, result: made(piece) };
    } catch {
      // The page makes this piece itself, and meets the failure there.
      reply = { index, failed: true };
    }
    port.postMessage(reply);
    posted();
  });
} finally {
  Atomics.store(signal, 1, 1);
  posted();
}

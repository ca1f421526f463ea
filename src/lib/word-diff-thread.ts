/**
 * The code of the thread that makes word diffs ahead of the pages that show them (src/lib/word-diff-ahead.ts starts
 * it): each pair of its data diffed in order as `wordDiff` diffs it, posted `{ index, parts }` on its port (`parts`
 * null where the diff failed: the page then diffs the pair itself), each post counted on the signal and waking a page
 * that waits for it; the signal's second cell set once the last is posted.
 */
import { workerData } from 'node:worker_threads';
import { diffOf } from './word-diff.ts';
import type { DiffThreadData, DiffThreadReply } from './word-diff-ahead.ts';

const { pairs, port, signal } = workerData as DiffThreadData;

/** Counts one more message on the signal and wakes the page waiting for it. */
function posted(): void {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

try {
  pairs.forEach(([before, after], index) => {
    let parts: DiffThreadReply['parts'] = null;
    try {
      parts = diffOf(before, after);
    } catch {
      // The page diffs this pair itself, and meets the failure there.
    }
    const reply: DiffThreadReply = { index, parts };
    port.postMessage(reply);
    posted();
  });
} finally {
  Atomics.store(signal, 1, 1);
  posted();
}

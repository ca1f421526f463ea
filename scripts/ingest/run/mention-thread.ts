/**
 * A thread that writes the mention entries' packed files (mention-writer.ts) while the CLI's thread writes the other
 * files made from all documents. Started with the document workers, so that its modules are loaded by the time every
 * document is known; it is sent one task (the spool's index, which making of each source is current, the target) and
 * answers it as the workers do (worker-pool.ts): an array of one result, the files written or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import type { SpoolIndex } from './corpus-spool.ts';
import type { Target } from './ingest-source.ts';
import { writeMentions, type CurrentMakings } from './mention-writer.ts';

/** The one task of the thread. */
export interface MentionTask {
  index: number;
  spool: SpoolIndex;
  current: CurrentMakings;
  target: Target;
}

/** What became of it: the files written, or why they could not be. */
export type MentionResult = { index: number; written: { path: string; same: boolean }[] } | { index: number; error: string };

parentPort?.on('message', ({ index, spool, current, target }: MentionTask) => {
  let result: MentionResult;
  try {
    result = { index, written: writeMentions(spool, (source, making) => current[source] === making, target) };
  } catch (error) {
    result = { index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage([result]);
});

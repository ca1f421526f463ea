/**
 * The packed files of the `mentions` collection, written from the mention spool (corpus-spool.ts) once every document
 * is known: each group's current pieces joined into its member (entries/mention-members.ts), the members in id order.
 * A large ingest runs it in a thread of its own (mention-thread.ts), beside the CLI's thread writing the other files
 * made from all documents.
 */
import { mentionMemberParts } from '../entries/mention-members.ts';
import { spooledPieces, type SpoolIndex } from './corpus-spool.ts';
import type { Target } from './ingest-source.ts';
import { PackedStream } from './packed-writer.ts';

/** Writes the mention entries' packed files into the staging folder (none: --check); each file's path, and whether the content root already holds it. */
export function writeMentions(spool: SpoolIndex, current: (index: number, making: number) => boolean, target: Target): { path: string; same: boolean }[] {
  const mentions = new PackedStream('mentions', target);
  // The spool gives its groups by name, which is the entries' id: in id order; each mention's text as its bytes there.
  for (const pieces of spooledPieces(spool, current)) {
    const { id, parts } = mentionMemberParts(pieces);
    mentions.addParts(id, parts);
  }
  return mentions.close();
}

/** Which making of each source is current, by the source's index: 0 or 1, or -1 for a source whose pieces are all passed over. */
export type CurrentMakings = Int8Array;

/** `current` for the sources `0 … count - 1` as a table a thread can be sent. */
export function currentMakings(count: number, current: (index: number, making: number) => boolean): CurrentMakings {
  return Int8Array.from({ length: count }, (_, index) => (current(index, 0) ? 0 : current(index, 1) ? 1 : -1));
}

/** The word-level difference between two versions of a text, by `diff` (jsdiff's `diffWords`). */
import { diffWords } from 'diff';

/** A run of text that both versions share, or that only the old or only the new version has. */
export interface DiffPart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/**
 * The most words and punctuation marks deleted and inserted together that the diff looks for before it calls two texts
 * unrelated and shows the old one deleted and the new one inserted. The work grows with the square of the changes
 * (about half a second at this bound on a 2-core machine), not with the length of the texts: two versions of a long
 * document that differ by a few words cost next to nothing.
 */
const MAX_EDIT_LENGTH = 1_000;

/**
 * The word-level difference between two versions of a text: words and punctuation marks compared exactly, spacing
 * ignored (equal runs keep the new version's). Joining the `equal` and `insert` parts gives the new version, joining
 * `equal` and `delete` parts the old one, as far as their words go.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) {
    const replaced: DiffPart[] = [
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ];
    return replaced.filter((part) => part.text !== '');
  }
  return changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
}

/** How many passages changed: runs of deleted or inserted words between equal ones (a replacement is one). */
export function changedPassages(parts: readonly DiffPart[]): number {
  return parts.filter((part, index) => part.op !== 'equal' && (index === 0 || parts[index - 1]?.op === 'equal')).length;
}

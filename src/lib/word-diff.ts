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
 * One word or one punctuation mark as `diffWords` compares them (its tokens, whitespace trimmed): a run of the
 * characters jsdiff 9 counts as word characters (ASCII letters, digits, `_`, the soft hyphen and the Latin letters of
 * U+00C0–U+02FF and U+1E00–U+1EFF, but for × ÷ and six spacing accents), or any other single character but whitespace.
 */
const DIFF_TOKEN =
  /[a-zA-Z0-9_\u{AD}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{2C6}\u{2C8}-\u{2D7}\u{2DE}-\u{2FF}\u{1E00}-\u{1EFF}]+|[^a-zA-Z0-9_\u{AD}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{2C6}\u{2C8}-\u{2D7}\u{2DE}-\u{2FF}\u{1E00}-\u{1EFF}\s]/gu;

/**
 * The word-level difference between two versions of a text: words and punctuation marks compared exactly, spacing
 * ignored (equal runs keep the new version's). Joining the `equal` and `insert` parts gives the new version, joining
 * `equal` and `delete` parts the old one, as far as their words go.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = fewestEdits(before, after) > MAX_EDIT_LENGTH ? undefined : diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
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

/**
 * A lower bound of the words and marks any diff of the two texts deletes and inserts: each token one text has more
 * often than the other must be deleted or inserted. Above MAX_EDIT_LENGTH `diffWords` would give up anyway, after
 * trying every path up to that length (half a second for two unrelated texts of the benchmark); counting takes a pass.
 */
export function fewestEdits(before: string, after: string): number {
  const surplus = new Map<string, number>();
  for (const token of before.match(DIFF_TOKEN) ?? []) surplus.set(token, (surplus.get(token) ?? 0) + 1);
  for (const token of after.match(DIFF_TOKEN) ?? []) surplus.set(token, (surplus.get(token) ?? 0) - 1);
  let edits = 0;
  for (const count of surplus.values()) edits += Math.abs(count);
  return edits;
}

/**
 * The word-level difference between two versions of a text, exactly as `diff` (jsdiff's `diffWords`) gives it: its
 * tokens, its search (`diffArrays`, run on numbered tokens) and its clean-up of spacing.
 */
import { diffArrays, wordDiff as jsdiffWords } from 'diff';
import { diffMadeAhead } from './page-work-ahead.ts';

/** A run of text that both versions share, or that only the old or only the new version has. */
export interface DiffPart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/**
 * The most words and punctuation marks deleted and inserted together that the diff looks for before it calls two texts
 * unrelated and shows the old one deleted and the new one inserted. The work grows with the square of the changes
 * (some 20 ms at this bound, 0.1–0.4 s in jsdiff's own search), not with the length of the texts: two versions of a
 * long document that differ by a few words cost next to nothing.
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
 * Diffs already made, by the two texts: each page of a family of versions shows the diff of every consecutive pair, so
 * a family of n versions asked for each diff n times. A diff depends on the texts alone, so a kept one is the same diff.
 */
const diffsMade = new Map<string, Map<string, readonly DiffPart[]>>();

/**
 * The word-level difference between two versions of a text: words and punctuation marks compared exactly, spacing
 * ignored (equal runs keep the new version's). Joining the `equal` and `insert` parts gives the new version, joining
 * `equal` and `delete` parts the old one, as far as their words go.
 */
export function wordDiff(before: string, after: string): readonly DiffPart[] {
  let against = diffsMade.get(before);
  if (against === undefined) {
    against = new Map();
    diffsMade.set(before, against);
  }
  let parts = against.get(after);
  if (parts === undefined) {
    parts = diffMadeAhead(before, after) ?? diffOf(before, after);
    against.set(after, parts);
  }
  return parts;
}

/** The diff of `wordDiff`, made afresh (on the main thread, or ahead of the page on the thread of page-work-thread.ts). */
export function diffOf(before: string, after: string): DiffPart[] {
  const changes = fewestEdits(before, after, MAX_EDIT_LENGTH) > MAX_EDIT_LENGTH ? undefined : wordChanges(before, after, MAX_EDIT_LENGTH);
  if (changes === undefined) {
    const replaced: DiffPart[] = [
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ];
    return replaced.filter((part) => part.text !== '');
  }
  return changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
}

/**
 * What `diffWords(before, after, { maxEditLength })` returns, change for change (undefined past `maxEditLength`, as
 * there): jsdiff's own tokens (`tokenize`, `removeEmpty`), joins and spacing clean-up (`postProcess`) around jsdiff's
 * own search run by `diffArrays` on the tokens numbered by what diffWords' `equals` compares (a token without the
 * whitespace around it). The same search on numbers instead of strings trimmed at every comparison: 95 against 155 ms
 * for two versions of the seed report some 800 words apart.
 */
export function wordChanges(before: string, after: string, maxEditLength: number): { value: string; added: boolean; removed: boolean }[] | undefined {
  const options = { maxEditLength };
  const oldTokens = jsdiffWords.removeEmpty(jsdiffWords.tokenize(before, options));
  const newTokens = jsdiffWords.removeEmpty(jsdiffWords.tokenize(after, options));
  const numbers = new Map<string, number>();
  const numbered = (tokens: readonly string[]) =>
    tokens.map((token) => {
      const key = token.trim();
      let number = numbers.get(key);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(key, number);
      }
      return number;
    });
  const runs = diffArrays(numbered(oldTokens), numbered(newTokens), options);
  if (runs === undefined) return undefined;
  let oldAt = 0;
  let newAt = 0;
  const changes = runs.map((run) => {
    const tokens = run.removed ? oldTokens.slice(oldAt, oldAt + run.count) : newTokens.slice(newAt, newAt + run.count);
    if (!run.added) oldAt += run.count;
    if (!run.removed) newAt += run.count;
    return { count: run.count, added: run.added, removed: run.removed, value: jsdiffWords.join(tokens) };
  });
  return jsdiffWords.postProcess(changes, options);
}

/** How many passages changed: runs of deleted or inserted words between equal ones (a replacement is one). */
export function changedPassages(parts: readonly DiffPart[]): number {
  return parts.filter((part, index) => part.op !== 'equal' && (index === 0 || parts[index - 1]?.op === 'equal')).length;
}

/**
 * How many tokens of the two texts no diff can keep as equal: a token that occurs m times in one and n times in the other
 * can be equal in at most min(m, n) places, so at least |m − n| of its occurrences are deleted or inserted. A lower bound
 * of the fewest edits counted in one pass: two unrelated texts are told apart by it without the search.
 */
function unmatchedTokens(old: readonly number[], next: readonly number[], kinds: number): number {
  const balance = new Int32Array(kinds);
  for (const token of old) balance[token] = (balance[token] ?? 0) + 1;
  for (const token of next) balance[token] = (balance[token] ?? 0) - 1;
  let unmatched = 0;
  for (const count of balance) unmatched += Math.abs(count);
  return unmatched;
}

/**
 * The fewest words and marks any diff of the two texts deletes and inserts, tokens compared as `diffWords` compares
 * them; `bound + 1` as soon as that is known to be more than `bound`. Above MAX_EDIT_LENGTH `diffWords` would give up
 * anyway, after building a path object for every step it tries (half a second for two unrelated texts of the
 * benchmark, whose like word counts let no cheaper bound tell them apart); this is the same search (Myers' greedy
 * algorithm) on tokens numbered once, with one array of furthest reaches: milliseconds.
 */
export function fewestEdits(before: string, after: string, bound = Number.POSITIVE_INFINITY): number {
  const numbers = new Map<string, number>();
  const numbered = (text: string): number[] =>
    (text.match(DIFF_TOKEN) ?? []).map((token) => {
      const known = numbers.get(token);
      if (known !== undefined) return known;
      numbers.set(token, numbers.size);
      return numbers.size - 1;
    });
  const [old, next] = [numbered(before), numbered(after)];
  const limit = Math.min(bound, old.length + next.length);
  if (unmatchedTokens(old, next, numbers.size) > limit) return limit + 1;
  // furthest[limit + 1 + k]: how far into the old text a path of the current length reaches on diagonal k (old − new position).
  const furthest = new Int32Array(2 * limit + 3);
  for (let edits = 0; edits <= limit; edits += 1) {
    for (let diagonal = -edits; diagonal <= edits; diagonal += 2) {
      const below = furthest[limit + diagonal] ?? 0;
      const above = furthest[limit + diagonal + 2] ?? 0;
      let x = diagonal === -edits || (diagonal !== edits && below < above) ? above : below + 1;
      let y = x - diagonal;
      while (x < old.length && y < next.length && old[x] === next[y]) {
        x += 1;
        y += 1;
      }
      furthest[limit + diagonal + 1] = x;
      if (x >= old.length && y >= next.length) return edits;
    }
  }
  return limit + 1;
}

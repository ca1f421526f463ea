/**
 * What the search page says about the words of a query, from the archive's own vocabulary (search-vocabulary.ts):
 * which words do not occur at all, and the nearest word that does for a misspelling (`Mediteranean` → `Mediterranean`).
 */
import { isCheckedKey, wordKey, type VocabularyShard } from './search-vocabulary.ts';

/** One word of a query: as typed, and its key. */
export interface QueryWord {
  readonly typed: string;
  readonly key: string;
}

/** The words of a query that the vocabulary can check (two characters or more, with a letter), in order. */
export function queryWords(query: string): QueryWord[] {
  return query
    .split(/\s+/)
    .map((typed) => ({ typed: typed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), key: wordKey(typed) }))
    .filter((word) => isCheckedKey(word.key));
}

/**
 * Whether a word occurs in the archive: its key is a word of the vocabulary or, for the word being typed (the last, which
 * Pagefind reads as a prefix), the beginning of one.
 */
export function occurs(key: string, shard: VocabularyShard, asPrefix: boolean): boolean {
  return shard.some(([word]) => word === key || (asPrefix && word.startsWith(key)));
}

/**
 * The optimal string alignment distance of two words: insertions, deletions, substitutions and transpositions of two
 * neighbours each cost one (`terorism` → `terrorism`: 1; `Mediteranean` → `mediterranean`: 1).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] ?? [];
      const above = d[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

/** How many edits a suggestion may be away: none for words of three letters or fewer, one up to seven, two beyond. */
export function allowedEdits(key: string): number {
  return key.length <= 3 ? 0 : key.length <= 7 ? 1 : 2;
}

/**
 * The word of the vocabulary nearest to a word that does not occur, as the archive most often writes it, or null: the
 * fewest edits within `allowedEdits`, then the most frequent, then the first alphabetically.
 */
export function nearestWord(key: string, shard: VocabularyShard): string | null {
  const limit = allowedEdits(key);
  let best: { display: string; distance: number; count: number; key: string } | null = null;
  for (const [word, display, count] of shard) {
    if (Math.abs(word.length - key.length) > limit) continue;
    const distance = editDistance(key, word);
    if (distance === 0 || distance > limit) continue;
    if (best === null || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && word < best.key)))) {
      best = { display, distance, count, key: word };
    }
  }
  return best?.display ?? null;
}

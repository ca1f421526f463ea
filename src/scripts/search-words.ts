import { shardOf, shardPath, type VocabularyShard } from '../lib/search-vocabulary.ts';
import { nearestWord, occurs, queryWords } from '../lib/spelling.ts';

/** What the archive's vocabulary says of a query's words. */
export interface WordCheck {
  /** The words, as typed, that occur nowhere in the archive. */
  readonly missing: readonly string[];
  /** The query with each missing word replaced by the nearest word that occurs, or null when there is none to offer. */
  readonly suggestion: string | null;
}

/** The shards fetched so far (a shard the archive has no file for is an empty one); a failed fetch is tried again next time. */
const shards = new Map<string, Promise<VocabularyShard | null>>();

/** A shard of the vocabulary: its rows, empty when no word of the archive starts so (404), null when it could not be fetched. */
function shard(name: string): Promise<VocabularyShard | null> {
  let loading = shards.get(name);
  if (loading === undefined) {
    loading = fetch(shardPath(name)).then(
      async (response) => (response.ok ? ((await response.json()) as VocabularyShard) : response.status === 404 ? [] : null),
      () => null,
    );
    shards.set(name, loading);
    void loading.then((rows) => {
      if (rows === null) shards.delete(name);
    });
  }
  return loading;
}

/**
 * Checks each word of a query against the archive's vocabulary: the last word counts as found when a word starts with it
 * (Pagefind reads it as a prefix while it is typed). Null when a shard could not be fetched: nothing is claimed then.
 */
export async function checkWords(query: string): Promise<WordCheck | null> {
  const words = queryWords(query);
  const missing: string[] = [];
  let suggestion = query;
  let suggested = false;
  for (const [index, word] of words.entries()) {
    const rows = await shard(shardOf(word.key));
    if (rows === null) return null;
    if (occurs(word.key, rows, index === words.length - 1)) continue;
    missing.push(word.typed);
    const nearest = nearestWord(word.key, rows);
    if (nearest !== null) {
      suggestion = suggestion.replace(word.typed, nearest);
      suggested = true;
    }
  }
  return { missing, suggestion: suggested ? suggestion : null };
}

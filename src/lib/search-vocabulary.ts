/**
 * The words of the pages the search indexes, written at build time as small JSON files (`/search/words/<shard>.json`)
 * so that the search page can tell, without a server, whether a word a reader typed occurs in the archive at all
 * (Pagefind would otherwise list pages with similar stemmed words as if they matched) and suggest the nearest word
 * that does. Words are read as Pagefind reads them: split at white space, letters and digits kept, lower case,
 * diacritics removed, and the parts of a compound (`counter-terrorism`) counted as words too.
 */

/** Letters and digits, as Pagefind keeps them in a word. */
const WORD_CHARACTERS = /[^\p{L}\p{N}]/gu;

/** Combining marks left by canonical decomposition: the diacritics Pagefind ignores by default. */
const COMBINING_MARKS = /\p{M}/gu;

/** Where a compound word splits into parts: anything that is not a letter or a digit. */
const COMPOUND_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** What separates the words of a text. */
const WHITE_SPACE = /\s+/;

/** A letter: words without one (numbers) are found by the number search, not checked here. */
const HAS_LETTER = /\p{L}/u;

/** How many leading characters of a word name its shard: a file per two letters stays small as the archive grows. */
export const SHARD_PREFIX = 2;

/** The form a word is compared in: letters and digits only, lower case, without diacritics (`Gdańsk` → `gdansk`). */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(WORD_CHARACTERS, '').toLowerCase();
}

/** Whether a word key is checked against the vocabulary: two characters at least, and a letter. */
export function isCheckedKey(key: string): boolean {
  return Array.from(key).length >= SHARD_PREFIX && HAS_LETTER.test(key);
}

/** A character that names a shard as it is: the others are written by code point, so that every file name is plain ASCII. */
const PLAIN_SHARD_CHARACTER = /^[a-z0-9]$/;

/** The shard a word key is filed under: its first two characters, `me`; `u101` stands for a character beyond ASCII (`ā`). */
export function shardOf(key: string): string {
  return Array.from(key)
    .slice(0, SHARD_PREFIX)
    .map((character) => (PLAIN_SHARD_CHARACTER.test(character) ? character : `u${(character.codePointAt(0) ?? 0).toString(16)}`))
    .join('');
}

/** The words of a text as a reader would type them: each white-space-separated word and, for a compound, its parts. */
export function textWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(WHITE_SPACE)) {
    const trimmed = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (trimmed === '') continue;
    words.push(trimmed);
    const parts = trimmed.split(COMPOUND_SEPARATOR);
    if (parts.length > 1) words.push(...parts.filter((part) => part !== ''));
  }
  return words;
}

/** One word of the vocabulary: how it is most often written, and how often it occurs. */
export interface VocabularyWord {
  readonly display: string;
  readonly count: number;
}

/** A shard as written to its file: `[key, display, count]` rows, sorted by key, so the same texts give the same bytes. */
export type VocabularyShard = readonly (readonly [key: string, display: string, count: number])[];

/**
 * How often each white-space-separated word of some texts occurs, counted into `counts` (a new map when none is given):
 * the first step of the vocabulary, which the rest reads whatever the texts' order (buildVocabulary, vocabularyOf).
 */
export function countSeparated(texts: Iterable<string>, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const text of texts) {
    for (const raw of text.split(WHITE_SPACE)) counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  return counts;
}

/**
 * The vocabulary of some texts, by shard: every checked word key with its most frequent spelling (the first in
 * alphabetical order among equals) and its number of occurrences.
 */
export function buildVocabulary(texts: Iterable<string>): Map<string, VocabularyShard> {
  return vocabularyOf([countSeparated(texts)]);
}

/**
 * The vocabulary of texts whose white-space-separated words were counted (countSeparated), in one map or several (the
 * same word's counts in several are added): the same as buildVocabulary of the texts, in any order and grouping.
 */
export function vocabularyOf(counted: Iterable<ReadonlyMap<string, number>>): Map<string, VocabularyShard> {
  // Each white-space-separated word counted first, then read into its words once, and each spelling's key made once: a
  // word recurs thousands of times, and reading it and making its key take Unicode patterns and a normalisation.
  const occurrences = new Map<string, number>();
  for (const separated of counted) {
    for (const [raw, times] of separated) {
      for (const word of textWords(raw)) occurrences.set(word, (occurrences.get(word) ?? 0) + times);
    }
  }
  const spellings = new Map<string, Map<string, number>>();
  for (const [word, count] of occurrences) {
    const key = wordKey(word);
    if (!isCheckedKey(key)) continue;
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(word, count);
    spellings.set(key, forms);
  }
  const shards = new Map<string, [string, string, number][]>();
  for (const key of [...spellings.keys()].sort()) {
    const forms = [...(spellings.get(key) ?? new Map<string, number>())].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    const count = forms.reduce((sum, [, n]) => sum + n, 0);
    const rows = shards.get(shardOf(key)) ?? [];
    rows.push([key, forms[0]?.[0] ?? key, count]);
    shards.set(shardOf(key), rows);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The address of a shard's file. */
export function shardPath(shard: string): string {
  return `/search/words/${shard}.json`;
}

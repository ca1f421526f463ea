/** What the search page tells a reader beyond the count of results: how it read the query, and what it could not find. */
import type { NumberQuery } from './number-query.ts';

/** A notice: a sentence, and a query to offer instead ("Did you mean …?"), either possibly absent. */
export interface SearchNotice {
  readonly text: string;
  readonly suggestion: string | null;
}

/** What the notice is made from. */
export interface NoticeInput {
  /** The query as typed. */
  readonly typed: string;
  /** The document number the query was read as, if any, and whether only its bare number found anything. */
  readonly number: NumberQuery | null;
  readonly widened: boolean;
  /** Words of the query that occur nowhere in the archive, and the query with them corrected. */
  readonly missing: readonly string[];
  readonly suggestion: string | null;
  readonly total: number;
}

/** Words in quotation marks, joined as a list: “Statewatch”, “Gdansk” and “Frontx”. */
function quoted(words: readonly string[]): string {
  const marked = words.map((word) => `“${word}”`);
  return marked.length <= 1 ? (marked[0] ?? '') : `${marked.slice(0, -1).join(', ')} and ${marked[marked.length - 1] ?? ''}`;
}

/**
 * The notice of a search, or null when there is nothing to say: a number read from another spelling, a number found only
 * without its year or suffixes, words that occur nowhere while Pagefind lists pages with similar words, and a correction
 * from the archive's own words.
 */
export function searchNotice(input: NoticeInput): SearchNotice | null {
  const sentences: string[] = [];
  const { number } = input;
  if (number !== null && input.widened && input.total > 0) sentences.push(`No document numbered ${number.search}; showing documents numbered ${number.bare}.`);
  else if (number !== null && input.typed.trim() !== number.search) sentences.push(`Searched for the document number ${number.search}.`);
  if (number === null && input.missing.length > 0 && input.total > 0) sentences.push(`No exact match for ${quoted(input.missing)}; showing similar words.`);
  const text = sentences.join(' ');
  return text === '' && input.suggestion === null ? null : { text, suggestion: input.suggestion };
}

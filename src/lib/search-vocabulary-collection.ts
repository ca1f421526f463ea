/** The texts the search indexes, read from the collections once per build, and their vocabulary (the I/O edge of search-vocabulary.ts). */
import { getCollection } from 'astro:content';
import { buildVocabulary, type VocabularyShard } from './search-vocabulary.ts';
import { ENTRY_TEXTS, listTexts } from './search-vocabulary-texts.ts';
import { takeVocabularyAhead } from './vocabulary-ahead.ts';

let built: Promise<Map<string, VocabularyShard>> | undefined;

/**
 * Every text a searchable page shows: items (title and text), the header fields, sections and footnotes of documents,
 * the numbers of cited documents and the sentences that cite them, actors' and topics' names and what recognises them.
 */
async function indexedTexts(): Promise<string[]> {
  const [items, documents, references] = await Promise.all([getCollection('items'), getCollection('documents'), getCollection('references')]);
  return [
    ...items.flatMap(({ data }) => ENTRY_TEXTS.items(data)),
    ...documents.flatMap(({ data }) => ENTRY_TEXTS.documents(data)),
    ...references.flatMap(({ data }) => ENTRY_TEXTS.references(data)),
    ...listTexts(),
  ];
}

/**
 * The vocabulary of the archive by shard, built on first use and shared by every shard file of the build: in a build,
 * as the content sync had it made on a thread of its own from the same entries (vocabulary-ahead.ts); else here.
 */
export function archiveVocabulary(): Promise<Map<string, VocabularyShard>> {
  const here = () => indexedTexts().then(buildVocabulary);
  // A thread that failed leaves it to be made here.
  built ??= takeVocabularyAhead()?.catch(here) ?? here();
  return built;
}

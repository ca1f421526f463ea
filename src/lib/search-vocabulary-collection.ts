/** The texts the search indexes, read from the collections once per build, and their vocabulary (the I/O edge of search-vocabulary.ts). */
import { getCollection } from 'astro:content';
import { ACTORS } from '../shared/actors.ts';
import { blocksPlain } from '../shared/source-text.ts';
import { TOPICS } from '../shared/topics.ts';
import { buildVocabulary, type VocabularyShard } from './search-vocabulary.ts';

let built: Promise<Map<string, VocabularyShard>> | undefined;

/**
 * Every text a searchable page shows: items (title and text), the header fields, sections and footnotes of documents,
 * the numbers of cited documents and the sentences that cite them, actors' and topics' names and what recognises them.
 */
async function indexedTexts(): Promise<string[]> {
  const [items, documents, references] = await Promise.all([getCollection('items'), getCollection('documents'), getCollection('references')]);
  return [
    ...items.flatMap(({ data }) => [data.title, data.text]),
    ...documents.flatMap(({ data }) => [
      data.subject ?? '',
      data.from ?? '',
      data.to ?? '',
      ...data.sections.flatMap((section) => [section.title ?? '', section.text]),
      ...data.footnotes.map((footnote) => blocksPlain(footnote.text)),
    ]),
    ...references.flatMap(({ data }) => [data.id, ...data.citations.map((citation) => citation.context)]),
    ...ACTORS.flatMap((actor) => [actor.name, ...actor.aliases]),
    ...TOPICS.flatMap((topic) => [topic.name, ...topic.keywords.map((keyword) => keyword.replace(/\*$/, ''))]),
  ];
}

/** The vocabulary of the archive by shard, built on first use and shared by every shard file of the build. */
export function archiveVocabulary(): Promise<Map<string, VocabularyShard>> {
  built ??= indexedTexts().then(buildVocabulary);
  return built;
}

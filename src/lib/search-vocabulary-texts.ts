/**
 * The texts the search indexes, entry by entry, as the vocabulary (search-vocabulary.ts) reads them: the same functions
 * give them to the routes (search-vocabulary-collection.ts) and to the content sync (vocabulary-ahead.ts).
 */
import type { DocumentEntry } from '../schemas/document-entry.ts';
import type { ItemEntry } from '../schemas/item-entry.ts';
import type { ReferenceEntry } from '../schemas/reference-entry.ts';
import { ACTORS } from '../shared/actors.ts';
import { blocksPlain } from '../shared/source-text.ts';
import { TOPICS } from '../shared/topics.ts';

/** The collections whose entries' texts the search indexes. */
export const VOCABULARY_COLLECTIONS = ['items', 'documents', 'references'] as const;

/** One of them. */
export type VocabularyCollection = (typeof VOCABULARY_COLLECTIONS)[number];

/** An entry's data in each of them. */
export interface VocabularyEntryData {
  items: Pick<ItemEntry, 'title' | 'text'>;
  documents: Pick<DocumentEntry, 'subject' | 'from' | 'to' | 'sections' | 'footnotes'>;
  references: Pick<ReferenceEntry, 'id' | 'citations'>;
}

/**
 * The texts of one entry the search indexes, by collection: an item's title and text; a document's header fields,
 * sections and footnotes; a cited number and the sentences that cite it.
 */
export const ENTRY_TEXTS: { readonly [C in VocabularyCollection]: (data: VocabularyEntryData[C]) => string[] } = {
  items: (item) => [item.title, item.text],
  documents: (document) => [
    document.subject ?? '',
    document.from ?? '',
    document.to ?? '',
    ...document.sections.flatMap((section) => [section.title ?? '', section.text]),
    ...document.footnotes.map((footnote) => blocksPlain(footnote.text)),
  ],
  references: (reference) => [reference.id, ...reference.citations.map((citation) => citation.context)],
};

/** The texts of the site's own lists the search indexes: actors' and topics' names and what recognises them. */
export function listTexts(): string[] {
  return [
    ...ACTORS.flatMap((actor) => [actor.name, ...actor.aliases]),
    ...TOPICS.flatMap((topic) => [topic.name, ...topic.keywords.map((keyword) => keyword.replace(/\*$/, ''))]),
  ];
}

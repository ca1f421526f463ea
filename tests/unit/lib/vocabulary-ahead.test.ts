import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../src/lib/search-vocabulary.ts';
import { ENTRY_TEXTS, listTexts, type VocabularyCollection, type VocabularyEntryData } from '../../../src/lib/search-vocabulary-texts.ts';
import { takeVocabularyAhead, vocabularyAhead } from '../../../src/lib/vocabulary-ahead.ts';

/** Item 3 of a COSI meeting, as the ingest writes its entry's data. */
const ITEM: VocabularyEntryData['items'] = {
  title: 'Migrant smuggling along the Central Mediterranean route',
  text: 'The Presidency presented the state of play (14470/25).\nDelegations welcomed the report of the meeting in Gdańsk.',
};

/** A note of the Presidency: its header, two sections and a footnote. */
const DOCUMENT: VocabularyEntryData['documents'] = {
  subject: 'Strengthening Europol support to prevent migrant smuggling',
  from: 'Presidency',
  to: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
  sections: [
    { anchor: 'introduction', number: '1.', title: 'Introduction', text: 'The Council adopted the Pact in Gdańsk.' },
    { anchor: 'section-2', number: null, title: null, text: 'COSI is invited to take note of this report.' },
  ],
  footnotes: [{ mark: '1', label: '1', text: [{ list: null, inline: [{ type: 'text', value: 'Doc. 9267/25 LIMITE' }] }] }],
} as VocabularyEntryData['documents'];

/** A document cited by number, and the sentence that cites it. */
const REFERENCE: VocabularyEntryData['references'] = {
  id: '14470/25',
  citations: [{ context: 'The Presidency presented the state of play (14470/25).' }],
} as VocabularyEntryData['references'];

const DATA: { readonly [C in VocabularyCollection]: VocabularyEntryData[C] } = { items: ITEM, documents: DOCUMENT, references: REFERENCE };

/** A loader standing for the collection's: it has stored its one entry when `load` is done. */
function loaded<C extends VocabularyCollection>(collection: C, watcher?: object): Promise<void> {
  const loader: Loader = { name: 'one-entry', load: () => Promise.resolve() };
  const store = { values: () => [{ id: 'one', data: DATA[collection] }] };
  return vocabularyAhead(collection, loader).load({ store, ...(watcher === undefined ? {} : { watcher }) } as unknown as LoaderContext);
}

afterEach(() => {
  // Nothing left under way for the next case.
  void takeVocabularyAhead()?.catch(() => undefined);
});

describe('vocabularyAhead', () => {
  it('makes on its thread, once every collection is loaded, the vocabulary the routes would make of the same entries', async () => {
    await loaded('items');
    await loaded('references');
    expect(takeVocabularyAhead()).toBeUndefined();
    await loaded('items');
    await loaded('documents');
    await loaded('references');
    const vocabulary = await takeVocabularyAhead();
    const texts = [...ENTRY_TEXTS.items(ITEM), ...ENTRY_TEXTS.documents(DOCUMENT), ...ENTRY_TEXTS.references(REFERENCE), ...listTexts()];
    expect([...(vocabulary ?? [])]).toEqual([...buildVocabulary(texts)]);
    // `Gdańsk` in the item's text and in a section; the footnote's `LIMITE` in its text blocks.
    expect(vocabulary?.get('gd')).toEqual([['gdansk', 'Gdańsk', 2]]);
    expect(vocabulary?.get('li')?.find(([key]) => key === 'limite')).toEqual(['limite', 'LIMITE', 1]);
    expect(takeVocabularyAhead()).toBeUndefined();
  });

  it('leaves the vocabulary to the routes where a collection is loaded twice', async () => {
    await loaded('items');
    await loaded('documents');
    await loaded('documents');
    await loaded('references');
    expect(takeVocabularyAhead()).toBeUndefined();
  });

  it('starts nothing on a dev server, whose entries change after the sync', async () => {
    for (const collection of ['items', 'documents', 'references'] as const) await loaded(collection, {});
    expect(takeVocabularyAhead()).toBeUndefined();
  });
});

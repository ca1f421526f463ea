/** The export records of every dataset, year by year, read from the collections (the I/O edge of open-data.ts). */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { DATASETS, type Dataset, type ExportRecord } from './json-schema.ts';
import {
  decisionsTable,
  documentRecords,
  documentsTable,
  itemRecords,
  itemsTable,
  jsonFileParts,
  meetingsTable,
  recordsById,
  referencesTable,
  type CsvTable,
  type DocumentWithItems,
} from './open-data.ts';
import { shardKey, shardsOf, type Shard, type ShardFields } from './open-data-shards.ts';

/** The shard of a collection entry's data (the collection's schema guarantees the fields the key reads). */
const entryShard = <D extends Dataset>(dataset: D, data: unknown) => shardKey(dataset, data as ShardFields[D]);

/** The entries of one collection by shard key, in the collection's order. */
type ShardIndex<D extends Dataset> = Map<string, CollectionEntry<D>[]>;

/**
 * Each dataset's entries filed by shard key, once per build: every shard file (JSON and CSV) reads its own entries, and picking them out of the whole collection for each one cost a pass over it per file.
 */
const shardIndexes = new Map<Dataset, Promise<ShardIndex<Dataset>>>();

/** The entries of one collection by shard key, filed on first use. */
function shardIndex<D extends Dataset>(dataset: D): Promise<ShardIndex<D>> {
  let index = shardIndexes.get(dataset);
  if (index === undefined) {
    index = getCollection(dataset).then((entries) => Map.groupBy(entries as CollectionEntry<Dataset>[], (entry) => entryShard(dataset, entry.data)));
    shardIndexes.set(dataset, index);
  }
  return index as Promise<ShardIndex<D>>;
}

/** The entries of one collection filed under one shard key. */
async function inShard<D extends Dataset>(dataset: D, key: string): Promise<CollectionEntry<D>[]> {
  return (await shardIndex(dataset)).get(key) ?? [];
}

/** The shards of one dataset, newest year first. */
export async function datasetShards(dataset: Dataset): Promise<Shard[]> {
  return shardsOf((await getCollection(dataset)).map((entry) => entryShard(dataset, entry.data)));
}

/** The route params of every shard file: each dataset with each of its years. */
export async function shardParams(): Promise<{ params: { dataset: Dataset; shard: string } }[]> {
  const perDataset = await Promise.all(DATASETS.map(async (dataset) => (await datasetShards(dataset)).map(({ key }) => ({ params: { dataset, shard: key } }))));
  return perDataset.flat();
}

/** Each document entry with its agenda items' data, in agenda order (an item the document lists but the collection lacks is an error, never a gap in the text). */
async function withAgendas(documents: readonly CollectionEntry<'documents'>[]): Promise<DocumentWithItems[]> {
  return Promise.all(
    documents.map(async (document) => {
      const items = await getEntries(document.data.items.map((id) => ({ collection: 'items' as const, id })));
      const agenda =
        document.data.items.length === 0
          ? document.data.itemTexts
          : items.map((item, index) => {
              if (item === undefined) throw new Error(`documents/${document.id}: item ${document.data.items[index] ?? ''} is not in the items collection`);
              return item.data;
            });
      return { ...document, agenda };
    }),
  );
}

/** The records of one shard of a dataset, sorted (documents by slug, items in meeting and agenda order, the rest by id); every text from the entries' data. */
export async function exportRecords<D extends Dataset>(dataset: D, key: string): Promise<ExportRecord<D>[]> {
  const records = {
    documents: async () => documentRecords(await withAgendas(await inShard('documents', key))),
    meetings: async () => recordsById(await inShard('meetings', key)),
    items: async () => itemRecords(await inShard('items', key)),
    decisions: async () => recordsById(await inShard('decisions', key)),
    references: async () => recordsById(await inShard('references', key)),
  } satisfies { [K in Dataset]: () => Promise<ExportRecord<K>[]> };
  return (await records[dataset]()) as ExportRecord<D>[];
}

/** The CSV table of a dataset's records. */
function tableOf<D extends Dataset>(dataset: D, records: readonly ExportRecord<D>[]): CsvTable {
  const tables = {
    documents: documentsTable,
    meetings: meetingsTable,
    items: itemsTable,
    decisions: decisionsTable,
    references: referencesTable,
  } satisfies { [K in Dataset]: (records: readonly ExportRecord<K>[]) => CsvTable };
  return (tables[dataset] as (records: readonly ExportRecord<D>[]) => CsvTable)(records);
}

/** The CSV table of one shard of a dataset. */
export async function exportTable(dataset: Dataset, key: string): Promise<CsvTable> {
  return tableOf(dataset, await exportRecords(dataset, key));
}

/** One shard of a dataset as its JSON file (one array, then a line break), in the parts of `jsonFileParts`. */
export async function exportJsonFile(dataset: Dataset, key: string): Promise<string[]> {
  return jsonFileParts(await exportRecords(dataset, key));
}

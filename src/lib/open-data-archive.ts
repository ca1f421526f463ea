/** The export records of every dataset, read from the collections (the I/O edge of open-data.ts). */
import { getCollection } from 'astro:content';
import type { Dataset, ExportRecord } from './json-schema.ts';
import {
  decisionsTable, documentRecords, documentsTable, itemRecords, itemsTable, meetingsTable, recordsById, referencesTable,
  type CsvTable,
} from './open-data.ts';

/** The records of one dataset, sorted (documents by slug, items in meeting and agenda order, the rest by id). */
export async function exportRecords<D extends Dataset>(dataset: D): Promise<ExportRecord<D>[]> {
  const records = {
    documents: async () => documentRecords(await getCollection('documents')),
    meetings: async () => recordsById(await getCollection('meetings')),
    items: async () => itemRecords(await getCollection('items')),
    decisions: async () => recordsById(await getCollection('decisions')),
    references: async () => recordsById(await getCollection('references')),
  } satisfies { [K in Dataset]: () => Promise<ExportRecord<K>[]> };
  return (await records[dataset]()) as ExportRecord<D>[];
}

/** The CSV table of one dataset. */
export async function exportTable(dataset: Dataset): Promise<CsvTable> {
  switch (dataset) {
    case 'documents': return documentsTable(await exportRecords('documents'));
    case 'meetings': return meetingsTable(await exportRecords('meetings'));
    case 'items': return itemsTable(await exportRecords('items'));
    case 'decisions': return decisionsTable(await exportRecords('decisions'));
    case 'references': return referencesTable(await exportRecords('references'));
  }
}

import type { OkRecord } from '../../../src/schemas/record.ts';
import { corpusFiles } from './corpus-files.ts';
import { documentFiles, type GeneratedFile } from './document-files.ts';
import { meetingIds } from './meeting-ids.ts';
import { byDocumentOrder, compare } from '../../../src/shared/order.ts';

/**
 * Records → every file of the collections, keyed by path relative to the content root (`documents/15912-25.md`),
 * sorted by path. Each entry is validated with its collection schema first; the result does not depend on the order
 * of `records`. Throws when two entries would share a path or an entry does not validate.
 * The CLI streams the same stages (documentFiles per source, corpusFiles at the end); this holds everything at once.
 */
export function toCollections(records: readonly OkRecord[]): Map<string, string> {
  const sorted = [...records].sort(byDocumentOrder);
  const meetings = meetingIds(sorted);
  const documents = sorted.map((record) => documentFiles(record, meetings.get(record) ?? null));
  const files = new Map<string, string>();
  const add = ([path, content]: GeneratedFile) => {
    if (files.has(path)) throw new Error(`two entries would be written to content/${path}`);
    files.set(path, content);
  };
  for (const document of documents) document.files.forEach(add);
  corpusFiles(documents).forEach(add);
  return new Map([...files].sort(([a], [b]) => compare(a, b)));
}

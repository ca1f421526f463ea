import type { OkRecord } from '../../../src/schemas/record.ts';
import { corpusFiles } from './corpus-files.ts';
import { documentFiles, type GeneratedFile } from './document-files.ts';
import { documentPlans } from './meeting-ids.ts';
import { packedCollectionOf, packedFiles } from './packed-files.ts';
import { planKey } from './plan-key.ts';
import { byDocumentOrder, compare } from '../../../src/shared/order.ts';

/**
 * Records → every file of the collections, keyed by path relative to the content root (`documents/15912-25.json`),
 * sorted by path. Each document is written as its plan says (meeting-ids.ts: a source repeating another's text is
 * left out, other texts of one number are kept beside it, a meeting shows the latest version of its outcome); each
 * entry is validated with its collection schema first; the result does not depend on the order of `records`. Throws
 * when two entries would share a path or an entry does not validate.
 * The CLI streams the same stages (documentFiles per source, corpusFiles at the end); this holds everything at once.
 */
export function toCollections(records: readonly OkRecord[]): Map<string, string> {
  const sorted = [...records].sort(byDocumentOrder);
  const keys = new Map(sorted.map((record) => [record, planKey(record)] as const));
  const plans = documentPlans([...keys.values()]);
  const documents = sorted.flatMap((record) => {
    const key = keys.get(record);
    const plan = key === undefined ? undefined : plans.get(key);
    return plan === undefined || plan.sameAs !== null ? [] : [documentFiles(record, plan)];
  });
  const files = new Map<string, string>();
  const add = ([path, content]: GeneratedFile) => {
    if (files.has(path)) throw new Error(`two entries would be written to content/${path}`);
    files.set(path, content);
  };
  for (const document of documents) document.files.forEach(add);
  corpusFiles(documents).forEach(add);
  return new Map([...files].sort(([a], [b]) => compare(a, b)));
}

/** `toCollections` as `npm run ingest` writes it: the entries of the packed collections packed into their files (packed-files.ts). */
export function toContentFiles(records: readonly OkRecord[]): Map<string, string> {
  const files = [...toCollections(records)];
  const packed = packedFiles(files.filter(([path]) => packedCollectionOf(path) !== null));
  return new Map([...files.filter(([path]) => packedCollectionOf(path) === null), ...packed].sort(([a], [b]) => compare(a, b)));
}

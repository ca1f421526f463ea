import type { IngestRecord } from '../../../src/schemas/record.ts';

/**
 * The records with every document number that more than one source gives turned into an error on each of those
 * sources, naming all of them; other records unchanged, order kept.
 */
export function rejectDuplicateNumbers(records: readonly IngestRecord[]): IngestRecord[] {
  const sourcesByNumber = new Map<string, string[]>();
  for (const record of records) {
    if (record.status === 'ok') sourcesByNumber.set(record.number, [...(sourcesByNumber.get(record.number) ?? []), record.source]);
  }
  return records.map((record) => {
    const sources = record.status === 'ok' ? (sourcesByNumber.get(record.number) ?? []) : [];
    if (record.status !== 'ok' || sources.length < 2) return record;
    return {
      source: record.source,
      status: 'error',
      error: { file: record.source, line: 0, message: `document number ${record.number} is given by more than one source: ${sources.join(', ')}` },
    };
  });
}

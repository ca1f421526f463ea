/** The ingest's reading of a fetched PDF, for `--follow`: every number it cites, as its record lists them. */
import { sourceRecord } from '../ingest/run/ingest-source.ts';

/** The canonical ids of every reference of the PDF at `path` (header, body, footnotes), or why the ingest cannot read it. */
export async function citedNumbers(path: string): Promise<{ ids: string[]; error: string | null }> {
  const record = await sourceRecord({ source: path, path, inside: true });
  if (record.status === 'error') return { ids: [], error: record.error.message };
  return { ids: record.references.map((reference) => reference.id), error: null };
}

import type { IngestError } from '../../../src/schemas/record.ts';
import { sourceEntrySchema, type SourceEntry } from '../../../src/schemas/source-entry.ts';
import type { GeneratedFile } from '../entries/document-files.ts';
import { validEntry } from '../entries/valid-entry.ts';
import { jsonFile } from '../markdown/frontmatter.ts';
import type { Verdict } from './corpus-collector.ts';
import type { SourceFile } from './ingest-source.ts';

/** The file of the sources collection, under the content root: one entry per source, keyed by its `source`. */
export const SOURCES_FILE = 'source-files/sources.json';

/**
 * The sources collection's file: every listed source with what became of it — its verdict, or the error its name
 * got (`refused`, never read). A source's original is served (`file`) only when it was read and its name passed.
 * Throws when an entry does not validate.
 */
export function sourcesFile(sources: readonly SourceFile[], verdicts: ReadonlyMap<number, Verdict>, refused: ReadonlyMap<number, IngestError>): GeneratedFile {
  const entries = new Map<string, SourceEntry>();
  sources.forEach(({ source, path }, index) => {
    const error = refused.get(index);
    const verdict: Verdict =
      error === undefined ? (verdicts.get(index) ?? notTaken(source)) : { status: 'error', bytes: null, document: null, warnings: [], error };
    const entry = {
      source: error === undefined ? source.normalize('NFC') : source,
      ...verdict,
      file: error === undefined && verdict.bytes !== null ? path : null,
    };
    entries.set(entry.source, validEntry(SOURCES_FILE, sourceEntrySchema, entry) as SourceEntry);
  });
  return [SOURCES_FILE, jsonFile(Object.fromEntries(entries))];
}

/** The verdict of a source the collector never saw (it cannot happen: every accepted source is reported). */
function notTaken(source: string): Verdict {
  return { status: 'error', bytes: null, document: null, warnings: [], error: { file: source, line: 0, message: 'not ingested' } };
}

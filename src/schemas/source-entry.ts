import { z } from 'astro/zod';
import { ingestErrorSchema, ingestWarningSchema } from './record.ts';

/**
 * What the ingest made of one source file (`content/source-files/sources.json`, keyed by `source`): the /sources/
 * page lists them all, and a document's page shows its source's warnings. One flat object so that later facts about a
 * source (where a fetched file came from) are added as fields.
 */
export const sourceEntrySchema = z.object({
  /** The source's path as records name it (`content/sources/2025/a.txt`), in Unicode NFC. */
  source: z.string().min(1),
  /** `ok`: a document page was made (warnings or not); `error`: the source could not be read or made into one. */
  status: z.enum(['ok', 'error']),
  /** Size of the file in bytes; null when it was not read (a refused name, a link leading outside, a read error). */
  bytes: z.number().int().nonnegative().nullable(),
  /**
   * The path the build reads the original from, as on disk (it may differ from `source` in Unicode normalisation);
   * null when the original is not served (never read, or its name is unusable or shared with another file).
   */
  file: z.string().min(1).nullable(),
  /** The document an `ok` source became: the slug of its page (`/documents/<slug>/`) and its number; null for an `error`. */
  document: z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), number: z.string().min(1) }).nullable(),
  /** What the ingest could not place or had to decide in an `ok` source, in source order. */
  warnings: z.array(ingestWarningSchema),
  /** Why an `error` source gave no document (file, line, what was expected); null for `ok`. */
  error: ingestErrorSchema.nullable(),
});

/** One source file's entry. */
export type SourceEntry = z.output<typeof sourceEntrySchema>;

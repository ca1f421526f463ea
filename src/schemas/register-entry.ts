import { z } from 'astro/zod';
import { sourceSidecarSchema } from './source-sidecar.ts';

/**
 * `content/register/<name>.json`: one sidecar of `npm run fetch` as the ingest found it, with where it lies and the
 * source it describes, for the /sources/ page and the document's page (where a fetched document came from and when, or
 * that the register withholds it).
 */
export const registerEntrySchema = sourceSidecarSchema.extend({
  /** The sidecar's path as the ingest names sources: `content/sources/register/2025/15912-25.source.json`. */
  sidecar: z.string().min(1),
  /** The PDF it describes, as records name their source; null when nothing was saved or the file is not there. */
  source: z.string().min(1).nullable(),
  /** The slug of the document's page (`15912-25`), whether the archive holds it or only knows it by reference. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});

/** A register entry. */
export type RegisterEntry = z.output<typeof registerEntrySchema>;

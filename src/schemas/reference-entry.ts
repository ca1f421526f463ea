import { z } from 'astro/zod';
import { REFERENCE_TYPES } from './vocabulary.ts';

/** Where a document is cited: the citing document, the anchor on its page and the sentence around it. */
export const citationSchema = z.object({
  document: z.string(),
  documentSlug: z.string(),
  /** The meeting id when the citation stands in an agenda item, else null. */
  meeting: z.string().nullable(),
  /** `item-6`, `section-2-1`, `user-content-fn-1` (the id Astro renders for footnote 1), `header`: the fragment on the citing page. */
  anchor: z.string(),
  /** What the anchor is, for people: "item 6", "section 2.1", "footnote 1", "header". */
  label: z.string(),
  /** The sentence around the reference, plain text. */
  context: z.string(),
});

/** One referenced document (`content/references/<slug>.json`) with every place that cites it. */
export const referenceEntrySchema = z.object({
  id: z.string(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: z.enum(REFERENCE_TYPES),
  /** The official address, where it is certain; none for a Commission C document or a European Parliament document. */
  url: z.url().optional(),
  /** True when the document itself is ingested (it has a documents entry with this slug). */
  ingested: z.boolean(),
  citations: z.array(citationSchema),
});

/** A reference entry. */
export type ReferenceEntry = z.output<typeof referenceEntrySchema>;
/** One citation of a reference entry. */
export type Citation = z.output<typeof citationSchema>;

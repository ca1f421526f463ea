import { z } from 'astro/zod';
import { decisionSchema } from './decision.ts';
import { isoDateSchema } from './iso-date.ts';

/** An agenda item of an outcome of proceedings, as the ingest record lists it. */
export const itemSchema = z.object({
  /** `"1"`, `"6.1"`, or null for an unnumbered "Any other business". */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  /** The heading the item stands under ("Items for discussion"), or null. */
  section: z.string().min(1).nullable(),
  /** The meeting day the item was taken on, where the document has day headings. */
  day: isoDateSchema.nullable(),
  /** The item's text as Markdown. */
  text: z.string(),
  decisions: z.array(decisionSchema),
  /** Canonical ids of the documents the item cites, in order of first appearance. */
  references: z.array(z.string().min(1)),
});

/** An agenda item of the ingest record. */
export type Item = z.output<typeof itemSchema>;

import { z } from 'astro/zod';

/** A footnote of a source document: its mark as printed (`1`, `18`) and its text as Markdown. */
export const footnoteSchema = z.object({
  mark: z.string().min(1),
  text: z.string(),
});

/** A footnote of the ingest record. */
export type Footnote = z.output<typeof footnoteSchema>;

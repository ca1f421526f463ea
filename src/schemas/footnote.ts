import { z } from 'astro/zod';
import { textBlockSchema } from './text-block.ts';

/**
 * A footnote of a source document: its mark as printed (`1`, `18`; `*`, `**` for the note a notice prints under its items for those it marks `(*)`), the label that names it on the page (the mark, or
 * `1-2`, `1-3`… for a mark printed again: a mark never holds `-`) and its text as the source gives it. Footnote calls
 * (`{ type: 'footnote', label }` in a text) name footnotes by label.
 */
export const footnoteSchema = z.object({
  mark: z.string().min(1),
  label: z.string().regex(/^[A-Za-z0-9]+(?:-\d+)?$/),
  text: z.array(textBlockSchema),
});

/** A footnote of the ingest record. */
export type Footnote = z.output<typeof footnoteSchema>;

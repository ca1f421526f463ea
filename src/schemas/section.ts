import { z } from 'astro/zod';
import { textBlockSchema } from './text-block.ts';

/** A heading of a note or report with the text under it; number and title are null for text before the first heading. */
export const sectionSchema = z.object({
  number: z.string().min(1).nullable(),
  /** The number as printed before the title where the heading would show it otherwise (`2.1.` for `2.1`, `III` for `III.`). */
  printedNumber: z.string().min(1).optional(),
  /** The heading's title as printed, as plain text (bold toggles and footnote calls read, every other character kept). */
  title: z.string().min(1).nullable(),
  /** Labels of the footnotes the title calls, in order. */
  titleFootnotes: z.array(z.string().min(1)),
  /** The section's text as the source gives it: paragraphs and list items with their inline runs. */
  text: z.array(textBlockSchema),
});

/** A section of the ingest record. */
export type Section = z.output<typeof sectionSchema>;

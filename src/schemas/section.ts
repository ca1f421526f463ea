import { z } from 'astro/zod';

/** A heading of a note or report with the text under it; number and title are null for text before the first heading. */
export const sectionSchema = z.object({
  number: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  text: z.string(),
});

/** A section of the ingest record. */
export type Section = z.output<typeof sectionSchema>;

import { z } from 'astro/zod';
import { REFERENCE_TYPES } from './vocabulary.ts';

/** A reference as the ingest record lists it: canonical id, type and official URL. */
export const referenceSchema = z.object({
  id: z.string().min(1),
  type: z.enum(REFERENCE_TYPES),
  /** The official address, where it is certain; none for a Commission C document or a European Parliament document. */
  url: z.url().optional(),
});

/** A reference of the ingest record. */
export type Reference = z.output<typeof referenceSchema>;

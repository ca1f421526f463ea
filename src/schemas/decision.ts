import { z } from 'astro/zod';
import { DECISION_VERBS } from './vocabulary.ts';

/** One decision inside an agenda item of the ingest record: the verb and the documents it concerns. */
export const decisionSchema = z.object({
  verb: z.enum(DECISION_VERBS),
  references: z.array(z.string().min(1)),
});

/** A decision of the ingest record. */
export type Decision = z.output<typeof decisionSchema>;

import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';
import { DECISION_VERBS } from './vocabulary.ts';

/** One row of the decisions collection (`content/decisions/<id>.json`). */
export const decisionEntrySchema = z.object({
  id: z.string(),
  verb: z.enum(DECISION_VERBS),
  /** The sentence that records the decision, as plain text. */
  what: z.string(),
  references: z.array(z.string()),
  meeting: z.string(),
  date: isoDateSchema,
  item: z.string(),
  itemNumber: z.string().nullable(),
  itemTitle: z.string(),
  anchor: z.string(),
  document: z.string(),
});

/** A decision entry. */
export type DecisionEntry = z.output<typeof decisionEntrySchema>;

import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';
import { DECISION_VERBS } from './vocabulary.ts';

/**
 * One row of the decisions collection (`content/decisions/<id>.json`): who decided what, where. The sentence that
 * records it is not copied here: `sentence` points into the `sentences` of its item entry.
 */
export const decisionEntrySchema = z.object({
  id: z.string(),
  /** Who decided, as the text names them (`COSI` for the committee itself); null where the text names nobody. */
  by: z.string().nullable(),
  verb: z.enum(DECISION_VERBS),
  /** What was decided, as printed: `on the region's strategic importance`. */
  object: z.string(),
  /** How it was taken where the text says so, as printed: `by silence procedure`, `im schriftlichen Verfahren`. */
  procedure: z.string().optional(),
  /** Read in the outcome of an informal videoconference, which takes no decisions: the members' view, not a decision. */
  informal: z.boolean().optional(),
  references: z.array(z.string()),
  /** Index of the recording sentence in the item entry's `sentences`. */
  sentence: z.number().int().nonnegative(),
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

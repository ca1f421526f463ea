import { z } from 'astro/zod';
import { DECISION_VERBS } from './vocabulary.ts';

/**
 * One decision inside an agenda item of the ingest record: who decided, the verb, what was decided and the documents
 * that names. One per distinct (by, verb, object) in an item; the sentence that records it is stored once, in the
 * item's `sentences`, and the decision points at it.
 */
export const decisionSchema = z.object({
  /** Who decided, as the text names them (`COSI` for the committee, `Delegations`, `the Presidency`); null where it names nobody. */
  by: z.string().min(1).nullable(),
  verb: z.enum(DECISION_VERBS),
  /** What was decided, as printed after the verb or as the subject of a passive: `on the region's strategic importance`. */
  object: z.string().min(1),
  /**
   * How it was taken where the text says so, as printed, apart from what was decided: `by silence procedure`, `par
   * procédure écrite`, `subject to a parliamentary scrutiny reservation by NL`.
   */
  procedure: z.string().min(1).optional(),
  /** Read in the outcome of an informal videoconference, which takes no decisions: the members' view, not a decision; absent otherwise. */
  informal: z.boolean().optional(),
  /** Canonical ids of the documents the object cites, in order. */
  references: z.array(z.string().min(1)),
  /** Index of the sentence that records the decision in its item's `sentences`. */
  sentence: z.number().int().nonnegative(),
});

/** A decision of the ingest record. */
export type Decision = z.output<typeof decisionSchema>;

import { z } from 'astro/zod';

/**
 * A sentence of an agenda item recording the position of some of the delegations (`Most delegations supported …`,
 * `One delegation entered a scrutiny reservation.`, `La plupart des délégations …`): what they said, never a decision,
 * so counted nowhere and kept out of the decisions.
 */
export const positionSchema = z.object({
  /** Each group of delegations the sentence names as a subject, as printed: `Most delegations`, `one delegation (HU)`. */
  by: z.array(z.string().min(1)).min(1),
  /** The whole sentence, as the item's text prints it. */
  sentence: z.string().min(1),
  /** Canonical ids of the documents the sentence cites, in order. */
  references: z.array(z.string().min(1)),
});

/** A position of some delegations, as the record and the item entries hold it. */
export type Position = z.output<typeof positionSchema>;

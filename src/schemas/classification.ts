import { z } from 'astro/zod';

/** The levels of EU classified information (Council Decision 2013/488/EU), lowest first. */
export const CLASSIFICATION_LEVELS = ['restricted', 'confidential', 'secret', 'top-secret'] as const;

/**
 * The EU classification marking a document prints in its header (`RESTREINT UE/EU RESTRICTED`, `CONFIDENTIEL UE`, `EU
 * SECRET`): its level, and the marking as printed. The marking the version prints, as `limite` is: a declassified
 * version may print it struck through, which the text cannot tell.
 */
export const classificationSchema = z.object({
  level: z.enum(CLASSIFICATION_LEVELS),
  printed: z.string().min(1),
});

/** A document's classification marking. */
export type Classification = z.output<typeof classificationSchema>;

import { z } from 'astro/zod';

/**
 * A footnote call the header's subject prints (`… Security Union Strategy¹`): the label of the footnote it calls
 * (footnote.ts) and how many characters of the subject, as the record keeps it, stand before it — the call follows
 * that word, and the page prints it there, linked to the footnote.
 */
export const subjectCallSchema = z.object({
  label: z.string().min(1),
  at: z.number().int().nonnegative(),
});

/** A footnote call of the subject. */
export type SubjectCall = z.output<typeof subjectCallSchema>;

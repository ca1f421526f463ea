import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/** Frontmatter of `content/meetings/<id>.md`: one COSI meeting, as its outcome of proceedings records it. */
export const meetingEntrySchema = z.object({
  /** First day, ISO, with `-2` for a second meeting on the same day; also the URL segment. */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:-\d+)?$/),
  dates: z.array(isoDateSchema).min(1),
  /** The Council Presidency of the time, in English ("Denmark"). */
  presidency: z.string().nullable(),
  /** Number and slug of the outcome of proceedings that records the meeting. */
  document: z.string(),
  documentSlug: z.string(),
  /** Item entry ids in agenda order. */
  items: z.array(z.string()),
  decisionCount: z.number().int().nonnegative(),
});

/** A meeting entry's frontmatter. */
export type MeetingEntry = z.output<typeof meetingEntrySchema>;

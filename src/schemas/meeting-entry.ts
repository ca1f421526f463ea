import { z } from 'astro/zod';
import { dayTimesSchema } from './day-times.ts';
import { isoDateSchema } from './iso-date.ts';
import { plannedItemSchema } from './planned-item.ts';

/** The documents of one kind that a meeting has: the one its page shows, and every version and other record listed. */
const meetingDocumentsSchema = z.object({
  /** Number and slug of the document the page shows: the latest version. */
  number: z.string(),
  slug: z.string(),
  /** Every version of its number family held, oldest first (INIT, COR 1, REV 1, …), the one shown among them. */
  versions: z.array(z.string()),
  /** Documents of other number families that say they are of this meeting too, listed, not shown. */
  others: z.array(z.string()),
});

/**
 * Data of `content/meetings/<id>.json`: one meeting, as its outcome of proceedings records it and its notice of
 * meeting plans it. Either may be missing: a meeting known from its agenda alone is shown as planned.
 */
export const meetingEntrySchema = z.object({
  /**
   * The day the meeting opens, ISO, for a meeting of COSI (`2025-11-18`); with the committee's id for any other
   * (`2025-11-18-psc-cosi`). Also the URL segment. No document number enters it: versions never move a meeting.
   */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)*$/),
  /** Which body or bodies met: `cosi`, `psc-cosi`, `cosi-sg`. */
  committee: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How the meeting is titled: `COSI meeting`, `Joint meeting of the PSC and COSI`. */
  title: z.string().min(1),
  dates: z.array(isoDateSchema).min(1),
  /** The Council Presidency of the time, in English ("Denmark"). */
  presidency: z.string().nullable(),
  /** Number and slug of the document the page is made from: the outcome shown, else the notice. */
  document: z.string(),
  documentSlug: z.string(),
  /** The outcome of proceedings (or summary record) that records what happened; null for a meeting known from its agenda only. */
  outcome: meetingDocumentsSchema.nullable(),
  /** The notice of meeting and provisional agenda that planned it, with its items as planned; null when none is held. */
  agenda: meetingDocumentsSchema
    .extend({
      /** The items as planned, each with the anchor it takes on the meeting page (the outcome's item of that number takes the same). */
      planned: z.array(plannedItemSchema.extend({ anchor: z.string().regex(/^item-[a-z0-9-]+$/) })),
      /** The notice's NB block, as plain text; null when it has none. */
      note: z.string().nullable(),
    })
    .nullable(),
  /**
   * The hour the meeting opens and where it is held, as the notice shown prints them after `Time:` and `Venue:` (`10 h 00`,
   * `CONSEIL BÂTIMENT EUROPA Rue de la Loi 175, 1048 Bruxelles`); null where it prints none or no notice is held.
   */
  time: z.string().min(1).nullable(),
  /**
   * Each day of a meeting over two days or more with the hours the notice shown prints for it (`{ date: '2026-03-03',
   * start: '10:00' }`, `{ date: '2026-03-04', end: '13:00' }`), one entry a day in order; empty for a meeting of one day
   * (its `time` says when it opens), or where the notice prints no day's hour or no notice is held.
   */
  times: z.array(dayTimesSchema),
  venue: z.string().min(1).nullable(),
  /** The meeting's format as the notice shown prints it after `Format:` (`1+2`, `videoconference`); null where it prints none or no notice is held, as the hour and venue. */
  format: z.string().min(1).nullable(),
  /** True where the latest version of the notice says the meeting is cancelled and no outcome records it: its days are the former ones. */
  cancelled: z.boolean().optional(),
  /** Item entry ids of the outcome shown, in agenda order; empty for a meeting known from its agenda only. */
  items: z.array(z.string()),
  decisionCount: z.number().int().nonnegative(),
});

/** A meeting entry's data. */
export type MeetingEntry = z.output<typeof meetingEntrySchema>;

import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/** A note a notice prints under its items that a title calls with a mark: the mark's stars as printed, the note's text as plain text. */
const markedNoteSchema = z.object({ mark: z.string().regex(/^\*{1,3}$/), text: z.string().min(1) });

/**
 * An item of a provisional agenda, as a notice of meeting plans it: its number and title, whether it is only a
 * possible item (`(poss.)`), the time planned for it, the documents listed under it, its lettered or bulleted
 * sub-points with theirs, and any other line printed under it.
 */
export const plannedItemSchema = z.object({
  /** `"3"`, `"6.1"`, or null for an unnumbered "Any other business". */
  number: z.string().min(1).nullable(),
  /** The title as printed, without its `(poss.)` and `(p.m.)` marks and the mark that calls a note (`(*)`, before or after it). */
  title: z.string().min(1),
  /**
   * The notes the notice prints under its items that its title calls with a mark (`Terrorist threat assessment (*)` /
   * `(*) This item will be discussed at the level CONFIDENTIEL UE/EU CONFIDENTIAL …`): each mark's stars as printed
   * (`*`, `**`) and the note's text as plain text; empty when its title calls none. The title is printed without the mark.
   */
  notes: z.array(markedNoteSchema),
  /** True for an item marked `(poss.)`: it is taken only if needed. */
  possible: z.boolean(),
  /**
   * True for an item listed pro memoria, marked `(p.m.)` (`p.m.`, `(pour mémoire)`) before or after its title or alone on
   * a line under it: kept on the agenda for the record, nothing planned under it. The title is printed without the mark.
   */
  proMemoria: z.boolean(),
  /** The agenda heading it stands under ("Items for discussion"), or null. */
  section: z.string().min(1).nullable(),
  /** The meeting day it is planned for, where the notice has day headings. */
  day: isoDateSchema.nullable(),
  /** The time planned for it as printed beside it (`10.00 – 10.10`, `10h00`), or null where the notice gives none. */
  time: z.string().min(1).nullable(),
  /** Canonical ids of the documents listed under the title (before any sub-point), in order. */
  references: z.array(z.string().min(1)),
  /** The sub-points (`a) …`, `- …`), each with the documents listed under it. */
  points: z.array(
    z.object({
      /** `a`, `ii`, or null for a bulleted point. */
      label: z.string().min(1).nullable(),
      /** The title as printed, without its `(poss.)` and `(p.m.)` marks and the mark that calls a note (`a) Regulation … (*)`). */
      title: z.string().min(1),
      /** The notes under the items that its title calls with a mark, as an item's `notes`; empty when it calls none. */
      notes: z.array(markedNoteSchema),
      /** As an item's `possible` and `proMemoria`. */
      possible: z.boolean(),
      proMemoria: z.boolean(),
      references: z.array(z.string().min(1)),
    }),
  ),
  /** Lines under the title that are neither documents nor sub-points, as plain text, one per line; empty when none. */
  text: z.string(),
});

/** An item of a provisional agenda. */
export type PlannedItem = z.output<typeof plannedItemSchema>;

import { z } from 'astro/zod';
import { decisionSchema } from './decision.ts';
import { positionSchema } from './position.ts';
import { entryTagsSchema } from './entry-tags.ts';
import { isoDateSchema } from './iso-date.ts';

/** Data of `content/items/<meeting>--<anchor>.json`; the item's text as Markdown, for the page to render only, is the entry of the same id in `texts`. */
export const itemEntrySchema = z
  .object({
    meeting: z.string(),
    document: z.string(),
    documentSlug: z.string(),
    /** 0-based position in the agenda. */
    position: z.number().int().nonnegative(),
    number: z.string().nullable(),
    /** The number as the document prints it where the version words it or prints items taken together (`Item 1:`, `3. and 4.`): the pages print it so. */
    printedNumber: z.string().min(1).optional(),
    title: z.string(),
    section: z.string().nullable(),
    day: isoDateSchema.nullable(),
    /** `item-6-1`, or `item-aob` for an unnumbered "Any other business". */
    anchor: z.string().regex(/^item-[a-z0-9-]+$/),
    /** The sentences that record the item's decisions, each once; a decision's `sentence` is an index into them. */
    sentences: z.array(z.string()),
    decisions: z.array(decisionSchema),
    /** The sentences recording the positions of some delegations (`Most delegations supported …`), never decisions; absent where none. */
    positions: z.array(positionSchema).min(1).optional(),
    references: z.array(z.string()),
    /** The item's text as plain text, one line per paragraph or list item (footnotes apart): what mentions, excerpts, feeds and diffs read. */
    text: z.string(),
  })
  .extend(entryTagsSchema.shape);

/** An item entry's data (its Markdown is in `texts`). */
export type ItemEntry = z.output<typeof itemEntrySchema>;

import { z } from 'astro/zod';
import { decisionSchema } from './decision.ts';
import { positionSchema } from './position.ts';
import { isoDateSchema } from './iso-date.ts';
import { textBlockSchema } from './text-block.ts';

/** An agenda item of an outcome of proceedings, as the ingest record lists it. */
export const itemSchema = z.object({
  /** `"1"`, `"6.1"`, or null for an unnumbered "Any other business". */
  number: z.string().min(1).nullable(),
  /**
   * The number as printed where the version words it or closes it with a bracket (`Item 1:`, `Punkt 1:`, `1)`), or prints
   * the numbers of items taken together (`3. and 4.`, `Items 3 and 4:`; `number` is the first): the page prints it so.
   */
  printedNumber: z.string().min(1).optional(),
  /** The title as printed, as plain text (bold toggles and footnote calls read, every other character kept). */
  title: z.string().min(1),
  /** Labels of the footnotes the title calls, in order. */
  titleFootnotes: z.array(z.string().min(1)),
  /** The heading the item stands under ("Items for discussion"), or null. */
  section: z.string().min(1).nullable(),
  /** The meeting day the item was taken on, where the document has day headings. */
  day: isoDateSchema.nullable(),
  /**
   * The day heading as the document prints it (`Martes, 15 de julio de 2025`, `WEDNESDAY 6 MARCH 2024`), plain text, where
   * `day` is read from one; the page prints it as printed.
   */
  dayPrinted: z.string().min(1).nullable(),
  /** The item's text as the source gives it: paragraphs and list items with their inline runs. */
  text: z.array(textBlockSchema),
  /** The sentences that record the item's decisions, each once, as plain text. */
  sentences: z.array(z.string().min(1)),
  decisions: z.array(decisionSchema),
  /** The sentences recording the positions of some delegations (`Most delegations supported …`): no decisions; absent where none. */
  positions: z.array(positionSchema).min(1).optional(),
  /** Canonical ids of the documents the item cites, in order of first appearance. */
  references: z.array(z.string().min(1)),
});

/** An agenda item of the ingest record. */
export type Item = z.output<typeof itemSchema>;

import { z } from 'astro/zod';
import { inlineSchema } from './inline.ts';

/**
 * One paragraph or list item of a source text (an item's, a section's or a footnote's `text` is a list of them, in
 * source order): `list` is null for a paragraph, 0 for a list item, 1 for a list item nested under the one above; the
 * bullet itself is not part of the text. `inline` is the line's runs, never none.
 */
export const textBlockSchema = z.object({
  list: z.number().int().min(0).max(1).nullable(),
  inline: z.array(inlineSchema).min(1),
});

/** One paragraph or list item of a source text. */
export type TextBlock = z.output<typeof textBlockSchema>;

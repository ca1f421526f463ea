import { z } from 'astro/zod';
import { entryTagsSchema } from './entry-tags.ts';
import { footnoteSchema } from './footnote.ts';
import { isoDateSchema } from './iso-date.ts';

/** Frontmatter of `content/documents/<slug>.md`; the body is the whole document as Markdown. */
export const documentEntrySchema = z
  .object({
    source: z.string(),
    number: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    kind: z.string().min(1),
    date: isoDateSchema,
    place: z.string().nullable(),
    language: z.string().nullable(),
    limite: z.boolean(),
    codes: z.array(z.string()),
    from: z.string().nullable(),
    to: z.string().nullable(),
    previous: z.array(z.string()),
    subject: z.string().nullable(),
    /** The meeting id (`2025-11-18`) for an outcome of proceedings, else null. */
    meeting: z.string().nullable(),
    /** Official link to the document in the Council's register. */
    url: z.url(),
    /** Ids of the item entries of this document, in document order. */
    items: z.array(z.string()),
    /** Section headings, for a table of contents: anchor and the visible heading. */
    sections: z.array(z.object({ anchor: z.string(), number: z.string().nullable(), title: z.string().nullable() })),
    footnotes: z.array(footnoteSchema),
    /** Canonical ids of every reference, in order of first appearance. */
    references: z.array(z.string()),
  })
  .extend(entryTagsSchema.shape);

/** A document entry's frontmatter. */
export type DocumentEntry = z.output<typeof documentEntrySchema>;

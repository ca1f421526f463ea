import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentEntrySchema } from '../../../../src/schemas/document-entry.ts';
import { itemEntrySchema } from '../../../../src/schemas/item-entry.ts';
import { meetingEntrySchema } from '../../../../src/schemas/meeting-entry.ts';

/** The content root the benchmark ingested into; the bare build reads the same Markdown as the site. */
const root = process.env['COSI_CONTENT'] ?? '../../../content';

const markdown = (name: string) => glob({ pattern: '*.md', base: `${root}/${name}` });

/** The Markdown collections of the site, validated with the site's own schemas. */
export const collections = {
  documents: defineCollection({ loader: markdown('documents'), schema: documentEntrySchema }),
  meetings: defineCollection({ loader: markdown('meetings'), schema: meetingEntrySchema }),
  items: defineCollection({ loader: markdown('items'), schema: itemEntrySchema }),
};

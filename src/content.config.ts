import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { registerLoader } from './lib/register-loader.ts';
import { decisionEntrySchema } from './schemas/decision-entry.ts';
import { documentEntrySchema } from './schemas/document-entry.ts';
import { itemEntrySchema } from './schemas/item-entry.ts';
import { meetingEntrySchema } from './schemas/meeting-entry.ts';
import { mentionEntryKeySchema } from './schemas/mention-entry.ts';
import { referenceEntrySchema } from './schemas/reference-entry.ts';
import { registerEntrySchema } from './schemas/register-entry.ts';
import { sourceEntrySchema } from './schemas/source-entry.ts';

/** Where the ingest wrote the collections; the benchmark points it at a generated corpus. */
const root = process.env['COSI_CONTENT'] ?? './content';

/**
 * Markdown collections keep no body in the data store (a whole archive of text in memory): pages render the
 * HTML rendered at sync, and what needs the text reads the plain text the entry's data holds (never the Markdown).
 */
const markdown = (name: string) => glob({ pattern: '*.md', base: `${root}/${name}`, retainBody: false });
const json = (name: string) => glob({ pattern: '*.json', base: `${root}/${name}` });

export const collections = {
  documents: defineCollection({ loader: markdown('documents'), schema: documentEntrySchema }),
  meetings: defineCollection({ loader: markdown('meetings'), schema: meetingEntrySchema }),
  items: defineCollection({ loader: markdown('items'), schema: itemEntrySchema }),
  /**
   * Other sources' different texts of a document number (`15912-25--source-2`), shown on that number's page with a
   * diff; keyed by file name, since they share their document's slug.
   */
  variants: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/variants`, retainBody: false, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: documentEntrySchema,
  }),
  decisions: defineCollection({ loader: json('decisions'), schema: decisionEntrySchema }),
  references: defineCollection({ loader: json('references'), schema: referenceEntrySchema }),
  mentions: defineCollection({ loader: json('mentions'), schema: mentionEntryKeySchema }),
  /** What the Council's register answered `npm run fetch`, one entry per sidecar (none until something is fetched). */
  register: defineCollection({ loader: registerLoader(`${root}/register/sidecars.json`), schema: registerEntrySchema }),
  /** Every source file and what the ingest made of it, keyed by its path (one JSON object, written whole by the ingest). */
  sources: defineCollection({ loader: file(`${root}/source-files/sources.json`), schema: sourceEntrySchema }),
};

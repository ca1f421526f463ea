import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markdownFilesOnThread } from './lib/markdown-ahead.ts';
import { packedLoader } from './lib/packed-loader.ts';
import { registerLoader } from './lib/register-loader.ts';
import { vocabularyAhead } from './lib/vocabulary-ahead.ts';
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

const json = (name: string) => glob({ pattern: '*.json', base: `${root}/${name}` });

export const collections = {
  documents: defineCollection({ loader: vocabularyAhead('documents', json('documents')), schema: documentEntrySchema }),
  meetings: defineCollection({ loader: json('meetings'), schema: meetingEntrySchema }),
  /** Agenda items, packed (src/shared/packed-entries.ts): each entry's body is the item's text, rendered once at sync. */
  items: defineCollection({ loader: vocabularyAhead('items', packedLoader(`${root}/items`, 'items')), schema: itemEntrySchema }),
  /**
   * The Markdown the pages render, one entry per document (by slug), with no data: the data is in the entry of the
   * same id in `documents` (a frontmatter would be stored a second time
   * beside the rendered HTML). No body is kept in the data store (a whole archive of text in memory): pages render the
   * HTML rendered at sync (on a thread of its own beside the other loaders: markdown-ahead.ts), and what needs the text
   * reads the plain text the entry's data holds (never the Markdown).
   */
  texts: defineCollection({ loader: markdownFilesOnThread(glob({ pattern: '*.md', base: `${root}/texts`, retainBody: false })) }),
  /**
   * Other sources' different texts of a document number (`15912-25--source-2`), data only, shown on that number's page
   * with a diff; keyed by file name, since they share their document's slug.
   */
  variants: defineCollection({
    loader: glob({ pattern: '*.json', base: `${root}/variants`, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
    schema: documentEntrySchema,
  }),
  decisions: defineCollection({ loader: packedLoader(`${root}/decisions`, 'decisions'), schema: decisionEntrySchema }),
  references: defineCollection({ loader: vocabularyAhead('references', packedLoader(`${root}/references`, 'references')), schema: referenceEntrySchema }),
  mentions: defineCollection({ loader: packedLoader(`${root}/mentions`, 'mentions'), schema: mentionEntryKeySchema }),
  /** What the Council's register answered `npm run fetch`, one entry per sidecar (none until something is fetched). */
  register: defineCollection({ loader: registerLoader(`${root}/register/sidecars.json`), schema: registerEntrySchema }),
  /** Every source file and what the ingest made of it, keyed by its path (one JSON object, written whole by the ingest). */
  sources: defineCollection({ loader: file(`${root}/source-files/sources.json`), schema: sourceEntrySchema }),
};

import { z } from 'astro/zod';

/**
 * The actors and topics an item or document entry names, found by the ingest (`scripts/ingest/entries/mentions.ts`):
 * actor ids in order of first mention, topic ids in the order of the topic table.
 */
export const entryTagsSchema = z.object({
  actors: z.array(z.string()),
  topics: z.array(z.string()),
});

/** The actors and topics of an entry. */
export type EntryTags = z.output<typeof entryTagsSchema>;

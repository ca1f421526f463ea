import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/** What a mention entry is about: an actor (`/actors/<id>/`) or a topic (`/topics/<id>/`). */
export const MENTION_KINDS = ['actor', 'topic'] as const;

/** One agenda item or section that mentions an actor or a topic, with what its pages show of it. */
export const mentionSchema = z.object({
  /** Canonical number of the document the unit stands in. */
  document: z.string(),
  /** "item 6.1", "section 3.10", "opening text". */
  label: z.string(),
  title: z.string(),
  /** Site path of the unit, with its fragment: `/meetings/2025-11-18/#item-14`. */
  href: z.string(),
  /** The meeting id for an agenda item, else null. */
  meeting: z.string().nullable(),
  /** The meeting day of an item, the date of the document for a section. */
  date: isoDateSchema,
  /** The sentence that first names it, plain text, cut around the mention; null when it cannot be quoted. */
  excerpt: z.string().nullable(),
});

/** One mention: an entry of `mentions` in a mention entry. */
export type Mention = z.output<typeof mentionSchema>;

/**
 * `content/mentions/<kind>-<id>-<year>.json`: the units of one year that mention one actor or topic, newest first
 * (within a day by document, then in document order). One entry per year keeps each entry bounded as the archive grows.
 */
export const mentionEntrySchema = z.object({
  kind: z.enum(MENTION_KINDS),
  /** The actor or topic id. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  year: z.string().regex(/^\d{4}$/),
  mentions: z.array(mentionSchema).min(1),
});

/** A mention entry. */
export type MentionEntry = z.output<typeof mentionEntrySchema>;

/**
 * What the content layer keeps of a mention entry: which actor or topic and year it is. The list of mentions (tens of
 * megabytes for an archive of thousands of documents) stays out of the data store and is read from the entry's file.
 */
export const mentionEntryKeySchema = mentionEntrySchema.pick({ kind: true, id: true, year: true });

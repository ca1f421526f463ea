import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionEntrySchema, type DecisionEntry } from '../../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../../src/schemas/document-entry.ts';
import { itemEntrySchema, type ItemEntry } from '../../../src/schemas/item-entry.ts';
import { meetingEntrySchema, type MeetingEntry } from '../../../src/schemas/meeting-entry.ts';
import { mentionEntrySchema, type MentionEntry } from '../../../src/schemas/mention-entry.ts';
import { referenceEntrySchema, type ReferenceEntry } from '../../../src/schemas/reference-entry.ts';
import { packedFilePart, type PackedCollection, type PackedEntry } from '../../../src/shared/packed-entries.ts';

/** The collections the ingest wrote from the seeds (the same files Astro's content config loads). */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

/** One entry as Astro loads it: id, validated data, and the Markdown body of its text (documents and items; empty for the others). */
export interface Entry<T> {
  id: string;
  data: T;
  body: string;
}

/** A text file's (empty) frontmatter block and body. */
const FRONTMATTER = /^---\n([\s\S]*?)---\n?([\s\S]*)$/;

function files(collection: string, extension: string): string[] {
  return readdirSync(join(CONTENT, collection))
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** The Markdown body of an entry of `texts` (its empty frontmatter block removed). */
function text(id: string): string {
  const match = FRONTMATTER.exec(readFileSync(join(CONTENT, 'texts', `${id}.md`), 'utf8'));
  if (match === null) throw new Error(`texts/${id}.md: no frontmatter block`);
  return match[2] ?? '';
}

function json<T>(collection: string, parseData: (data: unknown) => T, withText = false): Entry<T>[] {
  return files(collection, '.json').map((name) => {
    const id = name.slice(0, -5);
    return { id, data: parseData(JSON.parse(readFileSync(join(CONTENT, collection, name), 'utf8'))), body: withText ? text(id) : '' };
  });
}

/** The entries of a packed collection (src/shared/packed-entries.ts), in the order of its files; an item's body is its packed Markdown. */
function packed<T>(collection: PackedCollection, parseData: (data: unknown) => T): Entry<T>[] {
  const parts = files(collection, '.json')
    .map((name) => ({ name, part: packedFilePart(collection, name) }))
    .sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
  return parts.flatMap(({ name, part }) => {
    if (part === null) throw new Error(`${collection}/${name}: not a packed file`);
    const entries = JSON.parse(readFileSync(join(CONTENT, collection, name), 'utf8')) as Record<string, PackedEntry>;
    return Object.entries(entries).map(([id, { data, markdown }]) => ({ id, data: parseData(data), body: markdown ?? '' }));
  });
}

/** Every collection of content/, each entry validated with its schema. */
export function loadContent(): {
  documents: Entry<DocumentEntry>[];
  meetings: Entry<MeetingEntry>[];
  items: Entry<ItemEntry>[];
  decisions: Entry<DecisionEntry>[];
  references: Entry<ReferenceEntry>[];
  mentions: Entry<MentionEntry>[];
} {
  return {
    documents: json('documents', (data) => documentEntrySchema.parse(data), true),
    meetings: json('meetings', (data) => meetingEntrySchema.parse(data)),
    items: packed('items', (data) => itemEntrySchema.parse(data)),
    decisions: packed('decisions', (data) => decisionEntrySchema.parse(data)),
    references: packed('references', (data) => referenceEntrySchema.parse(data)),
    mentions: packed('mentions', (data) => mentionEntrySchema.parse(data)),
  };
}

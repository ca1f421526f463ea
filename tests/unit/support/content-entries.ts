import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionEntrySchema, type DecisionEntry } from '../../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../../src/schemas/document-entry.ts';
import { itemEntrySchema, type ItemEntry } from '../../../src/schemas/item-entry.ts';
import { meetingEntrySchema, type MeetingEntry } from '../../../src/schemas/meeting-entry.ts';
import { mentionEntrySchema, type MentionEntry } from '../../../src/schemas/mention-entry.ts';
import { referenceEntrySchema, type ReferenceEntry } from '../../../src/schemas/reference-entry.ts';

/** The collections the ingest wrote from the seeds (the same files Astro's content config loads). */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

/** One entry as Astro loads it: id (file name without extension), validated data, and the Markdown body of its text (documents and items; empty for the others). */
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
    items: json('items', (data) => itemEntrySchema.parse(data), true),
    decisions: json('decisions', (data) => decisionEntrySchema.parse(data)),
    references: json('references', (data) => referenceEntrySchema.parse(data)),
    mentions: json('mentions', (data) => mentionEntrySchema.parse(data)),
  };
}

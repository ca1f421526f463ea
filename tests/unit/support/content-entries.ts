import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decisionEntrySchema, type DecisionEntry } from '../../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../../src/schemas/document-entry.ts';
import { itemEntrySchema, type ItemEntry } from '../../../src/schemas/item-entry.ts';
import { meetingEntrySchema, type MeetingEntry } from '../../../src/schemas/meeting-entry.ts';
import { mentionEntrySchema, type MentionEntry } from '../../../src/schemas/mention-entry.ts';
import { referenceEntrySchema, type ReferenceEntry } from '../../../src/schemas/reference-entry.ts';

/** The collections the ingest wrote from the seeds (the same files Astro's content config loads). */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

/** One entry as Astro loads it: id (file name without extension), validated frontmatter or data, Markdown body. */
export interface Entry<T> {
  id: string;
  data: T;
  body: string;
}

/** A Markdown file's YAML frontmatter and body. */
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

function files(collection: string, extension: string): string[] {
  return readdirSync(join(CONTENT, collection))
    .filter((name) => name.endsWith(extension))
    .sort();
}

function markdown<T>(collection: string, parseData: (data: unknown) => T): Entry<T>[] {
  return files(collection, '.md').map((name) => {
    const match = FRONTMATTER.exec(readFileSync(join(CONTENT, collection, name), 'utf8'));
    if (match === null) throw new Error(`${collection}/${name}: no frontmatter`);
    return { id: name.slice(0, -3), data: parseData(parse(match[1] ?? '')), body: match[2] ?? '' };
  });
}

function json<T>(collection: string, parseData: (data: unknown) => T): Entry<T>[] {
  return files(collection, '.json').map((name) => ({
    id: name.slice(0, -5),
    data: parseData(JSON.parse(readFileSync(join(CONTENT, collection, name), 'utf8'))),
    body: '',
  }));
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
    documents: markdown('documents', (data) => documentEntrySchema.parse(data)),
    meetings: markdown('meetings', (data) => meetingEntrySchema.parse(data)),
    items: markdown('items', (data) => itemEntrySchema.parse(data)),
    decisions: json('decisions', (data) => decisionEntrySchema.parse(data)),
    references: json('references', (data) => referenceEntrySchema.parse(data)),
    mentions: json('mentions', (data) => mentionEntrySchema.parse(data)),
  };
}

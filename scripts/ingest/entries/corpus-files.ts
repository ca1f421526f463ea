import { documentSlug } from '../../../src/shared/slug.ts';
import { mentionEntrySchema } from '../../../src/schemas/mention-entry.ts';
import { referenceEntrySchema, type ReferenceEntry } from '../../../src/schemas/reference-entry.ts';
import { meetingEntrySchema } from '../../../src/schemas/meeting-entry.ts';
import type { DocumentOutput, GeneratedFile, MeetingPart } from './document-files.ts';
import { validEntry } from './valid-entry.ts';
import { jsonFile } from '../markdown/frontmatter.ts';
import { meetingEntries } from './meeting-entries.ts';
import { mentionEntries, type MentionRecord } from './mentions.ts';
import type { CanonicalReference } from '../../../src/shared/references.ts';

/** What the stages across documents keep of each document. */
export type CorpusPart = Pick<DocumentOutput, 'self' | 'references' | 'citations' | 'mentions' | 'meeting'>;

/**
 * The files made from all documents together: one meeting entry per meeting (meeting-entries.ts); one reference entry
 * per referenced or ingested document, gathering the citations in the order of `documents` (sorted by date, number and
 * source) and, within each, in page order; one mention entry per (actor or topic, year).
 */
export function corpusFiles(documents: Iterable<CorpusPart>): GeneratedFile[] {
  const references = new References();
  const mentions: MentionRecord[] = [];
  const meetings: MeetingPart[] = [];
  for (const { self, references: listed, citations, mentions: found, meeting } of documents) {
    if (meeting !== null) meetings.push(meeting);
    if (self !== null) references.add(self, true);
    for (const reference of listed) references.add(reference, false);
    for (const { reference, citation } of citations) references.cite(reference, citation);
    for (const record of found) mentions.push(record);
  }
  const referenceFiles = references.entries().map((entry) => {
    const path = `references/${entry.slug}.json`;
    return [path, jsonFile(validEntry(path, referenceEntrySchema, entry))] as const;
  });
  const meetingFiles = meetingEntries(meetings).map((entry) => {
    const path = `meetings/${entry.id}.json`;
    return [path, jsonFile(validEntry(path, meetingEntrySchema, entry))] as const;
  });
  return [...meetingFiles, ...referenceFiles, ...mentionFiles(mentions)];
}

/** The mention entries' files of `records` (each document's records together, in document order). */
export function mentionFiles(records: readonly MentionRecord[]): GeneratedFile[] {
  return [...mentionEntries(records)].map(([path, entry]) => [path, jsonFile(validEntry(path, mentionEntrySchema, entry))] as const);
}

/** One entry per referenced or ingested document, keyed by slug, gathering the citations in the order they come. */
class References {
  readonly #bySlug = new Map<string, ReferenceEntry>();
  /**
   * Each id's slug, made once: the same ids come back from document to document (a corpus of 10,000 documents lists
   * and cites about ten times as many references as it has entries), and a slug is two passes of a pattern.
   */
  readonly #slugs = new Map<string, string>();

  /** The entry of `reference`, made when it is the first of its slug. */
  add(reference: CanonicalReference, ingested: boolean): ReferenceEntry {
    const slug = this.#slug(reference.id);
    const known = this.#bySlug.get(slug);
    if (known === undefined) {
      const entry: ReferenceEntry = {
        id: reference.id,
        slug,
        type: reference.type,
        ...(reference.url === undefined ? {} : { url: reference.url }),
        ingested,
        citations: [],
      };
      this.#bySlug.set(slug, entry);
      return entry;
    }
    if (ingested) known.ingested = true;
    // An act cited by its CELEX number and by its name has one page (act-slug.ts), named as the act is named.
    if (known.type === 'celex' && reference.type !== 'celex') {
      known.id = reference.id;
      known.type = reference.type;
    }
    return known;
  }

  /** A citation of `reference`; the same place citing one act by two of its names (`32016R0794`, `Regulation (EU) 2016/794`) is listed once. */
  cite(reference: CanonicalReference, citation: ReferenceEntry['citations'][number]): void {
    const citations = this.add(reference, false).citations;
    const last = citations[citations.length - 1];
    if (last !== undefined && last.documentSlug === citation.documentSlug && last.anchor === citation.anchor) return;
    citations.push(citation);
  }

  entries(): ReferenceEntry[] {
    return [...this.#bySlug.values()];
  }

  #slug(id: string): string {
    const known = this.#slugs.get(id);
    if (known !== undefined) return known;
    const slug = documentSlug(id);
    this.#slugs.set(id, slug);
    return slug;
  }
}

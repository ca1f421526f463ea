import type { z } from 'astro/zod';
import { documentSlug } from '../../src/lib/slug.ts';
import { decisionEntrySchema } from '../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../src/schemas/document-entry.ts';
import type { EntryTags } from '../../src/schemas/entry-tags.ts';
import { itemEntrySchema } from '../../src/schemas/item-entry.ts';
import { meetingEntrySchema } from '../../src/schemas/meeting-entry.ts';
import { mentionEntrySchema } from '../../src/schemas/mention-entry.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import { referenceEntrySchema, type ReferenceEntry } from '../../src/schemas/reference-entry.ts';
import { agendaEntries } from './agenda-entries.ts';
import { angleEntities } from './angle-entities.ts';
import { documentBody } from './document-body.ts';
import { documentCitations } from './document-citations.ts';
import { jsonFile, markdownFile } from './frontmatter.ts';
import { meetingIds } from './meeting-ids.ts';
import { documentMentions, mentionEntries, type MentionRecord } from './mentions.ts';
import { compare } from './order.ts';
import { parseDocumentParts, type ParsedDocument } from './parsed-document.ts';
import { canonicalReference, type CanonicalReference } from './references.ts';

/**
 * Records → every file of the collections, keyed by path relative to the content root (`documents/15912-25.md`),
 * sorted by path. Each entry is validated with its collection schema first; the result does not depend on the order
 * of `records`. Throws when two entries would share a path or an entry does not validate.
 */
export function toCollections(records: readonly OkRecord[]): Map<string, string> {
  const sorted = [...records].sort((a, b) => compare(a.date, b.date) || compare(a.number, b.number) || compare(a.source, b.source));
  const meetings = meetingIds(sorted);
  const files = new Files();
  const references = new References();
  const mentions: MentionRecord[] = [];
  for (const record of sorted) {
    const document = parseDocumentParts(record);
    const self = canonicalReference(record.number);
    if (self === null) throw new Error(`${record.source}: the document number ${record.number} is not a Council document number`);
    references.add(self, true);
    for (const reference of record.references) references.add(reference, false);
    const meeting = meetings.get(record) ?? null;
    const agenda = meeting === null ? null : agendaEntries(document, meeting);
    const entry = documentEntry(document, self, meeting, agenda?.meeting.items ?? []);
    const body = documentBody(document);
    const found = documentMentions(entry, body, agenda?.items ?? []);
    mentions.push(...found.records);
    if (agenda !== null) {
      files.markdown(`meetings/${agenda.meeting.id}.md`, meetingEntrySchema, agenda.meeting, '');
      for (const item of found.items) files.markdown(`items/${item.id}.md`, itemEntrySchema, item.entry, item.body);
      for (const decision of agenda.decisions) files.json(`decisions/${decision.id}.json`, decisionEntrySchema, decision);
    }
    files.markdown(`documents/${document.slug}.md`, documentEntrySchema, { ...entry, ...found.document }, body);
    for (const { reference, citation } of documentCitations(document, meeting)) references.cite(reference, citation);
  }
  for (const entry of references.entries()) files.json(`references/${entry.slug}.json`, referenceEntrySchema, entry);
  for (const [path, entry] of mentionEntries(mentions)) files.json(path, mentionEntrySchema, entry);
  return files.sorted();
}

function documentEntry(document: ParsedDocument, self: CanonicalReference, meeting: string | null, items: string[]): Omit<DocumentEntry, keyof EntryTags> {
  const { record, slug } = document;
  return {
    source: record.source,
    number: record.number,
    slug,
    kind: record.kind,
    date: record.date,
    place: record.place,
    language: record.language,
    limite: record.limite,
    codes: record.codes,
    from: record.from,
    to: record.to,
    previous: record.previous,
    subject: record.subject,
    meeting,
    url: self.url,
    items,
    sections: document.sections.map(({ section, anchor }) => ({ anchor, number: section.number, title: section.title })),
    footnotes: record.footnotes,
    references: record.references.map(({ id }) => id),
  };
}

/** The files built so far; each added entry is validated by its schema, and a path can be taken only once. */
class Files {
  readonly #files = new Map<string, string>();

  markdown<S extends z.ZodType>(path: string, schema: S, data: z.input<S>, body: string): void {
    this.#add(path, markdownFile(validate(path, schema, data), angleEntities(body)));
  }

  json<S extends z.ZodType>(path: string, schema: S, data: z.input<S>): void {
    this.#add(path, jsonFile(validate(path, schema, data)));
  }

  sorted(): Map<string, string> {
    return new Map([...this.#files].sort(([a], [b]) => compare(a, b)));
  }

  #add(path: string, content: string): void {
    if (this.#files.has(path)) throw new Error(`two entries would be written to content/${path}`);
    this.#files.set(path, content);
  }
}

function validate<S extends z.ZodType>(path: string, schema: S, data: unknown): object {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`content/${path} is not a valid entry: ${result.error.message}`);
  return result.data as object;
}

/** One entry per referenced or ingested document, keyed by slug, gathering the citations in the order they come. */
class References {
  readonly #bySlug = new Map<string, ReferenceEntry>();

  add(reference: CanonicalReference, ingested: boolean): void {
    const slug = documentSlug(reference.id);
    const known = this.#bySlug.get(slug);
    if (known === undefined) this.#bySlug.set(slug, { id: reference.id, slug, type: reference.type, url: reference.url, ingested, citations: [] });
    else if (ingested) known.ingested = true;
  }

  cite(reference: CanonicalReference, citation: ReferenceEntry['citations'][number]): void {
    this.add(reference, false);
    this.#bySlug.get(documentSlug(reference.id))?.citations.push(citation);
  }

  entries(): ReferenceEntry[] {
    return [...this.#bySlug.values()];
  }
}

import type { z } from 'astro/zod';
import { decisionEntrySchema } from '../../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../../src/schemas/document-entry.ts';
import type { EntryTags } from '../../../src/schemas/entry-tags.ts';
import { itemEntrySchema } from '../../../src/schemas/item-entry.ts';
import { meetingEntrySchema } from '../../../src/schemas/meeting-entry.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import type { Reference } from '../../../src/schemas/reference.ts';
import { canonicalReference, type CanonicalReference } from '../../../src/shared/references.ts';
import { blocksPlain } from '../../../src/shared/source-text.ts';
import { documentTree } from '../markdown/document-tree.ts';
import { jsonFile, markdownFile } from '../markdown/frontmatter.ts';
import { markdownOf } from '../markdown/serialise.ts';
import { pagedReferences } from '../../../src/shared/reference-pages.ts';
import { agendaEntries } from './agenda-entries.ts';
import type { FoundCitation } from './citations.ts';
import { documentCitations } from './document-citations.ts';
import { documentMentions, type MentionRecord } from './mentions.ts';
import { parseDocumentParts, type ParsedDocument } from './parsed-document.ts';
import { referencePages, type ReferencePages } from './reference-pages.ts';

/** A generated file: its path relative to the content root (`documents/15912-25.md`) and its content. */
export type GeneratedFile = readonly [path: string, content: string];

/**
 * What one document gives: its own files, and what the stages across documents need of it (its reference, the
 * references it lists, its citations in page order, its mention records in document order). Small enough to keep
 * for every document of a large corpus.
 */
export interface DocumentOutput {
  files: GeneratedFile[];
  self: CanonicalReference;
  references: Reference[];
  citations: FoundCitation[];
  mentions: readonly MentionRecord[];
}

/**
 * The files of one document (its document entry and, for an outcome whose meeting has the id `meeting`, the meeting,
 * item and decision entries), each validated with its collection schema. Throws when an entry does not validate or
 * two of its entries would share a path.
 */
export function documentFiles(record: OkRecord, meeting: string | null): DocumentOutput {
  const document = parseDocumentParts(record);
  const self = canonicalReference(record.number);
  if (self === null) throw new Error(`the document number ${record.number} is not a Council document number`);
  const files = new FileList();
  const pages = referencePages(record.references);
  const agenda = meeting === null ? null : agendaEntries(document, meeting, pages);
  const entry = documentEntry(document, self, meeting, agenda?.meeting.items ?? [], pages);
  const found = documentMentions(
    document,
    (agenda?.items ?? []).map((item) => item.entry),
  );
  if (agenda !== null) {
    files.markdown(`meetings/${agenda.meeting.id}.md`, meetingEntrySchema, agenda.meeting, '');
    agenda.items.forEach((item, index) => {
      const tags = found.items[index] ?? { actors: [], topics: [] };
      files.markdown(`items/${item.id}.md`, itemEntrySchema, { ...item.entry, ...tags }, item.body);
    });
    for (const decision of agenda.decisions) files.json(`decisions/${decision.id}.json`, decisionEntrySchema, decision);
  }
  files.markdown(`documents/${document.slug}.md`, documentEntrySchema, { ...entry, ...found.document }, markdownOf(pages.link(documentTree(document))));
  const citations = documentCitations(document, meeting, pages.has);
  return { files: files.list(), self, references: pagedReferences(record.references), citations, mentions: found.records };
}

function documentEntry(
  document: ParsedDocument,
  self: CanonicalReference,
  meeting: string | null,
  items: string[],
  pages: ReferencePages,
): Omit<DocumentEntry, keyof EntryTags> {
  const { record, slug } = document;
  return {
    source: record.source,
    number: record.number,
    slug,
    kind: record.kind,
    date: record.date,
    place: record.place,
    language: record.language,
    originalLanguage: record.originalLanguage,
    limite: record.limite,
    codes: record.codes,
    from: record.from,
    to: record.to,
    previous: record.previous,
    subject: record.subject,
    commissionProposal: record.commissionProposal,
    interinstitutionalFile: record.interinstitutionalFile,
    otherHeaderLines: record.otherHeaderLines,
    meetingDates: record.meeting?.dates ?? [],
    meeting,
    url: self.url,
    items,
    sections: document.sections.map(({ section, anchor }) => ({ anchor, number: section.number, title: section.title, text: blocksPlain(section.text) })),
    footnotes: record.footnotes,
    references: record.references.map(({ id }) => id).filter((id) => pages.has(id)),
  };
}

/** The files of one document in the order they are made; each entry is validated by its schema, a path taken once. */
class FileList {
  readonly #files = new Map<string, string>();

  markdown<S extends z.ZodType>(path: string, schema: S, data: z.input<S>, body: string): void {
    this.#add(path, markdownFile(validEntry(path, schema, data), body));
  }

  json<S extends z.ZodType>(path: string, schema: S, data: z.input<S>): void {
    this.#add(path, jsonFile(validEntry(path, schema, data)));
  }

  list(): GeneratedFile[] {
    return [...this.#files];
  }

  #add(path: string, content: string): void {
    if (this.#files.has(path)) throw new Error(`two entries would be written to content/${path}`);
    this.#files.set(path, content);
  }
}

/** The entry as its schema outputs it; throws naming the file when it does not validate. */
export function validEntry<S extends z.ZodType>(path: string, schema: S, data: z.input<S>): object {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`content/${path} is not a valid entry: ${result.error.message}`);
  return result.data as object;
}

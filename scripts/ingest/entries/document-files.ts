import type { z } from 'astro/zod';
import { decisionEntrySchema } from '../../../src/schemas/decision-entry.ts';
import { documentEntrySchema, type DocumentEntry } from '../../../src/schemas/document-entry.ts';
import type { EntryTags } from '../../../src/schemas/entry-tags.ts';
import { itemEntrySchema } from '../../../src/schemas/item-entry.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import type { Reference } from '../../../src/schemas/reference.ts';
import { canonicalReference, type CanonicalReference } from '../../../src/shared/references.ts';
import { blocksPlain } from '../../../src/shared/source-text.ts';
import { documentTree } from '../markdown/document-tree.ts';
import { jsonFile, textFile } from '../markdown/frontmatter.ts';
import { treeWriter } from '../markdown/shared-blocks.ts';
import { pagedReferences } from '../../../src/shared/reference-pages.ts';
import type { PlannedItem } from '../../../src/schemas/planned-item.ts';
import type { DayTimesData } from '../../../src/schemas/day-times.ts';
import { NOTE_BLOCK } from '../parse/text/vocabulary.ts';
import { agendaEntries } from './agenda-entries.ts';
import type { Committee } from './committees.ts';
import { meetingOf, type MeetingRole, type Plan } from './meeting-ids.ts';
import type { FoundCitation } from './citations.ts';
import { documentCitations } from './document-citations.ts';
import { documentMentions, type MentionRecord } from './mentions.ts';
import { parseDocumentParts, type ParsedDocument } from './parsed-document.ts';
import { referencePages, type ReferencePages } from './reference-pages.ts';
import { validEntry } from './valid-entry.ts';

/** A generated file: its path relative to the content root (`documents/15912-25.json`) and its content. */
export type GeneratedFile = readonly [path: string, content: string];

/** What the meetings stage needs of a document of a meeting (an outcome or a notice), small enough to keep for each. */
export interface MeetingPart {
  id: string;
  committee: Committee;
  dates: string[];
  role: MeetingRole;
  /** Whether its meeting shows it: the latest version of its outcome or notice. */
  primary: boolean;
  number: string;
  slug: string;
  /** The item entry ids and the number of decisions of a shown outcome; empty for any other. */
  items: string[];
  decisionCount: number;
  /** A notice's items as planned, and its NB block; null for an outcome. */
  planned: PlannedItem[] | null;
  note: string | null;
  /** Whether a notice says its meeting is cancelled. */
  cancelled: boolean;
  /** The hour and venue a notice prints for its meeting (`Time:`, `Venue:`), null where none. */
  time: string | null;
  /** Each day's hours of a meeting over two days or more, as a notice prints them (the record's `meeting.times`); empty where none. */
  times: DayTimesData[];
  venue: string | null;
  /** The format a notice prints for its meeting (`Format:`), null where none. */
  format?: string | null;
}

/**
 * What one document gives: its own files, and what the stages across documents need of it (its reference, the
 * references it lists, its citations in page order, its mention records in document order, its part in its meeting).
 * Small enough to keep for every document of a large corpus.
 */
export interface DocumentOutput {
  files: GeneratedFile[];
  /** The document as a reference, null for one filed under its source's name (`unnumbered`): nothing can cite it. */
  self: CanonicalReference | null;
  references: Reference[];
  citations: FoundCitation[];
  mentions: readonly MentionRecord[];
  meeting: MeetingPart | null;
}

/** How documentFiles writes a document: the parts of its plan (meeting-ids.ts) the files depend on. */
export type WritePlan = Pick<Plan, 'primary' | 'variant' | 'decisionNumbers'>;

/**
 * The files of one document: its document entry (data) and its text (the Markdown the page renders, an entry of
 * `texts` under the document's slug) and, for the outcome its meeting shows (`plan.primary`), its item and decision
 * entries (data) with each item's text (`items/<id>.md`, packed with the item's data by the writer); another source's different text of the same number
 * (`plan.variant` above 0) writes only its data, to the variants collection (`variants/<slug>--source-<n+1>.json`),
 * shown on the first's page with a diff, and gives nothing else. Each entry is validated with its collection schema.
 * Throws when an entry does not validate or two of its entries would share a path.
 */
export function documentFiles(record: OkRecord, plan: WritePlan = { primary: true, variant: 0, decisionNumbers: null }): DocumentOutput {
  const document = parseDocumentParts(record);
  const reference = record.unnumbered === true ? null : canonicalReference(record.number);
  const self = reference?.url === undefined ? null : { ...reference, url: reference.url };
  if (self === null && record.unnumbered !== true) throw new Error(`the document number ${record.number} is not a Council document number`);
  const files = new FileList();
  const pages = referencePages(record.references);
  const meeting = meetingOf(record);
  const shown = plan.variant === 0;
  // The items' texts are written once for their own entries and reused in the document's page.
  const writer = treeWriter();
  const agenda = meeting?.role === 'outcome' && plan.primary && shown ? agendaEntries(document, meeting.id, pages, plan.decisionNumbers, writer) : null;
  const entry = documentEntry(document, self, meeting?.id ?? null, plan.variant, agenda?.items.map(({ id }) => id) ?? null, pages);
  const found = documentMentions(
    document,
    (agenda?.items ?? []).map((item) => item.entry),
  );
  if (agenda !== null) {
    agenda.items.forEach((item, index) => {
      const tags = found.items[index] ?? { actors: [], topics: [] };
      files.json(`items/${item.id}.json`, itemEntrySchema, { ...item.entry, ...tags });
      files.markdown(`items/${item.id}.md`, item.body);
    });
    for (const decision of agenda.decisions) files.json(`decisions/${decision.id}.json`, decisionEntrySchema, decision);
  }
  const path = shown ? `documents/${document.slug}.json` : `variants/${document.slug}--source-${plan.variant + 1}.json`;
  files.json(path, documentEntrySchema, { ...entry, ...found.document });
  if (!shown) return { files: files.list(), self, references: [], citations: [], mentions: [], meeting: null };
  files.text(`texts/${document.slug}.md`, writer.markdownOf(pages.link(documentTree(document, writer.content))));
  const part: MeetingPart | null =
    meeting === null
      ? null
      : {
          ...meeting,
          primary: plan.primary,
          number: record.number,
          slug: document.slug,
          items: agenda?.items.map(({ id }) => id) ?? [],
          decisionCount: agenda?.decisions.length ?? 0,
          planned: record.planned,
          note: noteBlock(record),
          cancelled: record.meeting?.cancelled === true,
          time: record.meeting?.time ?? null,
          times: record.meeting?.times ?? [],
          venue: record.meeting?.venue ?? null,
          format: record.meeting?.format ?? null,
        };
  const citations = documentCitations(document, meeting?.id ?? null, pages.has);
  return { files: files.list(), self, references: pagedReferences(record.references), citations, mentions: found.records, meeting: part };
}

/** The NB block of a notice of meeting, as plain text: the section its parser made of it, or null. */
function noteBlock(record: OkRecord): string | null {
  if (record.planned === null) return null;
  const note = record.sections.map(({ text }) => blocksPlain(text)).find((text) => NOTE_BLOCK.test(text));
  return note ?? null;
}

function documentEntry(
  document: ParsedDocument,
  self: (CanonicalReference & { url: string }) | null,
  meeting: string | null,
  variant: number,
  items: string[] | null,
  pages: ReferencePages,
): Omit<DocumentEntry, keyof EntryTags> {
  const { record, slug } = document;
  return {
    source: record.source,
    number: record.number,
    ...(record.unnumbered === true ? { unnumbered: true } : {}),
    slug,
    kind: record.kind,
    date: record.date,
    place: record.place,
    language: record.language,
    originalLanguage: record.originalLanguage,
    limite: record.limite,
    ...(record.public === true ? { public: true } : {}),
    ...(record.concernsLanguages === undefined ? {} : { concernsLanguages: record.concernsLanguages }),
    ...(record.classification === undefined ? {} : { classification: record.classification }),
    codes: record.codes,
    from: record.from,
    to: record.to,
    recipients: record.recipients,
    previous: record.previous,
    subject: record.subject,
    ...(record.subjectFootnotes === undefined ? {} : { subjectFootnotes: record.subjectFootnotes }),
    ...(record.publicAccess === undefined ? {} : { publicAccess: record.publicAccess }),
    ...(record.released === undefined ? {} : { released: record.released }),
    ...(record.period === undefined ? {} : { period: record.period }),
    commissionProposal: record.commissionProposal,
    interinstitutionalFile: record.interinstitutionalFile,
    otherHeaderLines: record.otherHeaderLines,
    ...(record.printed === undefined ? {} : { printed: record.printed }),
    meetingDates: record.meeting?.dates ?? [],
    ...(record.meeting?.time === undefined ? {} : { meetingTime: record.meeting.time }),
    ...(record.meeting?.venue === undefined ? {} : { meetingVenue: record.meeting.venue }),
    ...(record.meeting?.format === undefined ? {} : { meetingFormat: record.meeting.format }),
    meeting,
    variant,
    ...(self === null ? {} : { url: self.url }),
    items: items ?? [],
    itemTexts: items === null ? record.items.map(({ number, title, text, day, section }) => ({ number, title, text: blocksPlain(text), day, section })) : [],
    sections: document.sections.map(({ section, anchor }) => ({
      anchor,
      number: section.number,
      ...(section.printedNumber === undefined ? {} : { printedNumber: section.printedNumber }),
      title: section.title,
      text: blocksPlain(section.text),
    })),
    footnotes: record.footnotes,
    references: record.references.map(({ id }) => id).filter((id) => pages.has(id)),
  };
}

/** The files of one document in the order they are made; each entry is validated by its schema, a path taken once. */
class FileList {
  readonly #files = new Map<string, string>();

  text(path: string, body: string): void {
    this.#add(path, textFile(body));
  }

  /** Markdown packed with the entry of the same id (src/shared/packed-entries.ts): the body alone, no frontmatter block. */
  markdown(path: string, body: string): void {
    this.#add(path, body);
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

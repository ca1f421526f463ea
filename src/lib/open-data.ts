/** The open-data exports: field documentation, JSON records and CSV tables of the five collections. */
import type { CsvValue } from './csv.ts';
import { decisionActors, decisionTopics } from './decision-facets.ts';
import { decisionText } from './decision-text.ts';
import type { Dataset, ExportRecord } from './json-schema.ts';
import type { DayTimesData } from '../schemas/day-times.ts';
import { documentLines, type VersionItem } from './version-text.ts';

/** What each field of each export means; the `/data/` page and the JSON Schemas show it. */
export const FIELD_DESCRIPTIONS: Readonly<Record<Dataset, Readonly<Record<string, string>>>> = {
  documents: {
    source: 'File name of the source under content/sources/.',
    number:
      "Canonical Council document number, e.g. 15912/25 or 14470/1/25 REV 1; for a source that prints no number that could be read, its file's path marked as such, e.g. Unnumbered (notes/draft.txt) (see unnumbered).",
    unnumbered:
      "True where neither the header nor the page footers print a number that could be read: number is then the source's path, no Council number, and there is no url; absent otherwise.",
    slug: 'URL segment of the document page: /documents/<slug>/.',
    kind: 'Document type, slugified: outcome-of-proceedings, note, …',
    date: 'Date of the document (ISO 8601); null (an empty cell in the CSV) where the ingest could not read it from the header.',
    place: 'Place of issue, e.g. Brussels.',
    language: 'Language of this version, e.g. en (fr, de … for translations).',
    originalLanguage: 'Language of the original, as its header says it (OR. en).',
    limite: 'True when the document is marked LIMITE (not public).',
    public:
      'True when the header prints the PUBLIC marking (where a LIMITE document prints LIMITE: a document public from the start, or made public); absent (false in the CSV) otherwise.',
    concernsLanguages:
      'The language versions the document concerns alone, as its number names them in brackets (7402/24 COR 1 (fr): a corrigendum of the French version), e.g. ["fr"]; absent where it names none.',
    classification:
      'The EU classification marking the header prints: level (restricted, confidential, secret or top-secret) and printed, the marking as printed (RESTREINT UE/EU RESTRICTED); absent where there is none.',
    codes: 'Distribution codes, e.g. COSI 237, JAI 1769.',
    from: 'Sender (From:).',
    to: 'Addressee (To:), as printed.',
    recipients: 'Each addressee To: names, as printed, in order (Permanent Representatives Committee/Council is two); a person with their office is one.',
    previous: 'Numbers of the previous documents (No. prev. doc.).',
    subject: 'Subject line.',
    subjectFootnotes:
      'Footnote calls the subject line prints: the label of the footnote called (see footnotes) and at, the number of characters of subject before the call; absent where it prints none.',
    publicAccess:
      "The register's stamp of a public version of a LIMITE document, above its header: printed, the stamp as printed in the version's language (DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)), and date, the day it prints, ISO, else null; absent where there is none. The passages withheld stay in the text as printed ([…], DELETED).",
    released:
      'The document a declassified or partially released version (EXT 1, DCL 1) releases, as the note above its subject names it: number, its canonical number (see references); marking, the marking it bore as printed after the number (LIMITE, RESTREINT UE), else null; date, the day it was dated, ISO, else null; status, its new status as printed (Public), else null; for a version that prints only the register’s stamp over the header it reprints, its own number without EXT 1 and that header’s marking and date, status null; absent for any other document.',
    period:
      'The period a report covers, as its subject or the first paragraphs of its opening name it (for the period January 2024 - June 2025): from and to, its first and last month (2024-01), and printed, the range as printed; absent where none is named.',
    commissionProposal: 'Commission documents and proposals of the header (No. Cion doc., No. Cion prop.).',
    interinstitutionalFile: 'Procedure of the interinstitutional file, e.g. 2020/0350(COD), else null.',
    otherHeaderLines: "Header lines with no field of their own (the Council's name, stamps, contact lines), as printed.",
    printed:
      "The header's words as the document prints them, in its own language, where read: the place and date line, the document's number where printed otherwise than the record's (number, e.g. WK 3456/2025 INIT), the document-type line, each field's label (from, on, to, previous, commission, subject, interinstitutional), the meeting's days, the original's language (originalLanguage, e.g. (Or. fr)), the language versions the document concerns (concernsLanguages, e.g. (fr)), the interinstitutional file (interinstitutionalFile) and the values of the reference fields (values: previous, commission, e.g. 9124/23 - COM(2023) 234 final) and, where any is printed otherwise than in codes, each distribution code (codes, e.g. COEST172).",
    meeting: 'Meeting id (see meetings) of an outcome of proceedings or a notice of meeting, any version of either; else null.',
    variant: 'Which text of its number it is: 0, the one its page shows (other sources giving a different text are on that page, with a diff).',
    url: "Official link in the Council's register; absent where the document has no number to link by (unnumbered).",
    items: 'Ids of the agenda items (see items), in agenda order; empty when its items have no entries (see itemTexts).',
    itemTexts:
      'Agenda items of a document whose items have no entries (an earlier version of an outcome, a notice of meeting): number, title, text as plain text, day and agenda heading.',
    sections: 'Sections: anchor, number and title of the heading, and the text under it as plain text (one line per paragraph or list item).',
    footnotes:
      'Footnotes: mark as printed, label (the page anchor user-content-fn-<label>) and text (paragraphs of runs: text, web addresses, footnote calls).',
    meetingDates: 'Days of the meeting an outcome of proceedings records (On:), ISO; empty for other documents.',
    meetingTime: "The hour a notice of meeting's meeting opens, as its Time: row prints it (10.00, 10 h 00); absent where it prints none.",
    meetingVenue:
      "Where a notice of meeting's meeting is held, as its Venue: row prints it, its lines joined by a space (COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels); absent where it prints none.",
    meetingFormat: "The format of a notice of meeting's meeting, as its Format: row prints it (1+2, videoconference); absent where it prints none.",
    references: 'Canonical ids of every document the text cites, in order of first appearance.',
    actors: 'Ids of the actors its agenda items or sections name (see /actors/), in order of first mention.',
    topics: 'Ids of the topics it is on (see /topics/): those its subject names and those of its agenda items or sections, in the order of the topic table.',
    text: 'The whole text of the document as plain text, as its page shows it below the header (no Markdown or HTML): one line per heading, paragraph, list item or footnote paragraph, in page order (sections under their headings; agenda items under their day, agenda and item headings, e.g. 6.1. Title; then the footnotes, each as [mark] text); bullets, bold and footnote calls are left out, and no line is empty.',
  },
  meetings: {
    id: "First day (ISO) for a meeting of COSI, followed by the committee's id for any other (2025-11-18-psc-cosi); the URL segment of /meetings/<id>/. No document number enters it.",
    committee: 'Which body or bodies met: cosi, psc-cosi, cosi-sg, …',
    title: 'How the meeting is titled, e.g. COSI meeting, Joint meeting of the PSC and COSI.',
    dates: 'Every day of the meeting (ISO).',
    presidency: 'The Council Presidency of the time.',
    document: 'Number of the document the meeting page is made from: the outcome shown (its latest version), else the notice of meeting.',
    documentSlug: 'Slug of that document.',
    outcome:
      'The outcome of proceedings that records the meeting: number and slug of the version shown, every version held (oldest first) and other documents recording it; null for a meeting known from its agenda only.',
    agenda:
      'The notice of meeting and provisional agenda: number, slug, versions, other notices, the items as planned (number, title without the mark that calls a note, notes — each note the notice prints under its items for the item, its mark as printed (*, **) and its text —, possible, proMemoria (listed pro memoria, (p.m.)), section, day, documents, sub-points — each with its label, title without the mark, notes as for an item, possible, proMemoria and documents —, text, anchor) and the NB block; null when none is held.',
    time: 'The hour the meeting opens as the notice of meeting shown prints it after Time: (10.00, 10 h 00), else null.',
    times:
      'Each day of a meeting over two days or more with its hours as the notice of meeting shown prints them (its Time: rows, its Date: value, its day headings, the hours above or beside its items): date (ISO), start and end (HH:MM, 24-hour clock), each absent where none is printed for that day; one entry a day, in order; empty for a meeting of one day (see time) or where no day’s hour is printed. In CSV, each day as <date> <start>-<end>, an hour not printed left empty (2026-03-03 10:00-; 2026-03-04 -13:00), a day with neither as its date alone.',
    venue: 'Where the meeting is held as the notice of meeting shown prints it after Venue:, its lines joined by a space, else null.',
    format: 'The format of the meeting as the notice of meeting shown prints it after Format: (1+2, videoconference), else null.',
    cancelled:
      'true where the latest notice of meeting says the meeting is cancelled and no outcome records it (its dates are the days it had been planned for); absent otherwise.',
    items: 'Ids of the agenda items of the outcome shown (see items), in agenda order; empty for a meeting known from its agenda only.',
    decisionCount: 'Number of decisions recorded.',
  },
  items: {
    id: 'Item id: <meeting>--<anchor>.',
    meeting: 'Meeting id.',
    document: 'Number of the outcome of proceedings.',
    documentSlug: 'Slug of that document.',
    position: '0-based position in the agenda.',
    number: 'Item number as printed (6, 6.1), null for an unnumbered AOB.',
    printedNumber:
      'The number with its word or sign as the document prints it (Item 1:, 1), 3. and 4. for items taken together); absent where it prints the number alone.',
    title: 'Item title.',
    section: 'Agenda heading the item stands under, e.g. Items for discussion.',
    day: 'Meeting day the item was taken on (ISO), where the document says.',
    anchor: 'Fragment of the item on the meeting page, e.g. item-6-1.',
    sentences: 'The sentences that record its decisions, each once; a decision points at one by its index.',
    decisions: 'Decisions: who decided (by; null where the text names nobody), the verb, what (object), the documents concerned and the index of the sentence.',
    positions:
      'Sentences recording the positions of some of the delegations (Most delegations supported …, One delegation entered a scrutiny reservation, La plupart des délégations …): each group named as a subject as printed (by), the sentence and the documents it cites. Never decisions: not counted, not in the decisions table; absent where none.',
    references: 'Canonical ids of the documents the item cites.',
    actors: 'Ids of the actors the item names (see /actors/), in order of first mention.',
    topics:
      'Ids of the topics the item is on (see /topics/): named in its title, or in at least two and a quarter of its sentences; in the order of the topic table.',
    text: 'The text of the item as plain text (no Markdown or HTML): one line per paragraph or list item, bullets, bold and footnote calls left out (the footnotes are in its document).',
  },
  decisions: {
    id: 'Decision id.',
    by: 'Who decided, as the text names them: COSI (the committee itself, however written), Delegations, the Presidency, the COSI Support Group, the Council, Coreper (each in any language), …; null where the text names nobody.',
    verb: 'What was done: adopted, endorsed, agreed, approved, confirmed, took-note, exchanged-views, welcomed, tasked, invited.',
    object: "What was decided, as printed after the verb or as the subject of a passive: e.g. on the region's strategic importance.",
    informal:
      "true where read in the outcome of an informal videoconference, which takes no decisions: the members' view, not a decision (never counted as COSI's); absent otherwise.",
    procedure:
      'How it was taken where the text says so, as printed, apart from what was decided: e.g. by silence procedure, par procédure écrite, without amendment, subject to a parliamentary scrutiny reservation by NL; absent otherwise.',
    sentence: "Index of the sentence that records the decision in its item's sentences (see items).",
    references: 'Canonical ids of the documents the decision concerns.',
    meeting: 'Meeting id.',
    date: 'Meeting day (ISO).',
    item: 'Item id.',
    itemNumber: 'Item number as printed.',
    itemTitle: 'Item title.',
    anchor: 'Fragment of the item on the meeting page.',
    document: 'Number of the outcome of proceedings.',
  },
  references: {
    id: 'Canonical id of the referenced document or act.',
    slug: 'URL segment of its page: /documents/<slug>/.',
    type: 'Series or legal form: council, meeting, working, european-council, commission, regulation, directive, decision, official-journal, celex, case-law, parliament, association, procedure.',
    url: 'Official link, where its address is certain (absent for a Commission C document, a European Parliament document or a national court decision).',
    ingested: 'True when the archive holds the document itself.',
    citations: 'Every place that cites it: citing document, meeting, anchor, label and the sentence around it.',
  },
};

/** A collection entry as the exports read it: entry id and frontmatter or data. */
export interface LoadedEntry<T> {
  readonly id: string;
  readonly data: T;
}

/** A document entry with the data of its agenda items, in agenda order: what its text is made of. */
export interface DocumentWithItems extends LoadedEntry<Omit<ExportRecord<'documents'>, 'text'>> {
  readonly agenda: readonly VersionItem[];
}

/** The JSON records of documents: frontmatter and the plain text of the page (src/lib/version-text.ts), by slug. */
export function documentRecords(entries: readonly DocumentWithItems[]): ExportRecord<'documents'>[] {
  return [...entries]
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map((entry) => ({ ...entry.data, text: documentLines(entry.data, entry.agenda).join('\n') }));
}

/** The JSON records of items: entry id and data (its plain text included), in meeting and agenda order. */
export function itemRecords(entries: readonly LoadedEntry<Omit<ExportRecord<'items'>, 'id'>>[]): ExportRecord<'items'>[] {
  return [...entries]
    .sort((a, b) => a.data.meeting.localeCompare(b.data.meeting) || a.data.position - b.data.position)
    .map((entry) => ({ id: entry.id, ...entry.data }));
}

/** Records sorted by their `id` field: meetings, decisions, references. */
export function recordsById<T extends { readonly id: string }>(entries: readonly LoadedEntry<T>[]): T[] {
  return entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** How a list is written in one CSV cell. */
const LIST_SEPARATOR = '; ';

/** A CSV table: the header and the rows. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/**
 * Documents as CSV: one row each; lists joined with "; ", a classification by its level, the document a released version
 * releases by its number, a report's period as an ISO interval of months (`2023-07/2024-12`), sections and footnotes left
 * to the JSON.
 */
export function documentsTable(records: readonly ExportRecord<'documents'>[]): CsvTable {
  const columns = [
    'number',
    'slug',
    'kind',
    'date',
    'place',
    'language',
    'limite',
    'public',
    'classification',
    'codes',
    'from',
    'to',
    'recipients',
    'previous',
    'subject',
    'released',
    'period',
    'meeting',
    'url',
    'items',
    'references',
  ] as const;
  return {
    columns,
    rows: records.map((record) =>
      columns.map((column) => {
        // A classification is its level in the table (`restricted`); the JSON keeps the marking as printed.
        if (column === 'classification') return record.classification?.level ?? null;
        // The PUBLIC marking as LIMITE is: true or false.
        if (column === 'public') return record.public === true;
        // The released document by its number, the period as its first and last month: the JSON keeps what is printed.
        if (column === 'released') return record.released?.number ?? null;
        if (column === 'period') return record.period === undefined ? null : `${record.period.from}/${record.period.to}`;
        // A document filed under its source's name has no register link: an empty cell.
        const value = record[column] ?? null;
        return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
      }),
    ),
  };
}

/** A meeting day and its hours in a CSV cell: `2026-03-03 10:00-13:00`, an hour not printed left empty (`2026-03-04 -13:00`), the date alone where neither is. */
function dayTimesCell({ date, start, end }: DayTimesData): string {
  return start === undefined && end === undefined ? date : `${date} ${start ?? ''}-${end ?? ''}`;
}

/** Meetings as CSV, one row each: the outcome and the notice by the numbers shown, the planned items left to the JSON. */
export function meetingsTable(records: readonly ExportRecord<'meetings'>[]): CsvTable {
  return {
    columns: [
      'id',
      'committee',
      'title',
      'dates',
      'presidency',
      'document',
      'documentSlug',
      'outcome',
      'agenda',
      'time',
      'times',
      'venue',
      'format',
      'cancelled',
      'items',
      'decisionCount',
    ],
    rows: records.map((r) => [
      r.id,
      r.committee,
      r.title,
      r.dates.join(LIST_SEPARATOR),
      r.presidency,
      r.document,
      r.documentSlug,
      r.outcome?.number ?? null,
      r.agenda?.number ?? null,
      r.time,
      r.times.map(dayTimesCell).join(LIST_SEPARATOR),
      r.venue,
      r.format,
      r.cancelled === true,
      r.items.join(LIST_SEPARATOR),
      r.decisionCount,
    ]),
  };
}

/** Items as CSV, one row each, decisions written as sentences (`Delegations agreed on …`), separated by ` | `. */
export function itemsTable(records: readonly ExportRecord<'items'>[]): CsvTable {
  return {
    columns: ['id', 'meeting', 'document', 'position', 'number', 'title', 'section', 'day', 'anchor', 'decisions', 'references', 'text'],
    rows: records.map((r) => [
      r.id,
      r.meeting,
      r.document,
      r.position,
      r.number,
      r.title,
      r.section,
      r.day,
      r.anchor,
      r.decisions.map(decisionText).join(' | '),
      r.references.join(LIST_SEPARATOR),
      r.text,
    ]),
  };
}

/**
 * Columns the decisions CSV has beyond the JSON's fields, so that a spreadsheet can be filtered by topic and by who decided
 * without joining tables: the topics and the actors of each decision, read as /decisions/ reads them (decision-facets.ts).
 */
export const DECISION_CSV_COLUMNS: Readonly<Record<string, string>> = {
  topics: 'Ids of the topics the decision is about (see /topics/): those its item title names, and those its object names unless it lists three or more.',
  actors: 'Ids of the actors who made the decision (see /actors/): those its by names; COSI and Delegations are no actor.',
};

/** Decisions as CSV, one row each, with their topics and actors (DECISION_CSV_COLUMNS). */
export function decisionsTable(records: readonly ExportRecord<'decisions'>[]): CsvTable {
  return {
    columns: [
      'id',
      'by',
      'verb',
      'object',
      'procedure',
      'informal',
      'references',
      'sentence',
      'meeting',
      'date',
      'item',
      'itemNumber',
      'itemTitle',
      'anchor',
      'document',
      ...Object.keys(DECISION_CSV_COLUMNS),
    ],
    rows: records.map((r) => [
      r.id,
      r.by,
      r.verb,
      r.object,
      r.procedure ?? null,
      r.informal ?? null,
      r.references.join(LIST_SEPARATOR),
      r.sentence,
      r.meeting,
      r.date,
      r.item,
      r.itemNumber,
      r.itemTitle,
      r.anchor,
      r.document,
      decisionTopics(r).join(LIST_SEPARATOR),
      decisionActors(r).join(LIST_SEPARATOR),
    ]),
  };
}

/** References as CSV: one row per citation (a reference nobody cites gets one row with empty citation fields). */
export function referencesTable(records: readonly ExportRecord<'references'>[]): CsvTable {
  return {
    columns: ['id', 'slug', 'type', 'url', 'ingested', 'citingDocument', 'citingMeeting', 'anchor', 'label', 'context'],
    rows: records.flatMap((r) => {
      const head = [r.id, r.slug, r.type, r.url ?? null, r.ingested] as const;
      if (r.citations.length === 0) return [[...head, null, null, null, null, null]];
      return r.citations.map((c) => [...head, c.document, c.meeting, c.anchor, c.label, c.context]);
    }),
  };
}

/**
 * A dataset's records as its JSON file, one array then a line break, in parts: `[`, each record with a comma before all
 * but the first, `]` and the line break; joined, the text of `JSON.stringify(records)` and `\n` (a record is an object,
 * which JSON.stringify writes the same inside an array as alone). No shard's file is made as one string.
 */
export function jsonFileParts(records: readonly object[]): string[] {
  const parts = ['['];
  for (const record of records) {
    if (parts.length > 1) parts.push(',');
    parts.push(JSON.stringify(record));
  }
  parts.push(']\n');
  return parts;
}

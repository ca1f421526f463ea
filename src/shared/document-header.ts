/** The header of a document page as Council documents print it, from the entry's fields (the page and the ingest's citations read it). */
import type { PrintedHeader, PrintedLabelField } from '../schemas/printed-header.ts';
import { formatDate, formatDateList } from './dates.ts';

/** The anchor of the header on a document page; citations from header fields point at it. */
export const HEADER_ANCHOR = 'header';

/** Document-type lines whose printed form cannot be read back from the slug. */
const KIND_LINES: Readonly<Record<string, string>> = {
  'i-a-item-note': 'I/A ITEM NOTE',
  'i-item-note': '"I" ITEM NOTE',
  'a-item-note': '"A" ITEM NOTE',
};

/**
 * The register's stamp of a public version as the document prints it above its header (`DOCUMENT PARTIALLY ACCESSIBLE TO
 * THE PUBLIC (12.05.2025)`), null where it has none.
 */
export function publicAccessLine(document: { readonly publicAccess?: { readonly printed: string; readonly date: string | null } | undefined }): string | null {
  return document.publicAccess?.printed ?? null;
}

/** The document's number as its header prints it (`WK 3456/2025 INIT`), else the record's canonical number. */
export function numberLine(document: { readonly number: string; readonly printed?: PrintedHeader | undefined }): string {
  return document.printed?.number ?? document.number;
}

/**
 * The language versions a document concerns alone, as its header prints them after its number (`(fr)` of `7402/24 COR 1
 * (fr)`), else as `(fr, de)`; null where it names none.
 */
export function concernedLanguagesLine(document: {
  readonly concernsLanguages?: readonly string[] | undefined;
  readonly printed?: PrintedHeader | undefined;
}): string | null {
  if (document.concernsLanguages === undefined) return null;
  return document.printed?.concernsLanguages ?? `(${document.concernsLanguages.join(', ')})`;
}

/** The EU classification marking as the header prints it under the number (`RESTREINT UE/EU RESTRICTED`), null where it prints none. */
export function classificationLine(document: { readonly classification?: { readonly printed: string } | undefined }): string | null {
  return document.classification?.printed ?? null;
}

/** The PUBLIC marking as the header prints it where LIMITE stands (`PUBLIC`, a transcription's `PUBLIC.`), null where it prints none. */
export function publicMarkingLine(document: { readonly public?: boolean | undefined; readonly printed?: PrintedHeader | undefined }): string | null {
  return document.public === true ? (document.printed?.public ?? 'PUBLIC') : null;
}

/** The document-type line as the document prints it, else as English documents print its kind. */
export function documentTypeLine(document: { readonly kind: string; readonly printed?: PrintedHeader | undefined }): string {
  return document.printed?.kind ?? kindLine(document.kind);
}

/** What the header shows where the ingest could not read the document's date (the line as printed stays among the other header lines). */
export const DATE_NOT_READ = 'date not read';

/**
 * The place and date line as the document prints it (`Bruselas, 1 de julio de 2025`), else in English (`Brussels, 1 July 2025`);
 * `Brussels, date not read` where the ingest could not read the date.
 */
export function placeAndDateLine(document: {
  readonly place: string | null;
  readonly date: string | null;
  readonly printed?: PrintedHeader | undefined;
}): string {
  const printed = document.printed?.placeAndDate;
  if (printed !== null && printed !== undefined) return printed;
  const date = document.date === null ? DATE_NOT_READ : formatDate(document.date);
  return document.place === null ? date.charAt(0).toUpperCase() + date.slice(1) : `${document.place}, ${date}`;
}

/** The original's language as the document prints it (`(Or. fr)`, `(OR.en)`), else as `(OR. fr)`; null when the header names none. */
export function originalLanguageLine(document: { readonly originalLanguage: string | null; readonly printed?: PrintedHeader | undefined }): string | null {
  if (document.originalLanguage === null) return null;
  return document.printed?.originalLanguage ?? `(OR. ${document.originalLanguage})`;
}

/**
 * The interinstitutional file's label and value as the document prints them (`Toimielinten välinen asia:`,
 * `2011/0023 (NLE)`), else as English documents do (`Interinstitutional File:`, `2011/0023(NLE)`); null when it has none.
 */
export function interinstitutionalFileField(document: {
  readonly interinstitutionalFile: string | null;
  readonly printed?: PrintedHeader | undefined;
}): [string, string] | null {
  if (document.interinstitutionalFile === null) return null;
  const printed = document.printed;
  return [printed?.labels.interinstitutional ?? 'Interinstitutional File:', printed?.interinstitutionalFile ?? document.interinstitutionalFile];
}

/** The distribution codes as the document prints them (`COEST172`), else as the record keeps them (`COEST 172`). */
export function codeLines(document: { readonly codes: readonly string[]; readonly printed?: PrintedHeader | undefined }): readonly string[] {
  const printed = document.printed?.codes;
  return printed !== undefined && printed.length === document.codes.length ? printed : document.codes;
}

/** The document-type line as Council documents print it: `outcome-of-proceedings` → `OUTCOME OF PROCEEDINGS`. */
export function kindLine(kind: string): string {
  return KIND_LINES[kind] ?? kind.replace(/-/g, ' ').toUpperCase();
}

/** The kinds that print the meeting's days under `Date:` (a notice of meeting); an outcome prints them under `On:`. */
const DATE_LABEL_KINDS: ReadonlySet<string> = new Set(['notice-of-meeting-and-provisional-agenda']);

/** The fields of a document the labelled header lines show. */
export interface HeaderFieldsSource {
  readonly kind: string;
  readonly from: string | null;
  readonly meetingDates: readonly string[];
  /** A notice's meeting hour and venue as printed after `Time:` and `Venue:`, where read. */
  readonly meetingTime?: string | undefined;
  readonly meetingVenue?: string | undefined;
  readonly meetingFormat?: string | undefined;
  readonly to: string | null;
  readonly previous: readonly string[];
  readonly commissionProposal: readonly string[];
  readonly subject: string | null;
  /** The labels and the meeting's days as the document prints them, where read. */
  readonly printed?: PrintedHeader | undefined;
}

/**
 * The labelled header fields in the order documents print them, as [label, value] pairs; absent ones left out. Each
 * label as the document prints it (`Asunto:`, `Subject :`), else in English; the meeting's days and the references'
 * values (`9124/23 - COM(2023) 234 final`, not the documents' list `9124/23, COM/2023/234 final`) likewise.
 */
export function headerFields(document: HeaderFieldsSource): [string, string][] {
  const label = (field: PrintedLabelField, english: string) => document.printed?.labels[field] ?? english;
  const values = document.printed?.values;
  const days = document.meetingDates.length === 0 ? null : (document.printed?.meetingDays ?? formatDateList(document.meetingDates));
  const fields: [string, string | null][] = [
    [label('from', 'From:'), document.from],
    [label('on', DATE_LABEL_KINDS.has(document.kind) ? 'Date:' : 'On:'), days],
    [label('time', 'Time:'), document.meetingTime ?? null],
    [label('venue', 'Venue:'), document.meetingVenue ?? null],
    [label('format', 'Format:'), document.meetingFormat ?? null],
    [label('to', 'To:'), document.to],
    [label('previous', 'No. prev. doc.:'), document.previous.length === 0 ? null : (values?.previous ?? document.previous.join(', '))],
    [label('commission', 'No. Cion doc.:'), document.commissionProposal.length === 0 ? null : (values?.commission ?? document.commissionProposal.join(', '))],
    [label('subject', 'Subject:'), document.subject],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== null);
}

/** The number a numbered footnote's label prints (`2`, `1-2` of an annex numbering from 1 again: `1`). */
const PRINTED_NUMBER = /^(\d+)(?:-\d+)?$/;

/** A footnote call the header prints in the subject: the footnote's label and the number the page shows it by. */
export interface HeaderCall {
  readonly label: string;
  readonly number: string;
}

/** A run of the subject as the header prints it: its text, then the footnote calls printed right after it. */
export interface SubjectPart {
  readonly text: string;
  readonly calls: readonly HeaderCall[];
}

/**
 * The subject as the header prints it, cut where it calls its footnotes (`… Security Union Strategy¹`, `… mot barn¹ –
 * Lägesrapport`): each run of text with the calls after it, each footnote by the number the document prints
 * (src/lib/printed-marks.ts shows the same number at the page's foot), a footnote of another mark by the order the
 * subject calls it. One run with no calls where the subject calls none; none where there is no subject.
 */
export function subjectParts(document: {
  readonly subject: string | null;
  readonly subjectFootnotes?: readonly { readonly label: string; readonly at: number }[] | undefined;
}): SubjectPart[] {
  const subject = document.subject;
  if (subject === null) return [];
  const numbers = new Map<string, string>();
  const parts: { text: string; calls: HeaderCall[] }[] = [];
  let from = 0;
  for (const { label, at } of document.subjectFootnotes ?? []) {
    if (!numbers.has(label)) numbers.set(label, PRINTED_NUMBER.exec(label)?.[1] ?? String(numbers.size + 1));
    const call = { label, number: numbers.get(label) ?? '' };
    const last = parts.at(-1);
    if (last !== undefined && at <= from) last.calls.push(call);
    else {
      parts.push({ text: subject.slice(from, at), calls: [call] });
      from = Math.max(from, at);
    }
  }
  return from < subject.length || parts.length === 0 ? [...parts, { text: subject.slice(from), calls: [] }] : parts;
}

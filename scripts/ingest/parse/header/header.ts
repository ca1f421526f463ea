import type { Classification } from '../../../../src/schemas/classification.ts';
import type { PrintedHeader, PrintedLabelField } from '../../../../src/schemas/printed-header.ts';
import type { IngestWarning } from '../../../../src/schemas/record.ts';
import { isPlausibleDate } from '../../../../src/shared/dates.ts';
import { documentIds } from '../references/added-versions.ts';
import { anchoredHeadEnd } from './anchored-head.ts';
import { undashedAnnexes } from './commission-tail.ts';
import { parseDates } from '../text/date-expressions.ts';
import { figureDates } from '../text/figure-dates.ts';
import { placeDateBelow } from './date-below.ts';
import { readHead, type Head, type PrintedField } from './header-head.ts';
import type { PublicAccess } from './public-access.ts';
import { findLabels, type FoundLabel } from './header-labels.ts';
import { headerLineKind } from './header-lines.ts';
import { headerWindow, lineNumberAt, positionOf, type HeaderWindow, type LinePosition } from './header-window.ts';
import { BLOCK_FIELDS, type HeaderField, type MeetingLabel } from '../text/label-vocabulary.ts';
import { readBlock, type LabelBlock } from './label-values.ts';
import { meetingLabel } from './meeting-values.ts';
import { formatEndingVenue } from './venue-end.ts';
import { holdsUnreadText } from './reference-values.ts';
import { headerValue } from './labels.ts';
import { headerCalls, type HeaderCall } from './header-calls.ts';
import type { SourceLine } from '../normalise.ts';
import { unlabelledCorrespondents } from './unlabelled-correspondents.ts';
import { senderAbove, withUnlabelledRows } from './unlabelled-rows.ts';
import { valuesAboveLabels, valuesBeforeLabelsInLine } from './values-above-labels.ts';
import { placeLanguage, versionLanguage } from './version-language.ts';
import { DEFAULT_KIND } from '../text/vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A number and the parts of it a header adds with a plus: `6044/22 + ADD 1`, `10951/2/98 REV 2 + COR 1`. */
const PLUS_PARTS = new RegExp(
  String.raw`((?:ST[ \t])?\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*)((?:[ \t]*\+[ \t]*(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})+)`,
  'g',
);

/** The fields whose labels make a label table, as against contact lines (`Tel.:`, `Fax:`) that any page may print. */
const FIELD_LABELS: ReadonlySet<HeaderField> = new Set(['from', 'on', 'to', 'previous', 'commission', 'subject']);

/** The rows a copy may print without their labels while keeping the others': sender, recipient, subject. */
const ROW_FIELDS: ReadonlySet<HeaderField> = new Set(['from', 'to', 'subject']);

/** The fields whose labels the record keeps as printed (those the header prints with a value). */
const PRINTED_LABELS: readonly PrintedLabelField[] = ['from', 'on', 'to', 'previous', 'commission', 'subject'];

/** The labels whose values the record keeps as links to other documents. */
const REFERENCE_LABELS: ReadonlySet<HeaderField> = new Set(['previous', 'commission']);

/** How much of the body a warning quotes where the end of the header was guessed. */
const QUOTED_CHARACTERS = 40;

/** What the header of a Council document says. */
export interface Header {
  /** Canonical document number, null when the header has none. */
  number: string | null;
  /** The language versions the document concerns alone, as `7402/24 COR 1 (fr)` names them after its number (`fr`); empty where none. */
  concerns: string[];
  /** ISO date of the document, null when the header has none. */
  date: string | null;
  /** The place and date line as printed where no date was read from it (`Brussels, 25.11.25`: a two-figure year the header's number does not confirm), else null. */
  unreadDate: string | null;
  place: string | null;
  /** The language of this version, from the words its header is written in. */
  language: string | null;
  /** The language of the original (`(OR. en)`), which the version may have been translated from. */
  originalLanguage: string | null;
  limite: boolean;
  /** Whether the header prints the PUBLIC marking where a LIMITE document prints LIMITE. */
  public: boolean;
  /** The EU classification marking (`RESTREINT UE/EU RESTRICTED`), null where none. */
  classification: Classification | null;
  /** The register's stamp of a public version (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)`) and its day, null where none. */
  publicAccess: PublicAccess | null;
  codes: string[];
  kind: string;
  from: string | null;
  /** The days of the `On:` or `Date:` line within the plausible years, ISO, in order. */
  on: string[];
  to: string | null;
  previous: string[];
  /** The Commission's documents and proposals of `No. Cion doc.:` / `No. Cion prop.:`, canonical. */
  commissionProposal: string[];
  /** `2020/0350(COD)` of `Interinstitutional File:`. */
  interinstitutionalFile: string | null;
  subject: string | null;
  /** The footnote calls the subject prints (`… Security Union Strategy^1`), each after the word it follows; null where none. */
  subjectCalls: SubjectCalls | null;
  /** Header text the record has no field for, one entry per line as printed: the Council's name, stamps, contact lines. */
  otherLines: string[];
  /** The place and date line, kind line, labels and meeting days as printed, in the document's language. */
  printed: PrintedHeader;
  /**
   * The hour, venue and format of a notice's meeting as its `Time:`, `Venue:` and `Format:` rows print them (every such
   * row, in order), each also one of `otherLines` (`line`), which the record leaves out where it shows them with the
   * meeting's days; empty where none.
   */
  meetingRows: MeetingRow[];
  /** The label values (those of the notes above the header first) in source order, for the record's references. */
  values: SourceLine[];
  /** What the reader had to guess. */
  warnings: IngestWarning[];
}

/**
 * A notice's `Time:`, `Venue:` or `Format:` row: its label and value as printed, and the other header line it is; a
 * format the venue's row prints after its address has neither (null).
 */
export interface MeetingRow {
  field: MeetingLabel;
  label: string | null;
  value: string;
  line: string | null;
}

/** The footnote calls a subject prints, and the source line it begins on. */
export interface SubjectCalls {
  calls: HeaderCall[];
  line: number;
}

/** A header and where the body begins: the line and the column in it. */
export interface ReadHeader {
  header: Header;
  body: LinePosition;
  /** The body's first list number where a text extraction printed it inside the header (`1.` between labels and values). */
  displaced: string | null;
}

/**
 * The header of a document read from its anchors wherever its line breaks fall (labels, the number's shape, the place
 * and date, the kind line, the vocabulary of the Council's bodies), and where its body begins; absent fields are null
 * or empty, never invented, and every character of the header not in a field is kept in `otherLines`.
 */
export function readHeader(lines: readonly SourceLine[]): ReadHeader {
  // The values printed above their labels are read in the header's order; the body must begin after the lines moved.
  const reordered = valuesAboveLabels(lines) ?? valuesBeforeLabelsInLine(lines);
  const read = reordered === null ? null : readOrdered(reordered.lines);
  if (read === null || reordered === null) return readOrdered(lines);
  const after =
    reordered.column === undefined
      ? read.body.index > reordered.last
      : read.body.index === reordered.last
        ? read.body.column >= reordered.column
        : read.body.index > reordered.last;
  return after ? read : readOrdered(lines);
}

/**
 * The first label of the labelled block, from `opening` (the first that fills a field): a note's labels printed bare
 * right above it belong to it, their values printed under the column with the block's (plain `pdftotext` of a
 * declassified version: `new status:` / `Subject:`, then `Public` / the subject).
 */
function withBareNotes(text: string, labels: readonly FoundLabel[], opening: number): number {
  let first = opening;
  for (let label = labels[first - 1]; label?.field === 'note' && text.slice(label.end, labels[first]?.start).trim() === ''; label = labels[first - 1])
    first -= 1;
  return first;
}

function readOrdered(lines: readonly SourceLine[]): ReadHeader {
  const window = headerWindow(lines);
  const labels = findLabels(window.plain);
  const opening = labels.findIndex((label) => BLOCK_FIELDS.has(label.field));
  // Contact lines alone (`Tel.:`, `Fax:` of a press office) are no label table: the header has no labels.
  if (opening === -1 || !labels.some((label) => FIELD_LABELS.has(label.field))) return withoutLabels(window, labels);
  const first = withBareNotes(window.plain, labels, opening);
  const blockStart = labels[first]?.start ?? 0;
  // A copy that lost the sender's, recipient's and subject's labels but kept the others (a cover note's `date of
  // receipt:`, `No. Cion doc.:`): the sender above them, the recipient and subject under their values (unlabelled-rows.ts).
  const rowsUnlabelled = !labels.slice(first).some((label) => ROW_FIELDS.has(label.field));
  const sender = rowsUnlabelled ? senderAbove(window.plain, blockStart) : null;
  const head = readHead(window.plain.slice(0, sender?.start ?? blockStart), labels.slice(0, first));
  // A header table read across may print the number, LIMITE and codes after a label (`Subject: 9934/1/15 REV 1 LIMITE …`).
  const read = readBlock(window.plain, labels.slice(first), head.number === null, head.codes.length > 0);
  const block = rowsUnlabelled ? withUnlabelledRows(read, sender, window.plain) : read;
  const inValue = block.head === null ? null : readHead(block.head.text, []);
  const values = new Map<HeaderField, string[]>();
  for (const { field, value } of block.values) values.set(field, [...(values.get(field) ?? []), headerValue(value)]);
  const firstOf = (field: HeaderField) => values.get(field)?.find((value) => value !== '') ?? null;
  // each document a value names, those a range names between its ends too (`9876/25 to 9879/25`: added-versions.ts)
  const references = (field: HeaderField) => documentIds(withParts((values.get(field) ?? []).join('\n')));
  const previous = references('previous');
  const commissionProposal = references('commission');
  // Contact lines and notes are kept as printed, and so is a reference label's value the record cannot link in full
  // where the field links none (the field prints its values as printed where it links some).
  const linked = (field: HeaderField) => (field === 'previous' ? previous : field === 'commission' ? commissionProposal : []).length > 0;
  const otherLabels = block.values
    .filter(
      ({ field, value }) => field === 'other' || field === 'note' || (REFERENCE_LABELS.has(field) && !linked(field) && holdsUnreadText(headerValue(value))),
    )
    .map(({ label, value }) => `${label} ${headerValue(value)}`.trim());
  const meetingRows = timeAndVenue(block.values.filter(({ field }) => field === 'other'));
  const printedValue = (field: HeaderField) => (linked(field) ? (values.get(field) ?? []).filter((value) => value !== '').join(', ') : '');
  const file = head.interinstitutionalPrinted ?? printedProcedure(block);
  const codes = [...head.codes, ...(inValue?.codes ?? []), ...block.codes];
  const codesPrinted = [...head.codesPrinted, ...(inValue?.codesPrinted ?? []), ...block.codes];
  return {
    header: {
      number: head.number ?? inValue?.number ?? null,
      concerns: (head.concerns ?? inValue?.concerns)?.codes ?? [],
      date: head.date,
      unreadDate: head.date === null ? head.placeAndDatePrinted : null,
      place: head.place,
      language: versionLanguage([...head.languages, ...labels.slice(first).map((label) => label.language)]),
      originalLanguage: head.originalLanguage,
      limite: head.limite || inValue?.limite === true,
      public: head.public || inValue?.public === true,
      classification: head.classification ?? inValue?.classification ?? null,
      publicAccess: head.publicAccess ?? inValue?.publicAccess ?? null,
      codes,
      kind: head.kind ?? DEFAULT_KIND,
      // a Presidency note whose kind line names its recipient (`NOTE FROM THE PRESIDENCY TO COSI`) may print no such rows
      from: firstOf('from') ?? head.kindCorrespondents?.from ?? null,
      on: meetingDays(firstOf('on') ?? ''),
      to: firstOf('to') ?? head.kindCorrespondents?.to ?? null,
      previous,
      commissionProposal,
      interinstitutionalFile: head.interinstitutionalFile ?? procedureOf(firstOf('interinstitutional')),
      subject: firstOf('subject'),
      subjectCalls: subjectCalls(window, block),
      printed: {
        placeAndDate: head.placeAndDatePrinted,
        kind: head.kind === null ? null : head.kindPrinted,
        // a procedure number printed without its label (`(OR. en) 2025/0123 (COD)`) has no label to print
        labels: { ...printedLabels(block), ...(file === null || file.label === '' ? {} : { interinstitutional: file.label }) },
        meetingDays: firstOf('on'),
        ...printedNumber(head),
        ...printedLanguage(head),
        ...(head.publicPrinted === null ? {} : { public: head.publicPrinted }),
        ...printedConcerns(head.concerns ?? inValue?.concerns ?? null),
        ...(file === null ? {} : { interinstitutionalFile: file.value }),
        ...printedValues({ previous: printedValue('previous'), commission: printedValue('commission') }),
        ...printedCodes(codes, codesPrinted),
      },
      otherLines: [...head.otherLines, ...(inValue?.otherLines ?? []), ...otherLabels, ...block.otherText.flatMap(({ text }) => textLines(text))],
      meetingRows,
      values: [...head.noteValues, ...block.values.map(({ value, start }) => ({ text: value, start }))].map(({ text, start }) => ({
        text: headerValue(text),
        line: lineNumberAt(window, start),
      })),
      warnings: warnings(window, block, lines),
    },
    body: positionOf(window, block.end),
    displaced: block.displaced?.text ?? null,
  };
}

/**
 * The `Time:`, `Venue:` and `Format:` rows (MEETING_LABELS) among a header's other labelled rows, each with a value, as
 * printed, in order: the label with its colon (`Heure :`), the value's lines joined by a space. A second row of a field
 * (a meeting on two days or in two places: `Time: 10.00 (17 March)` / `Time: 09.30 (18 March)`) is read too.
 */
function timeAndVenue(rows: readonly { label: string; value: string }[]): MeetingRow[] {
  const read: MeetingRow[] = [];
  for (const { label, value } of rows) {
    const field = meetingLabel(label);
    const shown = headerValue(value);
    if (field === undefined || shown === '') continue;
    const line = `${label} ${shown}`.trim();
    // a format the venue's cell prints as its last line, with no `Format:` row (`… 1048 Brussels` / `videoconference`)
    const format = field === 'venue' ? formatEndingVenue(shown) : null;
    if (format === null) read.push({ field, label, value: shown, line });
    else read.push({ field, label, value: shown.slice(0, format).trimEnd(), line }, { field: 'format', label: null, value: shown.slice(format), line: null });
  }
  return read;
}

/** A header without labels: it ends at its last header-shaped line (number, place and date, codes, kind). */
function withoutLabels(window: HeaderWindow, labels: readonly FoundLabel[]): ReadHeader {
  let end = 0;
  for (const [index, entry] of window.lines.entries()) {
    if (entry.text === '') continue;
    if (headerLineKind(entry.text) === null) break;
    end = index + 1;
  }
  const byLines = window.starts[end] ?? window.text.length;
  const headAt = (offset: number) =>
    readHead(
      window.plain.slice(0, offset),
      labels.filter((label) => label.start < offset),
    );
  const lined = headAt(byLines);
  // Lines that are not all header lines (the Council's name over two lines, a page run into one line): read by anchors.
  const files = labels.filter((label) => label.field === 'interinstitutional');
  // Lines whose header ends before its kind line (`pdftotext -layout`: a code line such as `CRS CRP 45` indented under the
  // number, blank lines around it): read by anchors too, when they reach a kind line beyond it.
  const anchored =
    lined.number === null ? anchoredHeadEnd(window.plain, undefined, files) : lined.kind === null ? kindBeyond(window, byLines, files, headAt) : null;
  const endOffset = anchored ?? byLines;
  const head = anchored === null ? lined : headAt(anchored);
  const body = anchored === null ? { index: end, column: 0 } : lineStartIfBlank(window, positionOf(window, anchored));
  const below = head.date === null ? placeDateBelow(window.plain, endOffset) : null;
  // A copy that lost the header table's labels prints the sender, recipient and subject alone under the kind line.
  const unlabelled = body.column === 0 ? unlabelledCorrespondents(window.lines, body.index) : null;
  return {
    header: {
      number: head.number,
      concerns: head.concerns?.codes ?? [],
      date: head.date ?? below?.date ?? null,
      unreadDate: head.date === null ? head.placeAndDatePrinted : null,
      place: head.place ?? below?.place ?? null,
      language: versionLanguage([...head.languages, placeLanguage(below?.place ?? '')]),
      originalLanguage: head.originalLanguage,
      limite: head.limite,
      public: head.public,
      classification: head.classification,
      publicAccess: head.publicAccess,
      codes: head.codes,
      kind: head.kind ?? DEFAULT_KIND,
      interinstitutionalFile: head.interinstitutionalFile,
      otherLines: head.otherLines,
      meetingRows: [],
      // a place and date below the header stays in the body as printed
      printed: {
        placeAndDate: head.date === null ? null : head.placeAndDatePrinted,
        kind: head.kind === null ? null : head.kindPrinted,
        labels: head.interinstitutionalPrinted === null ? {} : { interinstitutional: head.interinstitutionalPrinted.label },
        meetingDays: null,
        ...printedNumber(head),
        ...printedLanguage(head),
        ...(head.publicPrinted === null ? {} : { public: head.publicPrinted }),
        ...printedConcerns(head.concerns),
        ...(head.interinstitutionalPrinted === null ? {} : { interinstitutionalFile: head.interinstitutionalPrinted.value }),
        ...printedCodes(head.codes, head.codesPrinted),
      },
      from: unlabelled?.from ?? head.kindCorrespondents?.from ?? null,
      on: [],
      to: unlabelled?.to ?? head.kindCorrespondents?.to ?? null,
      previous: [],
      commissionProposal: [],
      // a press release's session title above its place and date says what the meeting was
      subject: unlabelled?.subject ?? below?.session ?? null,
      subjectCalls: null,
      values: [
        ...head.noteValues.map(({ text, start }) => ({ text: headerValue(text), line: lineNumberAt(window, start) })),
        ...(unlabelled?.lines ?? []).map(({ text, line }) => ({ text: headerValue(text), line })),
      ],
      warnings: anchored !== null && body.column > 0 ? [unmarkedEnd(window, endOffset, window.lines)] : [],
    },
    body: unlabelled === null ? body : { index: unlabelled.next, column: unlabelled.column },
    displaced: null,
  };
}

/**
 * The footnote calls the subject prints (header-calls.ts), with the source line of the subject's first line (a call's
 * footnote stands at the foot of its page, at or below it); null where it prints none.
 */
function subjectCalls(window: HeaderWindow, block: LabelBlock): SubjectCalls | null {
  const subject = block.values.find((value) => value.field === 'subject' && headerValue(value.value) !== '');
  if (subject === undefined) return null;
  const calls = headerCalls(subject.value, headerValue(subject.value));
  return calls.length === 0 ? null : { calls, line: lineNumberAt(window, subject.start) };
}

/** The label of each field as printed beside its first value that is not empty (`Asunto:`, `Subject :`). */
function printedLabels(block: LabelBlock): PrintedHeader['labels'] {
  const labels: PrintedHeader['labels'] = {};
  for (const field of PRINTED_LABELS) {
    const found = block.values.find((value) => value.field === field && headerValue(value.value) !== '');
    // a row printed without its label (unlabelled-rows.ts) has none to print
    if (found !== undefined && found.label !== '') labels[field] = found.label.replace(/\s+/g, ' ');
  }
  return labels;
}

/** The document's number as printed, where it differs from the canonical number (`WK 3456/2025 INIT`). */
function printedNumber(head: Head): { number?: string } {
  return head.numberPrinted === null ? {} : { number: head.numberPrinted };
}

/** The original's language as printed, where the header prints one. */
function printedLanguage(head: Head): { originalLanguage?: string } {
  return head.originalLanguagePrinted === null ? {} : { originalLanguage: head.originalLanguagePrinted };
}

/** The language versions the document concerns as printed after its number, brackets included (`(fr)`), where it names any. */
function printedConcerns(concerns: Head['concerns']): { concernsLanguages?: string } {
  return concerns === null ? {} : { concernsLanguages: concerns.printed };
}

/** The codes as printed, where any is printed otherwise than the record keeps it (`COEST172`); none where all are. */
function printedCodes(codes: readonly string[], printed: readonly string[]): Pick<PrintedHeader, 'codes'> {
  return printed.every((code, index) => code === codes[index]) ? {} : { codes: [...printed] };
}

/** The reference fields' values as printed, those not empty; none where all are. */
function printedValues(fields: { previous: string; commission: string }): Pick<PrintedHeader, 'values'> {
  const values = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  return Object.keys(values).length === 0 ? {} : { values };
}

/** The interinstitutional file of a label table (`Interinstitutional File:` among the labels): its label and procedure as printed. */
function printedProcedure(block: LabelBlock): PrintedField | null {
  for (const { field, label, value } of block.values) {
    const procedure = field === 'interinstitutional' ? PROCEDURE_IN_VALUE.exec(value) : null;
    if (procedure !== null) return { label: label.replace(/\s+/g, ' ').trim(), value: procedure[0].replace(/\s+/g, ' ') };
  }
  return null;
}

/** Where the anchors of a header end when they run past `byLines` up to a kind line, else null. */
function kindBeyond(window: HeaderWindow, byLines: number, files: readonly FoundLabel[], headAt: (offset: number) => Head): number | null {
  const end = anchoredHeadEnd(window.plain, undefined, files);
  return end !== null && end > byLines && headAt(end).kind !== null ? end : null;
}

/** The start of the next line when the rest of the line at `position` is blank, else `position`. */
function lineStartIfBlank(window: HeaderWindow, position: LinePosition): LinePosition {
  const rest = window.lines[position.index]?.text.slice(position.column) ?? '';
  return rest.trim() === '' ? { index: position.index + 1, column: 0 } : position;
}

/** A list of references with each part added by a plus written out: `6044/22 + ADD 1` → `6044/22, 6044/22 ADD 1`. */
function withParts(text: string): string {
  return text.replace(PLUS_PARTS, (_, number: string, parts: string) =>
    [
      number,
      ...parts
        .split('+')
        .slice(1)
        .map((part) => `${number} ${part.trim()}`),
    ].join(', '),
  );
}

/** Whether the body begins on the source line the header's last value stands on (a line the export ran together). */
function sameSourceLine(window: HeaderWindow, end: number, lines: readonly SourceLine[]): boolean {
  const { index, column } = positionOf(window, end);
  const body = lines.slice(index).find((entry, offset) => (offset === 0 ? entry.text.slice(column) : entry.text).trim() !== '');
  const header = window.plain.slice(0, end).trimEnd();
  return body !== undefined && header !== '' && lineNumberAt(window, header.length - 1) === body.line;
}

/** A procedure number in a value (`2020/0350 (COD)`). */
const PROCEDURE_IN_VALUE = /(\d{4}\/\d{4})\s?\(([A-Z]{3})\)/;

function procedureOf(value: string | null): string | null {
  const match = PROCEDURE_IN_VALUE.exec(value ?? '');
  return match === null ? null : `${match[1] ?? ''}(${match[2] ?? ''})`;
}

function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => headerValue(line))
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

function warnings(window: HeaderWindow, block: LabelBlock, lines: readonly SourceLine[]): IngestWarning[] {
  const found: IngestWarning[] = block.unplaced.map((label) => ({
    line: lineNumberAt(window, label.start),
    message: `no value could be placed for the label "${label.printed}" of a header that prints its labels before their values`,
  }));
  const guessed = block.guessed ?? (sameSourceLine(window, block.end, lines) ? block.end : null);
  if (guessed !== null) found.push(unmarkedEnd(window, guessed, lines));
  const annexes = annexesBeforeSubject(window, block);
  if (annexes !== null) found.push(annexes);
  return found;
}

/**
 * The warning of a Commission document's reference ending with annexes printed without a dash, the subject after them
 * on their line, where nothing after names the document again to tell whether they are the document's or open the
 * subject (`… COM(2025) 123 final ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT …`, a page run into one line): they
 * were read as the document's (commission-tail.ts undashedAnnexes).
 */
function annexesBeforeSubject(window: HeaderWindow, block: LabelBlock): IngestWarning | null {
  const commission = block.values.find(({ field }) => field === 'commission');
  const subject = block.values.find(({ field }) => field === 'subject');
  if (commission === undefined || subject === undefined || subject.label === '') return null;
  const annexes = undashedAnnexes(window.plain, commission.start, commission.value.trimEnd().length);
  if (annexes === null || annexes.namedAgain !== null) return null;
  // the labels printed first on the line, as a page run into one line prints them (`… No. Cion doc.: Subject: …`): plain
  // pdftotext's cells, printed on lines of their own under the labels, may have been joined since (normalise.ts)
  const label = window.plain.lastIndexOf(subject.label, commission.start);
  if (label === -1 || window.plain.slice(label, subject.start).includes('\n')) return null;
  const value = headerValue(commission.value);
  return {
    line: lineNumberAt(window, annexes.start),
    message: `the annexes printed without a dash after the Commission document's reference, before the subject on its line ("${value}"), were read as the document's: nothing after names the document again, and they may open the subject`,
  };
}

/** The warning of a header whose end the source does not mark, quoting where the body was taken to begin. */
function unmarkedEnd(window: HeaderWindow, guessed: number, lines: readonly SourceLine[]): IngestWarning {
  const { index, column } = positionOf(window, guessed);
  const quoted = headerValue(
    lines
      .slice(index)
      .map((entry, offset) => (offset === 0 ? entry.text.slice(column) : entry.text))
      .join(' '),
  ).slice(0, QUOTED_CHARACTERS);
  return {
    line: lineNumberAt(window, guessed),
    message: `the end of the header is not marked (its last value runs on into the body without a blank line): the body was taken to begin at "${quoted}…"`,
  };
}

/** A bracketed note after a value (`(instead of 27 January 2026)`, `(au lieu du 27 janvier 2026)`, `(10.00)`). */
const BRACKETED = /\([^()]{0,80}\)/g;

/**
 * The meeting's days of a `Date:` value: the days it names outside brackets where it names any there, so that a revised
 * notice's former day in brackets (`3 February 2026 (instead of 27 January 2026)`, `(au lieu du …)`, `(statt …)`) is no day
 * of the meeting; all the days it names otherwise; where it names none in words, those it prints in figures outside
 * brackets (`03.03.2026 – 04.03.2026`, `3/3/2026`, `2026-03-03`).
 */
function meetingDays(value: string): string[] {
  const bare = value.replace(BRACKETED, ' ');
  const outside = parseDates(bare).filter(isPlausibleDate);
  if (outside.length > 0) return outside;
  const named = parseDates(value).filter(isPlausibleDate);
  return named.length > 0 ? named : figureDates(bare).filter(isPlausibleDate);
}

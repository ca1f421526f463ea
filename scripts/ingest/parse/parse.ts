import { concernedVersions } from './header/concerned-versions.ts';
import type { Item } from '../../../src/schemas/item.ts';
import { type ErrorRecord, type IngestRecord, type IngestWarning, type OkRecord, okRecordSchema } from '../../../src/schemas/record.ts';
import type { Section } from '../../../src/schemas/section.ts';
import type { DayTimesData } from '../../../src/schemas/day-times.ts';
import { bidiWarnings } from './document/bidi-warnings.ts';
import { saysCancelled } from './document/cancelled-meeting.ts';
import { bodyDate, type BodyDate } from './document/body-date.ts';
import { footerYearDate } from './document/footer-year-date.ts';
import { associationWarnings } from './references/association-numbers.ts';
import { dateWarnings } from './document/date-warnings.ts';
import { parseDates } from './text/date-expressions.ts';
import { itemDecisions, itemPositions } from './decisions/item-decisions.ts';
import { asInformalViews, namesInformalVideoconference } from './decisions/informal-meeting.ts';
import { footerNumber } from './document/footer-number.ts';
import { isCouncilHeader, unnumberedIdentity } from './document/unnumbered.ts';
import { meetingTimes } from './document/meeting-times.ts';
import { CUT_NUMBER } from './text/head-anchors.ts';
import type { Header, MeetingRow, SubjectCalls } from './header/header.ts';
import { readFootnotes, type Footnotes } from './footnotes/footnotes.ts';
import { type AgendaItem, parseAgenda } from './items/items.ts';
import { addedVersions, documentIds } from './references/added-versions.ts';
import { plannedItems } from './items/agenda-body.ts';
import { calledNote, markedFootnotes, markedLineCalls, splitNotes, starNotes } from './items/item-marks.ts';
import { inlineLinePlain, readInline } from './text/inline.ts';
import { linkStarCalls } from './footnotes/star-calls.ts';
import { normalise, type SourceLine } from './normalise.ts';
import { correspondentList } from '../../../src/shared/correspondents.ts';
import { markAnchoredFootnotes } from './footnotes/anchored-footnotes.ts';
import { markBracketFootnotes } from './footnotes/bracket-footnotes.ts';
import { markPlainFootnotes } from './footnotes/plain-footnotes.ts';
import { canonicalReference, findReferences } from '../../../src/shared/references.ts';
import { referencePagesWarning } from '../../../src/shared/reference-pages.ts';
import { parseSections, type SectionDraft } from './items/sections.ts';
import { splitDocument } from './split.ts';
import { SUMMARY_RECORD, summaryRecordOpening } from './header/summary-record-opening.ts';
import { REPORTED_MEETING_KIND, reportsMeeting } from './document/meeting-report.ts';
import { textBlocks } from './text/text-blocks.ts';
import { keepReading } from './text/sentence-text.ts';
import { blocksPlain, inlinePlain } from '../../../src/shared/source-text.ts';
import { AGENDA_KINDS, ASSOCIATION_NUMBER, DEFAULT_KIND, NOTE_BLOCK, NOTICE_KINDS } from './text/vocabulary.ts';
import { KIND_SLUGS } from './text/header-vocabulary.ts';
import { droppedLetter, droppedLetterWarning, restoreLetter, restoreLetterInCapitals } from './text/dropped-letter.ts';
import { restoreLetterAtWordStart, restoreReplacedLetter } from './text/dropped-letter-words.ts';
import { kindByShape, unknownKindWarning } from './document/kind-by-shape.ts';
import type { Footnote } from '../../../src/schemas/footnote.ts';
import type { PrintedHeader } from '../../../src/schemas/printed-header.ts';
import type { ReleasedDocument } from '../../../src/schemas/released-document.ts';
import { releasedDocument, stampedRelease, type ReprintedHeader } from './document/released-document.ts';
import type { ReportPeriod } from '../../../src/schemas/report-period.ts';
import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { reportPeriod } from './document/report-period.ts';
import { sectionNumberShown } from '../../../src/shared/heading-text.ts';

/** The kinds of a meeting's record, whose committee and days may stand under the kind line in place of labels. */
const RECORD_KINDS: ReadonlySet<string> = new Set([SUMMARY_RECORD, REPORTED_MEETING_KIND]);

/** Example values that tell an author what the header lacks. */
const EXPECTED_NUMBER = 'expected a Council document number (such as "15912/25" or "14470/1/25 REV 1") alone on a line of the header';
/** The warning of a document whose number is read from its page footer, the header printing none that could be read. */
const FOOTER_NUMBER =
  'no document number read in the header (expected it alone on a line, such as "15912/25"): the document is filed under the number its page footer prints';
/** The warning of a document whose header's date could not be read and whose date is taken from the line under it (body-date.ts). */
const BELOW_DATE = 'no date read in the header: the date is taken from the place and date line right under it';
/** The warning of a document whose header's date could not be read: it is written undated, its text shown. */
const NO_DATE =
  'no date read in the header (expected the place and date, such as "Brussels, 25 November 2025"): the document is listed without a date, after the dated ones';

/** Warnings of a document whose body could not be structured: it is still written, its text as it stands. */
const NO_BODY = 'no text after the header: the document page shows the header only';
const NO_ITEMS = 'no agenda items found (numbered lines such as "1. Adoption of the agenda"): the text after the header is shown as one block';
const NO_SECTIONS = 'no section headings found (lines such as "1. Introduction" or "## Presidency report"): the text after the header is shown as one block';

/** A parse failure the parser itself detected, with the source line it concerns. */
class ParseFailure extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/** The record of one Council document (validated with the record schema); never throws: any failure is an error record naming the line. */
export function parseDocument(text: string, source: string): IngestRecord {
  try {
    const record = parseOrFail(text, source);
    const checked = okRecordSchema.safeParse(record);
    if (checked.success) return withReadings(record as OkRecord, checked.data);
    const issue = checked.error.issues[0];
    return errorRecord(source, 0, `the parsed record is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  } catch (error) {
    if (error instanceof ParseFailure) return errorRecord(source, error.line, error.message);
    return errorRecord(source, 0, `unexpected parser failure: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The validated record, the sentence readings the parse made of its items' and footnotes' texts kept for the copies
 * zod made of them (sentence-text.ts): the entries read the same sentences again (documentCitations).
 */
function withReadings(parsed: OkRecord, checked: OkRecord): OkRecord {
  checked.items.forEach((item, at) => keepReading(parsed.items[at]?.text, item.text));
  checked.footnotes.forEach((footnote, at) => keepReading(parsed.footnotes[at]?.text, footnote.text));
  return checked;
}

function errorRecord(source: string, line: number, message: string): ErrorRecord {
  return { source, status: 'error', error: { file: source, line, message } };
}

/** `printed` with the capital `letter` its font dropped put back wherever the text tells where it stood (dropped-letter.ts, dropped-letter-words.ts). */
function restoredText(printed: string, letter: string): string {
  const whole = restoreLetterInCapitals(restoreLetter(restoreReplacedLetter(printed, letter), letter), letter);
  return restoreLetterAtWordStart(whole, letter);
}

function parseOrFail(printed: string, source: string): unknown {
  // a font that dropped a capital letter in extraction (`COUC IL OF` / `THE EUROPEA U IO`, `COU�CIL`): put back where
  // the extraction printed U+FFFD for it, where the vocabulary knows the word, in the body's words of capitals the
  // document spells whole (`I TRODUCTIO`), then at the start of a month's or a delegation's name (`the etherlands`)
  const dropped = droppedLetter(printed);
  const text = dropped === null ? printed : restoredText(printed, dropped.letter);
  const lines = normalise(markPlainFootnotes(markAnchoredFootnotes(markBracketFootnotes(text))));
  if (lines.length === 0) throw new ParseFailure(0, 'expected a Council document, found an empty file');
  const { header: headerLines, fields: header, body, footnotes: definitions } = splitDocument(lines);
  const lastHeaderLine = headerLines[headerLines.length - 1]?.line ?? lines[0]?.line ?? 1;
  // A header that prints no number the parser can read (cut, damaged, missing) leaves the one its page footers print.
  // A number no Council series has (`0/00`) is as unreadable as none.
  const headerNumber = header.number !== null && canonicalReference(header.number) !== null ? header.number : null;
  const footer = headerNumber === null ? footerNumber(text) : null;
  // A Council document whose number neither its header nor its footers print readably is filed under its source's name.
  const unnumbered = headerNumber === null && footer === null;
  if (unnumbered && !isCouncilHeader(header))
    throw new ParseFailure(lines[0]?.line ?? 1, `${EXPECTED_NUMBER}; the header ends on line ${lastHeaderLine}${cutNumberNote(headerLines)}`);
  const number = headerNumber ?? footer?.number ?? unnumberedIdentity(source);
  const footnotes = readFootnotes(definitions);
  // A header that prints no date it could read may have left its place and date right under it (bodyDate: only where certain).
  // A year of two figures (`25.11.25`) is read where the number the footers print carries it.
  const footerDated = header.date === null ? footerYearDate(header.unreadDate, footer?.number ?? null) : null;
  const below = header.date === null && footerDated === null ? bodyDate(body) : null;
  const date = header.date ?? footerDated ?? below?.date ?? null;
  // A summary record without labels names its committee and the days of its meeting under its kind line, as an outcome
  // of proceedings may (`SUMMARY OF DISCUSSIONS` / `STANDING COMMITTEE …` / `15 March 2011`); a kind line the vocabulary
  // does not know (`ANTECKNINGAR FRÅN SAMMANTRÄDET`) with that opening under it is a summary record's.
  // A copy without blank lines runs the committee's line on into the header (no blank line ends the header above it).
  const opening =
    (RECORD_KINDS.has(header.kind) || !KIND_SLUGS.has(header.kind)) && header.subject === null && header.on.length === 0
      ? (summaryRecordOpening(body) ?? summaryRecordOpening([...headerLines.slice(-1), ...body]))
      : null;
  // A kind line the vocabulary does not know (`ZZZ QQQ`) leaves the kind to the document's shape, with a warning.
  const unknownKind = opening === null && header.kind !== DEFAULT_KIND && !KIND_SLUGS.has(header.kind) ? (header.printed.kind ?? null) : null;
  const shaped =
    unknownKind === null
      ? null
      : kindByShape({
          number,
          on: header.on,
          subjectDays: subjectDays(header.subject, date),
          items: () => parseAgenda(body).items.map((item) => itemRecord(item, footnotes, [])),
        });
  const kind =
    opening !== null
      ? RECORD_KINDS.has(header.kind)
        ? header.kind
        : SUMMARY_RECORD
      : (shaped ?? (reportsMeeting(header.kind, header.subject, subjectDays(header.subject, header.date)) ? REPORTED_MEETING_KIND : header.kind));
  const notice = NOTICE_KINDS.has(kind);
  const agenda = AGENDA_KINDS.has(kind) || notice;
  const plain = (line: SourceLine) => inlineLinePlain(line.text, footnotes.resolve(line.line));
  const starred = notice ? null : starNotes(body, plain);
  const {
    agenda: agendaLines,
    closing,
    marked,
  } = starred === null ? splitNotes(body, plain, (text) => NOTE_BLOCK.test(text)) : { agenda: starred.text, closing: [], marked: starred.marked };
  const markNotes = markedFootnotes(marked, footnotes.resolve);
  const { preamble, items } = agenda ? parseAgenda(agendaLines) : { preamble: [], items: [] };
  const drafts: SectionDraft[] = agenda ? [...preambleSection(preamble), ...preambleSection(closing)] : parseSections(agendaLines);
  // each day once, where it is named twice (`on 18 November 2025 and of its joint session … on 18 November 2025`, `18 November 2025 (morning) and 18 November 2025 (afternoon)`)
  const meetingDays = [...new Set(opening?.days ?? (header.on.length > 0 || notice ? header.on : subjectDays(header.subject, date)))];
  // a decision dated before the meeting is recalled, none of the meeting's (the document's date where no day is read)
  // an informal videoconference takes no decisions: what its outcome's items record are its members' views
  const informal = namesInformalVideoconference(header.subject);
  const itemRecords = items
    .map((item) => itemRecord(item, footnotes, markNotes, meetingDays[0] ?? date))
    .map((item) => (informal && item.decisions.length > 0 ? { ...item, decisions: asInformalViews(item.decisions) } : item));
  // A notice that cancels its meeting keeps its days, marked; it need list no items.
  const called = notice && meetingDays.length > 0 && cancelled(header, preamble, closing, plain);
  // a notice's `Time:`, `Venue:` and `Format:` rows are the meeting's, shown with its days; a header with no meeting keeps them as lines
  const timed = agenda && meetingDays.length > 0 ? header.meetingRows : [];
  const referenceLines = [...header.values, ...body, ...definitions].sort((a, b) => a.line - b.line);
  // the interinstitutional file the header names above its labels is the first document it cites (its procedure's page)
  const file = header.interinstitutionalFile === null ? null : canonicalReference(header.interinstitutionalFile);
  const references = [
    ...(file === null ? [] : [{ id: file.id, type: file.type, ...(file.url === undefined ? {} : { url: file.url }) }]),
    ...documentReferences(referenceLines, number, footnotes, file === null ? [] : [file.id]),
  ];
  const sectionRecords = drafts.map((draft) => sectionRecord(draft, footnotes, markNotes));
  // A corrigendum whose number names no language version may say over its text which it concerns alone.
  const concerns = header.concerns.length > 0 || !CORRIGENDUM.test(`${kind} ${number}`) ? header.concerns : concernedVersions(body, header.language);
  return {
    source,
    status: 'ok',
    error: null,
    number,
    ...(unnumbered ? { unnumbered: true } : {}),
    kind,
    date,
    place: header.place ?? below?.place ?? null,
    language: header.language,
    originalLanguage: header.originalLanguage,
    interinstitutionalFile: header.interinstitutionalFile,
    commissionProposal: header.commissionProposal,
    otherHeaderLines: [
      ...unreadNumber(header, unnumbered),
      ...withoutRows(header.otherLines, timed),
      ...unshownDate(header.printed, agenda && meetingDays.length > 0),
    ],
    printed: withRowLabels(
      unnumbered ? withoutNumber(header.printed) : footerDated === null ? header.printed : { ...header.printed, placeAndDate: header.unreadDate },
      timed,
    ),
    limite: header.limite,
    ...(header.public ? { public: true } : {}),
    ...(concerns.length === 0 ? {} : { concernsLanguages: concerns }),
    ...(header.classification === null ? {} : { classification: header.classification }),
    codes: header.codes,
    from: header.from,
    to: header.to,
    recipients: header.to === null ? [] : (correspondentList(header.to) ?? [header.to]),
    previous: header.previous,
    subject: header.subject ?? opening?.committee ?? null,
    ...subjectFootnotes(header.subjectCalls, footnotes),
    ...(header.publicAccess === null ? {} : { publicAccess: header.publicAccess }),
    ...releasedField(number, header.otherLines, header.publicAccess === null ? null : { date, limite: header.limite, classification: header.classification }),
    ...periodField(header.subject, itemRecords.length === 0 ? sectionRecords : []),
    meeting:
      agenda && meetingDays.length > 0
        ? {
            dates: meetingDays,
            ...rowValues(timed),
            ...timesField(meetingDays, header.printed.meetingDays ?? null, timed, items),
            ...(called ? { cancelled: true } : {}),
          }
        : null,
    items: itemRecords,
    planned: notice
      ? plannedItems(
          items,
          itemRecords.map((item) => ({ title: item.title, notes: calledNotes(item.titleFootnotes, markNotes) })),
          plain,
          (title) => markedPoint(title, markNotes),
        )
      : null,
    sections: sectionRecords,
    footnotes: [...footnotes.records, ...markNotes],
    references,
    warnings: [
      ...(dropped === null ? [] : [{ line: lines[0]?.line ?? 1, message: droppedLetterWarning(dropped) }]),
      ...header.warnings,
      ...(footer === null ? [] : [{ line: footer.line, message: `${FOOTER_NUMBER}: ${footer.number}, as the page footer prints it ("${footer.printed}")` }]),
      ...(unnumbered ? [{ line: lines[0]?.line ?? 1, message: unnumberedWarning(number, header.number, lastHeaderLine, headerLines) }] : []),
      ...unreadDateWarnings(header.date ?? footerDated, below, headerLines[0]?.line ?? lastHeaderLine, lastHeaderLine),
      ...(unknownKind === null
        ? []
        : [{ line: headerLines.find((line) => line.text.includes(unknownKind))?.line ?? lastHeaderLine, message: unknownKindWarning(unknownKind, shaped) }]),
      ...bidiWarnings(text, source),
      ...dateWarnings(headerLines, agenda ? body : []),
      // a notice that cancels its meeting lists no items: its text is what it says
      ...(called
        ? []
        : structureWarnings(
            body,
            agenda ? items.length : drafts.filter((draft) => draft.title !== null || draft.number !== null).length,
            agenda,
            lastHeaderLine,
          )),
      ...referenceWarnings(references.length),
      ...associationWarnings(referenceLines, header.otherLines),
    ].sort((a, b) => a.line - b.line),
  };
}

/**
 * Whether a notice says its meeting is cancelled (cancelled-meeting.ts): in its header's values, its subject, its `Date:`
 * value, the text before its first item, or the notes closing it (its NB block).
 */
function cancelled(header: Header, preamble: readonly SourceLine[], closing: readonly SourceLine[], plain: (line: SourceLine) => string): boolean {
  const texts = [...header.otherLines, ...(header.subject === null ? [] : [header.subject]), ...paragraphs(preamble, plain), ...paragraphs(closing, plain)];
  return saysCancelled(texts, header.printed.meetingDays ?? null);
}

/** The paragraphs of `lines` (plain text): the lines between blank ones, joined with a line break. */
function paragraphs(lines: readonly SourceLine[], plain: (line: SourceLine) => string): string[] {
  const read: string[][] = [[]];
  for (const line of lines) {
    const text = plain(line);
    if (text.trim() === '') read.push([]);
    else read.at(-1)?.push(text);
  }
  return read.filter((paragraph) => paragraph.length > 0).map((paragraph) => paragraph.join('\n'));
}

/** The warning of a header whose date was not read: the date taken from the line under it, or none read at all. */
function unreadDateWarnings(read: string | null, below: BodyDate | null, firstLine: number, lastHeaderLine: number): IngestWarning[] {
  if (read !== null) return [];
  if (below !== null) return [{ line: below.line, message: `${BELOW_DATE} ("${below.printed}")` }];
  return [{ line: firstLine, message: `${NO_DATE}; the header ends on line ${lastHeaderLine}` }];
}

/** The number a header prints that is no Council number (`0/00`), as printed, for a document filed under its source's name: kept as a header line. */
function unreadNumber(header: Header, unnumbered: boolean): string[] {
  return unnumbered && header.number !== null ? [header.printed.number ?? header.number] : [];
}

/** The other header lines without the meeting's `Time:` and `Venue:` rows (`rows`), the first line of each left out. */
function withoutRows(lines: readonly string[], rows: readonly MeetingRow[]): string[] {
  const left = [...lines];
  for (const { line } of rows) {
    const at = line === null ? -1 : left.indexOf(line);
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}

/** The printed header with the labels of the meeting's `Time:`, `Venue:` and `Format:` rows as printed (`Heure :`, `Ort:`), the first of each. */
function withRowLabels(printed: PrintedHeader, rows: readonly MeetingRow[]): PrintedHeader {
  if (rows.length === 0) return printed;
  return {
    ...printed,
    labels: { ...printed.labels, ...Object.fromEntries(rows.toReversed().flatMap(({ field, label }) => (label === null ? [] : [[field, label]]))) },
  };
}

/**
 * The meeting's hour, venue and format as the notice prints them (`10 h 00`, `CONSEIL BÂTIMENT EUROPA Rue de la Loi 175,
 * 1048 Bruxelles`, `1+2`), those it prints; the values of two rows of one field (a meeting on two days or in two places)
 * apart by a semicolon, in order (`10.00 (17 March); 09.30 (18 March)`).
 */
function rowValues(rows: readonly MeetingRow[]): { time?: string; venue?: string; format?: string } {
  const values: { time?: string; venue?: string; format?: string } = {};
  for (const { field, value } of rows) values[field] = values[field] === undefined ? value : `${values[field]}; ${value}`;
  return values;
}

/** Each day's hours of a meeting over two days or more (meeting-times.ts), where a day's hour is read. */
function timesField(dates: readonly string[], dateValue: string | null, rows: readonly MeetingRow[], items: readonly AgendaItem[]): { times?: DayTimesData[] } {
  const timeRows = rows.filter(({ field }) => field === 'time').map(({ value }) => value);
  const times = meetingTimes({ dates, dateValue, timeRows, items });
  return times === null ? {} : { times };
}

/** The printed header without a number: the one it printed is no Council number, and a header line now. */
function withoutNumber(printed: PrintedHeader): PrintedHeader {
  const { number: _number, ...rest } = printed;
  return rest;
}

/**
 * The date label and value of a header whose record has no meeting to show them by (a cover note's `Data:` / `12
 * dicembre 2013`, days that name no plausible day): an other header line, as printed, so that nothing is lost.
 */
function unshownDate(printed: PrintedHeader, shown: boolean): string[] {
  if (shown || printed.meetingDays === null || printed.meetingDays === undefined) return [];
  return [`${printed.labels.on ?? ''} ${printed.meetingDays}`.trim()];
}

/** The footnotes the subject calls, each where it stands in the subject (`subjectFootnotes`): none where it calls none or a mark has no footnote. */
function subjectFootnotes(subject: SubjectCalls | null, footnotes: Footnotes): { subjectFootnotes?: { label: string; at: number }[] } {
  if (subject === null) return {};
  const resolve = footnotes.resolve(subject.line);
  const calls = subject.calls.flatMap(({ mark, at }) => (resolve([mark]) ?? []).map((label) => ({ label, at })));
  return calls.length === 0 ? {} : { subjectFootnotes: calls };
}

/**
 * The days of the meeting an outcome without an `On:` label names in its subject (`… (COSI) on 18 and 19 November
 * 2025`, `… (COSI) 2025. november 18-i és 19-i ülésének eredménye`): those not after the document's date, as it reports
 * a meeting held (every one where the date could not be read); none when the subject names no day.
 */
function subjectDays(subject: string | null, date: string | null): string[] {
  return subject === null ? [] : parseDates(subject).filter((day) => date === null || day <= date);
}

/** A warning when the body is empty or has no item (agenda) or no heading (other documents); none when it is structured. */
function structureWarnings(body: readonly SourceLine[], parts: number, agenda: boolean, lastHeaderLine: number): IngestWarning[] {
  const first = body.find((entry) => entry.text.trim() !== '');
  if (first === undefined) return [{ line: lastHeaderLine, message: NO_BODY }];
  if (parts > 0) return [];
  return [{ line: first.line, message: agenda ? NO_ITEMS : NO_SECTIONS }];
}

/** The warning of a document that cites more documents than get pages of their own, if it does. */
function referenceWarnings(count: number): IngestWarning[] {
  const message = referencePagesWarning(count);
  return message === null ? [] : [{ line: 0, message }];
}

function preambleSection(preamble: readonly SourceLine[]): SectionDraft[] {
  const first = preamble.find((entry) => entry.text !== '');
  return first === undefined ? [] : [{ number: null, printedNumber: null, title: null, printedTitle: null, lines: [...preamble], line: first.line }];
}

/** A heading's title as the record keeps it: the printed line read inline, or the parser's reading when that is empty. */
function titleOf(printed: SourceLine | null, parsed: string, footnotes: Footnotes): { title: string; titleFootnotes: string[] } {
  const inline = printed === null ? [] : readInline(printed.text, footnotes.resolve(printed.line));
  const title = inlinePlain(inline).trim();
  const titleFootnotes = inline.flatMap((part) => (part.type === 'footnote' ? [part.label] : []));
  return { title: title === '' ? parsed : title, titleFootnotes };
}

/**
 * A notice's item title without the mark that calls a note under its items (`… INTCEN (*)`, `… third countries*`), the
 * note's label among its title's footnote calls; the title as it was where the notice prints no note of that mark.
 */
function markedTitle(heading: { title: string; titleFootnotes: string[] }, markNotes: readonly Footnote[]): { title: string; titleFootnotes: string[] } {
  const called = calledNote(heading.title, markNotes);
  return called === null ? heading : { title: called.text, titleFootnotes: [...heading.titleFootnotes, called.note.label] };
}

/** A sub-point's title without the mark that calls a note under the items, and the notes it calls (mark and plain text). */
function markedPoint(title: string, markNotes: readonly Footnote[]): { title: string; notes: { mark: string; text: string }[] } {
  const called = calledNote(title, markNotes);
  return called === null ? { title, notes: [] } : { title: called.text, notes: [{ mark: called.note.mark, text: blocksPlain(called.note.text) }] };
}

/** The marked notes an item's title calls, each with its mark and its text as plain text. */
function calledNotes(labels: readonly string[], markNotes: readonly Footnote[]): { mark: string; text: string }[] {
  return markNotes.filter((note) => labels.includes(note.label)).map((note) => ({ mark: note.mark, text: blocksPlain(note.text) }));
}

/**
 * An item of the record; the time a notice plans for it (or its day's hours printed above it) opens its text, so that
 * the document’s page still prints it; a decision dated before `meetingDay` is none of its own.
 */
function itemRecord(item: AgendaItem, footnotes: Footnotes, markNotes: readonly Footnote[], meetingDay: string | null = null): Item {
  const time = item.time ?? item.dayHours ?? null;
  const lines = time === null ? item.lines : [{ text: time, line: item.line }, ...item.lines];
  const text = linkStarCalls(markedLineCalls(textBlocks(lines, footnotes.resolve), markNotes), markNotes);
  const { title, titleFootnotes } = markedTitle(titleOf(item.printedTitle, item.title, footnotes), markNotes);
  const { sentences, decisions } = itemDecisions(text, title, footnotes.records, meetingDay);
  const positions = itemPositions(text, footnotes.records);
  return {
    number: item.number,
    ...(item.printedNumber === undefined ? {} : { printedNumber: item.printedNumber }),
    title,
    titleFootnotes,
    section: item.section,
    day: item.day,
    dayPrinted: item.dayPrinted,
    text,
    sentences,
    decisions,
    ...(positions.length === 0 ? {} : { positions }),
    references: documentIds(`${title}\n\n${blocksPlain(text)}`),
  };
}

function sectionRecord(draft: SectionDraft, footnotes: Footnotes, markNotes: readonly Footnote[]): Section {
  const heading = draft.title === null ? { title: null, titleFootnotes: [] } : markedTitle(titleOf(draft.printedTitle, draft.title, footnotes), markNotes);
  // The number as printed where the page would show it otherwise (`2.1.`, which it shows as `2.1`; `II)` as `II.`).
  const printed =
    draft.number !== null && draft.printedNumber !== null && draft.printedNumber !== sectionNumberShown(draft.number)
      ? { printedNumber: draft.printedNumber }
      : {};
  return { number: draft.number, ...printed, ...heading, text: linkStarCalls(textBlocks(draft.lines, footnotes.resolve), markNotes) };
}

/** A corrigendum, by its kind (`corrigendum`, `corrigendum-to-note`) or its number (`7402/24 COR 1`). */
const CORRIGENDUM = /^corrigendum|\bCOR \d/;

/** Every reference of the document in order of first appearance in the source, its own number excepted. */
function documentReferences(
  lines: readonly SourceLine[],
  ownNumber: string,
  footnotes: Footnotes,
  listed: readonly string[] = [],
): { id: string; type: string; url?: string }[] {
  const seen = new Set([ownNumber, ...listed]);
  const result: { id: string; type: string; url?: string }[] = [];
  const text = lines.map((entry) => inlineLinePlain(entry.text, footnotes.resolve(entry.line))).join('\n');
  for (const found of findReferences(text)) {
    for (const reference of [found, ...addedVersions(text, found)]) {
      if (seen.has(reference.id)) continue;
      seen.add(reference.id);
      result.push({ id: reference.id, type: reference.type, ...(reference.url === undefined ? {} : { url: reference.url }) });
    }
  }
  return result;
}

/**
 * The warning of a document filed under its source's name (`identity`), neither its header nor its page footers printing
 * a number that could be read: what the header printed in its place, if anything.
 */
function unnumberedWarning(identity: string, printed: string | null, lastHeaderLine: number, headerLines: readonly SourceLine[]): string {
  const seen = printed === null ? cutNumberNote(headerLines) : ` (it prints "${printed}", which is no Council document number)`;
  return (
    `no document number read in the header nor in the page footers (expected it alone on a line of the header, such as "15912/25"; the header ends on line ${lastHeaderLine}${seen}): ` +
    `the document is filed under its source's name, "${identity}", which is no Council number, and has no link to the Council's register`
  );
}

/** What to add to the missing number's error or warning when the header holds a number with its first figures cut off, or an association council's. */
function cutNumberNote(headerLines: readonly SourceLine[]): string {
  const text = headerLines.map((entry) => entry.text).join('\n');
  const cut = CUT_NUMBER.exec(text);
  if (cut !== null) return ` (it prints "${cut[0]}", a number whose first figures the copy dropped: a copy with the whole number is needed)`;
  const association = ASSOCIATION_NUMBER.exec(text);
  return association === null
    ? ''
    : ` (it prints "${association[0]}", a number of an association council's series, which the register keeps apart from the main series)`;
}

/**
 * The record's `released` field: the document a declassified or partially released version releases, where its note
 * names one, else where the register's stamp of partial access stands above the header it reprints (`stamped`).
 */
function releasedField(number: string, otherLines: readonly string[], stamped: ReprintedHeader | null): { released?: ReleasedDocument } {
  const released = releasedDocument(number, otherLines) ?? (stamped === null ? null : stampedRelease(number, stamped));
  return released === null ? {} : { released };
}

/** The record's `period` field: the period a report covers, as its subject or its opening's paragraphs (a document without items) name it. */
function periodField(subject: string | null, sections: readonly { text: readonly TextBlock[] }[]): { period?: ReportPeriod } {
  const opening = sections.flatMap((section) => section.text.map((block) => inlinePlain(block.inline)));
  const period = reportPeriod(subject, opening);
  return period === null ? {} : { period };
}

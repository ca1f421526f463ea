import { anchoredHeadEnd } from './anchored-head.ts';
import { bodyStart, type BodyStart } from './body-start.ts';
import { subjectAbove, meetingValueAbove, referenceAbove } from './cell-above-label.ts';
import { isVersionsLine, versionsPhraseAt } from './concerned-versions.ts';
import { datedSubjectEnd, displacedMarker, displacedSubjectEnd, lineEnd, wrappedLength } from './displaced-marker.ts';
import type { FoundLabel } from './header-labels.ts';
import { valueColumnEnd } from './layout-value-column.ts';
import { agendaHeadingStart, allButLastLine, hourBelowBlank, hourLineAt, meetingLabel, rowLength, venueStart } from './meeting-values.ts';
import { subjectDaysLineEnd } from './subject-days-line.ts';
import { CORRESPONDENT_FIELDS, REFERENCE_FIELDS, type HeaderField } from '../text/label-vocabulary.ts';
import { fallbackLength, moreCorrespondents, referenceLine } from './value-lengths.ts';
import { BLANK_LINE, codesAt, codesColumnBelow, codesColumnInValue, codesRunAt, trailingCodesColumn, valueLength } from './value-shapes.ts';

/** The value of one label, as printed (line breaks kept), and the offset it starts at. */
export interface LabelValue {
  field: HeaderField;
  /** The label as printed, colon included. */
  label: string;
  value: string;
  start: number;
}

/** What the labelled part of a header says, and where it ends. */
export interface LabelBlock {
  values: LabelValue[];
  /** Distribution codes printed among the values (a two-column header read across). */
  codes: string[];
  /** Text between the values that belongs to none, kept as printed. */
  otherText: { start: number; text: string }[];
  /** Offset where the body begins. */
  end: number;
  /** Where the body was taken to begin without the text marking it, if it was. */
  guessed: number | null;
  /** Labels no value could be placed for. */
  unplaced: FoundLabel[];
  /** The body's first list number, printed between labels and values by a text extraction (`1.`), and where. */
  displaced: { start: number; text: string } | null;
  /** The number with LIMITE and codes printed at the start of a value, as header text to read, and where. */
  head: { start: number; text: string } | null;
}

/** How many codes in a row open a subject before they are read as the header's codes column (no subject opens with two). */
const LEADING_CODES = 2;

/** A distribution code with its number. */
const CODE = /[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}/g;

/** Two or more codes ending a reference value: the codes column of a header read across (`9807/23 JAI 802 COSI 101`). */
const TRAILING_CODES = /(?:\s+[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}){2,}\s*$/;

/** A label and the labels printed before it without values (a header table read column by column: `From: To: Subject:` then the values). */
type Group = readonly FoundLabel[];

/**
 * The values of the labels of a header (`labels`, in order, found in `text`), and where the body begins. A label's
 * value runs to the next label or a blank line; labels printed without values take the values that follow the last of
 * them in order, each by its shape (a sender or recipient of the Council's vocabulary, days, document numbers) or its
 * line. The body begins where text after a blank line is not a label (once the subject is read), or where the last
 * value runs on into a sentence or a numbered paragraph. With `numberInValues` (no number above the labels), a number
 * with LIMITE and codes opening the last value of a group is the header's, not the value's. With `codesAbove` (the header
 * printed its codes column above the labels), codes on a reference's own line are that document's (`No. prev. doc.:` /
 * `9402/13 JAI 355 COSI 52` of an older note), not the codes column.
 */
export function readBlock(text: string, labels: readonly FoundLabel[], numberInValues = false, codesAbove = false): LabelBlock {
  const block: LabelBlock = { values: [], codes: [], otherText: [], end: text.length, guessed: null, unplaced: [], displaced: null, head: null };
  let pending: FoundLabel[] = [];
  let placedAbove: FoundLabel | null = null;
  for (const [index, label] of labels.entries()) {
    const next = labels[index + 1];
    const raw = text.slice(label.end, next?.start ?? text.length);
    if (label === placedAbove) continue;
    if (raw.trim() === '' && next !== undefined) {
      pending.push(label);
      continue;
    }
    const subject = pending.length === 0 && index === labels.length - 2 ? (subjectAbove(text, label, next) ?? meetingValueAbove(text, label, next)) : null;
    if (subject !== null) {
      block.values.push(...subject.values);
      block.end = subject.end;
      return block;
    }
    const group = [...pending, label];
    pending = [];
    // Values printed below their labels may start after a blank line, and a text extraction may have put the body's
    // first list number between labels and values; the first blank line after a value ends it.
    // A label alone after one whose value was printed above it (`7115/24` / `n. doc. prec.:` / `Oggetto:`) is the last of
    // a column of labels too.
    const column = group.length > 1 || (placedAbove !== null && labels[index - 1] === placedAbove);
    const marker = column ? displacedMarker(raw, group) : null;
    if (marker !== null) block.displaced = { start: label.end + (marker[1]?.length ?? 0), text: marker[2] ?? '' };
    const skipped = marker?.[0].length ?? 0;
    const leading = skipped + (/^\s*/.exec(raw.slice(skipped))?.[0].length ?? 0);
    const found = hourBelowBlank(raw, leading, BLANK_LINE.exec(raw.slice(leading)), group);
    // A last subject's line of days printed apart after a blank line is the subject's (subject-days-line.ts).
    const apart = found !== null && next === undefined && label.field === 'subject' ? subjectDaysLineEnd(raw, leading + found.index) : null;
    const blank = found === null ? null : { index: apart ?? leading + found.index };
    // With no blank line under them, values printed after such a number are one line each; the first item's title follows.
    const lines = marker !== null && group.length > 1 ? lineEnd(raw, leading, group.length) : null;
    const titled = lines !== null && lines < (blank?.index ?? raw.length) ? lines : null;
    const whole = raw.slice(skipped, titled ?? blank?.index ?? raw.length);
    const above = next === undefined ? null : referenceAbove(text, whole, next, labels[index + 2]);
    const read = above === null ? whole : whole.slice(0, above);
    // The last label's value on its row stops at a line left of its column (`-layout`): the body under the header.
    const left = next === undefined && group.length === 1 ? valueColumnEnd(rowOf(text, label.start), read) : null;
    const valueText = left === null ? read : read.slice(0, left);
    // A copy without blank lines prints the codes column right under the subject's value, the body under it.
    const codes = next === undefined && label.field === 'subject' && block.head === null ? codesColumnInValue(valueText) : null;
    const cut = readGroup(
      block,
      group,
      codes === null ? valueText : valueText.slice(0, codes.at),
      label.end + skipped,
      numberInValues && block.head === null,
      codesAbove,
      marker !== null && !marker[0].includes('\n', marker[1]?.length ?? 0) ? (marker[2] ?? null) : null,
      titled !== null,
      // a blank line ends the value read (no body run on after it), as a line left of its column does (-layout, a copy
      // without blank lines that keeps the lines' indents: the body at the margin under the subject's column)
      (blank !== null && valueText === whole) || left !== null,
    );
    if (codes !== null) {
      block.head = { start: label.end + skipped + codes.start, text: codes.text };
      block.end = cut ?? label.end + skipped + codes.end;
      return block;
    }
    if (above !== null && next !== undefined) {
      block.values.push({ field: next.field, label: next.printed, value: whole.slice(above).trim(), start: label.end + skipped + above });
      placedAbove = next;
    }
    if (cut !== null) {
      block.end = cut;
      return block;
    }
    if (titled !== null) {
      block.end = label.end + titled + 1;
      return block;
    }
    if (left !== null) {
      block.end = label.end + skipped + left;
      return block;
    }
    const after = blank === null ? '' : raw.slice(blank.index);
    const readSubject = block.values.some((value) => value.field === 'subject');
    if (after.trim() !== '' && (readSubject || next === undefined)) {
      // The right-hand column printed after the values, apart (plain `pdftotext`: `… (COSI)`, blank, `COSI 237` / `CEPOL`).
      const column = next === undefined && block.head === null ? codesColumnBelow(after) : null;
      if (column !== null) block.head = { start: label.end + (blank?.index ?? 0) + column.start, text: column.text };
      block.end = label.end + (blank?.index ?? 0) + (column?.length ?? 0) + 1;
      return block;
    }
    if (after.trim() !== '') block.otherText.push({ start: label.end + (blank?.index ?? 0), text: after });
    if (next === undefined) block.end = label.end + (blank === null ? raw.length : blank.index + 1);
  }
  return block;
}

/** The line of `text` that holds the offset `at`. */
function rowOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end === -1 ? text.length : end);
}

/**
 * Places the values of a group; returns the offset where the body begins when it runs on after the last value, else
 * null. With `markerInLine` (the body's first list marker printed before the values on their line, a page run into one
 * line), the subject ends where the marker's paragraph or part opens (displacedSubjectEnd).
 */
function readGroup(
  block: LabelBlock,
  group: Group,
  text: string,
  offset: number,
  numberInValue: boolean,
  codesAbove: boolean,
  markerInLine: string | null = null,
  wrapped = false,
  ended = false,
): number | null {
  // Values printed below labels that stand first may begin after blank lines (plain pdftotext: `To:` / `Subject:`, blank, values).
  let at = group.length > 1 ? (/^\s*/.exec(text)?.[0].length ?? 0) : 0;
  for (const [index, label] of group.slice(0, -1).entries()) {
    const next = group[index + 1];
    const shaped = referenceLine(label, next, text, at) ?? rowLength(label, text, at);
    // Recipients printed one per line are one value, unless the next label takes a sender or recipient too.
    const more = shaped > 0 && CORRESPONDENT_FIELDS.has(label.field) && next !== undefined && !CORRESPONDENT_FIELDS.has(next.field);
    // a venue over several lines under a column of labels, the hour's label next: its lines up to the hour's
    const venueLines =
      shaped === 0 && meetingLabel(label.printed) === 'venue' && next !== undefined && meetingLabel(next.printed) === 'time'
        ? hourLineAt(text.slice(at))
        : null;
    const read =
      shaped > 0
        ? shaped + (more ? moreCorrespondents(next, text, at + shaped) : 0)
        : venueLines !== null
          ? venueLines
          : index === group.length - 2 && label.field === 'other' && next?.field === 'other'
            ? allButLastLine(text, at, next.printed)
            : fallbackLength(next, text, at, !text.slice(0, at).includes('\n'));
    // One value a line after a displaced marker, unless the value wraps (lineEnd).
    const length = wrapped && read > 0 ? wrappedLength(text, at, read) : read;
    const value = text.slice(at, at + length);
    // References take codes printed after them (`10951/2/98 ENFOPOL 98 REV 2`); a run of codes ending the value is the codes column.
    const found = REFERENCE_FIELDS.has(label.field) ? TRAILING_CODES.exec(value) : null;
    const trailing = found !== null && codesAbove && /^[ \t]/.test(found[0]) ? null : found;
    const kept = trailing === null ? value : value.slice(0, trailing.index);
    if (trailing !== null) block.codes.push(...(trailing[0].match(CODE) ?? []).map((code) => code.replace(/\s+/g, ' ')));
    // A reference label's line without a reference is no value of it: kept as header text, the label unplaced.
    const unshaped = length > 0 && shaped === 0 && REFERENCE_FIELDS.has(label.field);
    if (unshaped) block.otherText.push({ start: offset + at, text: value });
    if (length === 0 || unshaped) block.unplaced.push(label);
    else block.values.push({ field: label.field, label: label.printed, value: kept, start: offset + at });
    at += length;
    const codes = codesAt(text, at);
    block.codes.push(...codes.codes);
    at += codes.length;
  }
  const last = group[group.length - 1];
  if (last === undefined) return null;
  let rest = text.slice(at);
  if (last.field === 'from' || last.field === 'to') {
    const length = valueLength(last.field, rest, 0);
    const codes = length === 0 ? null : codesAt(rest, length);
    if (codes !== null && codes.codes.length > 0 && rest.slice(length + codes.length).trim() === '') {
      block.codes.push(...codes.codes);
      rest = rest.slice(0, length);
    }
  }
  // A previous document's or the Commission's reference is never the header's own number, whatever follows it.
  const head = numberInValue && !REFERENCE_FIELDS.has(last.field) ? anchoredHeadEnd(rest, 0) : null;
  if (head !== null) {
    block.head = { start: offset + at, text: rest.slice(0, head) };
    at += head;
    rest = rest.slice(head);
  }
  // A header table read column by column may print the codes column after the last label, before the subject.
  const leadingCodes = last.field === 'subject' ? codesAt(rest, 0) : null;
  if (leadingCodes !== null && leadingCodes.codes.length >= LEADING_CODES) {
    block.codes.push(...leadingCodes.codes);
    at += leadingCodes.length;
    rest = rest.slice(leadingCodes.length);
  }
  // Days are the value whatever they look like (`17. Februar 2026` is no numbered paragraph, `17 lutego 2026 r.` no
  // sentence's end), and so is a notice's hour (`10.00 hod.`); the body may follow them.
  const days = last.field === 'on' || last.field === 'other' ? rowLength(last, rest, 0) : 0;
  const opened = last.field !== 'subject' ? null : markerInLine !== null ? displacedSubjectEnd(rest, markerInLine) : wrapped ? datedSubjectEnd(rest) : null;
  // an hour's row ends where the agenda's heading opens under it (`10.00` / `Provisional agenda` / `1. …`)
  const found = venueStart(
    last,
    rest.slice(days),
    agendaHeadingStart(
      last,
      rest.slice(days),
      earlierStart(bodyStart(rest.slice(days), last.field === 'subject', ended), versionsLineAt(rest.slice(days)) ?? versionsPhraseAt(rest.slice(days))),
    ),
  );
  // the marker's paragraph opens the body: it marks where the subject ends, before a start only guessed
  const after = opened !== null && (found === null || !found.marked || opened <= found.offset) ? { offset: opened, marked: true } : found;
  // a start with nothing after it is the value's end before the next label (a subject printed first ending in a
  // sentence's end, `… 18 i 19 listopada 2025 r.` / `Od:`), no body
  const start = after === null || rest.slice(days + after.offset).trim() === '' ? null : { ...after, offset: after.offset + days };
  // A page run into one line prints the codes column after the subject's last word (`… (COSI) COSI 237 JAI 1769 CEPOL`),
  // where the body seemed to open maybe (`… (COSI) JAI 1297 COSI 240 1. Adoption …`).
  const subjectCodes = last.field === 'subject' && block.head === null;
  const run = start !== null && subjectCodes ? codesRunAt(rest, start.offset) : 0;
  const value = start === null ? rest : rest.slice(0, start.offset + run);
  const codes = subjectCodes ? trailingCodesColumn(value) : null;
  if (codes !== null) block.head = { start: offset + at + codes, text: value.slice(codes).trim() };
  // a last label with nothing before the body is unplaced (a format the venue's line could not be told from), with a warning
  if (value.trim() === '') block.unplaced.push(last);
  else block.values.push({ field: last.field, label: last.printed, value: codes === null ? value : value.slice(0, codes), start: offset + at });
  if (start === null) return null;
  if (codes !== null && run > 0) return offset + at + start.offset + run;
  if (!start.marked) block.guessed = offset + at + start.offset;
  return offset + at + start.offset;
}

/**
 * Where the line that says which versions a corrigendum concerns opens after the first line (`concerns the English
 * language version only` under its subject, in lower case, as a copy without blank lines prints it): the body's first
 * line, never the subject's last; null where none stands there.
 */
function versionsLineAt(text: string): number | null {
  let at = text.indexOf('\n');
  while (at >= 0) {
    const end = text.indexOf('\n', at + 1);
    if (isVersionsLine(text.slice(at + 1, end < 0 ? text.length : end))) return at + 1;
    at = end;
  }
  return null;
}

/** The earlier of the body's start bodyStart found and a versions line's (which marks it). */
function earlierStart(start: BodyStart | null, versions: number | null): BodyStart | null {
  if (versions === null || (start !== null && start.offset <= versions)) return start;
  return { offset: versions, marked: true };
}

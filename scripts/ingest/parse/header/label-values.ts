import { anchoredHeadEnd } from './anchored-head.ts';
import { bodyStart, titleEnd, type BodyStart } from './body-start.ts';
import { isVersionsLine, versionsPhraseAt } from './concerned-versions.ts';
import { furtherCorrespondentLines, furtherCorrespondents, isCorrespondentLine } from './correspondent-lines.ts';
import type { FoundLabel } from './header-labels.ts';
import { MEETING_LABELS, type HeaderField, type MeetingLabel } from '../text/label-vocabulary.ts';
import {
  codesAt,
  codesColumnBelow,
  codesColumnInValue,
  codesRunAt,
  formatWordLength,
  timeRowLength,
  trailingCodesColumn,
  valueLength,
} from './value-shapes.ts';
import { valueColumnEnd } from './layout-value-column.ts';
import { formatAfterAddress, venueEnd } from './venue-end.ts';
import { DATE } from '../text/head-anchors.ts';
import { subjectDaysLineEnd } from './subject-days-line.ts';
import { hourOverItemLine, opensWithHourOverItem } from './hour-over-item.ts';

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

/**
 * The body's first list marker printed between labels printed first and their values (`From:` … `Subject:`, `1.`, then
 * the values): a number (`1.`), a Roman numeral (`I.`), a letter (`(a)`, `a)`, the Greek and Bulgarian versions' `α)`,
 * `а)`) or a dash (`–`), alone on its line, or, on a page run into one line, one space before the first value
 * (`Subject: 1. General Secretariat …`, see displacedMarker).
 */
const DISPLACED_MARKER = /^(\s*)(\d{1,2}\.|[IVX]{1,4}\.|\([a-zα-ωа-я]\)|[a-zα-ωа-я]\)|[–—-])(?:[ \t]*\n\s*|[ \t]+(?=\S))/u;

/**
 * The body's first list marker displaced before the values of `group` (DISPLACED_MARKER), or null. On the marker's own
 * line only where the marker opens no value of the first label's shape (a day, `Datum:` / `16. April 2024`, is a
 * value, not paragraph 16) and, for a number, that value follows it by its shape (a sender, a day) or the label is the
 * subject's.
 */
function displacedMarker(raw: string, group: Group): RegExpExecArray | null {
  const marker = DISPLACED_MARKER.exec(raw);
  const at = marker?.[1]?.length ?? 0;
  if (marker === null || marker[0].includes('\n', at)) return marker;
  const first = group[0];
  if (first === undefined) return null;
  if (valueLength(first.field, raw, at) > 0) return null;
  // a number may open a value (a day, `16. April 2024`): the value's shape must follow it
  return first.field === 'subject' || !/\d/.test(marker[2] ?? '') || valueLength(first.field, raw, marker[0].length) > 0 ? marker : null;
}

/** How many codes in a row open a subject before they are read as the header's codes column (no subject opens with two). */
const LEADING_CODES = 2;

/** A distribution code with its number. */
const CODE = /[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}/g;

/** Two or more codes ending a reference value: the codes column of a header read across (`9807/23 JAI 802 COSI 101`). */
const TRAILING_CODES = /(?:\s+[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}){2,}\s*$/;

/** The labels whose values are other documents' references (`No. prev. doc.:`, `No. Cion doc.:`), never the header's own number. */
const REFERENCE_FIELDS: ReadonlySet<HeaderField> = new Set(['previous', 'commission']);

/** The fields whose values are senders or recipients, several of which a header may print one per line. */
const CORRESPONDENT_FIELDS: ReadonlySet<HeaderField> = new Set(['from', 'to']);

/** A blank line: it ends a value. */
const BLANK_LINE = /\n[ \t]*\n/;

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

/**
 * The blank line that ends the values of `group` in `raw` (`blank`, found from `leading`), or, where the group's last
 * label is a notice's `Time:` printed last in a column of labels and its values hold no hour, the one after
 * the line under that blank line that opens with the hour over item 1 (hour-over-item.ts: a page run into one line, `…
 * 1048 Brussels` / `10.00 – 18.00 1. Adoption …`): the hour is the time's value, not item 1's slot.
 */
function hourBelowBlank(raw: string, leading: number, blank: RegExpExecArray | null, group: Group): { index: number } | null {
  const last = group[group.length - 1];
  if (blank === null || group.length < 2 || last === undefined || meetingLabel(last.printed) !== 'time') return blank;
  const end = leading + blank.index;
  const below = end + blank[0].length;
  if (!opensWithHourOverItem(raw, below) || holdsHour(raw.slice(leading, end))) return blank;
  const after = BLANK_LINE.exec(raw.slice(below));
  return { index: after === null ? raw.length - leading : below - leading + after.index };
}

/** Whether a notice's hour (timeRowLength) opens a word of `values`. */
function holdsHour(values: string): boolean {
  for (let at = 0; at < values.length; at += 1) {
    if ((at === 0 || /\s/.test(values.charAt(at - 1))) && /\d/.test(values.charAt(at)) && timeRowLength(values, at) > 0) return true;
  }
  return false;
}

/** The line of `text` that holds the offset `at`. */
function rowOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end === -1 ? text.length : end);
}

/**
 * The offset of the line break that ends the `count`th value of `text` from `from`, one line each unless one but the
 * last wraps, or null where the text ends before it: a line opening with a bracket goes on from the line above (`… on Internal Security` /
 * `(COSI)`), and so does one that goes on with a sender's or recipient's name of the vocabulary (`… w zakresie
 * Bezpieczeństwa` / `Wewnętrznego (COSI)`) or under a line that ends in a word in small letters, itself no sender or
 * recipient of its own (`Ständiger Ausschuss … im Bereich der inneren` / `Sicherheit (COSI)`; not `het voorzitterschap`
 * / `Delegaties`).
 */
function lineEnd(text: string, from: number, count: number): number | null {
  let at = from - 1;
  for (let value = 0; value < count; value += 1) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return null;
    // the last value (the subject) is one line: item 1's title follows it (`… posėdžio rezultatai` / `Darbotvarkės priėmimas`)
    for (; value < count - 1;) {
      const next = text.indexOf('\n', at + 1);
      const below = text.slice(at + 1, next === -1 ? text.length : next);
      const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
      if (next === -1 || !goesOnBelow(line, below)) break;
      at = next;
    }
  }
  return at;
}

/** The length of the value at `at` read as `length`, with the lines it wraps onto (goesOnBelow) where it ends its line. */
function wrappedLength(text: string, at: number, length: number): number {
  let end = at + length;
  for (;;) {
    const lineEndAt = text.indexOf('\n', end);
    if (lineEndAt === -1 || text.slice(end, lineEndAt).trim() !== '') return end - at;
    const next = text.indexOf('\n', lineEndAt + 1);
    const below = text.slice(lineEndAt + 1, next === -1 ? text.length : next);
    if (!goesOnBelow(text.slice(text.lastIndexOf('\n', lineEndAt - 1) + 1, lineEndAt), below)) return end - at;
    end = next === -1 ? text.length : next;
  }
}

/** A value's line ending in a word in small letters (`… der inneren`, `… on the`), cut where the value wraps. */
const SMALL_WORD_END = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*[ \t]*$/u;

/** Whether `below` is the rest of a value whose line `line` wrapped (lineEnd). */
function goesOnBelow(line: string, below: string): boolean {
  const start = below.trimStart();
  if (start === '' || line.trim() === '') return false;
  if (start.startsWith('(')) return true;
  // a name of the vocabulary wrapped between two capitalised words (`… w zakresie Bezpieczeństwa` / `Wewnętrznego (COSI)`)
  const trimmed = line.trim();
  if (valueLength('to', `${trimmed} ${start}`, 0) > trimmed.length + 1) return true;
  return SMALL_WORD_END.test(line) && !isCorrespondentLine(line) && !isCorrespondentLine(below);
}

/** How far back from a value's end a reference printed after it is looked for (a few references, not a paragraph). */
const TAIL_CHARACTERS = 200;

/** Where a document's number or the Commission's reference may open the references ending a value (a word start). */
const REFERENCE_OPENING = /(?<=\s)(?:(?:(?:ST|CM)[ \t])?\d{1,6}\/|(?:COM|SEC|SWD|JOIN|C)[ \t]?\(\d{4}\))/gu;

/**
 * Where the value of a reference label that stands bare above another label begins, printed at the end of the value
 * above it: plain `pdftotext` prints a header table's next row's value cell right under the cell above, before that
 * row's label, and the lines are joined (`Αποδέκτης:` / `… για την Εσωτερική Ασφάλεια 6512/25`, then `Αριθ. προηγ.
 * εγγρ.:` / `Θέμα:`, the subject below; `Till:` / `… den inre säkerheten 6890/25`, then `Föreg. dok. nr:`). The
 * offset in `value` of the first of the references that end it (after a word of its own), or null where none does, or
 * the label has a value of its own.
 */
function referenceAbove(text: string, value: string, label: FoundLabel, after: FoundLabel | undefined): number | null {
  if (!REFERENCE_FIELDS.has(label.field) || after === undefined || text.slice(label.end, after.start).trim() !== '') return null;
  const trimmed = value.trimEnd();
  const from = Math.max(0, trimmed.length - TAIL_CHARACTERS);
  for (const opening of trimmed.slice(from).matchAll(REFERENCE_OPENING)) {
    const at = from + opening.index;
    if (trimmed.slice(0, at).trim() !== '' && at + valueLength(label.field, trimmed, at) === trimmed.length) return at;
  }
  return null;
}

/**
 * Where the subject opens after the recipients: on the next line, or on the same line where the lines of the two
 * cells were joined as one paragraph (`… sécurité intérieure (COSI) Protection des plateformes …`), with a capital.
 */
const SUBJECT_OPENS = /^(?:[ \t]*\n|[ \t]+[\p{Lu}\d"'“„«])/u;

/**
 * A line break, maybe after spaces, then a blank line or the body's first paragraph number (`1.`, alone or before its
 * text, as a copy out of a PDF viewer prints it with no blank line): nothing printed on a label's line, and no value
 * under it.
 */
const NOTHING_BELOW = /^[ \t]*\n[ \t]*(?:\n|1\.(?:[ \t]|\n))/;

/**
 * A sender's or recipient's value (`label`) that runs on, without a blank line, into lines that name no sender or
 * recipient, above a last label `Subject:` under which nothing stands before a blank line: plain `pdftotext` printed
 * the subject's cell before its label (`To:` / `Standing Committee … (COSI)` / `The future of …` / `- Draft Council
 * Conclusions`, then `Subject:`, then the body; `Objet:`, `Betreff:`, `Asunto:` … in the other languages, the two cells'
 * lines maybe joined as one paragraph). The two values, and where the body begins: the line after the label.
 */
function subjectAbove(text: string, label: FoundLabel, next: FoundLabel | undefined): { values: LabelValue[]; end: number } | null {
  if (next?.field !== 'subject' || !CORRESPONDENT_FIELDS.has(label.field)) return null;
  const below = text.slice(next.end);
  if (!NOTHING_BELOW.test(below)) return null;
  const raw = text.slice(label.end, next.start);
  const at = /^\s*/.exec(raw)?.[0].length ?? 0;
  const blank = BLANK_LINE.exec(raw.slice(at));
  const value = raw.slice(0, blank === null ? raw.length : at + blank.index);
  const shaped = valueLength(label.field, value, at);
  if (shaped === 0) return null;
  const named = at + shaped + furtherCorrespondents(value, at + shaped);
  const length = named + furtherCorrespondentLines(value, named);
  const rest = value.slice(length);
  if (!SUBJECT_OPENS.test(rest) || rest.trim() === '' || raw.slice(value.length).trim() !== '') return null;
  const subjectAt = length + (/^\s*/.exec(rest)?.[0].length ?? 0);
  return {
    values: [
      { field: label.field, label: label.printed, value: value.slice(at, length), start: label.end + at },
      { field: 'subject', label: next.printed, value: value.slice(subjectAt), start: label.end + subjectAt },
    ],
    end: next.end + below.indexOf('\n') + 1,
  };
}

/**
 * A meeting's format as notices print it under `Format:`: a figure, or figures joined with `+`, maybe in brackets (`1`,
 * `1+2+1`, `(2)`), on a line of its own, or after a space where a page run into one line put it at the end of the venue
 * (`… 1048 BRÜSSEL 1+2+1`).
 */
const FORMAT_CODE = /[\n \t]([ \t]{0,3}(?:[1-9](?:[ \t]?\+[ \t]?[1-9]){0,5}|\([1-9](?:[ \t]?\+[ \t]?[1-9]){0,5}\))[ \t]{0,3})$/;

/**
 * A meeting's value (`Venue:`) whose last line is a format code (`COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 155` /
 * `1`), or whose one line ends with one (a page run into one line: `… BRUSSELS 1 Format:`), above a last meeting label
 * (`Format:`) under which nothing stands before the body: plain `pdftotext` printed the format's cell before its label. The two values, and where the body begins: the line after the label.
 */
function meetingValueAbove(text: string, label: FoundLabel, next: FoundLabel | undefined): { values: LabelValue[]; end: number } | null {
  if (next?.field !== 'other' || label.field !== 'other') return null;
  const below = text.slice(next.end);
  if (!NOTHING_BELOW.test(below)) return null;
  const raw = text.slice(label.end, next.start);
  const at = /^\s*/.exec(raw)?.[0].length ?? 0;
  const value = raw.trimEnd();
  const code = FORMAT_CODE.exec(value);
  if (code === null || BLANK_LINE.test(value.slice(at)) || value.slice(at, code.index).trim() === '') return null;
  const codeAt = code.index + 1 + (/^[ \t]*/.exec(code[1] ?? '')?.[0].length ?? 0);
  return {
    values: [
      { field: label.field, label: label.printed, value: value.slice(at, code.index), start: label.end + at },
      { field: 'other', label: next.printed, value: value.slice(codeAt).trim(), start: label.end + codeAt },
    ],
    end: next.end + below.indexOf('\n') + 1,
  };
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
  const found = venueStart(
    last,
    rest.slice(days),
    earlierStart(bodyStart(rest.slice(days), last.field === 'subject', ended), versionsLineAt(rest.slice(days)) ?? versionsPhraseAt(rest.slice(days))),
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

/** How far into the text after the labels a subject's meeting date is looked for (a subject's length). */
const SUBJECT_REACH = 400;

/** A date right before a capital, and the spaces between: the meeting's date that ends an outcome's subject, the first item's title after it. */
const MEETING_DATE_THEN_TITLE = new RegExp(String.raw`(?<![\p{L}\d])${DATE}(?:[ \t]+r\.)?[ \t]+(?=["“(]?\p{Lu})`, 'u');

/**
 * Where an outcome's subject that ends with its meeting's date ends, before item 1's title run on into it (`… Internal
 * Security (COSI) on 18 March 2025 Adoption of the agenda …`: the title after the date's spaces); null where no date is
 * followed by a capital (a subject whose words go on after the date, `… 18. ja 19. novembril 2025 toimunud …`).
 */
function datedSubjectEnd(rest: string): number | null {
  const dated = MEETING_DATE_THEN_TITLE.exec(rest.slice(0, SUBJECT_REACH));
  return dated === null ? null : dated.index + dated[0].length;
}

/** A capital opening the next words after spaces: a title or sentence goes on after a name. */
const CAPITAL_NEXT = /^[ \t]+["“(]?\p{Lu}/u;

/** A Roman numeral closed by a dot: the marker of a part, whose heading in capitals follows it. */
const ROMAN_MARKER = /^[IVX]{1,4}\.$/;

/** How far back from a subject's end a part's heading in capitals is looked for. */
const HEADING_REACH = 120;

/** A heading in capitals ending a text after a word that is none (`… the roadmap INTRODUCTION`, `… prochaines étapes CONTEXTE`). */
const CAPITALS_HEADING_END = /(?<=[\p{Ll}\d)”"'’][ \t]+)\p{Lu}[\p{Lu}\d ,'’–-]*\p{Lu}[ \t]*$/u;

/**
 * Where the paragraph or part whose list marker (`marker`) a page run into one line printed before the header's values
 * opens after the subject (`To: Subject: 1. General Secretariat … Delegations Standing Committee … (COSI) Adoption of
 * the agenda …`): after a Council body's name the vocabulary knows, as an outcome's subject names its meeting, before a
 * capital; for a part's Roman numeral at the heading in capitals the subject runs on into (`Subject: I. Presidency … -
 * Follow-up of the roadmap INTRODUCTION`); else at the sentence opener after the subject's words (`… on the compromise
 * text On 3 March 2026 the Presidency …`, as a title runs into its text: titleEnd); null where none is found.
 */
function displacedSubjectEnd(rest: string, marker: string): number | null {
  const named = valueLength('to', rest, 0);
  if (named > 0 && CAPITAL_NEXT.test(rest.slice(named))) return named + (/^[ \t]+/.exec(rest.slice(named))?.[0].length ?? 0);
  const dated = datedSubjectEnd(rest);
  if (dated !== null) return dated;
  // a heading is a few words: looked for in the subject's last characters only
  const from = Math.max(0, rest.length - HEADING_REACH);
  const heading = ROMAN_MARKER.test(marker) ? CAPITALS_HEADING_END.exec(rest.slice(from)) : null;
  if (heading !== null) return from + heading.index;
  const opening = /^\s*/.exec(rest)?.[0].length ?? 0;
  const end = titleEnd(rest.slice(opening));
  return end === null ? null : opening + end;
}

/**
 * The length of a reference label's value printed on its own line under a column of labels whose next label is a
 * reference's too, where the references run on into the next line, which holds that label's value (plain `pdftotext`:
 * `Ed. asiak. nro:` / `Kom:n asiak. nro:`, then `6977/25` / `5398/24 - COM(2023) 754 final`); null where the shapes
 * decide.
 */
function referenceLine(label: FoundLabel, next: FoundLabel | undefined, text: string, at: number): number | null {
  if (next === undefined || !REFERENCE_FIELDS.has(label.field) || !REFERENCE_FIELDS.has(next.field)) return null;
  const shaped = valueLength(label.field, text, at);
  const opening = at + (/^\s*/.exec(text.slice(at, at + shaped))?.[0].length ?? 0);
  const lineBreak = text.indexOf('\n', opening);
  if (lineBreak < 0 || lineBreak >= at + shaped) return referenceWithCodes(label, next, text, at, shaped);
  if (valueLength(next.field, text, lineBreak) === 0) return null;
  return lineBreak - at;
}

/**
 * A Council document's number, its suffixes and the codes it was filed under if printed (`9450/13 JAI 355 COSI 52`,
 * `6977/25`), right before another document's number or the Commission's reference with no `+`, comma, `and` or dash
 * between: where a page run into one line prints the values of two reference labels one after the other (`No. prev.
 * doc.: Cion doc.: 9450/13 JAI 355 COSI 52 10010/13 JAI 401 - COM(2013) 289 final`, `Ed. asiak. nro: Kom:n asiak. nro:
 * 6977/25 5398/24 - COM(2023) 754 final`), that number ends the first label's value.
 */
const REFERENCE_WITH_CODES = new RegExp(
  String.raw`[ \t]*(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:REV|ADD|COR)[ \t]?\d{1,2})*(?:[ \t](?!(?:REV|ADD|COR)[ \t])[A-Z][A-Z0-9]{1,15}[ \t]\d{1,5}(?![\d/]))*(?=[ \t]+(?:(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?!\d)|(?:COM|SEC|SWD|JOIN)[ \t]?\())`,
  'y',
);

/**
 * The length of a reference label's value that ends in its document's codes before the next reference label's value
 * on the same line (REFERENCE_WITH_CODES), where the next value has its label's shape; null where the shapes decide.
 */
function referenceWithCodes(label: FoundLabel, next: FoundLabel, text: string, at: number, shaped: number): number | null {
  if (label.field !== 'previous') return null;
  REFERENCE_WITH_CODES.lastIndex = at;
  const match = REFERENCE_WITH_CODES.exec(text);
  if (match === null || match[0].length >= shaped) return null;
  return valueLength(next.field, text, at + match[0].length) === 0 ? null : match[0].length;
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

/**
 * Where the body begins after a notice's venue, the header's last value, that ends in its postcode and city with a
 * sentence right after them (venue-end.ts venueEnd: a page run into one line, `… Rue de la Loi 175, 1048 Brusel Výše
 * uvedené zasedání bylo zrušeno …`): there, guessed, wherever else the body seemed to begin, before the city (`СГРАДА
 * „ЕВРОПА“` / `Rue de la Loi 175, …`, a street read as a sentence's opening) or after the sentence (item 1's number); else
 * `found`.
 */
function venueStart(label: FoundLabel, text: string, found: BodyStart | null): BodyStart | null {
  if (label.field !== 'other' || meetingLabel(label.printed) !== 'venue') return found;
  const end = venueEnd(text);
  if (end === null) return found;
  return { offset: end, marked: found !== null && found.offset === end && found.marked };
}

/** The earlier of the body's start bodyStart found and a versions line's (which marks it). */
function earlierStart(start: BodyStart | null, versions: number | null): BodyStart | null {
  if (versions === null || (start !== null && start.offset <= versions)) return start;
  return { offset: versions, marked: true };
}

/**
 * The length of a meeting's line without a shape of its own (a venue) printed under a column of labels right before
 * the last one, also a meeting's (`Venue:` / `Format:`, then `COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 175,
 * 1048 Brussels` / `In person`): every line of the values up to the body but the last, which is the last label's (a
 * venue runs over lines, a format or hour holds one). Under a last label that is the meeting's hour (`Venue:` /
 * `Time:`), the lines up to the first that is an hour and nothing else (`10.00`, `kl. 10.00`, `10.00 ч.`): the day
 * heading or the body's first lines may follow the hour. One line alone is the value's, as fallbackLength reads it.
 */
function allButLastLine(text: string, at: number, last: string): number {
  const rest = text.slice(at);
  // an hour's line is no body's numbered line (`10.00 ч.`)
  // or, where the values hold none, the hour opening item 1's line (`… 1048 Brussels` / `10.00 – 18.00⇥1. Adoption …`)
  const hour = meetingLabel(last) === 'time' ? (hourLineAt(rest) ?? hourInLine(rest) ?? hourOverItemLine(rest)) : null;
  if (hour !== null) return hour;
  // Only a marked start ends the values here (a numbered or heading line): a guessed one may be the last value itself.
  const start = bodyStart(rest);
  const values = rest.slice(0, start?.marked === true ? start.offset : rest.length).trimEnd();
  const lastLine = values.lastIndexOf('\n');
  // The venue and the format on one line before the body (a page run into one line: `… 1048 Brussels videoconference
  // 1. …`): the format opens at its word (value-shapes.ts formatWordLength), or is the figures that end the line (`…
  // 1048 Brussels (2) 1. …`, FORMAT_CODE), or is what follows the address's city where the Council meets (a word no
  // reader knows: `… 1048 Brussels Webex 1. …`, `MS Teams`, venue-end.ts venueEnd); where none stands there, the
  // line is the venue's and the format stays unread (its label unplaced, with a warning), never the venue's words.
  if (meetingLabel(last) === 'format' && lastLine === -1 && values !== '')
    return wordInLine(values, formatWordLength) ?? FORMAT_CODE.exec(values)?.index ?? formatAfterAddress(values) ?? values.length;
  return lastLine <= 0 || values.slice(0, lastLine).trim() === '' ? fallbackLength(undefined, text, at) : lastLine;
}

/**
 * The length of `label`'s value at `at` by its shape (valueLength); a notice's `Time:` row by a row's shape first
 * (value-shapes.ts timeRowLength: `17 February 2026, 10.00`, `10.00 (17 February 2026)`), so that a day printed before its
 * hour is not the row's whole value, nor two rows' hours one telephone number (`10.00 14.00`).
 */
function rowLength(label: FoundLabel, text: string, at: number): number {
  return (meetingLabel(label.printed) === 'time' ? timeRowLength(text, at) : 0) || valueLength(label.field, text, at);
}

/** What a notice's label names (`Time:` → `time`, `Lieu :` → `venue`), or undefined for any other label. */
function meetingLabel(printed: string): MeetingLabel | undefined {
  return MEETING_LABELS.get(printed.replace(/\s*:$/, '').replace(/\s+/g, ' ').trim().toLowerCase());
}

/** How far into a line run together a venue's end is looked for (a venue's lines, as venueEnd looks for its city). */
const VENUE_REACH = 240;

/**
 * Where a page run into one line puts the hour's value after the venue's lines (`Venue: Time: … COUNCIL EUROPA BUILDING
 * Rue de la Loi 175, 1048 Brussels 10.00 …`): the offset of the space before the first word in the line's first
 * VENUE_REACH characters that opens a `Time:` row's value (timeRowLength: `10.00`, `kl. 10.00`, `10.00 ч.`, `10 h 00`),
 * with text before it; null where none does or the values hold a line break before it.
 */
function hourInLine(values: string): number | null {
  return wordInLine(values, timeRowLength);
}

/**
 * The offset of the space before the first word in the first VENUE_REACH characters of `values`' first line where
 * `opens` finds the last label's value (a length above 0), with text before it; null where none does or the values hold
 * a line break before it: hourInLine's hour, or a format's word after the venue on a page run into one line (`Venue:
 * Format: … Rue de la Loi 175, 1048 Brussels videoconference 1. …`, value-shapes.ts formatWordLength).
 */
function wordInLine(values: string, opens: (text: string, at: number) => number): number | null {
  const lineEnd = values.indexOf('\n', 1);
  const end = Math.min(lineEnd === -1 ? values.length : lineEnd, VENUE_REACH);
  for (let at = 1; at < end; at += 1) {
    if (!/[ \t]/.test(values.charAt(at - 1)) || /\s/.test(values.charAt(at))) continue;
    if (values.slice(0, at).trim() !== '' && opens(values, at) > 0) return at - 1;
  }
  return null;
}

/**
 * The offset of the line break before the first line of `values` that is an hour and nothing else (value-shapes.ts:
 * `10.00`, `10:00`, `kl. 10.00`, `10.00 ч.`, `9.30 – 13.00`) with a line of text above it, or null where none is.
 */
function hourLineAt(values: string): number | null {
  let at = values.indexOf('\n');
  let above = values.slice(0, Math.max(at, 0)).trim() !== '';
  while (at !== -1) {
    const next = values.indexOf('\n', at + 1);
    const line = values.slice(at + 1, next === -1 ? values.length : next).trim();
    const hour = line !== '' && /\d/.test(line) && !line.includes('@') && valueLength('other', line, 0) === line.length;
    if (hour && above) return at;
    above ||= line !== '';
    at = next;
  }
  return null;
}

/**
 * The length of the senders or recipients after the first one at `at`: the whole lines that name one each, or, on a
 * line run together, those the next label's value follows right after (`COSI Coreper 7981/21` before `No. prev. doc.`).
 */
function moreCorrespondents(next: FoundLabel, text: string, at: number): number {
  const run = furtherCorrespondents(text, at);
  return run > 0 && valueLength(next.field, text, at + run) > 0 ? run : furtherCorrespondentLines(text, at);
}

/**
 * The length of a value without a shape of its own (a sender the vocabulary does not know, a subject or venue before
 * other labels' values): to the end of its line, or, on a line that holds several values, to where the next label's
 * value first shows its shape.
 */
function fallbackLength(next: FoundLabel | undefined, text: string, at: number, inline = false): number {
  const lineEnd = text.indexOf('\n', at + 1);
  if (lineEnd !== -1 && text.slice(at, lineEnd).trim() !== '') {
    // values on their labels' line (a page run into one line cut before the body's list): the next value's shape in the line ends it
    const within = inline && next !== undefined ? shapeWithin(next, text, at, lineEnd, /./) : null;
    if (within !== null) return within;
    // A document number inside the line is the next label's value, run on by a joined wrapped line (`… European Union SWD(2021) 92 final …`).
    const reference = next !== undefined && REFERENCE_FIELDS.has(next.field) ? shapeWithin(next, text, at, lineEnd, /\d/) : null;
    return reference ?? lineEnd - at;
  }
  return next === undefined ? 0 : (shapeWithin(next, text, at, text.length, /./) ?? 0);
}

/** The offset from `at` of the first word before `end` where the next label's value shows its shape (one that `needs` matches), or null. */
function shapeWithin(next: FoundLabel, text: string, at: number, end: number, needs: RegExp): number | null {
  for (let position = at + 1; position < end; position += 1) {
    if (!/\s/.test(text.charAt(position - 1)) || /\s/.test(text.charAt(position))) continue;
    const length = valueLength(next.field, text, position);
    if (length > 0 && needs.test(text.slice(position, position + length))) return position - at;
  }
  return null;
}

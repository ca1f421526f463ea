/**
 * A value plain `pdftotext` printed above its label, a header table's cell before its row's label: a subject above a
 * last `Subject:`, a format's figure above a last `Format:`, a reference at the end of the value above its bare label.
 */
import { furtherCorrespondentLines, furtherCorrespondents } from './correspondent-lines.ts';
import type { FoundLabel } from './header-labels.ts';
import type { LabelValue } from './label-values.ts';
import { FORMAT_CODE } from './meeting-values.ts';
import { CORRESPONDENT_FIELDS, REFERENCE_FIELDS } from '../text/label-vocabulary.ts';
import { BLANK_LINE, valueLength } from './value-shapes.ts';

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
export function referenceAbove(text: string, value: string, label: FoundLabel, after: FoundLabel | undefined): number | null {
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
export function subjectAbove(text: string, label: FoundLabel, next: FoundLabel | undefined): { values: LabelValue[]; end: number } | null {
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
 * A meeting's value (`Venue:`) whose last line is a format code (`COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 155` /
 * `1`), or whose one line ends with one (a page run into one line: `… BRUSSELS 1 Format:`), above a last meeting label
 * (`Format:`) under which nothing stands before the body: plain `pdftotext` printed the format's cell before its label. The two values, and where the body begins: the line after the label.
 */
export function meetingValueAbove(text: string, label: FoundLabel, next: FoundLabel | undefined): { values: LabelValue[]; end: number } | null {
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

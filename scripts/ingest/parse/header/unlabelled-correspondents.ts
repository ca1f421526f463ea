/**
 * The sender, recipient and subject a header prints without their labels, right under its kind line: a copy that lost
 * the label column of the header table (`ÜBERMITTLUNGSVERMERK` / `Generalsekretariat des Rates` / `Delegationen` /
 * `Tagung des Europäischen Rates (26. und 27. Oktober 2023)` / `– Schlussfolgerungen`, then a blank line). Told by
 * the Council's vocabulary of senders and recipients: two such lines one under the other, then the subject's lines up
 * to a blank line, or without one up to a line that opens the body's sentence.
 */
import { bodyPhraseAt, opensWithOpener, titleEnd } from './body-start.ts';
import { isCorrespondentLine } from './correspondent-lines.ts';
import { parseDates } from '../text/date-expressions.ts';
import { headerValue } from './labels.ts';
import type { SourceLine } from '../normalise.ts';

/** The most lines a subject without its label is read over. */
const MAX_SUBJECT_LINES = 4;

/** A line that ends a sentence: body text, never the last line of a subject. */
const SENTENCE_END = /[.!?:;]["'”’)]?$/;

/**
 * The full stop of a date that ends a line, as a subject in Bulgarian, Polish, Croatian, Hungarian or Lithuanian ends
 * (`ноември 2025 г.`, `listopada 2025 r.`, `studenoga 2025.`, `2025. november 18–19.`, `2025 m. lapkričio 18–19 d.`):
 * a year with the word for "year" or none, or a day, then the dot (a bracket may close after it, `(… 2023 r.)`); a date
 * must be read in the line's end.
 */
const DATE_DOT = /(?:\d{4}[ \t]?(?:г|r|m)?|\d{1,2}[ \t]d|\p{L}[ \t]\d{1,2}(?:[ \t]?[–-][ \t]?\d{1,2})?)\.["'”’)]?$/u;

/** The characters before a line's end a date is read in. */
const DATE_TAIL = 48;

/**
 * What a header without labels prints as its sender, recipient and subject, the lines they stand on, and where the body
 * begins: the line after them, or (`column` > 0) inside the subject's last line, where a copy ran the body's sentence on.
 */
export interface UnlabelledCorrespondents {
  from: string;
  to: string;
  subject: string | null;
  lines: SourceLine[];
  next: number;
  column: number;
}

/** The sender and recipient on the first two lines from `start` (blank lines before them skipped) and the subject under them, or null. */
export function unlabelledCorrespondents(lines: readonly SourceLine[], start: number): UnlabelledCorrespondents | null {
  let first = start;
  while (first < lines.length && (lines[first]?.text.trim() ?? '') === '') first += 1;
  const sender = lines[first];
  const recipient = lines[first + 1];
  if (sender === undefined || recipient === undefined || !isCorrespondentLine(sender.text) || !isCorrespondentLine(recipient.text)) return null;
  const subject = subjectLines(lines, first + 2);
  const correspondents = { from: headerValue(sender.text), to: headerValue(recipient.text) };
  if (subject.length > 0)
    return {
      ...correspondents,
      subject: headerValue(subject.map((line) => line.text).join(' ')),
      lines: [sender, recipient, ...subject],
      next: first + 2 + subject.length,
      column: 0,
    };
  const cut = subjectCutInLine(lines, first + 2);
  if (cut === null) return { ...correspondents, subject: null, lines: [sender, recipient], next: first + 2, column: 0 };
  return {
    ...correspondents,
    subject: headerValue(cut.lines.map((line) => line.text).join(' ')),
    lines: [sender, recipient, ...cut.lines],
    next: cut.next,
    column: cut.column,
  };
}

/**
 * A subject whose last line the body's first sentence was run into (a long last line, which normalise joined to the
 * sentence under it in a copy without blank lines: `… in der Europäischen Union Die Delegationen erhalten anbei …`):
 * the lines from `start` up to the first (within MAX_SUBJECT_LINES) where a sentence opener follows a title
 * (`titleEnd` of body-start.ts), that line cut there; null where none is.
 */
function subjectCutInLine(lines: readonly SourceLine[], start: number): { lines: SourceLine[]; next: number; column: number } | null {
  // lines that open with a body's sentence hold no subject
  if (opensWithOpener(lines[start]?.text.trim() ?? '')) return null;
  for (let index = start; index < Math.min(lines.length, start + MAX_SUBJECT_LINES); index += 1) {
    const line = lines[index];
    if (line === undefined || line.text.trim() === '') return null;
    // the body's sentence runs on to the logical line's end, which ends it (a subject's line never does); where it ends
    // otherwise (a footnote's call after its full stop, `… meeting.1`, a document's number, `… SWD(2025) 45 final`), the
    // phrase a cover note's or a note's sentence opens with still opens the body
    const at = endsSentence(line.text.trim()) ? titleEnd(line.text) : bodyPhraseAt(line.text);
    const head = at === null ? '' : line.text.slice(0, at).trimEnd();
    if (at !== null && head !== '' && !endsSentence(head)) return { lines: [...lines.slice(start, index), { ...line, text: head }], next: index, column: at };
    // a sentence ended before any opener: no subject ran on into the body here
    if (endsSentence(line.text.trim())) return null;
  }
  return null;
}

/**
 * The lines of a subject from `start`: up to MAX_SUBJECT_LINES filled lines before a blank line (or the end), the last not
 * ending a sentence; else, as a copy without blank lines runs the body on under the subject, those up to the first line
 * that opens a body's sentence (`Die Delegationen erhalten …`, `Delegations will find …`) under a line ending none; []
 * otherwise.
 */
function subjectLines(lines: readonly SourceLine[], start: number): SourceLine[] {
  const found: SourceLine[] = [];
  for (let index = start; index < lines.length && (lines[index]?.text.trim() ?? '') !== '' && found.length <= MAX_SUBJECT_LINES; index += 1) {
    const line = lines[index];
    if (line !== undefined) found.push(line);
  }
  const last = found[found.length - 1]?.text.trim() ?? '';
  if (found.length <= MAX_SUBJECT_LINES && !SENTENCE_END.test(last)) return found;
  const body = found.findIndex((line, index) => index > 0 && opensWithOpener(line.text.trim()) && !endsSentence(found[index - 1]?.text.trim() ?? ''));
  if (body !== -1) return found.slice(0, body);
  // a block that opens with a body's sentence is no subject, whatever it ends with (`Delegations will find … 2025.`)
  const first = found[0]?.text.trim() ?? '';
  return found.length <= MAX_SUBJECT_LINES && endsWithDate(last) && !opensWithOpener(first) ? found : [];
}

/** Whether a line ends a sentence, not a date (`… 18 i 19 listopada 2025 r.` ends none). */
function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line) && !endsWithDate(line);
}

/** Whether a line ends with a date's full stop. */
function endsWithDate(line: string): boolean {
  return DATE_DOT.test(line) && parseDates(line.slice(-DATE_TAIL)).length > 0;
}

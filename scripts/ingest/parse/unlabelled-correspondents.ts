/**
 * The sender, recipient and subject a header prints without their labels, right under its kind line: a copy that lost
 * the label column of the header table (`ÜBERMITTLUNGSVERMERK` / `Generalsekretariat des Rates` / `Delegationen` /
 * `Tagung des Europäischen Rates (26. und 27. Oktober 2023)` / `– Schlussfolgerungen`, then a blank line). Told by
 * the Council's vocabulary of senders and recipients: two such lines one under the other, then the subject's lines up
 * to a blank line, or without one up to a line that opens the body's sentence.
 */
import { opensWithOpener } from './body-start.ts';
import { isCorrespondentLine } from './correspondent-lines.ts';
import { headerValue } from './labels.ts';
import type { SourceLine } from './normalise.ts';

/** The most lines a subject without its label is read over. */
const MAX_SUBJECT_LINES = 4;

/** A line that ends a sentence: body text, never the last line of a subject. */
const SENTENCE_END = /[.!?:;]["'”’)]?$/;

/** What a header without labels prints as its sender, recipient and subject, the lines they stand on, and the index of the line after them. */
export interface UnlabelledCorrespondents {
  from: string;
  to: string;
  subject: string | null;
  lines: SourceLine[];
  next: number;
}

/** The sender and recipient on the first two lines from `start` (blank lines before them skipped) and the subject under them, or null. */
export function unlabelledCorrespondents(lines: readonly SourceLine[], start: number): UnlabelledCorrespondents | null {
  let first = start;
  while (first < lines.length && (lines[first]?.text.trim() ?? '') === '') first += 1;
  const sender = lines[first];
  const recipient = lines[first + 1];
  if (sender === undefined || recipient === undefined || !isCorrespondentLine(sender.text) || !isCorrespondentLine(recipient.text)) return null;
  const subject = subjectLines(lines, first + 2);
  return {
    from: headerValue(sender.text),
    to: headerValue(recipient.text),
    subject: subject.length === 0 ? null : headerValue(subject.map((line) => line.text).join(' ')),
    lines: [sender, recipient, ...subject],
    next: first + 2 + subject.length,
  };
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
  const body = found.findIndex((line, index) => index > 0 && opensWithOpener(line.text.trim()) && !SENTENCE_END.test(found[index - 1]?.text.trim() ?? ''));
  return body === -1 ? [] : found.slice(0, body);
}

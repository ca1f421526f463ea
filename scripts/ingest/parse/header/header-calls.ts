import { readInline } from '../text/inline.ts';
import { callsGlued } from './labels.ts';

/** A footnote call printed in a header value: the mark it prints and where it stands in the value as the record keeps it. */
export interface HeaderCall {
  /** The mark as printed, in ASCII digits (`1` of `Strategy^1`, `Strategy1`, `Strategy¹`). */
  mark: string;
  /** The number of characters of the value (as headerValue reads it) before the call: the call follows that word. */
  at: number;
}

/** Runs of white space: one space in a header value. */
const SPACES = /\s+/g;

/**
 * The footnote calls a header value prints (`… implementation of the EU Security Union Strategy^1`, as foot-footnotes.ts
 * marks the `Strategy1` of plain `pdftotext`, or a superscript of the PDF; `… sexuella övergrepp mot barn^1` / `–
 * Lägesrapport` inside a subject over two paragraphs; a call one space after its word before a punctuation mark, `…
 * 2015 ^2.`, glued to it: labels.ts callsGlued), each placed in the value as headerValue reads it — bold and
 * markers dropped, white space one space, trimmed — right after the word it follows. Which call a footnote answers is
 * the record's business (footnotes.ts); a value whose calls cannot be placed so gives none.
 */
export function headerCalls(value: string, read: string): HeaderCall[] {
  const calls: HeaderCall[] = [];
  // The value as headerValue reads it, made run by run (white space one space, none leading), its length and last
  // character kept as it grows: one pass, linear in its length.
  const runs: string[] = [];
  let length = 0;
  let spaceEnd = true;
  for (const part of readInline(callsGlued(value.replace(/\*\*/g, '')), (marks) => [...marks])) {
    if (part.type === 'footnote') {
      calls.push({ mark: part.label, at: length > 0 && spaceEnd ? length - 1 : length });
      continue;
    }
    const spaced = part.value.replace(SPACES, ' ');
    const run: string = spaceEnd && spaced.startsWith(' ') ? spaced.slice(1) : spaced;
    if (run === '') continue;
    runs.push(run);
    length += run.length;
    spaceEnd = run.endsWith(' ');
  }
  // Read again as the value was read: the places hold only where the texts agree.
  return calls.length > 0 && runs.join('').trimEnd() === read ? calls : [];
}

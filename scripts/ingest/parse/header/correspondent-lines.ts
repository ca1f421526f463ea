/** Senders and recipients printed one per line: each line is a name of its own, never the wrapped rest of the line above. */
import { correspondentLength } from '../../../../src/shared/correspondents.ts';

/** A line break and the indentation after it. */
const NEXT_LINE = /[ \t]*\n[ \t]*/y;

/** The space between two names run together on a line. */
const SPACE = /\s+/y;

/** Whether `text` is one sender or recipient of the Council's vocabulary (or several joined by `/` or `and`) and nothing else. */
export function isCorrespondentLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && correspondentLength(trimmed, 0) === trimmed.length;
}

/**
 * The length of the whole lines right after `at` (the end of a sender or recipient) that are further senders or
 * recipients (`To:` over `COSI` / `Permanent Representatives Committee` / `Council`, one per line), 0 when the next
 * line is not one; a line with text after it is needed, so that the next label still has its value.
 */
export function furtherCorrespondentLines(text: string, at: number): number {
  let end = at;
  for (;;) {
    NEXT_LINE.lastIndex = end;
    const gap = NEXT_LINE.exec(text);
    if (gap === null) return end - at;
    const start = NEXT_LINE.lastIndex;
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || text.slice(lineEnd).trim() === '' || !isCorrespondentLine(text.slice(start, lineEnd))) return end - at;
    end = lineEnd;
  }
}

/**
 * The length of the further senders or recipients right after `at`, whatever the space between them (a page run into
 * one line: `Presidency COSI Permanent Representatives Committee 7981/21 …`), 0 when none follows.
 */
export function furtherCorrespondents(text: string, at: number): number {
  let end = at;
  for (;;) {
    SPACE.lastIndex = end;
    if (SPACE.exec(text) === null) return end - at;
    const length = correspondentLength(text, SPACE.lastIndex);
    if (length === 0) return end - at;
    end = SPACE.lastIndex + length;
  }
}

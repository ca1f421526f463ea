/**
 * Footnotes a text export prints plain under the separator rule (`Strategy1` in the text, `____` then `1 The first …` at
 * the page's foot), as copies of two-column cover notes and notes give them: each marked as a footnote (`^1`) when its
 * number is called in the text above the rule, so that the footnote is read as one and its call leaves the text.
 */
import { LINE_BREAK } from '../../read/line-breaks.ts';
import { CODE_BEFORE_NUMBER, markFootFootnotes, SUPERSCRIPT_DIGITS, superscriptOf } from './foot-footnotes.ts';

/** The separator rule a text export prints above a page's footnotes: underscores alone on the line. */
const RULE = /^[ \t]*_{3,}[ \t]*$/;

/** A footnote printed plain: its number, then the text after spaces or a tab (`1\tThe first progress report …`). */
const PLAIN_DEFINITION = /^([ \t]{0,3})(\d{1,3})([ \t]+\S)/;

/** The line breaks of the text, kept so that every line keeps its number. */
const LINE_BREAKS = new RegExp(`(${LINE_BREAK.source})`);

/** The most lines a page's footnotes take under their rule. */
const MAX_FOOTNOTE_LINES = 40;

/**
 * A call of footnote `mark`: the number right after a small letter, or after a word's closing bracket, quote or
 * punctuation (`Strategy1`, `conclusions”2`, `(COSI),3`), never a code's (a footer's directorate `JAI.1`: foot-footnotes.ts
 * CODE_BEFORE_NUMBER), or in superscript digits wherever it is glued (`2210/24¹`).
 */
function callPattern(mark: string): RegExp {
  const superscript = superscriptOf(mark);
  return new RegExp(
    String.raw`(?:(?<=\p{Ll})|(?<=\p{L}[)\]”"’]?[)\]”"’.,;:]))${CODE_BEFORE_NUMBER}${mark}(?!\d)|(?<=\S)(?<![${SUPERSCRIPT_DIGITS}])${superscript}(?![${SUPERSCRIPT_DIGITS}])`,
    'gu',
  );
}

/**
 * The text with its plain footnotes marked `^N`: those under a rule with their last call above it, then those a page
 * prints at its foot without a rule (`foot-footnotes.ts`); the text itself when there is none.
 */
export function markPlainFootnotes(text: string): string {
  return markFootFootnotes(markRuledFootnotes(text));
}

/** The text with each plain footnote under a rule, and its last call above the rule, marked `^N`; the text itself when there is none. */
function markRuledFootnotes(text: string): string {
  if (!text.includes('___')) return text;
  const parts = text.split(LINE_BREAKS);
  // Lines are the even parts, line breaks the odd ones.
  const lineIndex = (line: number) => line * 2;
  const count = Math.ceil(parts.length / 2);
  let pageStart = 0;
  let changed = false;
  for (let line = 0; line < count; line += 1) {
    if (!RULE.test(parts[lineIndex(line)] ?? '')) continue;
    for (let below = line + 1; below < Math.min(count, line + 1 + MAX_FOOTNOTE_LINES); below += 1) {
      const definition = PLAIN_DEFINITION.exec(parts[lineIndex(below)] ?? '');
      const mark = definition?.[2];
      if (definition === null || mark === undefined) continue;
      const call = lastCall(parts, mark, pageStart, line);
      if (call === null) continue;
      const called = parts[lineIndex(call.line)] ?? '';
      if (!SUPERSCRIPT_DIGITS.includes(called[call.at] ?? ' ')) parts[lineIndex(call.line)] = `${called.slice(0, call.at)}^${called.slice(call.at)}`;
      const defined = parts[lineIndex(below)] ?? '';
      parts[lineIndex(below)] = `${definition[1] ?? ''}^${defined.slice((definition[1] ?? '').length)}`;
      changed = true;
    }
    pageStart = line + 1;
  }
  return changed ? parts.join('') : text;
}

/** The last call of `mark` on the lines from `from` up to `to` (the rule), or null. */
function lastCall(parts: readonly string[], mark: string, from: number, to: number): { line: number; at: number } | null {
  for (let line = to - 1; line >= from; line -= 1) {
    const text = parts[line * 2] ?? '';
    if (!text.includes(mark) && !text.includes(superscriptOf(mark))) continue;
    const calls = [...text.matchAll(callPattern(mark))];
    const last = calls[calls.length - 1];
    if (last !== undefined) return { line, at: last.index };
  }
  return null;
}

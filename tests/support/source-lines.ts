import { collapseWhitespace } from './plain-text.ts';

/** Footnote markers as printed in the sources: `<sup>1</sup>`, `^{18, 19}`, `^1`, superscript digits `¹⁰`. */
const FOOTNOTE_MARKER = /<sup>[^<]*<\/sup>|\^\{[^}]*\}|\^\d+|[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gu;
/** Markdown link to nowhere `[text](#)`, as the Markdown-style exports write document numbers: the reader sees the text. Any other link syntax is source text the page shows as printed. */
const INLINE_LINK = /\[([^\]]*)\]\(#\)/gu;
/** Markdown autolink `<https://…>`: the reader sees the address. */
const AUTOLINK = /<((?:https?|mailto):[^>\s]*)>/gu;
/** Markdown backslash escape of a punctuation character. */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;
/** Heading hashes or a list bullet at the start of a line. */
const LINE_MARKUP = /^\s*(?:#{1,6}\s+|[-*+]\s+)/u;
/** An item or section number at the start of a line (`6.1.`, `2.1`, `12.`): the record keeps it in its own field. */
const LEADING_NUMBER = /^\d+(?:\.\d+)*\.?\s+/u;
/** The `Subject` label that ends the header block (after optional markup, with or without a space before the colon). */
const SUBJECT_LABEL = /^\W*Subject\s*:/u;

/**
 * The text a reader sees on one source line, as the record must contain it: markup, escapes, footnote markers,
 * a leading item/section number and one trailing colon removed, whitespace collapsed.
 */
export function plainLine(line: string): string {
  const text = collapseWhitespace(
    line.replace(FOOTNOTE_MARKER, '').replace(INLINE_LINK, '$1').replace(AUTOLINK, '$1').replaceAll('**', '').replace(ESCAPE, '$1').replace(LINE_MARKUP, ''),
  );
  return text.replace(LEADING_NUMBER, '').replace(/:$/u, '');
}

/**
 * The body lines of a source that must appear in its record: every line after the header block whose plain text
 * has a letter or a digit. The header block runs from the first line to the end of the `Subject` field (its label
 * line and the continuation lines up to the next blank line); its lines are checked by the header fields. Lines
 * without a letter or digit (`---`, `\*`, a lone `-`) are separators, not text.
 */
export function bodyLines(source: string): { line: number; text: string }[] {
  const lines = source.split(/\r\n|\r|\n/u);
  const subject = lines.findIndex((line) => SUBJECT_LABEL.test(line));
  if (subject < 0) throw new Error('source has no Subject line: its header block cannot be told from its body');
  let bodyStart = subject + 1;
  while (bodyStart < lines.length && (lines[bodyStart] ?? '').trim() !== '') bodyStart += 1;
  return lines
    .map((line, index) => ({ line: index + 1, text: plainLine(line) }))
    .slice(bodyStart)
    .filter(({ text }) => /[\p{L}\p{N}]/u.test(text));
}

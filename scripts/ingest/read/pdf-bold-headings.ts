/**
 * Unnumbered headings the Council's template sets as a bold paragraph of body text (`Presidency report`, `Background`,
 * `Areas which gathered general support`): no larger type tells them (pdf-render.ts reads those), but the PDF's font
 * and geometry do — a paragraph of one line, bold throughout, over a paragraph that is not.
 */
import type { Paragraph } from './pdf-paragraphs.ts';

/** The longest heading read so, in characters: a longer bold line is an emphasised sentence. */
const MAX_HEADING = 120;

/** A heading's shape: opens with a capital, holds a small letter (a line in capitals is a kind line or a title, read elsewhere). */
const HEADING_SHAPE = /^["“‘(]?\p{Lu}(?=.*\p{Ll})/u;

/** What a heading does not end with: a sentence's or a lead-in's punctuation (`Questions to the Ministers:`). */
const SENTENCE_END = /[.:;,!?]$/u;

/** What opens a numbered or lettered line, which the numbered headings' and lists' readings take: `1.`, `2.1`, `IV.`, `(a)`, `b)`. */
const NUMBERED = /^(?:\d|[IVX]{1,5}\.|\(?[a-z]\))/u;

/** Whether the paragraph's text is bold throughout (superscript calls aside) and holds some text. */
function allBold(paragraph: Paragraph | undefined): boolean {
  const segments = paragraph?.rows.flatMap((row) => row.segments).filter((segment) => !segment.sup && segment.text.trim() !== '') ?? [];
  return segments.length > 0 && segments.every((segment) => segment.bold);
}

/**
 * Whether `paragraph` is an unnumbered heading set in bold body text: one row, not a list item, bold throughout, a
 * heading's shape (a capital first, a small letter in it, no sentence's or lead-in's end, not numbered, at most
 * `MAX_HEADING` characters, no table row's cells apart by tabs), and the paragraph after it not bold throughout (the text it heads).
 */
export function isBoldHeading(paragraph: Paragraph, next: Paragraph | undefined): boolean {
  const [row] = paragraph.rows;
  if (row === undefined || paragraph.rows.length !== 1 || row.level !== null || !allBold(paragraph)) return false;
  if (next === undefined || allBold(next)) return false;
  // a table's row (cells apart by tabs: a header row `Action⇥Lead⇥Deadline`) is no heading
  if (row.segments.some((segment) => segment.gap === '\t')) return false;
  const text = row.segments
    .filter((segment) => !segment.sup)
    .map((segment) => segment.gap + segment.text)
    .join('')
    .trim();
  return text.length <= MAX_HEADING && HEADING_SHAPE.test(text) && !SENTENCE_END.test(text) && !NUMBERED.test(text);
}

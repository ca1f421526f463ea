/**
 * Paragraphs of a `pdftotext -layout` print, which keeps the space the register's PDFs set between paragraphs as a
 * blank line: there, a line that ends on a sentence's full stop and has the next line right under it at the body's
 * margin ends no paragraph (`… duplication of existing structures or products.` / `COSI is expected to get back to …`).
 * Plain `pdftotext` and a viewer's copy print no such blank line between many paragraphs, so their full stops at a
 * line's end stay ambiguous and are not read so.
 */

/** The gap between two cells or columns as `-layout` prints it: three spaces or more between two characters. */
const LAYOUT_GAP = /\S {3,}\S/;

/** A text is a `-layout` print when this many of its lines hold such a gap (its header's labels and values: `From:`, `To:`, `Subject:`). */
const MIN_GAP_LINES = 3;

/** A line ends a sentence on its full stop, question or exclamation mark (closing quotes and brackets, a footnote's call after a space aside). */
const SENTENCE_END = /[.!?](?:["'”’)\]]{0,3})$/;

/** A line opens a sentence: a capital and a small letter (`COSI` and `DELETED`, capitals alone, are no sentence's first word only). */
const SENTENCE_START = /^\p{Lu}[\p{Ll}\p{Lu}’'-]*[\s,]/u;

/** How much of the usual width of the print's lines a line a sentence ends on fills at the least: the line was wrapped, not a paragraph's last. */
const FULL = 0.85;

/** What `goesOnAtMargin` reads of a print: its body's margin and its usual width. */
export interface LayoutPrint {
  margin: number;
  usual: number;
}

/**
 * The body's margin and usual width of a `-layout` print (`MIN_GAP_LINES` lines with a wide gap inside), the margin
 * the indent most of its full lines share; null for any other text.
 */
export function layoutPrint(lines: readonly { text: string }[], usual: number): LayoutPrint | null {
  let gaps = 0;
  for (const { text } of lines) if (LAYOUT_GAP.test(text.trim()) && (gaps += 1) >= MIN_GAP_LINES) break;
  if (gaps < MIN_GAP_LINES || usual <= 0) return null;
  const indents = new Map<number, number>();
  for (const { text } of lines) {
    const trimmed = text.trimEnd();
    if (trimmed.length < FULL * usual || LAYOUT_GAP.test(trimmed.trim())) continue;
    const indent = trimmed.length - trimmed.trimStart().length;
    indents.set(indent, (indents.get(indent) ?? 0) + 1);
  }
  let margin: number | null = null;
  let most = 0;
  for (const [indent, count] of indents) if (count > most || (count === most && margin !== null && indent < margin)) [margin, most] = [indent, count];
  return margin === null ? null : { margin, usual };
}

/**
 * Whether, in a `-layout` print, `below` goes on from the paragraph line `above` that ends on a sentence's end: the
 * next source line (no page break or blank line between), both at the body's margin, `above` full and neither a
 * table's row (no wide gap inside), `below` opening a sentence.
 */
export function goesOnAtMargin(above: { text: string; line: number }, below: { text: string; line: number }, print: LayoutPrint): boolean {
  if (below.line !== above.line + 1) return false;
  const upper = above.text.trimEnd();
  if (!SENTENCE_END.test(upper.slice(-8)) || upper.length < FULL * print.usual) return false;
  if (indentOf(upper) !== print.margin || indentOf(below.text) !== print.margin) return false;
  if (LAYOUT_GAP.test(upper.trim()) || LAYOUT_GAP.test(below.text.trim())) return false;
  return SENTENCE_START.test(below.text.trimStart());
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

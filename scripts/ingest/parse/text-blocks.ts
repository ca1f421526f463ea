import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { readInline, type FootnoteResolver } from './inline.ts';
import type { SourceLine } from './normalise.ts';
import { BULLET } from './vocabulary.ts';

/** A bullet indented this much further than its list's first (tabs counting two) opens a list item nested under the one above. */
const NESTED_INDENT = 2;

/**
 * The lines of one item, section or footnote as text blocks (src/schemas/text-block.ts): each non-blank line a
 * paragraph, or a list item without its bullet (a bullet with nothing after it is no text, and no block), nested where
 * its bullet is indented further than its list's first; blank lines only separate. `resolve` tells, for the line a marker
 * stands on, which footnotes it calls.
 */
export function textBlocks(lines: readonly SourceLine[], resolve: (line: number) => FootnoteResolver): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The indent of the list's first bullet: `pdftotext -layout` indents a whole list under its paragraph's text.
  let base: number | null = null;
  for (const { text, line } of lines) {
    if (text.trim() === '') continue;
    const bullet = BULLET.exec(text);
    if (bullet === null) {
      blocks.push({ list: null, inline: readInline(text, resolve(line)) });
      base = null;
      continue;
    }
    const indent = (bullet[1] ?? '').replace(/\t/g, '  ').length;
    base ??= indent;
    const inline = readInline(text.slice(bullet[0].length), resolve(line));
    if (inline.length > 0) blocks.push({ list: indent >= base + NESTED_INDENT ? 1 : 0, inline });
  }
  return blocks;
}

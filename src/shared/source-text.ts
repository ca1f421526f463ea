/** Plain text of the records' source texts (src/schemas/text-block.ts), read from the data: never from Markdown. */
import type { Inline } from '../schemas/inline.ts';
import type { TextBlock } from '../schemas/text-block.ts';

/** The words of one line: its text and web-address runs joined, footnote calls left out. */
export function inlinePlain(inline: readonly Inline[]): string {
  let text = '';
  for (const part of inline) if (part.type !== 'footnote') text += part.value;
  return text;
}

/** The words of a text, one line per paragraph or list item (bullets are not words), empty blocks left out. */
export function blocksPlain(blocks: readonly TextBlock[]): string {
  return blocks
    .map((block) => inlinePlain(block.inline))
    .filter((line) => line !== '')
    .join('\n');
}

/** The labels of the footnotes a text calls, in order of first call, each once. */
export function footnoteCalls(blocks: readonly TextBlock[]): string[] {
  const labels = new Set<string>();
  for (const block of blocks) for (const part of block.inline) if (part.type === 'footnote') labels.add(part.label);
  return [...labels];
}

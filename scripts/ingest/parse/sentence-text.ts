import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { inlinePlain } from '../../../src/shared/source-text.ts';

/**
 * A text laid out as splitSentences reads it: paragraphs separated by a blank line, list items opened by `- `
 * (nested ones indented) on consecutive lines, so that a sentence left open before a list runs over it.
 */
export function sentenceText(blocks: readonly TextBlock[]): string {
  let out = '';
  let previous: TextBlock | undefined;
  for (const block of blocks) {
    const plain = inlinePlain(block.inline);
    if (previous !== undefined) out += block.list !== null && previous.list !== null ? '\n' : '\n\n';
    out += block.list === null ? plain : `${'  '.repeat(block.list)}- ${plain}`.trimEnd();
    previous = block;
  }
  return out;
}

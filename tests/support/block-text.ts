/** A text block of a record as the tests read it: its runs' values joined, each footnote call left out or marked. */
import type { TextBlock } from '../../src/schemas/text-block.ts';

/** A block's text: its `text` and `url` runs' values joined, footnote calls left out. */
export const plainBlock = (block: TextBlock): string =>
  block.inline.map((node) => ('value' in node && typeof node.value === 'string' ? node.value : '')).join('');

/** A block's text with each footnote call written `^label` where it stands. */
export const plainBlockWithCalls = (block: TextBlock): string =>
  block.inline.map((node) => (node.type === 'footnote' ? `^${node.label}` : 'value' in node && typeof node.value === 'string' ? node.value : '')).join('');

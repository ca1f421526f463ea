import type { TextBlock } from '../../../../src/schemas/text-block.ts';
import { inlinePlain } from '../../../../src/shared/source-text.ts';
import { sentenceUnits, type Sentence } from './sentences.ts';

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

/** A text as sentenceText lays it out, and its sentences (sentenceUnits), split on the first call only. */
export interface SentenceReading {
  readonly text: string;
  readonly units: () => readonly Sentence[];
}

/** The readings made, by the blocks read: kept as long as the record holding the blocks. */
const readings = new WeakMap<readonly TextBlock[], SentenceReading>();

/**
 * The text of some blocks laid out as sentenceText does, with its sentences: made once for the blocks, which the
 * parse reads for an item's decisions and positions (a footnote's for each item calling it) and the entries again for
 * their citations, each reading the same sentences.
 */
export function sentenceReading(blocks: readonly TextBlock[]): SentenceReading {
  const known = readings.get(blocks);
  if (known !== undefined) return known;
  const text = sentenceText(blocks);
  let units: readonly Sentence[] | undefined;
  const reading = { text, units: () => (units ??= sentenceUnits(text)) };
  readings.set(blocks, reading);
  return reading;
}

/**
 * Keeps for `copy` (a copy of `blocks`: the record's validated copy, parse.ts) the reading made of `blocks`, where one
 * was made, so that the entries find the parse's split (documentCitations).
 */
export function keepReading(blocks: readonly TextBlock[] | undefined, copy: readonly TextBlock[]): void {
  const known = blocks === undefined ? undefined : readings.get(blocks);
  if (known !== undefined) readings.set(copy, known);
}

import type { TextBlock } from '../../../../src/schemas/text-block.ts';
import { readInline, type FootnoteResolver } from '../text/inline.ts';
import { SYMBOL_BULLETS } from '../text/vocabulary.ts';

/**
 * A bullet glyph inside a footnote's text, its wrapped lines joined (`… three forms of that cooperation: • memoranda …;
 * • access …`): a glyph no sentence prints, after a space or at the start and before a space.
 */
const GLYPH_BULLET = new RegExp(`(?<=^|[ \\t])[•▪◦‣${SYMBOL_BULLETS}][ \\t]+`, 'gu');

/** A dash opening a list item: after the lead-in's colon or the item before's `;` or `,` (`… as follows: – the first; – the second.`). */
const DASH_BULLET = /(?<=[:;,][ \t]{1,3})[-–—][ \t]+/gu;

/** A sub-point's label inside a footnote's text: `(a) `, `b) `, `(ii) `, `(3) `; groups: the opening bracket and the label. */
const LABEL = /(?<=^|[ \t])(\(?)([a-z]|[ivx]{1,4}|[1-9])\)[ \t]+/gu;

/** The labels of a sequence, in order, for its first label: letters, small Roman numerals, figures. */
const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  a: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  i: ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'],
  '1': '123456789'.split(''),
};

/** Whether the text before an offset is a lead-in's end (a colon) or nothing at all. */
function leadsIn(text: string, at: number): boolean {
  return /(?:^|:)[ \t]*$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** Where each list item of glyph or dash bullets opens (the bullet's offset and length); none where the text holds no such list. */
function bulletCuts(text: string): { at: number; length: number }[] {
  const glyphs = [...text.matchAll(GLYPH_BULLET)].map((found) => ({ at: found.index, length: found[0].length }));
  if (glyphs.length > 0) return glyphs;
  const dashes = [...text.matchAll(DASH_BULLET)].map((found) => ({ at: found.index, length: found[0].length }));
  const first = dashes[0];
  return dashes.length >= 2 && first !== undefined && text.slice(0, first.at).trimEnd().endsWith(':') ? dashes : [];
}

/** Where each sub-point of a labelled sequence opens (`(a) … (b) …`, from `a`, `i` or `1`, one bracketing, two at least, the first after a colon or at the start); none else. */
function labelCuts(text: string): number[] {
  let best: number[] = [];
  let cuts: number[] = [];
  let sequence: readonly string[] = [];
  let bracket = '';
  for (const found of text.matchAll(LABEL)) {
    const [, open = '', label = ''] = found;
    if (cuts.length > 0 && open === bracket && sequence[cuts.length] === label) {
      cuts.push(found.index);
    } else if (SEQUENCES[label] !== undefined && leadsIn(text, found.index)) {
      if (cuts.length > best.length) best = cuts;
      cuts = [found.index];
      sequence = SEQUENCES[label] ?? [];
      bracket = open;
    }
  }
  const longest = cuts.length > best.length ? cuts : best;
  return longest.length >= 2 ? longest : [];
}

/**
 * A footnote's text as text blocks (src/schemas/text-block.ts): a paragraph, or where it holds a list — bullet glyphs
 * (`•`, `▪`, the symbol fonts' bullets), dashes after a lead-in's colon and each item's `;`, or sub-points labelled in
 * sequence (`(a)`, `(b)`; `i)`, `ii)`) — its lead-in a paragraph, each bulleted item a list item without its bullet,
 * each labelled sub-point a paragraph opening with its label, as the body keeps them. Guarantee: the blocks hold every
 * character of the text but the bullets, in order.
 */
export function footnoteBlocks(text: string, resolve: FootnoteResolver): TextBlock[] {
  const bullets = bulletCuts(text);
  const labels = bullets.length === 0 ? labelCuts(text) : [];
  if (bullets.length === 0 && labels.length === 0) return [{ list: null, inline: readInline(text, resolve) }];
  const starts = bullets.length > 0 ? bullets.map(({ at }) => at) : labels;
  const blocks: TextBlock[] = [];
  const push = (piece: string, list: 0 | null): void => {
    const inline = readInline(piece, resolve);
    if (inline.length > 0) blocks.push({ list, inline });
  };
  push(text.slice(0, starts[0]), null);
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? text.length;
    const bullet = bullets[index];
    push(text.slice(bullet === undefined ? start : start + bullet.length, end), bullet === undefined ? null : 0);
  });
  return blocks;
}

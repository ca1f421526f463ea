import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { TextBlock } from '../src/schemas/text-block.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The lists of the LibreOffice-made documents (tests/fixtures/council-pdf-lo) as their text renderings print them:
 * bullets Word and LibreOffice set in Symbol or Wingdings come out of `pdftotext` as private-use characters (U+F0B7,
 * U+F0A7, U+F0D8), and `-layout` indents a whole list under its paragraph's text. Each rendering must read the list
 * items expected.json states (read off source.fodt), in order, nested as the source nests them (the words a rendering
 * cuts at a line's end made whole, as hyphenation.ts reads them: `sensit-` / `ive`).
 */
const FIXTURES = 'tests/fixtures/council-pdf-lo';
const RENDERINGS = ['pdftotext.txt', 'pdftotext-layout.txt'] as const;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

interface Expected {
  lists?: Array<{ depth: number; text: string }>;
}

const cases = readdirSync(FIXTURES)
  .flatMap((name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    return expected.lists === undefined
      ? []
      : RENDERINGS.filter((rendering) => existsSync(join(FIXTURES, name, rendering))).map((rendering) => `${name}/${rendering}`);
  })
  .sort();

/** Every text block of a record, in order (sections, items, footnotes). */
function blocksOf(value: unknown, found: TextBlock[] = []): TextBlock[] {
  if (Array.isArray(value)) for (const node of value) blocksOf(node, found);
  else if (typeof value === 'object' && value !== null) {
    if ('list' in value && 'inline' in value) found.push(value as TextBlock);
    else for (const child of Object.values(value)) blocksOf(child, found);
  }
  return found;
}

/** A block's text, its footnote calls in superscript digits as the source prints them. */
function plainOf(block: TextBlock): string {
  return block.inline
    .map((node) => {
      if (node.type === 'footnote') return [...node.label].map((digit) => SUPERSCRIPTS[Number(digit)] ?? digit).join('');
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
    })
    .join('');
}

describe.each(cases)('the lists of %s', (key) => {
  const path = join(FIXTURES, key);
  const { lists = [] } = JSON.parse(readFileSync(join(path, '..', 'expected.json'), 'utf8')) as Expected;
  const items = blocksOf(expectOk(parseDocument(readFileSync(path, 'utf8'), path))).filter((block) => block.list !== null);

  it('reads every list item of the source as a list item, in order, whatever font set its bullet', () => {
    expect(items.map(plainOf)).toEqual(lists.map(({ text }) => text));
  });

  it('nests the items the source nests under another, the first level at the left of the list however far it is indented', () => {
    expect(items.map((block) => block.list)).toEqual(lists.map(({ depth }) => (depth > 1 ? 1 : 0)));
  });
});

describe.each(cases)('the lists of %s flattened to one line per page', (key) => {
  const path = join(FIXTURES, key);
  const { lists = [] } = JSON.parse(readFileSync(join(path, '..', 'expected.json'), 'utf8')) as Expected;
  const items = blocksOf(expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), path))).filter((block) => block.list !== null);

  it('reads every list item of the source as a list item, in order (its level the flattened text no longer shows)', () => {
    expect(items.map(plainOf)).toEqual(lists.map(({ text }) => text));
  });
});

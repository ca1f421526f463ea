import fc from 'fast-check';
import type { BlockContent, Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../scripts/bench/generate.ts';
import { parseDocumentParts } from '../../../../scripts/ingest/entries/parsed-document.ts';
import { documentTree, itemTree } from '../../../../scripts/ingest/markdown/document-tree.ts';
import { markdownOf } from '../../../../scripts/ingest/markdown/serialise.ts';
import { treeWriter } from '../../../../scripts/ingest/markdown/shared-blocks.ts';
import type { OkRecord } from '../../../../src/schemas/record.ts';
import { okRecord, outcomeWithBody } from '../../../support/hostile-render.ts';
import { loadSeeds } from '../../../support/seeds.ts';

/** The Markdown of a record's item entries, then of its page, each tree written on its own, as the ingest wrote them before. */
function writtenApart(record: OkRecord): string[] {
  const document = parseDocumentParts(record);
  return [...document.items.map(({ item }) => markdownOf(itemTree(item, document.footnotes))), markdownOf(documentTree(document))];
}

/** The same Markdown from one writer whose trees share the items' blocks, in the ingest's order: items first, then the page. */
function writtenShared(record: OkRecord): string[] {
  const document = parseDocumentParts(record);
  const writer = treeWriter();
  const items = document.items.map(({ item }) => writer.markdownOf(itemTree(item, document.footnotes, writer.content)));
  return [...items, writer.markdownOf(documentTree(document, writer.content))];
}

const seeds = loadSeeds().map(({ source }) => okRecord(readFileSync(source, 'utf8')));
const outcomes = generateCorpus(150, 5)
  .map(({ text }) => okRecord(text))
  .filter((record) => record.items.length > 0);

describe('treeWriter', () => {
  it('writes the pages and item entries of the seeds byte for byte as each tree written on its own', () => {
    for (const record of seeds) expect(writtenShared(record), record.number).toEqual(writtenApart(record));
  });

  it('writes the pages and item entries of generated outcomes byte for byte as each tree written on its own', () => {
    expect(outcomes.length).toBeGreaterThan(20);
    for (const record of outcomes) expect(writtenShared(record), record.number).toEqual(writtenApart(record));
  });

  it('writes outcomes whose items hold lists, markup characters and footnotes as each tree written on its own', () => {
    const piece = fc.constantFrom(
      '- a point',
      '* b',
      '1. The Presidency',
      '2. Any other business',
      '(a) lettered',
      '**bold**',
      '`x`',
      '#',
      '>',
      '[^1]',
      'text',
      '',
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const record = okRecord(outcomeWithBody(['1. Adoption of the agenda', ...lines]));
        expect(writtenShared(record)).toEqual(writtenApart(record));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the next of two lists written one after the other its other bullet, also when the first was written before', () => {
    const list = (value: string): BlockContent => ({
      type: 'list',
      ordered: false,
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }],
    });
    const first = list('one');
    const second = list('two');
    const writer = treeWriter();
    expect(writer.markdownOf({ type: 'root', children: [second] })).toBe('- two\n');
    const both: Root = { type: 'root', children: [first, second] };
    expect(writer.markdownOf(both)).toBe('- one\n\n* two\n');
  });
});

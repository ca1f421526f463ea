import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { TextBlock } from '../src/schemas/text-block.ts';
import { expectOk } from './support/projection.ts';

/**
 * The annex table of council-pdf/limite-annex-table as its text renderings print it: the text version's rows with
 * their cells apart by tabs (source.txt, as the PDF reader prints them), `-layout`'s apart by wide gaps. Each row the
 * document prints must be a paragraph of its own, its cells in order (source.txt's rows are the document's).
 */
const CASE = 'tests/fixtures/council-pdf/limite-annex-table';
const SOURCE = readFileSync(join(CASE, 'source.txt'), 'utf8');
const ROWS = SOURCE.slice(SOURCE.indexOf('\nANNEX\n'))
  .split('\n')
  .filter((line) => /\S\t\S/.test(line))
  .map((line) => line.replaceAll('**', '').split('\t').join(' '));

/** Rows a rendering prints otherwise, and why. */
const OTHERWISE: Record<string, { row: string; why: string }> = {
  'pdftotext-layout.txt': {
    row: 'Czechia National Centre against Organised Crime designated',
    why: '-layout wraps the cell over two lines (`Or-` / `ganised Crime`), the row’s last cell beside its first line',
  },
};

function paragraphs(path: string): string[] {
  const record = expectOk(parseDocument(readFileSync(path, 'utf8'), path));
  return record.sections.flatMap((section) => section.text.map((block: TextBlock) => block.inline.map((node) => ('value' in node ? node.value : '')).join('')));
}

describe.each(['source.txt', 'pdftotext-layout.txt'])('the annex table of limite-annex-table in %s', (rendering) => {
  const read = paragraphs(join(CASE, rendering));
  const otherwise = OTHERWISE[rendering];

  it(`reads each row as a paragraph of its own, its cells in order${otherwise === undefined ? '' : ` (but ${otherwise.why})`}`, () => {
    expect(ROWS.length).toBe(6);
    expect(ROWS.filter((row) => row !== otherwise?.row && !read.includes(row))).toEqual([]);
  });
});

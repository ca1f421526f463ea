import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import type { TextBlock } from '../src/schemas/text-block.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { pdfViewerCopy } from './support/pdf-viewer-copy.ts';
import { expectOk } from './support/projection.ts';
import { RENDERING_SHAPES } from './support/text-shapes.ts';
import { plainBlock } from './support/block-text.ts';

/**
 * The Presidency's report on COSI's proceedings (6543/25, shortened) made as the Council makes its PDFs
 * (tests/fixtures/council-pdf/report-contents-leaders: a DOCX whose table of contents sets each entry's page on a right
 * tab stop with a dot leader, as Word's contents do, exported by LibreOffice), read in every shape a user may bring it
 * in: the PDF, pdf.js's copy of it, plain `pdftotext` and `-layout` as printed, as a viewer copies each, and each page
 * of the two texts run into one line. The PDF draws the leaders as dots glued to the title and the page
 * (`EXECUTIVE SUMMARY............1`); every shape must read the contents as the opening section's text, one entry a
 * line with its title and page whole and no leader dot, and the parts once, under it.
 */
const CASE = 'tests/fixtures/council-pdf/report-contents-leaders';

/** The contents as the document prints them, read off source.txt: number, title, page. */
const ENTRIES = [
  ['1.', 'EXECUTIVE SUMMARY', '1'],
  ['2.', 'HORIZONTAL MATTERS CONCERNING INTERNAL SECURITY', '2'],
  ['2.1', 'Future of internal security', '2'],
  ['2.2', 'Legislative proposals with an impact on internal security', '3'],
  ['3.', 'SERIOUS AND ORGANISED CRIME', '3'],
  ['3.1', 'EMPACT', '3'],
  ['3.2', 'Coordination mechanism for joint customs operations', '4'],
] as const;

/** The opening section's text: the note's sentence, the contents' heading and its entries. */
const OPENING = [
  'Delegations will find below the Report to the European Parliament and national Parliaments on the proceedings of COSI for the period from July 2023 to December 2024.',
  'Table of Contents',
  ...ENTRIES.map(([number, title, page]) => `${number} ${title} ${page}`),
];

/** The parts under the contents: the entries' numbers (no closing dot) and titles. */
const PARTS = [[null, null], ...ENTRIES.map(([number, title]) => [number.replace(/\.$/u, ''), title])];

/** A block's text as the page shows it (the tab a leader drew shows as a space). */
const plain = (block: TextBlock) => plainBlock(block).replace(/[ \t]+/gu, ' ');

/** What every shape must read alike: the number, the parts and the opening section's text. */
function reading(record: OkRecord): unknown {
  return {
    number: record.number,
    parts: record.sections.map((section) => [section.number, section.title]),
    opening: record.sections[0]?.text.map(plain),
  };
}

const READ = { number: '6543/25', parts: PARTS, opening: OPENING };

const fromPdf = pdfCaseReader('tests/fixtures/council-pdf');

describe('a report whose table of contents prints dot leaders (6543/25 as the Council makes it)', () => {
  it('reads from its PDF the contents as contents, without the leader dots, and the parts once', async () => {
    const { record, text } = await fromPdf('report-contents-leaders');
    expect(reading(record)).toEqual(READ);
    // the reader's text keeps the leaders (the PDF prints them); the record reads them as the tab they draw
    expect(text).toMatch(/EXECUTIVE SUMMARY\.{4,}/u);
  });

  it('reads from the copy a PDF viewer (pdf.js) makes of it the contents and the parts alike', async () => {
    const copy = await pdfViewerCopy(new Uint8Array(readFileSync(join(CASE, 'document.pdf'))));
    expect(reading(expectOk(parseDocument(copy, 'report-contents-leaders.txt')))).toEqual(READ);
  });

  it.each(RENDERING_SHAPES)('reads from $shape the contents and the parts alike', ({ file, make }) => {
    const text = make(readFileSync(join(CASE, file), 'utf8'));
    expect(text).toMatch(/EXECUTIVE SUMMARY\.{4,}1/u);
    expect(reading(expectOk(parseDocument(text, 'report-contents-leaders.txt')))).toEqual(READ);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';
import { plainBlock } from './support/block-text.ts';

/**
 * The LIMITE note 9267/25 (seed 003) made as the Council makes its PDFs with the diagonal LIMITE watermark printed
 * across each page (tests/fixtures/council-pdf/limite-watermark), its pdftotext texts with each page run into one
 * line: pdftotext prints the watermark's letters as words among the page's words (`… Exchange of views IT From: To:
 * No. prev. doc.: Subject: E NOTE M The 19 December …`, `… affairs. LI In the context …`, on every page `IT`, `E`,
 * `M`, `LI` in some order). They are page furniture: no field and no paragraph may hold them.
 */
const CASE = 'tests/fixtures/council-pdf/limite-watermark';

/** The header the note states (its text version, content/sources/003_4dba75d703f3f065.txt). */
const HEADER = {
  number: '9267/25',
  kind: 'note',
  limite: true,
  from: 'Presidency',
  to: 'Delegations',
  previous: ['8451/25'],
  subject: 'European Internal Security Strategy - Exchange of views',
};

/** A watermark's piece as a word of its own. */
const PIECE = /(?<![^ \t])(?:LI|IT|M|E)(?![^ \t])/u;

/** Every text of the record a page shows: header values and each section's paragraphs. */
function shown(record: OkRecord): string[] {
  const header = [record.from ?? '', record.to ?? '', record.subject ?? ''];
  const body = record.sections.flatMap((section) => section.text.map(plainBlock));
  return [...header, ...body];
}

describe.each(['pdftotext-layout.txt', 'pdftotext.txt'])('the watermarked LIMITE note as %s prints it, each page run into one line', (file) => {
  const record = expectOk(parseDocument(flattenedPages(readFileSync(join(CASE, file), 'utf8')), `${file}`));

  it('keeps the watermark’s letters out of every field and paragraph', () => {
    expect(flattenedPages(readFileSync(join(CASE, file), 'utf8'))).toMatch(/ LI /u);
    expect(shown(record).filter((text) => PIECE.test(text))).toEqual([]);
  });

  it('reads the header the note states', () => {
    // plain pdftotext prints the values before the labels and the kind line after them (`… Exchange of views From: To:
    // No. prev. doc.: Subject: NOTE The 19 December …`): values-above-labels.ts valuesBeforeLabelsInLine sets them back
    const read = Object.fromEntries(Object.keys(HEADER).map((field) => [field, record[field as keyof OkRecord]]));
    expect(read).toEqual(HEADER);
  });
});

/**
 * The same note as other versions and texts print it, each page run into one line: the footer's language `IT` the
 * Italian version prints on each page (`… GG/mr LIMITE 1 IT`), which is no piece of the watermark though its letters
 * are, and a sentence that uses the word `IT` itself (`… and fostering IT cooperation.`, made so from the note's `…
 * fostering public-private cooperation.`). The watermark's pieces are page furniture still, and the sentence keeps its
 * `IT`.
 */
const OTHER_TEXTS: Record<string, (text: string) => string> = {
  'the Italian version’s footer language': (text) => text.replace(/(LIMITE[ \t]+\d[ \t]+)EN(?=[ \t]*(?:\n|$))/gu, '$1IT'),
  'a sentence that uses the word IT': (text) => text.replace('fostering public-private cooperation', 'fostering IT cooperation'),
};

/** Each piece-like word the texts show, with the two words before it. */
function pieceWords(texts: readonly string[]): string[] {
  return texts.flatMap((text) => [...text.matchAll(/(?:\S+[ \t]+){0,2}(?<![^ \t])(?:LI|IT|M|E)(?![^ \t])/gu)].map((match) => match[0]));
}

describe.each(['pdftotext-layout.txt', 'pdftotext.txt'])('the watermarked LIMITE note as %s prints it, each page run into one line', (file) => {
  it.each(Object.entries(OTHER_TEXTS))('keeps the watermark’s letters out of the text with %s', (variant, change) => {
    const record = expectOk(parseDocument(change(flattenedPages(readFileSync(join(CASE, file), 'utf8'))), `${file}`));
    const sentence = variant === 'a sentence that uses the word IT' ? ['and fostering IT'] : [];
    expect([record.subject, pieceWords(shown(record))]).toEqual([HEADER.subject, sentence]);
  });
});

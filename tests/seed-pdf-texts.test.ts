import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk, project } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * The seeds typeset by their own PDF generator (`tests/fixtures/pdf/`, scripts/fixtures/seed-pdfs.ts) as `pdftotext`
 * prints them (`tests/fixtures/seed-pdf-texts/<seed>/`: `pdftotext -layout` and plain `pdftotext` of each PDF, poppler
 * 22.12), and as a viewer copies those texts: every footnote the seed's hand-written record states is read with its
 * text. The generator hyphenates its lines, cuts words at page breaks (`… the Maritime Analysis and Opera-`, then the
 * footnotes and the footer, then `tions Centre …`) and sets each footnote's number alone above its indented text
 * (`7` / `    Proposal for a Directive … associa-` / `    tions, COM/2023/516 final.`), which a viewer copies without
 * its indent.
 */
const TEXTS = 'tests/fixtures/seed-pdf-texts';
const SEEDS = 'tests/fixtures/seeds';

/** A plain `pdftotext` text as a viewer copies it: no form feed and no blank line. */
const viewerCopyOfPlain = (text: string) =>
  text
    .split(/[\f\n]/)
    .filter((line) => line.trim() !== '')
    .join('\n');

/** The shapes each seed's texts are read in: the file, and what is made of its text. */
const SHAPES = [
  { shape: '-layout', file: 'pdftotext-layout.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of -layout', file: 'pdftotext-layout.txt', make: viewerCopyOfLayout },
  { shape: 'plain', file: 'pdftotext.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of plain', file: 'pdftotext.txt', make: viewerCopyOfPlain },
] as const;

/**
 * The seeds and shapes whose footnotes are not read yet, and why. Plain `pdftotext` drops the hyphen of a word cut at
 * a line's end, so a plain text's footnotes are compared by number only.
 */
const NOT_READ: Record<string, string> = {
  '001_a69fd2a43e7584cc/a viewer’s copy of plain':
    'plain pdftotext prints the table of contents’ page numbers in a column among page 1’s footer pieces (`6543/25` / `EB/dk` / `JAI.1` / `4` / `6` … `1` / `EN`), so the footer’s end is not found and its `JAI.1` is read as footnote 1’s call on page 2',
};

const seeds = readdirSync(TEXTS).sort();

const cases = seeds.flatMap((seed) => SHAPES.map(({ shape, file, make }) => ({ seed, shape, file, make })));

describe.each(cases)('seed $seed as its own PDF generator typeset it, in $shape', ({ seed, shape, file, make }) => {
  const expected = (JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as { footnotes: { mark: string }[] }).footnotes;
  const record = expectOk(parseDocument(make(readFileSync(join(TEXTS, seed, file), 'utf8')), `${seed}.txt`));
  const known = NOT_READ[`${seed}/${shape}`];
  const plain = file === 'pdftotext.txt';

  it(
    known === undefined
      ? `reads every footnote its hand-written record states${plain ? ' (by number)' : ', each with its text (words cut at a line’s end or a page break whole)'}`
      : `reads none of its footnotes yet (${known})`,
    () => {
      if (known !== undefined) expect(record.footnotes).toEqual([]);
      else if (plain) expect(record.footnotes.map((footnote) => footnote.mark)).toEqual(expected.map((footnote) => footnote.mark));
      else expect(project(record).footnotes).toEqual(expected);
    },
  );
});

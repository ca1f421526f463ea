import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk, HEADER_FIELDS, project } from './support/projection.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { viewerCopyOfLayout, withoutBlankLines } from './support/text-shapes.ts';

/**
 * The seeds typeset by their own PDF generator (`tests/fixtures/pdf/`, scripts/fixtures/seed-pdfs.ts) as `pdftotext`
 * prints them (`tests/fixtures/seed-pdf-texts/<seed>/`: `pdftotext -layout` and plain `pdftotext` of each PDF, poppler
 * 22.12), and as a viewer copies those texts: every footnote the seed's hand-written record states is read with its
 * text. The generator hyphenates its lines, cuts words at page breaks (`… the Maritime Analysis and Opera-`, then the
 * footnotes and the footer, then `tions Centre …`) and sets each footnote's number alone above its indented text
 * (`7` / `    Proposal for a Directive … associa-` / `    tions, COM/2023/516 final.`), which a viewer copies without
 * its indent. The generator sets the header's codes beside the kind line and the labels' rows, under the number's
 * column (`OUTCOME OF PROCEEDINGS` / `COSI 237`, then `From:   General Secretariat of the   JAI 1769` /
 * `Council   CEPOL` …), as a header table whose right-hand cell holds more codes than its rows do: `-layout` prints each
 * code after its row's value (also alone between two lines of a subject, `CYBER 54`), plain `pdftotext` prints the
 * labels, then their values (a sender wrapped before `Council`), then the codes apart after a blank line, `LIMITE`
 * above them, and a viewer's copy of it the codes right under the subject's last line and the body under them; a
 * viewer's copy of `-layout` runs each code into its row after one space (`From: General Secretariat of the JAI 1769` /
 * `Council CEPOL`); each reads the header its seed's hand-written record states.
 */
const TEXTS = 'tests/fixtures/seed-pdf-texts';
const SEEDS = 'tests/fixtures/seeds';

/** The shapes each seed's texts are read in: the file, and what is made of its text. */
const SHAPES = [
  { shape: '-layout', file: 'pdftotext-layout.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of -layout', file: 'pdftotext-layout.txt', make: viewerCopyOfLayout },
  { shape: 'plain', file: 'pdftotext.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of plain', file: 'pdftotext.txt', make: withoutBlankLines },
] as const;

/**
 * The seeds and shapes whose footnotes are not read yet, and why (none since seed 001's viewer copy of plain
 * `pdftotext`, whose page 1 prints the table of contents' page numbers among its footer's pieces, `6543/25` / `EB/dk` /
 * `JAI.1` / `4` / `6` … `16` / `1` / `EN`, reads its 42). Plain `pdftotext` drops the hyphen of a word cut at a
 * line's end, so a plain text's footnotes are compared by number only.
 */
const NOT_READ: Record<string, string> = {};

/** The shapes whose header codes are not read as the seed's record states yet, and why. */
const HEADER_NOT_READ: Record<string, string> = {};

/** The header's fields the seeds' hand-written records state. */
const HEADER = [...HEADER_FIELDS, 'recipients', 'meeting'] as const;

const seeds = readdirSync(TEXTS).sort();

const cases = seeds.flatMap((seed) => SHAPES.map(({ shape, file, make }) => ({ seed, shape, file, make })));

describe.each(cases)('seed $seed as its own PDF generator typeset it, in $shape', ({ seed, shape, file, make }) => {
  const stated = JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as Record<string, unknown> & { footnotes: { mark: string }[] };
  const expected = stated.footnotes;
  const source = String(stated['source']);
  const record = expectOk(parseDocument(make(readFileSync(join(TEXTS, seed, file), 'utf8')), source));
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

  const headerKnown = HEADER_NOT_READ[shape];
  it(
    headerKnown === undefined
      ? 'reads the header its hand-written record states: number, codes, sender, recipient, subject and meeting days'
      : `reads the header’s codes otherwise than its hand-written record states (${headerKnown})`,
    () => {
      const header = (fields: Record<string, unknown>) => Object.fromEntries(HEADER.map((field) => [field, fields[field]]));
      if (headerKnown !== undefined) expect(record.codes).not.toEqual(stated['codes']);
      else expect(header(project(record) as unknown as Record<string, unknown>)).toEqual(header(stated));
    },
  );
});

/**
 * The items (numbers) a page run into one line does not title as the seed's hand-written record states yet, by seed and
 * rendering, and why.
 */
const FLAT_ITEMS_NOT_READ: Record<string, { why: string; numbers: string[] }> = {};

/** The seeds whose hand-written record states items (outcomes; the notes 001 and 003 hold paragraphs). */
const seedsWithItems = seeds.filter(
  (seed) => ((JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as { items?: unknown[] }).items ?? []).length > 0,
);

describe.each(seedsWithItems.flatMap((seed) => ['pdftotext.txt', 'pdftotext-layout.txt'].map((file) => ({ seed, file }))))(
  'seed $seed as its own PDF generator typeset it, $file with each page run into one line',
  ({ seed, file }) => {
    const known = FLAT_ITEMS_NOT_READ[`${seed}/${file}`];
    it(
      known === undefined
        ? 'reads every item its hand-written record states, each title apart from the text after it (`1. Adoption of the agenda The agenda as set out in CM 5119/21 was adopted.`, `7. Counter-terrorism: – Draft Council conclusions …`, `11. Any other business: No items were raised.`)'
        : `reads every item its hand-written record states but those it cannot tell yet (${known.why})`,
      () => {
        const stated = JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as { source: string; items?: { number: string; title: string }[] };
        const record = expectOk(parseDocument(flattenedPages(readFileSync(join(TEXTS, seed, file), 'utf8')), stated.source));
        const read = new Set(record.items.map((item) => `${item.number ?? ''} ${item.title}`));
        const misread = (stated.items ?? []).filter((item) => !read.has(`${item.number} ${item.title}`)).map((item) => item.number);
        expect(misread).toEqual(known?.numbers ?? []);
      },
    );
  },
);

describe.each(seeds)('seed %s as its own PDF generator typeset it, in plain pdftotext with each page run into one line', (seed) => {
  it('reads the header its hand-written record states, the codes column run on after the subject (`… (COSI) JAI 1297 COSI 240 1. Adoption …`)', () => {
    const stated = JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as Record<string, unknown>;
    const record = expectOk(parseDocument(flattenedPages(readFileSync(join(TEXTS, seed, 'pdftotext.txt'), 'utf8')), String(stated['source'])));
    const header = (fields: Record<string, unknown>) => Object.fromEntries(HEADER.map((field) => [field, fields[field]]));
    expect(header(project(record) as unknown as Record<string, unknown>)).toEqual(header(stated));
  });
});

/**
 * `-layout` with each page run into one line keeps the gap before each code of the column beside the rows (`From:
 * General Secretariat of the      JAI 1769      Council      CEPOL On: …`, `Subject:      Report to the European
 * Parlia-      COPS 84      ment and national parliaments …`): before 6 December 2026 every seed read the codes inside
 * its values (`General Secretariat of the JAI 1769 Council CEPOL`, `Delegations EUROJUST`), 0 of 5.
 */
describe.each(seeds)('seed %s as its own PDF generator typeset it, in -layout with each page run into one line', (seed) => {
  it('reads the header its hand-written record states, each code of the column beside the rows among the codes and none in a value', () => {
    const stated = JSON.parse(readFileSync(join(SEEDS, seed, 'expected.json'), 'utf8')) as Record<string, unknown>;
    const record = expectOk(parseDocument(flattenedPages(readFileSync(join(TEXTS, seed, 'pdftotext-layout.txt'), 'utf8')), String(stated['source'])));
    const header = (fields: Record<string, unknown>) => Object.fromEntries(HEADER.map((field) => [field, fields[field]]));
    expect(header(project(record) as unknown as Record<string, unknown>)).toEqual(header(stated));
  });
});

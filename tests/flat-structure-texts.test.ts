import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { ANNEX_WORDS } from '../scripts/ingest/parse/text/vocabulary.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The body structure of the Council-made PDFs (tests/fixtures/council-pdf-lo, tests/fixtures/council-pdf) when their
 * `pdftotext -layout` or plain `pdftotext` rendering is flattened to one line per page, as a copy out of a PDF viewer
 * gives it: the numbered paragraphs, items and sections must be found inside the long lines. A page run into one line
 * loses its paragraph breaks and headings' lines, so that the flattened record may read fewer sections or a title
 * with its text; but every numbered section and every item it reads must be one the document prints (expected.json,
 * read off the document), never a paragraph's first words made a title (`3. The Presidency considers that`), except
 * where the flattened text cannot tell, which INVENTED states with its reason.
 */
const DIRS = ['tests/fixtures/council-pdf-lo', 'tests/fixtures/council-pdf'];
const RENDERINGS = ['pdftotext-layout.txt', 'pdftotext.txt'];

interface Titled {
  number: string | null;
  title: string | null;
}

/** The numbers of the sections and items a flattened rendering reads that the document does not print, and why. */
const INVENTED: Record<string, { why: string; numbers: string[] }> = {
  'council-pdf-lo/ext-annex-table/pdftotext.txt': {
    why: 'plain pdftotext prints the annex table a cell to a line; flattened, the first row’s numbered first cell no longer stands under the header row’s cells and reads as a heading',
    numbers: ['2'],
  },
  'council-pdf-lo/ext-annex-table-centred/pdftotext.txt': {
    why: 'plain pdftotext prints the annex table a cell to a line; flattened, the first row’s numbered first cell no longer stands under the header row’s cells and reads as a heading',
    numbers: ['2'],
  },
  ...Object.fromEntries(
    ['pdftotext.txt', 'pdftotext-layout.txt'].map((rendering) => [
      `council-pdf-lo/outcome-2017-en/${rendering}`,
      {
        why: 'item 7 stands alone on the last page with its sentence (`7. Any other business: No items were raised.` and the footer): the title and its sentence stay one title, where other-business-text.ts reads them apart on a page with other items',
        numbers: ['7'],
      },
    ]),
  ),
  'council-pdf-lo/outcome-joint-two-days-de/pdftotext.txt': {
    why: 'plain pdftotext printed `EUKoordinator` without its hyphen',
    numbers: ['8'],
  },
};

/** An annex's heading (`ANNEX`, `ANNEXE II`, `ANLAGE`), in any official language. */
const ANNEX_HEADING = new RegExp(`^(?:${ANNEX_WORDS.join('|')})(?:\\s|$)`, 'u');

/** The annex headings a flattened rendering cannot tell, and why. */
const HEADINGS_LOST: Record<string, { why: string; titles: string[] }> = {};

const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.json')))
    .flatMap((name) => RENDERINGS.filter((rendering) => existsSync(join(dir, name, rendering))).map((rendering) => join(dir, name, rendering))),
).sort();

const key = ({ number, title }: Titled) => `${number ?? ''} ${title ?? ''}`;

describe.each(cases)('the body of %s flattened to one line per page', (path) => {
  const name = path.replace('tests/fixtures/', '');
  const expected = JSON.parse(readFileSync(join(path, '..', 'expected.json'), 'utf8')) as { sections?: Titled[]; items?: Titled[] };
  const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), name));
  const printed = new Set([...(expected.sections ?? []), ...(expected.items ?? [])].map(key));
  // Items are checked where the document states them (an outcome, a notice); numbered sections always.
  const read = [...record.sections.filter((section) => section.number !== null), ...(expected.items === undefined ? [] : record.items)];
  const invented = read.filter((entry) => !printed.has(key(entry))).map((entry) => entry.number ?? '');
  const known = INVENTED[name];
  it(known === undefined ? 'reads no section or item title the document does not print' : `reads only what the flattened text tells (${known.why})`, () => {
    expect(invented).toEqual(known?.numbers ?? []);
  });
  it('reads every annex heading the document prints (`ANNEX`, `ANNEX II`, set in from the margin by `-layout`)', () => {
    const titles = new Set(record.sections.map((section) => section.title));
    const headings = (expected.sections ?? []).flatMap((section) => (section.title !== null && ANNEX_HEADING.test(section.title) ? [section.title] : []));
    expect(headings.filter((title) => !titles.has(title))).toEqual(HEADINGS_LOST[name]?.titles ?? []);
  });
  it('reads no planned item whose title holds the NB block that closes a notice (`7. Any other business NB: Delegations …`)', () => {
    expect((record.planned ?? []).filter((item) => /(?:^|\s)N\.?B\.?\s*:/.test(item.title)).map((item) => `${item.number ?? ''} ${item.title}`)).toEqual([]);
  });
});

describe.each(['pdftotext.txt', 'pdftotext-layout.txt'])('council-pdf/outcome-table as %s prints it, its page run into one line', (rendering) => {
  /** The items and decisions expected.json states, read off the document's table. */
  const expected = JSON.parse(readFileSync('tests/fixtures/council-pdf/outcome-table/expected.json', 'utf8')) as {
    items: { number: string; title: string; decisions: { by: string | null; verb: string; object: string; references: string[] }[] }[];
  };

  it('reads each item’s decisions from its row, the outcomes column no longer under item 5', () => {
    // -layout keeps its gaps in the run: each row's cells and wrapped lines side by side (`2. EU Drugs Action Plan 2021-2025:      COSI took note …`)
    const text = flattenedPages(readFileSync(`tests/fixtures/council-pdf/outcome-table/${rendering}`, 'utf8'));
    const record = expectOk(parseDocument(text, `council-pdf/outcome-table/${rendering}`));
    expect(
      record.items.map((item) => ({
        number: item.number,
        title: item.title,
        decisions: item.decisions.map(({ by, verb, object, references }) => ({ by, verb, object, references })),
      })),
    ).toEqual(expected.items);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk, project } from './support/projection.ts';

/**
 * The footnotes of the Council-made PDFs (tests/fixtures/council-pdf-lo, tests/fixtures/council-pdf, and the real register
 * documents rebuilt so, tests/fixtures/real-register-lo) when their
 * `pdftotext -layout` rendering, or their plain `pdftotext` one, is flattened to one line per page, as a copy out of a
 * PDF viewer or a site's text field gives it: each page's lines joined with a space, `-layout`'s gaps kept (`…
 * 12045/22.      13250/22      LM/vv      1 JAI.1      LIMITE      FR`; a footnote's number before its text after a
 * wide gap, `1      This item …`), plain `pdftotext`'s two-line footer column by column (`… WK 15012/2025. 6890/26
 * JAI.1 TR/kl LIMITE 1 EN`). Each page's footnotes stand between its text and its footer and must be read as
 * expected.json states them (read off the document), except where the flattened text cannot tell them, which
 * SHORTFALLS states with its reason.
 */
const DIRS = ['tests/fixtures/council-pdf-lo', 'tests/fixtures/council-pdf', 'tests/fixtures/real-register-lo'];
const RENDERINGS = ['pdftotext-layout.txt', 'pdftotext.txt'];

interface Footnote {
  mark: string;
  text: string;
}

/**
 * What a flattened rendering reads short of the document, and why: the marks of the footnotes it reads, each read with
 * the expected text or its start (a footnote whose rest the next page prints), `asPrinted` the words it keeps as
 * `-layout` printed them.
 */
const SHORTFALLS: Record<string, { why: string; marks: string[]; asPrinted?: [string, string] }> = {
  'council-pdf-lo/note-footnote-over-page/pdftotext.txt': {
    why: 'plain pdftotext ran footnote 2’s last line into the footer (`… of terminal op 16102/25`) and its rest goes on at the next page’s foot without a number, which a page run into one line no longer sets apart',
    marks: [],
  },
  'council-pdf-lo/presidency-note-annex/pdftotext.txt': {
    why: 'footnote 3 is called in a table cell of the annex (`Germany3`), whose flattened row no longer tells the call from the cell',
    marks: ['1', '2'],
  },
  'council-pdf/cm-notice-agenda/pdftotext.txt': {
    why: 'plain pdftotext prints the footnote’s number apart, after the item’s number (`5. 1 (poss.) Draft …`), its text unnumbered before the footer: flattened, nothing tells where the text begins',
    marks: [],
  },
  'council-pdf/limite-note-wrapped-subject/pdftotext.txt': {
    why: 'plain pdftotext prints the footnotes’ numbers apart (`Main changes 3. 1 The revised …`, `7. 2 3 4 The Presidency …`), their texts unnumbered before the footer: flattened, nothing tells where each begins',
    marks: [],
  },
  'council-pdf/note-de/pdftotext.txt': {
    why: 'plain pdftotext prints the footnote’s number apart (`beantworten: 1 (a) …`), its text unnumbered before the footer: flattened, nothing tells where it begins',
    marks: [],
  },
  'council-pdf/note-fr/pdftotext.txt': {
    why: 'plain pdftotext prints the footnote’s number apart (`suivantes: 1 (a) …`), its text unnumbered before the footer: flattened, nothing tells where it begins',
    marks: [],
  },
  'council-pdf-lo/note-footnote-over-page': {
    why: 'footnote 1 goes on at the foot of the next page without a number, which a page run into one line no longer sets apart from the text above it',
    marks: [],
  },
  'council-pdf-lo/outcome-nine-items': {
    why: 'footnote 2 runs over three pages, its rest unnumbered at the next pages’ feet, which a page run into one line no longer sets apart (footnote 1, after the word the page break cut, `… transposition of the 1 8517/24.`, is read)',
    marks: ['1'],
  },
  'council-pdf-lo/note-symbol-bullets': {
    why: 'footnote 2 goes on at the next page’s foot without a number (read up to the page’s end)',
    marks: ['1', '2', '3'],
  },
  'council-pdf-lo/note-annex-footnotes/pdftotext.txt': {
    why: 'footnote 4 goes on at the next page’s foot without a number (its list’s last item, `• common training …`), which a page run into one line no longer sets apart: read up to the page’s end',
    marks: ['1', '2', '3', '4', '5', '1', '2'],
  },
  'council-pdf-lo/cm-notice-support-group-mixed-de/pdftotext-layout.txt': {
    why: 'the note on the item marked `(*)` keeps the word in capitals -layout cuts at its line’s end (`CONFIDEN-` / `TIAL`), which a page run into one line no longer ends its line with',
    marks: ['*'],
    asPrinted: ['CONFIDENTIAL erörtert', 'CONFIDEN- TIAL erörtert'],
  },
  'council-pdf-lo/note-annex-footnotes': {
    why: 'footnote 4 goes on at the next page’s foot without a number, read up to the page’s end',
    marks: ['1', '2', '3', '4', '5', '1', '2'],
  },
  'council-pdf-lo/note-annex-footnotes-fr/pdftotext.txt': {
    why: 'paragraph 3 goes on over the page break (`… aux conteneurs` / `qu’ils traitent4.`), so the first page’s text ends in no sentence’s end before footnote 1 (`conteneurs 1 Europol, …`): flattened, nothing tells where the footnotes begin, and footnotes 4 and 5 on the next page are then out of sequence; the annex’s, numbered from 1 again, are read',
    marks: ['1', '2'],
  },
  'council-pdf-lo/note-annex-footnotes-fr': {
    why: 'paragraph 3 goes on over the page break (`… aux conteneurs` / `qu’ils traitent4.`), so the first page’s text ends in no sentence’s end before footnote 1 (`conteneurs 1 Europol, …`): flattened, nothing tells where the footnotes begin, and footnotes 4 and 5 on the next page are then out of sequence; the annex’s, numbered from 1 again, are read',
    marks: ['1', '2'],
  },
  'council-pdf-lo/presidency-note-annex': {
    why: 'footnote 3 is called in a table cell (`Germany³`), whose number a flattened row no longer sets at its row’s end',
    marks: ['1', '2'],
  },
  ...Object.fromEntries(
    ['en', 'da', 'fr'].flatMap((language) =>
      [`report-2014-policy-cycle-${language}/pdftotext.txt`, `report-2014-policy-cycle-${language}`].map((key) => [
        `real-register-lo/${key}`,
        {
          why: 'footnote 1 (14440/14) stands after the word the page break cut (`… each of them developed 1 Council conclusions … in close cooperation`), runs on past its page and goes on at the next page’s foot after a table’s cut cell (`… using legal business with the Member States, …`): flattened, nothing tells where it begins on either page, and footnote 2 is out of sequence without it',
          marks: [],
        },
      ]),
    ),
  ),
};

const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.json')) && expectedFootnotes(join(dir, name)).length > 0)
    .flatMap((name) => RENDERINGS.filter((rendering) => existsSync(join(dir, name, rendering))).map((rendering) => join(dir, name, rendering))),
).sort();

function expectedFootnotes(dir: string): Footnote[] {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { footnotes?: Footnote[] };
  return expected.footnotes ?? [];
}

describe.each(cases)('the footnotes of %s flattened to one line per page', (path) => {
  const dir = dirname(path);
  const key = path.replace('tests/fixtures/', '');
  const read = project(expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), key))).footnotes;
  // The -layout rendering's shortfalls are keyed by the case alone.
  const shortfall = SHORTFALLS[key] ?? (path.endsWith('pdftotext-layout.txt') ? SHORTFALLS[dir.replace('tests/fixtures/', '')] : undefined);
  if (shortfall === undefined) {
    it('reads each footnote the document prints, with its number and text, and no other', () => {
      expect(read).toEqual(expectedFootnotes(dir));
    });
  } else {
    it(`reads what the flattened text tells (${shortfall.why})`, () => {
      expect(read.map(({ mark }) => mark)).toEqual(shortfall.marks);
      const [whole, printed] = shortfall.asPrinted ?? ['', ''];
      for (const { mark, text } of read) {
        // A mark printed again (an annex numbering its footnotes from 1 again) is any of the footnotes it numbers.
        const expected = expectedFootnotes(dir).filter((footnote) => footnote.mark === mark);
        expect(text.length).toBeGreaterThan(0);
        expect(expected.some((footnote) => footnote.text.replace(whole, printed).startsWith(text))).toBe(true);
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk, project } from './support/projection.ts';

/**
 * The Council's report 6543/25 (seed 001: 30 parts, 42 footnotes over 13 pages) as `pdftotext` prints its PDF — the
 * register's (tests/fixtures/seed-pdf-texts), LibreOffice's hyphenated and not (tests/fixtures/council-pdf) — with each
 * page run into one line, as a copy out of a PDF viewer gives it. Plain `pdftotext` prints each page's footnote numbers
 * apart from their texts, which a page run into one line sets in a run before them, after the page's last sentence or
 * after the word the page break cut (`… torture or other 4 5 6 7 10583/24. 16343/24. Regulation (EU) 2024/1689 …`,
 * `… organised crime, 11 12 …`), the first number glued to a word whose hyphen `pdftotext` dropped at the page's end
 * (`… and on working proced1 2 3 16515/09. 10010/20. 13575/23.`, `ures` on the next page), one number alone (`… of the
 * Member States of the European Union 36 EU Innovation Hub (2024), …`), a footnote of two sentences among them
 * (`9 10 16754/24. 8665/21. The ten (10) EU crime priorities …`), addresses among them, wrapped at a slash, a hyphen
 * or before an escaped character (`https://…/main-reports/ decoding-eus-…`, `…-how-eu %E2%80%99s-…`), a call printed
 * apart before a full stop (`… Security Union Strategy 2. COSI prepares …`). Each page's footnotes must be read with
 * their numbers and texts as the hand-written record states them (the PDF's record: tests/council-pdf.test.ts), each
 * called in the text, and the parts as the record states them, where a page run into one line can tell them.
 */
const SEED = 'tests/fixtures/seeds/001_a69fd2a43e7584cc/expected.json';

const RENDERINGS = [
  'tests/fixtures/council-pdf/001_a69fd2a43e7584cc/pdftotext.txt',
  'tests/fixtures/council-pdf/001_a69fd2a43e7584cc/pdftotext-layout.txt',
  'tests/fixtures/council-pdf/report-unhyphenated/pdftotext.txt',
  'tests/fixtures/council-pdf/report-unhyphenated/pdftotext-layout.txt',
  'tests/fixtures/seed-pdf-texts/001_a69fd2a43e7584cc/pdftotext.txt',
  'tests/fixtures/seed-pdf-texts/001_a69fd2a43e7584cc/pdftotext-layout.txt',
];

/**
 * Words of the footnotes a rendering prints otherwise than the record, as printed (the record's, the rendering's), and
 * why: plain `pdftotext` drops a hyphen that ends a line, the address's own or hyphenation's, whatever the shape.
 */
const AS_PRINTED: Record<string, { why: string; words: [string, string][] }> = {
  'council-pdf/001_a69fd2a43e7584cc/pdftotext.txt': {
    why: 'plain pdftotext dropped the hyphen that ended the address’s line',
    words: [
      ['financial-and-economic', 'financial-andeconomic'],
      ['council-adopts-package', 'council-adoptspackage'],
      ['assessment-iocta', 'assessmentiocta'],
      ['situation-and-trend', 'situation-andtrend'],
    ],
  },
  'council-pdf/report-unhyphenated/pdftotext.txt': {
    why: 'plain pdftotext dropped the hyphen that ended the line (an address’s own, and `cyber-attacks`’s)',
    words: [
      ['cyber-attacks', 'cyberattacks'],
      ['decoding-eus-most-threatening-criminal-networks', 'decoding-eus-most-threatening-criminalnetworks'],
      ['financial-and-economic', 'financial-andeconomic'],
      ['council-adopts-package', 'council-adoptspackage'],
      ['assessment-iocta', 'assessmentiocta'],
      ['situation-and-trend', 'situation-andtrend'],
    ],
  },
};

interface Seed {
  sections: { number: string | null; title: string | null }[];
  footnotes: { mark: string; text: string }[];
}

const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Seed;

/** The footnote calls of a record's text, in order. */
function callsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(callsOf);
  if (value === null || typeof value !== 'object') return [];
  const node = value as { type?: unknown; label?: unknown };
  const own = node.type === 'footnote' && typeof node.label === 'string' ? [node.label] : [];
  return [...own, ...Object.values(value).flatMap(callsOf)];
}

describe.each(RENDERINGS)('the report 6543/25 as %s with each page run into one line', (path) => {
  const key = path.replace(/^tests\/fixtures\//u, '');
  const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), join('content/sources', key)));
  const printed = AS_PRINTED[key];

  it(`reads its 42 footnotes, each with the text the record states${printed === undefined ? '' : ` (as printed: ${printed.why})`}`, () => {
    const expected = seed.footnotes.map(({ mark, text }) => ({
      mark,
      text: (printed?.words ?? []).reduce((words, [whole, asPrinted]) => words.replace(whole, asPrinted), text),
    }));
    expect(project(record).footnotes).toEqual(expected);
  });

  it('calls each footnote in its text once, in order', () => {
    expect(callsOf([record.sections, record.items])).toEqual(seed.footnotes.map(({ mark }) => mark));
  });

  it('reads the parts the record states by number and title, and no contents entry as one', () => {
    expect(record.sections.map(({ number, title }) => ({ number, title }))).toEqual(seed.sections.map(({ number, title }) => ({ number, title })));
  });
});

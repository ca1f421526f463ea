import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The agendas of the Council-made notices of meeting (tests/fixtures/council-pdf-lo/cm-notice-*) when their plain
 * `pdftotext` or `-layout` rendering is flattened to one line per page, as a copy out of a PDF viewer gives it: each
 * planned item must be read as expected.json states it (read off the document) — its number, title, day, time, part of
 * the meeting and documents — with no piece of the page's footer in it (plain `pdftotext` may print a notice's footer
 * in two pieces, its number before the page's last row of items and its page and language at the page's end: `…
 * 10.00 – 11.30 CM 3105/25 4. (posiblemente) Proyecto … sobre la 1 ES`), except where the flattened text cannot tell,
 * which SHORTFALLS states with the items it reads otherwise.
 */
const FIXTURES = 'tests/fixtures/council-pdf-lo';
const RENDERINGS = ['pdftotext.txt', 'pdftotext-layout.txt'];

interface Planned {
  number: string | null;
  title: string;
  day: string | null;
  time?: string | null;
  section: string | null;
  references: string[];
}

/** The items a flattened rendering reads otherwise than the document prints them (their numbers), and why. */
const SHORTFALLS: Record<string, { why: string; numbers: string[] }> = {
  'cm-notice-format/pdftotext.txt': { why: 'plain pdftotext drops the hyphen of `mid-term` that ends a line in the PDF (`midterm`)', numbers: ['3'] },
};

const cases = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('cm-notice') && existsSync(join(FIXTURES, name, 'expected.json')))
  .flatMap((name) => RENDERINGS.filter((rendering) => existsSync(join(FIXTURES, name, rendering))).map((rendering) => `${name}/${rendering}`))
  .sort();

const key = (item: Planned) => JSON.stringify([item.number, item.title, item.day, item.time ?? null, item.section, item.references]);

describe.each(cases)('the agenda of %s flattened to one line per page', (path) => {
  const expected = (JSON.parse(readFileSync(join(FIXTURES, path, '..', 'expected.json'), 'utf8')) as { planned: Planned[] }).planned;
  const record = expectOk(parseDocument(flattenedPages(readFileSync(join(FIXTURES, path), 'utf8')), path));
  const read = record.planned ?? [];
  const shortfall = SHORTFALLS[path];
  it(
    shortfall === undefined
      ? 'reads each planned item as the notice prints it'
      : `reads each planned item as the notice prints it but what the flattened text cannot tell (${shortfall.why})`,
    () => {
      expect(read.map((item) => item.number)).toEqual(expected.map((item) => item.number));
      const otherwise = expected.filter((item, index) => read[index] === undefined || key(read[index]) !== key(item)).map((item) => item.number);
      expect(otherwise).toEqual(shortfall?.numbers ?? []);
    },
  );
});

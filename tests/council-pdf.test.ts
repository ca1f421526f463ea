import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../scripts/ingest/read/decode.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { expectOk, project, shapedLike } from './support/projection.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { asPrintedInPdf } from './support/printed-list-glyph.ts';
import { CASES, COUNCIL_PDF_DIR, type CouncilCase } from '../scripts/fixtures/council-cases.ts';
import type { Stamp } from '../scripts/fixtures/council-layout.ts';
import { PARLIAMENT_ADDRESS, PARLIAMENT_REGISTRATION, WATERMARK } from '../scripts/fixtures/council-stamps.ts';

/** PDFs made as the Council makes them: a DOCX exported by LibreOffice (scripts/fixtures/council-pdfs.ts). */
const FIXTURES = COUNCIL_PDF_DIR;
const SOURCES = 'content/sources';
/** Keys of expected.json that describe the case rather than state record fields. */
const CHECK_KEYS = new Set(['about', 'notRead']);
/** Superscript digits, index = digit: the reader writes footnote calls with them, pdftotext with plain digits. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Lines of page furniture each fixture page ends with in `pdftotext -layout`: the two-line footer. */
const FOOTER_LINES = 2;

const seeds = readdirSync(SOURCES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => join(SOURCES, file))
  .sort();
const cases = readdirSync(FIXTURES).sort();

/** A case as the generator's table of cases names it: its text version (a seed, or its own source.txt) and its style. */
function caseNamed(name: string): CouncilCase {
  const entry = CASES.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`${FIXTURES}/${name} is not a case of scripts/fixtures/council-cases.ts`);
  return entry;
}

/** The reader's text of a case's PDF and the record parsed from it, read once per case. */
const fromPdf = pdfCaseReader(FIXTURES);

function fromText(path: string): OkRecord {
  const decoded = decodeSource(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return expectOk(parseDocument(decoded.text, path));
}

/**
 * A record without `source` (which names the file) and with its warnings' messages only (their lines are the file's);
 * `otherHeaderLines` less the Council's name the template prints by the logo, on as many lines as it is set, which a
 * text version has no line for: every other header line without a field must be the text version's.
 */
function comparable(record: OkRecord, council: readonly string[] = []): Record<string, unknown> {
  const { source: _source, warnings, otherHeaderLines, ...fields } = record;
  const name = council.join(' ');
  const named = council.length === 0 ? 0 : otherHeaderLines.findIndex((_line, index) => otherHeaderLines.slice(0, index + 1).join(' ') === name) + 1;
  return { ...fields, otherHeaderLines: otherHeaderLines.slice(named), warnings: warnings.map((warning) => warning.message) };
}

/** The letters and digits of a text, in code point order: what no reading may lose or add. */
function letters(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c))
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .sort()
    .join('');
}

/** The pages of `pdftotext -layout`'s text of a case (a form feed ends each). */
function popplerPages(name: string): string[] {
  return readFileSync(join(FIXTURES, name, 'pdftotext-layout.txt'), 'utf8')
    .split('\f')
    .slice(0, -1);
}

/**
 * `pdftotext -layout`'s text of a case without the footer lines that end each of its pages and the lines a
 * parliament stamped on them (each printed alone on its line); a watermark's letters, which it scatters, stay.
 */
function popplerBody(name: string, stamps: readonly Stamp[]): string {
  const stamped = new Set<string>(stamps.includes('parliament') ? [...PARLIAMENT_REGISTRATION, PARLIAMENT_ADDRESS] : []);
  return popplerPages(name)
    .map((page) =>
      page
        .split('\n')
        .filter((line) => line.trim() !== '' && !stamped.has(line.trim()))
        .slice(0, -FOOTER_LINES)
        .join('\n'),
    )
    .join('\n');
}

describe('the Council-made PDF fixtures', () => {
  it('are the cases the generator makes, every seed among their text versions, each folder holding the PDF and the two texts pdftotext prints for it', () => {
    expect(cases).toEqual(CASES.map((entry) => entry.name).sort());
    expect(seeds.filter((seed) => !CASES.some((entry) => entry.source === seed))).toEqual([]);
    const missing = cases.flatMap((name) =>
      ['document.pdf', 'pdftotext.txt', 'pdftotext-layout.txt'].filter((file) => !existsSync(join(FIXTURES, name, file))).map((file) => `${name}/${file}`),
    );
    expect(missing).toEqual([]);
  });

  it('give every case not typeset from a seed its hand-written text version and expected record', () => {
    const own = CASES.filter((entry) => !seeds.includes(entry.source)).map((entry) => entry.name);
    expect(own.length).toBeGreaterThan(0);
    expect(
      own.flatMap((name) => ['source.txt', 'expected.json'].filter((file) => !existsSync(join(FIXTURES, name, file))).map((file) => `${name}/${file}`)),
    ).toEqual([]);
  });
});

describe.each(cases)('the Council-made PDF %s', (name) => {
  it('gives the record its text version gives, in every field but source, the Council’s name by the logo aside, an empty list paragraph’s mark as the PDF prints it', async () => {
    const { record } = await fromPdf(name);
    const { source, style } = caseNamed(name);
    expect(comparable(record, style.council)).toEqual(comparable(asPrintedInPdf(fromText(source))));
  });

  it('keeps every letter and digit that pdftotext -layout prints but the footers and the stamps, and adds none', async () => {
    const { text } = await fromPdf(name);
    const { stamps = [] } = caseNamed(name).style;
    const watermarks = stamps.includes('watermark') ? WATERMARK.repeat(popplerPages(name).length) : '';
    expect(letters(text + watermarks)).toBe(letters(popplerBody(name, stamps)));
  });

  it('leaves no page furniture in the text: no footer, no stamp, and LIMITE as often as the text version prints it', async () => {
    const { text } = await fromPdf(name);
    const { source, style } = caseNamed(name);
    const stamped = style.stamps?.includes('parliament') ? [...PARLIAMENT_REGISTRATION, PARLIAMENT_ADDRESS] : [];
    expect([style.initials, ...stamped].filter((furniture) => text.includes(furniture))).toEqual([]);
    const limite = (of: string) => of.split(WATERMARK).length - 1;
    expect(limite(text)).toBe(limite(readFileSync(source, 'utf8')));
  });

  const expectedPath = join(FIXTURES, name, 'expected.json');
  if (existsSync(expectedPath)) {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { about: string } & Record<string, unknown>;
    const fields = Object.fromEntries(Object.entries(expected).filter(([key]) => !CHECK_KEYS.has(key)));
    it(`reads ${expected.about}: the fields the document states`, async () => {
      const { record } = await fromPdf(name);
      expect(shapedLike(project(record), fields)).toEqual(fields);
    });
  }
});

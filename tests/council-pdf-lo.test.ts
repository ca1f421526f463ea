import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, shapedLike } from './support/projection.ts';
import { pdfCaseReader } from './support/pdf-case.ts';

/**
 * Council-like documents written by hand as LibreOffice flat XML (source.fodt: header tables, automatic list
 * numbering, real footnotes, footers and headers with page fields) and exported by `soffice --headless
 * --convert-to pdf`, as the Council exports its Word documents; expected.json is written from source.fodt.
 */
const FIXTURES = 'tests/fixtures/council-pdf-lo';
/** Keys of expected.json that describe the case rather than state record fields. */
const CHECK_KEYS = new Set(['about', 'furniture', 'joined', 'notRead']);
/** Superscript digits, index = digit: the reader writes footnote calls with them, pdftotext with plain digits. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

interface Expected extends Record<string, unknown> {
  about: string;
  /** Patterns of the whole lines (leading spaces included) of page furniture (running headers, footers, page numbers), read off source.fodt. */
  furniture: string[];
  /** Paragraphs of the source that wrap (or break a word) in the PDF: each must come out whole on one line. */
  joined?: string[];
}

const cases = readdirSync(FIXTURES).sort();
/** The reader's text of a case's PDF and the record parsed from it, read once per case. */
const fromPdf = pdfCaseReader(FIXTURES);

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/** The letters and digits of a text, in code point order: what no reading may lose or add. */
function letters(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c))
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .sort()
    .join('');
}

/** The lines `pdftotext -layout` prints for a case, but those the case's furniture patterns match whole. */
function popplerBody(name: string, furniture: readonly RegExp[]): string {
  return readFileSync(join(FIXTURES, name, 'pdftotext-layout.txt'), 'utf8')
    .split(/[\n\f]/)
    .filter((line) => !furniture.some((pattern) => pattern.test(line)))
    .join('\n');
}

describe.each(cases)('the LibreOffice-made PDF %s', (name) => {
  const expected = expectedOf(name);
  const furniture = expected.furniture.map((pattern) => new RegExp(pattern, 'u'));

  it(`reads ${expected.about}: the fields the document states`, async () => {
    const { record } = await fromPdf(name);
    const fields = Object.fromEntries(Object.entries(expected).filter(([key]) => !CHECK_KEYS.has(key)));
    expect(shapedLike(project(record), fields)).toEqual(fields);
  });

  it('joins the lines of paragraphs that wrap, mending the words broken at their ends', async () => {
    const { text } = await fromPdf(name);
    const lines = text.split('\n');
    expect((expected.joined ?? []).filter((paragraph) => !lines.some((line) => line.includes(paragraph)))).toEqual([]);
  });

  it('keeps every letter and digit that pdftotext -layout prints but the page furniture, and adds none', async () => {
    const { text } = await fromPdf(name);
    expect(letters(text)).toBe(letters(popplerBody(name, furniture)));
  });

  it('leaves no line of page furniture in the text, and LIMITE alone on a line at most once (the header’s)', async () => {
    const { text } = await fromPdf(name);
    const lines = text.split('\n');
    expect(lines.filter((line) => furniture.some((pattern) => pattern.test(line.trim())))).toEqual([]);
    expect(lines.filter((line) => line.replaceAll('*', '').trim() === 'LIMITE').length).toBeLessThanOrEqual(1);
  });
});

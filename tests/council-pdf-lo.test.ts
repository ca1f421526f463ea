import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, shapedLike } from './support/projection.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { LO_FIXTURES, loCases } from './support/lo-cases.ts';

/**
 * Council-like documents written by hand as LibreOffice flat XML (source.fodt: header tables, automatic list
 * numbering, real footnotes, footers and headers with page fields) and exported by `soffice --headless
 * --convert-to pdf`, as the Council exports its Word documents; expected.json is written from source.fodt. The real
 * register documents rebuilt so (tests/fixtures/real-register-lo) are read alike (tests/support/lo-cases.ts).
 */
const FIXTURES = LO_FIXTURES;
/** Keys of expected.json that describe the case rather than state record fields. */
const CHECK_KEYS = new Set(['about', 'furniture', 'header', 'joined', 'listGlyphs', 'lists', 'notRead', 'overPage', 'record', 'rows', 'texts']);
/** Superscript digits, index = digit: the reader writes footnote calls with them, pdftotext with plain digits. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

interface Expected extends Record<string, unknown> {
  about: string;
  /** Patterns of the whole lines (leading spaces included) of page furniture (running headers, footers, page numbers), read off source.fodt. */
  furniture: string[];
  /** Paragraphs of the source that wrap (or break a word) in the PDF: each must come out whole on one line. */
  joined?: string[];
  /** Letters the source sets as list glyphs (Word's `o` in Courier New): the text writes them as list markers. */
  listGlyphs?: string[];
  /** The source's list items in order, with how deep each is nested (1: a list of the body). */
  lists?: Array<{ depth: number; text: string }>;
  /** The source's table rows, cells apart by tabs: each must be a line of the text, its markup aside. */
  rows?: string[];
  /** Table rows a page break cuts (the header row repeated above the rest): the row, and the rest of its last cell right under it. */
  overPage?: Array<{ row: string; rest: string }>;
  /** The table's header row, which the word processor repeats on the next page: right under the rest of a row a page break cuts. */
  header?: string;
  /** Header fields the projection leaves out (recipients, the Commission's documents, other header lines), stated against the record. */
  record?: Record<string, unknown>;
}

const cases = loCases();
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

/**
 * The lines `pdftotext -layout` prints for a case, but those the case's furniture patterns match whole, and
 * without the letters the case sets as list glyphs where they open a line.
 */
function popplerBody(name: string, furniture: readonly RegExp[], listGlyphs: readonly string[]): string {
  return readFileSync(join(FIXTURES, name, 'pdftotext-layout.txt'), 'utf8')
    .split(/[\n\f]/)
    .filter((line) => !furniture.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/^(\s*)(\S+)(?=\s)/u, (whole, space: string, first: string) => (listGlyphs.includes(first) ? space : whole)))
    .join('\n');
}

/** The list items of a text (`  - item`): the spaces they are indented by and their text. */
function listItems(text: string): Array<{ indent: number; text: string }> {
  return text.split('\n').flatMap((line) => {
    const item = /^( *)- (.*)$/u.exec(line);
    return item ? [{ indent: (item[1] ?? '').length, text: item[2] ?? '' }] : [];
  });
}

describe.each(cases)('the LibreOffice-made PDF %s', (name) => {
  const expected = expectedOf(name);
  const furniture = expected.furniture.map((pattern) => new RegExp(pattern, 'u'));

  it(`reads ${expected.about}: the fields the document states`, async () => {
    const { record } = await fromPdf(name);
    const fields = Object.fromEntries(Object.entries(expected).filter(([key]) => !CHECK_KEYS.has(key)));
    expect(shapedLike(project(record), fields)).toEqual(fields);
  });

  it('gives the header fields the projection leaves out: each recipient, the Commission documents, every other header line', async () => {
    const { record } = await fromPdf(name);
    const fields = expected.record ?? {};
    expect(Object.fromEntries(Object.keys(fields).map((key) => [key, (record as Record<string, unknown>)[key]]))).toEqual(fields);
  });

  it('joins the lines of paragraphs that wrap, mending the words broken at their ends', async () => {
    const { text } = await fromPdf(name);
    const lines = text.split('\n');
    expect((expected.joined ?? []).filter((paragraph) => !lines.some((line) => line.includes(paragraph)))).toEqual([]);
  });

  it('keeps every letter and digit that pdftotext -layout prints but the page furniture, and adds none', async () => {
    const { text } = await fromPdf(name);
    expect(letters(text)).toBe(letters(popplerBody(name, furniture, expected.listGlyphs ?? [])));
  });

  it('leaves no line of page furniture in the text, and LIMITE alone on a line at most once (the header’s)', async () => {
    const { text } = await fromPdf(name);
    const lines = text.split('\n');
    expect(lines.filter((line) => furniture.some((pattern) => pattern.test(line.trim())))).toEqual([]);
    expect(lines.filter((line) => line.replaceAll('*', '').trim() === 'LIMITE').length).toBeLessThanOrEqual(1);
  });
});

describe.each(cases.filter((name) => expectedOf(name).lists !== undefined))('the lists of the LibreOffice-made PDF %s', (name) => {
  const lists = expectedOf(name).lists ?? [];

  it('writes every list item of the source as a list item, in order, whatever font set its glyph', async () => {
    const { text } = await fromPdf(name);
    expect(listItems(text).map((item) => item.text)).toEqual(lists.map((item) => item.text));
  });

  it('indents the items of one depth alike, and deeper the deeper the source nests them', async () => {
    const { text } = await fromPdf(name);
    const indents = new Map<number, Set<number>>();
    listItems(text).forEach((item, index) => {
      const depth = lists[index]?.depth ?? 0;
      indents.set(depth, (indents.get(depth) ?? new Set()).add(item.indent));
    });
    const byDepth = [...indents].sort((a, b) => a[0] - b[0]).map(([, found]) => [...found]);
    expect(byDepth.length).toBe(new Set(lists.map((item) => item.depth)).size);
    expect(byDepth.every((found) => found.length === 1)).toBe(true);
    const flat = byDepth.map((found) => found[0] ?? 0);
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
    expect(new Set(flat).size).toBe(flat.length);
  });
});

/**
 * What the PDF reader reads of a table row otherwise than the document prints it (`<case>` → the printed text, what is
 * read instead, and why): checked still so, so that the list stays true.
 */
const ROW_MISREAD: Partial<Record<string, { printed: string; read: string; why: string }>> = {};

describe.each(cases.filter((name) => expectedOf(name).rows !== undefined))('the tables of the LibreOffice-made PDF %s', (name) => {
  it('reads each row of a table on a line of its own, its cells apart by tabs and in order', async () => {
    const { text } = await fromPdf(name);
    const lines = new Set(text.split('\n').map((line) => line.replaceAll('**', '')));
    const misread = ROW_MISREAD[name];
    const asRead = (row: string) => (misread === undefined ? row : row.replace(misread.printed, misread.read));
    expect((expectedOf(name).rows ?? []).map(asRead).filter((row) => !lines.has(row))).toEqual([]);
    if (misread !== undefined)
      expect(
        [...lines].some((line) => line.includes(misread.printed)),
        misread.why,
      ).toBe(false);
  });
});

describe.each(cases.filter((name) => expectedOf(name).overPage !== undefined))('the table rows a page break cuts in the LibreOffice-made PDF %s', (name) => {
  it('reads the rest of the row on the next page right under the row, a tab before it, above the header row repeated there', async () => {
    const { text } = await fromPdf(name);
    const lines = text.split('\n').map((line) => line.replaceAll('**', ''));
    const { overPage = [], header } = expectedOf(name);
    for (const { row, rest } of overPage) {
      const at = lines.indexOf(row);
      expect(at, row).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]).toBe(rest);
      if (header !== undefined) expect(lines[at + 2]).toBe(header);
    }
  });
});

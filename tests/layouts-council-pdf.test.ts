import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, COUNCIL_PDF_DIR } from '../scripts/fixtures/council-cases.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { expectOk, project } from './support/projection.ts';

/** PDFs made as the Council makes them, with what `pdftotext` and `pdftotext -layout` print for them. */
const COUNCIL_PDF = COUNCIL_PDF_DIR;

/** The header fields a text layout must give as its text version does; `on` is the meeting's days. */
const HEADER = ['number', 'date', 'language', 'originalLanguage', 'limite', 'codes', 'kind', 'from', 'on', 'to', 'previous', 'subject'] as const;

function header(record: { meeting: { dates: string[] } | null } & Record<string, unknown>): Record<string, unknown> {
  const all: Record<string, unknown> = { ...record, on: record.meeting?.dates ?? [] };
  return Object.fromEntries(HEADER.map((field) => [field, all[field]]));
}

function parsed(path: string, text = readFileSync(path, 'utf8')): OkRecord {
  return expectOk(parseDocument(text, path));
}

/**
 * The header of each case's text version, as the generator's table of cases names it: a seed's hand-written record,
 * else the record of the hand-written text the PDF was typeset from.
 */
function textVersion(name: string): Record<string, unknown> {
  const source = CASES.find((candidate) => candidate.name === name)?.source;
  if (source === undefined) throw new Error(`${COUNCIL_PDF}/${name} is not a case of scripts/fixtures/council-cases.ts`);
  const seed = join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json');
  if (existsSync(seed)) return header(JSON.parse(readFileSync(seed, 'utf8')) as { meeting: { dates: string[] } | null });
  return header(parsed(source));
}

/**
 * Every case's pdftotext texts, the stamped ones included: a parliament's registration stamp (`Eingelangt am 15/10/21`)
 * is read as a stamp, not the number; the letters of a diagonal LIMITE watermark are page furniture, and the header's
 * values, which the watermark makes pdftotext print above their labels, are read in the header's order.
 */
const cases = readdirSync(COUNCIL_PDF, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(COUNCIL_PDF, entry.name, 'pdftotext.txt')))
  .map((entry) => entry.name)
  .sort();

describe.each(cases)('the Council-made PDF %s', (name) => {
  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])('gives, as printed by %s, the header fields of its text version', (file) => {
    expect(header(parsed(join(COUNCIL_PDF, name, file)))).toEqual(textVersion(name));
  });

  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])('keeps the page footers printed by %s out of the body', (file) => {
    const record = parsed(join(COUNCIL_PDF, name, file));
    const body = [...record.items.map((item) => `${item.title}\n${item.text}`), ...record.sections.map((section) => section.text)].join('\n');
    expect(body).not.toMatch(/\b[A-Z]{1,4}\/[a-z]{1,4}\b[\s\S]{0,40}\b(?:JAI|DGD|COMM)\b/);
  });
});

/**
 * The cases whose plain pdftotext text reads none of the footnotes the seed states, and why (plain pdftotext removes a
 * hyphen at a line's end, so a footnote's text may lose one the record keeps: only the numbers are compared).
 */
const PLAIN_FOOTNOTES_NOT_READ: Record<string, string> = {};

/** The cases typeset from a seed whose hand-written record states footnotes (seed 001's report, hyphenated and not, among them). */
const footnotedSeeds = cases.filter((name) => {
  const source = CASES.find((candidate) => candidate.name === name)?.source ?? '';
  const seed = join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json');
  return existsSync(seed) && (JSON.parse(readFileSync(seed, 'utf8')) as { footnotes: unknown[] }).footnotes.length > 0;
});

describe.each(footnotedSeeds)('the seed laid out as the Council-made PDF %s, as pdftotext prints it', (name) => {
  it('reads, as pdftotext -layout prints it, every footnote its hand-written record states, each with its text (calls one space after a year or a full stop, two calls in a row, addresses wrapped at a slash)', () => {
    const source = CASES.find((candidate) => candidate.name === name)?.source ?? '';
    const expected = JSON.parse(readFileSync(join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json'), 'utf8')) as { footnotes: unknown[] };
    expect(project(parsed(join(COUNCIL_PDF, name, 'pdftotext-layout.txt'))).footnotes).toEqual(expected.footnotes);
  });

  const notRead = PLAIN_FOOTNOTES_NOT_READ[name];
  it(
    notRead === undefined
      ? 'reads, as plain pdftotext prints it, every footnote its hand-written record states, numbers printed apart from their texts (addresses among them)'
      : `reads none of its footnotes as plain pdftotext prints them yet (${notRead})`,
    () => {
      const source = CASES.find((candidate) => candidate.name === name)?.source ?? '';
      const expected = JSON.parse(readFileSync(join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json'), 'utf8')) as {
        footnotes: { mark: string }[];
      };
      const marks = parsed(join(COUNCIL_PDF, name, 'pdftotext.txt')).footnotes.map((footnote) => footnote.mark);
      expect(marks).toEqual(notRead === undefined ? expected.footnotes.map((footnote) => footnote.mark) : []);
    },
  );
});

/**
 * The cases typeset from a seed whose sections a pdftotext text does not read yet, and why: the seed's unnumbered
 * headings (`Presidency report`, `Areas which gathered general support`), set bold in the PDF, are lines like any other in
 * a text, so the text reads the part before them as its one section.
 */
const SECTIONS_NOT_READ: Record<string, string> = {
  '003_4dba75d703f3f065': 'unnumbered bold headings',
  'limite-watermark': 'unnumbered bold headings',
  'note-bold-headings': 'unnumbered bold headings, set in bold body text',
};

/** The cases typeset from a seed whose hand-written record states its sections (numbered and not). */
const sectionedSeeds = cases.filter((name) => {
  const source = CASES.find((candidate) => candidate.name === name)?.source ?? '';
  return existsSync(join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json'));
});

describe.each(sectionedSeeds)('the seed laid out as the Council-made PDF %s, its sections as pdftotext prints them', (name) => {
  const source = CASES.find((candidate) => candidate.name === name)?.source ?? '';
  const expected = JSON.parse(readFileSync(join('tests/fixtures/seeds', basename(source, '.txt'), 'expected.json'), 'utf8')) as {
    sections: { number: string | null; title: string | null }[];
  };
  const notRead = SECTIONS_NOT_READ[name];
  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])(
    notRead === undefined
      ? 'reads, as %s prints it, each section its hand-written record states, by number and title (sub-numbers such as `2.1` alone over their titles, a table of contents as its text)'
      : `does not read, as %s prints it, the sections its hand-written record states yet (${notRead})`,
    (file) => {
      const sections = parsed(join(COUNCIL_PDF, name, file)).sections.map(({ number, title }) => ({ number, title }));
      if (notRead === undefined) expect(sections).toEqual(expected.sections);
      else expect(sections).not.toEqual(expected.sections);
    },
  );
});

/**
 * A note's kind line in each official language, as the register prints it in capitals (the Greek without accents): the
 * German note's header shape (the kind line alone under the codes, set apart by a blank line) with each gives a note,
 * the codes above it and no kind word among them.
 */
const NOTE_LINES: readonly string[] = [
  ...['БЕЛЕЖКА', 'POZNÁMKA', 'NOTAT', 'VERMERK', 'ΣΗΜΕΙΩΜΑ', 'NOTE', 'NOTA', 'MÄRKUS', 'ILMOITUS', 'NÓTA', 'BILJEŠKA', 'FELJEGYZÉS'],
  ...['PRANEŠIMAS', 'PIEZĪME', 'NOTĂ', 'OPOMBA', 'NOT'],
];

describe.each(['pdftotext.txt', 'pdftotext-layout.txt'])('the German note as printed by %s, its kind line in another language', (file) => {
  const text = readFileSync(join(COUNCIL_PDF, 'note-de', file), 'utf8');
  it.each(NOTE_LINES)('reads %s as the kind, not as a code', (line) => {
    expect(parsed(join(COUNCIL_PDF, 'note-de', file), text.replace('VERMERK', line))).toMatchObject({
      kind: 'note',
      codes: ['COSI 121', 'ENFOPOL 489', 'JAI 1298'],
    });
  });
});

/** The LibreOffice-made notices of meeting, whose planned items their expected.json states as read by hand from the PDF. */
const LO_NOTICES = 'tests/fixtures/council-pdf-lo';
const plannedCases = readdirSync(LO_NOTICES)
  .filter((name) => existsSync(join(LO_NOTICES, name, 'pdftotext-layout.txt')))
  .filter((name) => (JSON.parse(readFileSync(join(LO_NOTICES, name, 'expected.json'), 'utf8')) as { planned?: unknown }).planned !== undefined)
  .sort();

describe.each(plannedCases)('the LibreOffice-made notice %s as pdftotext -layout prints it', (name) => {
  it('gives the planned items read by hand from its PDF: numbers, times, titles wrapped over a dash, documents, sub-points and text', () => {
    const expected = (JSON.parse(readFileSync(join(LO_NOTICES, name, 'expected.json'), 'utf8')) as { planned: Record<string, unknown>[] }).planned;
    const planned = parsed(join(LO_NOTICES, name, 'pdftotext-layout.txt')).planned ?? [];
    const read = planned.map((item, index) =>
      Object.fromEntries(Object.keys(expected[index] ?? {}).map((key) => [key, (item as Record<string, unknown>)[key]])),
    );
    expect(read).toEqual(expected);
  });
});

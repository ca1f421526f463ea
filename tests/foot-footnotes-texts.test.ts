import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { expectOk, project } from './support/projection.ts';

/**
 * The footnotes of the Council-made PDFs (tests/fixtures/council-pdf-lo, made by LibreOffice as the Council's word
 * processor does, tests/fixtures/council-pdf, and the real register documents rebuilt so, tests/fixtures/real-register-lo) as their text renderings print them: no separator rule, the numbered
 * lines right above the page's footer. Each rendering must read the footnotes expected.json states (read off the
 * document, as the PDF reader gives them) — number, text and the call's place — except where the text cannot tell
 * them, which SHORTFALLS states with its reason.
 */
const DIRS = ['tests/fixtures/council-pdf-lo', 'tests/fixtures/council-pdf', 'tests/fixtures/real-register-lo'];
const RENDERINGS = ['pdftotext.txt', 'pdftotext-layout.txt'] as const;

interface Footnote {
  mark: string;
  text: string;
}

/** What a rendering reads short of the document, and why: the footnotes it reads (mark, and the text or its start). */
const SHORTFALLS: Record<string, { why: string; read: Array<Footnote & { starts?: true }> }> = {
  'council-pdf-lo/presidency-note-annex/pdftotext.txt': {
    why: 'footnote 3 is called in a table cell (`Germany³`), which plain pdftotext prints as a cell `3` alone on its line',
    read: [
      { mark: '1', text: 'Council Conclusions of 8 and 9 November 2010, doc. 15358/10.' },
      { mark: '2', text: 'Doc. 12211/25.' },
    ],
  },
  'council-pdf-lo/note-footnote-over-page/pdftotext.txt': {
    why: 'plain pdftotext prints a space inside a word of footnote 2’s justified line (`El even`), which the document spells whole: it stays as printed',
    read: expectedFootnotes('tests/fixtures/council-pdf-lo/note-footnote-over-page/pdftotext.txt').map(({ mark, text }) => ({
      mark,
      text: text.replace('Eleven', 'El even'),
    })),
  },
};

/** The renderings not read yet, and why (none now: each rendering reads its footnotes, SHORTFALLS aside). */
const NOT_READ: Record<string, string> = {};

const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.json')))
    .flatMap((name) => RENDERINGS.filter((rendering) => existsSync(join(dir, name, rendering))).map((rendering) => join(dir, name, rendering))),
).sort();

function recordOf(path: string): OkRecord {
  return expectOk(parseDocument(readFileSync(path, 'utf8'), path));
}

/** The footnote calls of the record's text, each with the text right before it, in order (a title's calls, `titleFootnotes`, with an empty text; the subject's, `subjectFootnotes`, with the subject before them). */
function callsOf(value: unknown, calls: Array<{ label: string; before: string }> = [], before = { text: '' }): Array<{ label: string; before: string }> {
  if (Array.isArray(value)) for (const node of value) callsOf(node, calls, before);
  else if (typeof value === 'object' && value !== null) {
    const node = value as { type?: unknown; value?: unknown; label?: unknown; titleFootnotes?: unknown; subject?: unknown; subjectFootnotes?: unknown };
    if (Array.isArray(node.titleFootnotes)) for (const label of node.titleFootnotes) calls.push({ label: String(label), before: '' });
    // the header's subject calls its footnotes where it prints them (`subjectFootnotes`: label and place in the subject)
    if (Array.isArray(node.subjectFootnotes) && typeof node.subject === 'string') {
      for (const { label, at } of node.subjectFootnotes as Array<{ label: string; at: number }>) calls.push({ label, before: node.subject.slice(0, at) });
    }
    if (node.type === 'text' && typeof node.value === 'string') before.text = node.value;
    else if (node.type === 'footnote' && typeof node.label === 'string') calls.push({ label: node.label, before: before.text });
    else for (const child of Object.values(value)) callsOf(child, calls, before);
  }
  return calls;
}

function expectedFootnotes(path: string): Footnote[] {
  const expected = JSON.parse(readFileSync(join(path, '..', 'expected.json'), 'utf8')) as { footnotes?: Footnote[] };
  return expected.footnotes ?? [];
}

describe.each(cases)('the footnotes of %s', (path) => {
  const key = path.replace('tests/fixtures/', '');
  const record = recordOf(path);
  const read = project(record).footnotes;
  const { footnotes: _footnotes, ...body } = record;
  const shortfall = SHORTFALLS[key];
  const notRead = NOT_READ[key];

  if (shortfall !== undefined) {
    it(`reads what the text tells (${shortfall.why})`, () => {
      expect(read.map(({ mark }) => mark)).toEqual(shortfall.read.map(({ mark }) => mark));
      for (const [index, { text, starts }] of shortfall.read.entries()) {
        if (starts === true) expect(read[index]?.text.startsWith(text)).toBe(true);
        else expect(read[index]?.text).toBe(text);
      }
    });
  } else if (notRead !== undefined) {
    it(`reads no footnote of its own making (${notRead})`, () => {
      expect(read).toEqual([]);
    });
  } else {
    it('reads each footnote the document prints, with its number and text, and no other', () => {
      expect(read).toEqual(expectedFootnotes(path));
    });
  }

  // Calls name footnotes by label: a mark printed again (an annex numbering its footnotes from 1 again) is labelled `1-2`.
  it('calls each footnote it reads once, from the text', () => {
    expect(
      callsOf(body)
        .map(({ label }) => label)
        .sort(),
    ).toEqual(record.footnotes.map(({ label }) => label).sort());
  });
});

describe('the calls of presidency-note-annex as a text', () => {
  /** Footnote 3's call in the table's cell `Germany³`, which -layout prints apart from its word at the end of the row's line (`Germany   3`); plain pdftotext prints it as a cell of its own, elsewhere. */
  const CELL_CALLS: Record<(typeof RENDERINGS)[number], Array<[string, string]>> = {
    'pdftotext.txt': [],
    'pdftotext-layout.txt': [['3', 'Cyber attacks Germany']],
  };

  it.each(RENDERINGS)('%s: the year a call was glued to is restored (`20101`: 2010 and call 1), a call glued to a word leaves it (`paper2`)', (rendering) => {
    const { footnotes: _footnotes, ...body } = recordOf(join('tests/fixtures/council-pdf-lo/presidency-note-annex', rendering));
    expect(callsOf(body).map(({ label, before }) => [label, before.trimEnd().slice(-30)])).toEqual([
      ['1', 'against serious crime since 2010'.slice(-30)],
      ['2', 'the basis of a Presidency paper'.slice(-30)],
      ...CELL_CALLS[rendering].map(([label, before]) => [label, before.slice(-30)]),
    ]);
  });
});

/**
 * The plain pdftotext rendering of each document with footnotes as a copy that lost what marks its pages: each page's
 * footer (its lines from the document's number at the page's foot down) and the form feeds gone, the pages run on
 * (`joined`), apart by a blank line (`blank line`) or ending with the page's number alone (`page number`). The
 * footnotes are read off their shape — numbered lines in sequence after a blank line, each called in the text above —
 * as expected.json states them, but where FOOTLESS_SHORTFALLS says what the copy cannot tell.
 */
const FOOTLESS = ['joined', 'blank line', 'page number'] as const;

/** The copy of a plain pdftotext rendering without its footers and form feeds, in one of the FOOTLESS shapes. */
function footless(text: string, number: string, shape: (typeof FOOTLESS)[number]): string {
  const own = number.split(' ')[0] ?? number;
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  return pages
    .map((page, index) => {
      const lines = page.replace(/\n+$/u, '').split('\n');
      let footer = lines.length;
      for (let line = lines.length - 1; line >= Math.max(0, lines.length - 12); line -= 1) if (lines[line]?.trim() === own) footer = line;
      const body = lines.slice(0, footer).join('\n');
      return shape === 'joined' ? body : shape === 'blank line' ? `${body}\n` : `${body}\n${index + 1}\n`;
    })
    .join('\n');
}

/**
 * What a footless copy reads short of the document, and why: the marks of the footnotes it reads, each read as the
 * document prints it.
 */
const FOOTLESS_SHORTFALLS: Record<string, { why: string; marks: string[] }> = {
  ...Object.fromEntries(
    ['limite-annex-table', 'note-de', 'note-fr', 'outcome-wrapped-titles'].flatMap((name) =>
      FOOTLESS.map((shape) => [
        `council-pdf/${name}/pdftotext.txt ${shape}`,
        { why: 'plain pdftotext printed the numbers apart from their texts, which only a page’s marked end pairs (apart-footnotes.ts)', marks: [] },
      ]),
    ),
  ),
  ...Object.fromEntries(
    FOOTLESS.map((shape) => [
      `council-pdf-lo/note-footnote-over-page/pdftotext.txt ${shape}`,
      { why: 'footnote 2 goes on at the next page’s foot and plain pdftotext ran its last line into the footer’s number: no page’s end is left', marks: [] },
    ]),
  ),
  'council-pdf-lo/outcome-public-fr/pdftotext.txt joined': {
    why: 'the withheld footnote `1 […]` stands inside the paragraph the page break cut (`… de le` / `1 […]` / `transmettre …`) with no blank line or page number under it: the line in lower case under it could be its own',
    marks: [],
  },
  ...Object.fromEntries(
    ['blank line', 'page number'].map((shape) => [
      `council-pdf-lo/outcome-decisions-es/pdftotext.txt ${shape}`,
      {
        why: 'the sentence the page break cut around footnote 1 goes on with a capital (`… El Comité aprobó el proyecto de` / `1 Distribuido también como WK 2345/2026.` / `Conclusiones del Consejo …`), which tells no cut sentence from a new one',
        marks: [],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['en', 'fr', 'de', 'es', 'pl', 'el'].map((language) => [
      `council-pdf-lo/outcome-decisions-${language}/pdftotext.txt joined`,
      {
        why: 'footnote 1 stands inside the sentence the page break cut (`… while one delegation (HU)` / `1 Also circulated as WK 2345/2026.` / `entered a parliamentary …`) with no blank line or page number under it: the line in lower case under it could be its own, so the text stays whole, as printed',
        marks: [],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['en', 'da', 'fr'].flatMap((language) =>
      FOOTLESS.map((shape) => [
        `real-register-lo/report-2014-policy-cycle-${language}/pdftotext.txt ${shape}`,
        {
          why: 'footnote 1 (14440/14) ends page 2 in no sentence (`… in close cooperation`) and goes on at page 3’s foot under a table’s cut row, the page’s text going on in lower case (`into: (i) …`): with no page’s end left, nothing tells where it stops, and footnote 2 is out of sequence without it',
          marks: [],
        },
      ]),
    ),
  ),
  ...Object.fromEntries(
    FOOTLESS.map((shape) => [
      `council-pdf-lo/presidency-note-annex/pdftotext.txt ${shape}`,
      { why: 'footnote 3 is called in a table cell that plain pdftotext prints as a cell `3` alone on its line (as with its footer)', marks: ['1', '2'] },
    ]),
  ),
};

const footnoted = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter(
      (name) =>
        existsSync(join(dir, name, 'expected.json')) &&
        existsSync(join(dir, name, 'pdftotext.txt')) &&
        expectedFootnotes(join(dir, name, 'pdftotext.txt')).length > 0,
    )
    .map((name) => join(dir, name, 'pdftotext.txt')),
).sort();

describe.each(footnoted)('the footnotes of %s copied without its footers and form feeds', (path) => {
  const text = readFileSync(path, 'utf8');
  const number = recordOf(path).number;
  for (const shape of FOOTLESS) {
    const key = `${path.replace('tests/fixtures/', '')} ${shape}`;
    it(`reads each footnote from its shape (${shape})`, () => {
      const copy = footless(text, number, shape);
      expect(copy).not.toContain('\f');
      const read = project(expectOk(parseDocument(copy, path))).footnotes;
      const shortfall = FOOTLESS_SHORTFALLS[key];
      if (shortfall === undefined) expect(read).toEqual(expectedFootnotes(path));
      else {
        expect(read.map(({ mark }) => mark)).toEqual(shortfall.marks);
        expect(read).toEqual(expectedFootnotes(path).filter(({ mark }) => shortfall.marks.includes(mark)));
      }
    });
  }
});

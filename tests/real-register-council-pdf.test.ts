import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OkRecord } from '../src/schemas/record.ts';
import { PDF_CASE_SHAPES, pdfCaseReader, recordInShape, type PdfCaseShape } from './support/pdf-case.ts';
import { HEADER_FIELDS, project } from './support/projection.ts';
import { RENDERING_SHAPES } from './support/text-shapes.ts';
import { sectionHeading } from '../src/shared/heading-text.ts';

/**
 * Real COSI documents of the public register rebuilt as the register prints them (tests/fixtures/council-pdf-lo/<case>:
 * the Council's header table, list numbering, real footnotes, the two-line footer; exported by LibreOffice), their text
 * the register's, each read in the eight shapes a user may bring it in: the PDF (the ingest's own reader), the copy
 * pdf.js makes of it, plain `pdftotext` and `-layout` as printed, as a viewer copies each and each page run into one
 * line. Every shape must give the record expected.json states, read off the document: the header, the meeting, the
 * sections, the items or the agenda's items as planned, the footnotes whole and the documents cited; and every figure
 * the document prints must stay in the record. What a shape does not read yet stands in SHORTFALL with its reason.
 *
 * - `report-2014-da`: 14440/14 (17 October 2014), the Danish note sending COSI's third report (January 2013 to June
 *   2014) to the national parliaments under Article 71 TFEU, with the report's first heading and paragraphs in its
 *   annex (`BILAG`), as eu.dk holds the register's PDF.
 * - `report-2016-en`: 7033/16 (11 March 2016), the English note sending COSI's fourth report (July 2014 - December
 *   2015), its footnote 1 (`Doc. 5299/16.`) called after the first paragraph's full stop, and the report's summary in
 *   its annex, footnote 2 (`OJ L 52, 3.3.2010, p. 50.`) called after `Council Decision 2010/131/EU`.
 * - `report-2014-policy-cycle-en`, `-da` and `-fr`: 14440/14 with its report whole in the annex, on landscape pages, in
 *   English, Danish (the register's wording of the cover note and the summary) and French: the sections on outline
 *   numbering (`1.`, `2.`, `2.1.`, `2.2.`), the policy cycle's four steps on list numbering (`(a)` to `(d)`, a dash under
 *   `(a)`, `(i)` and `(ii)` under `(b)`), footnote 1 (Council conclusions 15358/10) called in `(b)` and carried on at the
 *   next page's foot, and the nine EMPACT priorities of 2014-2017 (Council conclusions 9849/13, footnote 2) in a ruled
 *   table narrower than the page, its header row repeated on the next page over the rest of a row the page break cuts.
 * - `outcome-2020-vtc-es`: a Spanish LIMITE outcome of 2020 as the register printed COSI's outcomes of the informal
 *   videoconferences of its members (its subject ending in the meeting's date, `… (COSI) del 9 de junio de 2020`), an
 *   unnumbered opening paragraph calling footnote 1 above item 1, lettered points `a)` and `b)` in item 2's text at the
 *   top of page 2, `Varios` with two bullets.
 * - `presidency-note-questions-pl`: a Polish LIMITE Presidency note to COSI of 2025 as the register prints such notes,
 *   parts `I.` to `III.` with headings in capitals, paragraphs 1 to 6 on one list over the parts, paragraph 5 leading in
 *   to three questions numbered afresh from `1.` (not a section), footnote 1 called after a date's `r.`
 *   (`… 28 stycznia 2025 r.¹ prezydencja …`, which its texts print one space apart: `… 2025 r. 1 prezydencja …`), and
 *   paragraph 6 after the questions opening with the Presidency before the Council's name (`Prezydencja przedstawi
 *   wyniki dyskusji Radzie ds. …`).
 *
 *   Their tables as the PDF reader reads them, row by row, are checked by tests/council-pdf-lo.test.ts, which sweeps
 *   real-register-lo/ as it does council-pdf-lo/.
 */
/** The folder of a case: those rebuilt whole have a folder of their own (tests/fixtures/real-register-lo). */
const folderOf = (name: string): string =>
  existsSync(join('tests/fixtures/real-register-lo', name)) ? 'tests/fixtures/real-register-lo' : 'tests/fixtures/council-pdf-lo';
const CASES = [
  'report-2014-da',
  'report-2016-en',
  'report-2014-policy-cycle-en',
  'report-2014-policy-cycle-da',
  'report-2014-policy-cycle-fr',
  'outcome-2020-vtc-es',
  'presidency-note-questions-pl',
] as const;
type Case = (typeof CASES)[number];

const SHAPES = PDF_CASE_SHAPES;
type Shape = PdfCaseShape;

/** The fields of the record compared. */
const FIELDS = [
  ...HEADER_FIELDS.filter((field) => field !== 'source'),
  'interinstitutionalFile',
  'meeting',
  'sections',
  'items',
  'planned',
  'footnotes',
  'references',
] as const;
type Field = (typeof FIELDS)[number];

/**
 * What a shape of a case does not read yet (`<case> / <shape>` → the fields, and why): each field is checked still
 * misread, so that the list stays true.
 */
/** The cases of the policy cycle report, in three versions. */
const POLICY_CYCLE = ['report-2014-policy-cycle-en', 'report-2014-policy-cycle-da', 'report-2014-policy-cycle-fr'] as const;
const SHORTFALL: Partial<Record<`${Case} / ${Shape}`, { fields: readonly Field[]; why: string }>> = {
  ...Object.fromEntries(
    POLICY_CYCLE.flatMap((name) => [
      ...(['plain pdftotext, each page run into one line', '-layout, each page run into one line'] as const).map((shape) => [
        `${name} / ${shape}`,
        {
          fields: ['footnotes'],
          why: 'a page run into one line holds its footnotes inline after the table’s cells: no footnote is read (their texts stay in the body)',
        },
      ]),
    ]),
  ),
};

/** A run of two digits or more, not inside a longer one. */
const FIGURES = /(?<!\d)\d{2,}(?!\d)/g;

/** The numbers of the policy cycle report's numbered sections as it prints them, read off the document: the outline numbering's sub-numbers with their closing dot. */
const PRINTED_NUMBERS = ['1.', '2.', '2.1.', '2.2.'];

const readers = new Map(['tests/fixtures/council-pdf-lo', 'tests/fixtures/real-register-lo'].map((folder) => [folder, pdfCaseReader(folder)]));
/** The ingest's reading of a case's PDF: its text and its record. */
const fromPdf = (name: Case) => (readers.get(folderOf(name)) as ReturnType<typeof pdfCaseReader>)(name);

/** The record a shape of a case gives. */
const recordIn = (name: Case, shape: Shape): Promise<OkRecord> =>
  recordInShape(join(folderOf(name), name), shape, () => fromPdf(name), `content/sources/real/${name}.txt`);

/** A field of the record as expected.json states it: the items, the planned items and the references with the keys it gives. */
function readAs(record: OkRecord, field: Field, expected: unknown): unknown {
  const projected = project(record) as unknown as Record<string, unknown>;
  if (field === 'references') return record.references.map((reference) => reference.id).sort();
  if (field === 'items' || field === 'planned') return keysOf(projected[field], expected);
  return projected[field];
}

/** The elements of a list with only the keys the expected list's elements give. */
function keysOf(actual: unknown, expected: unknown): unknown {
  if (!Array.isArray(actual) || !Array.isArray(expected) || expected.length === 0) return actual;
  const keys = Object.keys(expected[0] as Record<string, unknown>);
  return actual.map((element: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, element[key]])));
}

describe.each(CASES)('the real register document %s rebuilt as the register prints it', (name) => {
  const expected = JSON.parse(readFileSync(join(folderOf(name), name, 'expected.json'), 'utf8')) as Record<string, unknown>;
  /** A field as expected.json states it for a shape: its `texts` entry for what the shape's rendering itself prints otherwise. */
  const stated = (field: Field, shape: Shape): unknown => {
    if (field === 'references') return ((expected['references'] ?? []) as Array<{ id: string }>).map((reference) => reference.id).sort();
    const file = RENDERING_SHAPES.find((one) => one.shape === shape)?.file;
    const texts = (expected['texts'] ?? {}) as Record<string, Record<string, unknown>>;
    return file !== undefined && field in (texts[file] ?? {}) ? texts[file]?.[field] : expected[field];
  };
  const fields = FIELDS.filter((field) => field in expected);

  it.each(SHAPES)('reads the record its expected.json states (%s)', async (shape) => {
    const record = await recordIn(name, shape);
    const short = new Set<Field>(SHORTFALL[`${name} / ${shape}`]?.fields ?? []);
    for (const field of short) expect(readAs(record, field, expected[field]), `${field} is read now: take it off SHORTFALL`).not.toEqual(stated(field, shape));
    const read = fields.filter((field) => !short.has(field));
    expect(Object.fromEntries(read.map((field) => [field, readAs(record, field, expected[field])]))).toEqual(
      Object.fromEntries(read.map((field) => [field, stated(field, shape)])),
    );
  });

  it.each(SHAPES)('keeps every figure of two digits or more the document prints (%s)', async (shape) => {
    const { source: _source, warnings: _warnings, ...record } = await recordIn(name, shape);
    // A footnote's call right after a figure (`2017²`) prints, in -layout, as one figure (`20172`).
    const kept = JSON.stringify(record).replace(/"\},\{"type":"footnote"[^}]*"label":"(\d+)"/g, '$1');
    const printed = new Set(readFileSync(join(folderOf(name), name, 'pdftotext-layout.txt'), 'utf8').match(FIGURES) ?? []);
    const furniture = ((expected['furniture'] ?? []) as string[]).map((pattern) => new RegExp(pattern, 'u'));
    const body = readFileSync(join(folderOf(name), name, 'pdftotext-layout.txt'), 'utf8')
      .split(/[\n\f]/)
      .filter((line) => !furniture.some((pattern) => pattern.test(line)))
      .join('\n');
    const inBody = new Set(body.match(FIGURES) ?? []);
    const keptFigures = new Set(kept.match(FIGURES) ?? []);
    expect([...printed].filter((figure) => inBody.has(figure) && !keptFigures.has(figure))).toEqual([]);
  });

  it('reads from the PDF every letter and digit -layout prints but the page furniture, no furniture, and each wrapped paragraph whole on a line', async () => {
    const { text } = await fromPdf(name);
    const furniture = ((expected['furniture'] ?? []) as string[]).map((pattern) => new RegExp(pattern, 'u'));
    const body = readFileSync(join(folderOf(name), name, 'pdftotext-layout.txt'), 'utf8')
      .split(/[\n\f]/)
      .filter((line) => !furniture.some((pattern) => pattern.test(line)))
      .join('\n');
    expect(letters(text)).toBe(letters(body));
    const lines = text.split('\n');
    expect(lines.filter((line) => furniture.some((pattern) => pattern.test(line.trim())))).toEqual([]);
    expect(((expected['joined'] ?? []) as string[]).filter((paragraph) => !lines.some((line) => line.includes(paragraph)))).toEqual([]);
  });
});

describe.each(POLICY_CYCLE)('the section headings of %s', (name) => {
  it.each(SHAPES.filter((shape) => !(SHORTFALL[`${name} / ${shape}`]?.fields ?? []).includes('sections')))(
    'show each numbered section’s number as printed (%s)',
    async (shape) => {
      const numbered = (await recordIn(name, shape)).sections.filter((section) => section.number !== null);
      expect(numbered.map((section) => sectionHeading(section.number, null, section.printedNumber))).toEqual(PRINTED_NUMBERS);
    },
  );
});

describe('the Danish policy cycle report, each page run into one line', () => {
  it.each(['plain pdftotext, each page run into one line', '-layout, each page run into one line'] as const)(
    'ends heading 2.1 on its bracketed years, before its paragraph (%s)',
    async (shape) => {
      const section = (await recordIn('report-2014-policy-cycle-da', shape)).sections.find((one) => one.number === '2.1');
      expect(section?.title).toBe('Afslutningen af den første EU-politikcyklus (2012-2013)');
    },
  );
});

/**
 * The nine priorities' table on pages run into one line (`… the following: No. Priority Objective set by the Council 1.
 * Illegal immigration To disrupt … 2. …`, and on the next page its header row again over the rest of row 2, then `3.
 * Counterfeit goods …`): its header row a block of its own each time it is printed, and each row a block of its own
 * opening with its number, holding every word of its cells (a row the page break cut, `overPage`, aside: its rest stands
 * under the repeated header row; the last row goes on with the paragraph after the table, which no sign sets apart).
 */
const FLAT_SHAPES = ['plain pdftotext, each page run into one line', '-layout, each page run into one line'] as const;

/**
 * The words of a row a shape does not print as the document does, and why: the shape stays checked on them, so that
 * the list stays true.
 */
const ROW_WORDS_NOT_READ: Partial<Record<`${(typeof POLICY_CYCLE)[number]} / ${(typeof FLAT_SHAPES)[number]}`, { words: string[]; why: string }>> = {
  'report-2014-policy-cycle-fr / plain pdftotext, each page run into one line': {
    words: ['sud-orientales'],
    why: 'plain `pdftotext` itself prints the compound cut at its cell’s line end without its hyphen (`sudorientales`), as -layout prints it `sud-` / `orientales`',
  },
};

describe.each(POLICY_CYCLE)('the numbered table of %s on pages run into one line', (name) => {
  const expected = JSON.parse(readFileSync(join(folderOf(name), name, 'expected.json'), 'utf8')) as {
    rows: string[];
    overPage: Array<{ row: string }>;
    header: string;
  };
  it.each(FLAT_SHAPES)('reads its header row and each row a block apart (%s)', async (shape) => {
    const blocks = (await recordIn(name, shape)).sections.flatMap((section) =>
      section.text.map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join('')),
    );
    const header = expected.header.replace(/\t/g, ' ');
    expect(blocks.filter((block) => block === header)).toHaveLength(expected.overPage.length + 1);
    const notRead = ROW_WORDS_NOT_READ[`${name} / ${shape}`]?.words ?? [];
    const missing = expected.rows.slice(1).flatMap((row) => {
      const number = row.split('\t')[0] ?? '';
      const opening = blocks.filter((block) => block.startsWith(`${number} `));
      expect(opening, row).toHaveLength(1);
      const words = new Set((opening[0] ?? '').split(/\s+/u));
      return row.split(/\s+/u).filter((word) => !words.has(word));
    });
    expect(missing).toEqual(notRead);
  });
});

/** The letters and digits of a text, in code point order (superscript digits as digits): what no reading may lose or add. */
function letters(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => ('⁰¹²³⁴⁵⁶⁷⁸⁹'.includes(c) ? String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)) : c))
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .sort()
    .join('');
}

/**
 * The table's header row the word processor repeats at the top of the page a row runs onto (`N°` / `Priorité` /
 * `Objectif fixé par le Conseil`) is a header row, never a cell's words: in plain `pdftotext`, where the page's
 * footnotes (footnote 1's rest, footnote 2) stand between the cut cell and the next page, no header cell is read with
 * other words, and the cut row's cell is read whole, the rest of it under the repeated header set back after its first
 * part (`… dans la traite des êtres` / `humains en provenance …`), each header cell a block of its own right after it,
 * as expected.json's `overPage` states for the PDF. A rest of several cells after a blank line (the French row 9,
 * `contre les biens` / `commise par des GCO itinérants.`) stays after the header row, cell by cell: plain `pdftotext`
 * prints its cells as it does a row’s without a number. (`-layout` reads the header row as a row of its own, `layout-row-over-page.ts`;
 * the pages run into one line hold no header row apart: SHORTFALL.)
 */
const ROW_OVER_PAGE: ReadonlyArray<readonly [shape: Shape, notRead: string | null]> = [
  ['plain pdftotext', null],
  [
    'a viewer’s copy of plain pdftotext',
    'no blank line ends the cut cell’s rest under the repeated header row: the rest stays a block of its own after it (column-cells.ts repeatedHeaderRows)',
  ],
];

describe.each(POLICY_CYCLE)('the table row a page break cuts in %s', (name) => {
  const expected = JSON.parse(readFileSync(join(folderOf(name), name, 'expected.json'), 'utf8')) as {
    rows: string[];
    overPage: Array<{ row: string; rest: string }>;
  };
  const header = (expected.rows[0] ?? '').split('\t');
  it.each(ROW_OVER_PAGE)('reads no header cell with other words, and the cut cell whole (%s)', async (shape, notRead) => {
    const blocks = (await recordIn(name, shape)).sections.flatMap((section) =>
      section.text.map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join('')),
    );
    expect(blocks.filter((block) => header.some((cell) => block !== cell && (block.startsWith(`${cell} `) || block.endsWith(` ${cell}`))))).toEqual([]);
    for (const { row, rest } of expected.overPage.filter((cut) => cut.rest.split('\t').length === 2)) {
      const cell = `${row.split('\t').at(-1) ?? ''} ${rest.slice(1)}`;
      const at = blocks.indexOf(cell);
      if (notRead !== null) {
        expect(at, `read now: take ${shape} off ROW_OVER_PAGE's notRead`).toBe(-1);
        continue;
      }
      expect(at, cell).toBeGreaterThanOrEqual(0);
      expect(blocks.slice(at + 1, at + 1 + header.length)).toEqual(header);
    }
  });
});

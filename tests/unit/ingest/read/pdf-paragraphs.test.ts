import { describe, expect, it } from 'vitest';
import type { Line, Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { type ParagraphContext, buildParagraphs } from '../../../../scripts/ingest/read/pdf-paragraphs.ts';
import { renderRow } from '../../../../scripts/ingest/read/pdf-render.ts';

/** Body text of 12 pt from x 70 to a right edge at 520, 15 pt between lines, list items hanging 28 pt. */
const CONTEXT: ParagraphContext = {
  leading: 15,
  size: 12,
  left: 70,
  right: 520,
  pageRight: [],
  column: null,
  indent: 28,
  words: new Set(['public-private', 'information']),
};

/** A line of cells ([x, text] pairs, a tab between them), 6 pt per character. */
function line(y: number, cells: Array<[number, string]>, page = 0, extra: Partial<Segment> = {}): Line {
  const segments: Segment[] = cells.map(([x, text], index) => ({
    text,
    gap: index === 0 ? '' : '\t',
    x,
    xEnd: x + text.length * 6,
    bold: false,
    sup: false,
    ...extra,
  }));
  return { page, y, x: cells[0]?.[0] ?? 0, xEnd: segments.at(-1)?.xEnd ?? 0, size: 12, segments };
}

/** A line of body text that ends `room` points short of the right edge. */
function wrapped(y: number, text: string, page = 0): Line {
  const start = 520 - text.length * 6;
  return line(y, [[start, text]], page);
}

const texts = (lines: Line[]) => buildParagraphs(lines, CONTEXT).map((paragraph) => paragraph.rows.map((row) => renderRow(row, 12)).join('\n'));

describe('buildParagraphs', () => {
  it('joins a wrapped line to the next one, with a space between the words', () => {
    const first = `${'x'.repeat(70)} agenda`;
    expect(texts([line(700, [[70, first]]), line(685, [[70, 'was adopted.']])])).toEqual([`${first} was adopted.`]);
  });

  it('keeps a short line apart from the next when the next word would have fitted after it', () => {
    expect(texts([line(700, [[70, 'Table of Contents']]), line(685, [[70, 'Executive summary']])])).toEqual(['Table of Contents\nExecutive summary']);
  });

  it('starts a new paragraph after a vertical gap wider than the line spacing', () => {
    expect(texts([line(700, [[70, 'First paragraph.']]), line(676, [[70, 'Second paragraph.']])])).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('mends a word hyphenated at a line end, and keeps the hyphen of a compound the document writes whole elsewhere', () => {
    const broken = `${'x'.repeat(66)} informa-`;
    const compound = `${'x'.repeat(67)} public-`;
    expect(texts([wrapped(700, broken), line(685, [[70, 'tion exchange']])])).toEqual([`${'x'.repeat(66)} information exchange`]);
    expect(texts([wrapped(700, compound), line(685, [[70, 'private partnerships']])])).toEqual([`${'x'.repeat(67)} public-private partnerships`]);
  });

  it('carries a paragraph over a page break when the last line of the page is full', () => {
    const last = `${'x'.repeat(68)} border`;
    expect(texts([wrapped(100, last, 0), line(770, [[70, 'guards.']], 1)])).toEqual([`${last} guards.`]);
  });

  it.each([
    ['an item number', '3. EU Policy Cycle/EMPACT'],
    ['a sub-item number', '3.1 Drugs'],
    ['a Roman number', 'II. Items for discussion'],
    ['a lettered point', '(a) Cybercrime'],
    ['a lettered point closed by a bracket', 'b) Vorstellung des Berichts'],
    ['a numbered point closed by a bracket', '4) Sonstiges'],
  ])('starts a new row at %s after a full line that ends a sentence, as a plain-text export prints them', (_shape, next) => {
    const full = `${'x'.repeat(70)} May.`;
    expect(texts([wrapped(700, full), line(685, [[70, next]])])).toEqual([`${full}\n${next}`]);
    // after a lead's colon too
    const lead = `${'x'.repeat(65)} follows:`;
    expect(texts([wrapped(700, lead), line(685, [[70, next]])])).toEqual([`${lead}\n${next}`]);
  });

  it('joins a full line to a next line opening with a number that is no label: a date, an ordinal, a sum', () => {
    // German `am` / `2. März 2026`: no sentence ends before the number
    const before = `${'x'.repeat(72)} am`;
    expect(texts([wrapped(700, before), line(685, [[70, '2. März 2026 statt.']])])).toEqual([`${before} 2. März 2026 statt.`]);
    // a sentence's end, then a figure that opens the next sentence (no label after it)
    const end = `${'x'.repeat(70)} May.`;
    expect(texts([wrapped(700, end), line(685, [[70, '2025 saw more.']])])).toEqual([`${end} 2025 saw more.`]);
    expect(texts([wrapped(700, end), line(685, [[70, '2.5 million were seized.']])])).toEqual([`${end} 2.5 million were seized.`]);
  });

  it('starts a new paragraph on the next page when the last line of the page was short', () => {
    expect(texts([line(100, [[70, 'End.']], 0), line(770, [[70, 'Start.']], 1)])).toEqual(['End.', 'Start.']);
  });

  it('writes list items as "- item", nested two spaces per level, joins an item wrapped onto a second line, and keeps an empty list paragraph’s glyph as printed', () => {
    const long = 'y'.repeat(68);
    const lines = [
      line(700, [
        [70, '–'],
        [98, 'In your view?'],
      ]),
      line(685, [
        [98, '–'],
        [126, long],
      ]),
      line(670, [[126, 'continued']]),
      line(655, [[70, '–']]),
    ];
    expect(texts(lines)).toEqual([`- In your view?\n  - ${long} continued\n–`]);
  });

  it('keeps table rows (lines with tab gaps) as rows of their own', () => {
    const lines = [
      line(700, [
        [70, '2.1'],
        [98, 'Future of internal security'],
        [510, '6'],
      ]),
      line(685, [
        [70, '2.2'],
        [98, 'Legislative proposals'],
        [510, '7'],
      ]),
    ];
    expect(texts(lines)).toEqual(['2.1\tFuture of internal security\t6\n2.2\tLegislative proposals\t7']);
  });

  it('collects the footnote marks of a paragraph with their page, one per number of a mark like "18, 19"', () => {
    const marked: Line = {
      ...line(700, [[70, 'smuggling package)']]),
      segments: [...line(700, [[70, 'smuggling package)']]).segments, { text: '18, 19', gap: '', x: 178, xEnd: 190, bold: false, sup: true }],
    };
    expect(buildParagraphs([marked], CONTEXT)[0]?.marks).toEqual([
      { page: 0, mark: '18' },
      { page: 0, mark: '19' },
    ]);
  });
  it('lets a heading set in larger type wrap onto a second line at its own, wider line spacing', () => {
    const big = (y: number, text: string): Line => ({ ...line(y, [[70, text]]), size: 16 });
    const first = big(700, `${'x'.repeat(60)} European`);
    expect(texts([{ ...first, xEnd: 520 }, big(680, 'Union')])).toEqual([`# ${'x'.repeat(60)} European Union`]);
  });

  it('ends the paragraph at a page break between two numbered paragraphs set apart, but not inside a list set without gaps', () => {
    const numbered = (y: number, page: number, text: string) =>
      line(
        y,
        [
          [70, `${page + 1}.`],
          [98, text],
        ],
        page,
      );
    expect(texts([numbered(100, 0, 'End of the first paragraph.'), numbered(770, 1, 'The second paragraph.')])).toEqual([
      '1.\tEnd of the first paragraph.',
      '2.\tThe second paragraph.',
    ]);
    const rows = [
      line(115, [
        [70, '3.1'],
        [98, 'EMPACT'],
        [510, '10'],
      ]),
      line(100, [
        [70, '3.2'],
        [98, 'Customs'],
        [510, '11'],
      ]),
      line(
        770,
        [
          [70, '3.3'],
          [98, 'Roadmap'],
          [510, '11'],
        ],
        1,
      ),
    ];
    expect(texts(rows)).toEqual(['3.1\tEMPACT\t10\n3.2\tCustoms\t11\n3.3\tRoadmap\t11']);
  });

  it('joins the next line of a table cell that wraps to its cell, inside its row, mending a hyphenated word', () => {
    const rows = [
      line(400, [
        [70, 'Czechia'],
        [250, 'National Centre against Or-'],
        [430, 'designated'],
      ]),
      line(386, [[250, 'ganised Crime']]),
      line(372, [
        [70, 'Estonia'],
        [250, 'Central Criminal Police'],
        [430, 'pending'],
      ]),
    ];
    expect(texts(rows)).toEqual(['Czechia\tNational Centre against Organised Crime\tdesignated\nEstonia\tCentral Criminal Police\tpending']);
  });

  it('writes a line set under the text cell of the row above with a tab, on the same page or after a page break', () => {
    const item = line(100, [
      [70, '5.'],
      [98, 'Draft Council conclusions'],
    ]);
    expect(texts([item, line(85, [[98, '6120/1/24 REV 1']])])).toEqual(['5.\tDraft Council conclusions\n\t6120/1/24 REV 1']);
    expect(texts([item, line(770, [[98, '6120/1/24 REV 1']], 1)])).toEqual(['5.\tDraft Council conclusions\n\t6120/1/24 REV 1']);
  });

  it('wraps text set beside the header column at the column, not at the right margin', () => {
    const beside = { ...CONTEXT, column: { edge: 340, bottom: 600 } };
    const subject = line(700, [
      [70, 'Subject:'],
      [150, 'Report to the European Parlia-'],
    ]);
    const rows = buildParagraphs([subject, line(685, [[150, 'ment and national parliaments']])], beside).map((paragraph) =>
      paragraph.rows.map((row) => renderRow(row, 12)).join('\n'),
    );
    expect(rows).toEqual(['Subject:\tReport to the European Parliament and national parliaments']);
  });

  it('joins a value cell narrower than the text, wrapped on a hyphenated word below the header column, and mends the word', () => {
    const beside = { ...CONTEXT, column: { edge: 340, bottom: 674 } };
    const subject = line(602, [
      [71, 'Subject:'],
      [170, 'First regular EU internal secu-'],
    ]);
    const rest = line(587, [[170, 'rity threat analysis – summary']]);
    const rows = buildParagraphs([subject, rest], beside).map((paragraph) => paragraph.rows.map((row) => renderRow(row, 12)).join('\n'));
    expect(rows).toEqual(['Subject:\tFirst regular EU internal security threat analysis – summary']);
  });

  it('keeps a short line ending on a dash after a space apart from the next line', () => {
    expect(texts([line(700, [[70, 'Part one -']]), line(685, [[70, 'overview']])])).toEqual(['Part one -\noverview']);
  });
});

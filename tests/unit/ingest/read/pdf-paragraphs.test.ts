import { describe, expect, it } from 'vitest';
import type { Line, Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { type ParagraphContext, buildParagraphs, joinGap } from '../../../../scripts/ingest/read/pdf-paragraphs.ts';
import { renderRow } from '../../../../scripts/ingest/read/pdf-render.ts';

/** Body text from x 70 to a right edge at 520, 15 pt between lines, list items hanging 28 pt. */
const CONTEXT: ParagraphContext = { leading: 15, left: 70, right: 520, indent: 28, vocabulary: new Set(['public-private', 'information']) };

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

  it('starts a new paragraph on the next page when the last line of the page was short', () => {
    expect(texts([line(100, [[70, 'End.']], 0), line(770, [[70, 'Start.']], 1)])).toEqual(['End.', 'Start.']);
  });

  it('writes list items as "- item", nested two spaces per level, and joins an item wrapped onto a second line', () => {
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
    expect(texts(lines)).toEqual([`- In your view?\n  - ${long} continued\n-`]);
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
});

describe('joinGap', () => {
  it('joins a URL broken after a slash without a space', () => {
    expect(joinGap('see https://www.europol.europa.eu/', 'publications', new Set())).toEqual({ dropHyphen: false, gap: '' });
  });

  it('keeps a hyphen before a capital or a digit and joins without a space', () => {
    expect(joinGap('the EU-', 'CLASI meeting', new Set())).toEqual({ dropHyphen: false, gap: '' });
  });

  it('puts a space between the words of an ordinary line break', () => {
    expect(joinGap('the Committee', 'endorsed', new Set())).toEqual({ dropHyphen: false, gap: ' ' });
  });

  it('drops the hyphen of a word broken at a line end, and keeps that of a compound the document writes whole', () => {
    expect(joinGap('the informa-', 'tion', new Set(['information']))).toEqual({ dropHyphen: true, gap: '' });
    expect(joinGap('through public-', 'private partnerships', new Set(['public-private']))).toEqual({ dropHyphen: false, gap: '' });
  });
});

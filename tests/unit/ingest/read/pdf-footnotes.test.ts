import { describe, expect, it } from 'vitest';
import { splitFootnotes } from '../../../../scripts/ingest/read/pdf-footnotes.ts';
import { type Line, type Segment, lineText } from '../../../../scripts/ingest/read/pdf-geometry.ts';

function segment(text: string, x: number, sup = false): Segment {
  return { text, gap: '', x, xEnd: x + text.length * 5, bold: false, sup };
}

function line(segments: Segment[], y: number, size: number, page = 0): Line {
  return { page, y, x: segments[0]?.x ?? 0, xEnd: segments.at(-1)?.xEnd ?? 0, size, segments };
}

describe('splitFootnotes', () => {
  it('takes the small-type lines at the foot of a page as footnotes, one per superscript mark, with their continuation lines', () => {
    const body = line([segment('in 2010', 70), segment('1', 105, true)], 700, 12);
    const lines = [
      body,
      line([segment('1', 70, true), segment('16515/09.', 84)], 100, 10),
      line([segment('2', 70, true), segment('Directive (EU) 2021/555 of the European Parliament', 84)], 88, 10),
      line([segment('on control of weapons.', 84)], 76, 10),
    ];
    const { body: kept, notes } = splitFootnotes(lines, 12);
    expect(kept).toEqual([body]);
    expect(notes.map((note) => [note.mark, note.page, note.lines.map(lineText)])).toEqual([
      ['1', 0, ['16515/09.']],
      ['2', 0, ['Directive (EU) 2021/555 of the European Parliament', 'on control of weapons.']],
    ]);
  });

  it('takes footnotes set in 10 pt under 11 pt body text', () => {
    const body = line([segment('Europol presented its report', 70), segment('12', 200, true)], 700, 11);
    const lines = [body, line([segment('12', 70, true), segment('https://www.europol.europa.eu/publication-events', 84)], 100, 10)];
    const { body: kept, notes } = splitFootnotes(lines, 11);
    expect(kept).toEqual([body]);
    expect(notes.map((note) => [note.mark, note.lines.map(lineText)])).toEqual([['12', ['https://www.europol.europa.eu/publication-events']]]);
  });

  it('leaves small lines without a mark above the footnote block in the body', () => {
    const small = line([segment('Table of contents', 70)], 400, 10);
    const { body, notes } = splitFootnotes([small, line([segment('3', 70, true), segment('13575/23.', 84)], 90, 10)], 12);
    expect(body).toEqual([small]);
    expect(notes.map((note) => note.mark)).toEqual(['3']);
  });

  it('finds no footnotes on a page whose last line is body text', () => {
    const lines = [line([segment('1', 70, true), segment('not a note', 84)], 700, 10), line([segment('Body', 70)], 600, 12)];
    expect(splitFootnotes(lines, 12)).toEqual({ body: lines, notes: [] });
  });

  it("continues a footnote broken off at the foot of one page with the unmarked small lines atop the next page's footnotes", () => {
    const lines = [
      line([segment('Body of page one', 70)], 700, 12, 0),
      line([segment('6', 70, true), segment('Regulation (EU) 2024/1689 of the European Parliament', 84)], 80, 10, 0),
      line([segment('Body of page two', 70)], 700, 12, 1),
      line([segment('and of the Council of 13 June 2024.', 84)], 92, 10, 1),
      line([segment('7', 70, true), segment('COM/2023/516 final.', 84)], 80, 10, 1),
    ];
    const { body, notes } = splitFootnotes(lines, 12);
    expect(body.map(lineText)).toEqual(['Body of page one', 'Body of page two']);
    expect(notes.map((note) => [note.mark, note.lines.map(lineText)])).toEqual([
      ['6', ['Regulation (EU) 2024/1689 of the European Parliament', 'and of the Council of 13 June 2024.']],
      ['7', ['COM/2023/516 final.']],
    ]);
  });

  it('takes a footnote whose number is printed plain, set off by a tab, when the page calls it; a plain number no superscript calls stays body', () => {
    const called = line([segment('Mechanism on Drugs', 70), segment('2', 160, true)], 700, 12);
    const note = line([segment('2', 70), { ...segment('The Coordination Mechanism', 84), gap: '\t' }], 100, 10);
    const { body, notes } = splitFootnotes([called, note], 12);
    expect(body).toEqual([called]);
    expect(notes.map((entry) => [entry.mark, entry.lines.map(lineText)])).toEqual([['2', ['The Coordination Mechanism']]]);
    const uncalled = line([segment('Mechanism on Drugs', 70)], 700, 12);
    expect(splitFootnotes([uncalled, note], 12)).toEqual({ body: [uncalled, note], notes: [] });
  });
});

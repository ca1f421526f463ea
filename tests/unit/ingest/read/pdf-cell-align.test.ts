import { describe, expect, it } from 'vitest';
import { topAlignCells } from '../../../../scripts/ingest/read/pdf-cell-align.ts';
import { type Line, type Segment, lineText } from '../../../../scripts/ingest/read/pdf-geometry.ts';

/** A line of pieces: [text, x, draw order], a tab before each but the first, 6 points a character. */
function line(y: number, pieces: Array<[string, number, number | undefined]>): Line {
  const segments: Segment[] = pieces.map(([text, x, order], index) => ({
    text,
    gap: index === 0 ? '' : '\t',
    x,
    xEnd: x + text.length * 6,
    bold: false,
    sup: false,
    ...(order === undefined ? {} : { order }),
  }));
  return { page: 0, y, x: pieces[0]?.[1] ?? 0, xEnd: segments.at(-1)?.xEnd ?? 0, size: 12, segments };
}

describe('topAlignCells', () => {
  it('moves the cells a row centres up beside its tallest cell, line for line, and drops the lines they leave', () => {
    // Drawn cell by cell: row 1's action (three lines), then Europol and its date, centred on the action's second
    // line; row 2's action (two lines), then its lead and date, centred between them.
    const lines = [
      line(700, [['1. Map the criminal', 74, 0]]),
      line(686.2, [
        ['networks that pose', 74, 1],
        ['Europol', 272, 3],
        ['Q4 2024', 371, 4],
      ]),
      line(672.4, [['the highest threat', 74, 2]]),
      line(652.8, [['7. Report to COSI', 74, 5]]),
      line(645.9, [
        ['Presidency', 272, 7],
        ['each semester', 371, 8],
      ]),
      line(639, [['on the roadmap', 74, 6]]),
    ];
    expect(topAlignCells(lines).map(lineText)).toEqual([
      '1. Map the criminal\tEuropol\tQ4 2024',
      'networks that pose',
      'the highest threat',
      '7. Report to COSI\tPresidency\teach semester',
      'on the roadmap',
    ]);
  });

  it('leaves a cell set lower that is neither centred in its row nor at its bottom', () => {
    const lines = [
      line(700, [['1. Map the criminal', 74, 0]]),
      line(686.2, [['networks that pose', 74, 1]]),
      line(672.4, [
        ['the highest threat', 74, 2],
        ['Europol', 272, 4],
      ]),
      line(658.6, [['to the Union', 74, 3]]),
    ];
    expect(topAlignCells(lines)).toEqual(lines);
  });

  it('leaves rows whose cells start on one line as they are, and a kind line above a label table', () => {
    const lines = [
      line(720, [['NOTE', 71, 0]]),
      line(706.2, [
        ['From:', 71, 1],
        ['Presidency', 184, 2],
      ]),
      line(692.4, [
        ['To:', 71, 3],
        ['Delegations', 184, 4],
      ]),
    ];
    expect(topAlignCells(lines)).toEqual(lines);
  });

  it('leaves a paragraph whose first line a heading spans, the columns overlapping', () => {
    const lines = [
      line(720, [['16. April 2024, morning', 71, 0]]),
      line(706.2, [
        ['1.', 71, 1],
        ['Adoption of the agenda', 99, 2],
      ]),
    ];
    expect(topAlignCells(lines)).toEqual(lines);
  });

  it('leaves lines whose draw order is unknown', () => {
    const lines = [line(700, [['1. Map the criminal', 74, 0]]), line(686.2, [['networks that pose', 74, undefined]]), line(686.2, [['Europol', 272, 3]])];
    expect(topAlignCells(lines)).toEqual(lines);
  });
});

import { describe, expect, it } from 'vitest';
import type { Line, Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { columnEdges, wrappedCells } from '../../../../scripts/ingest/read/pdf-table-rows.ts';

/** A line of cells: [text, x] pairs, each cell's width what a 0.5 em per character face would give at 12 pt. */
function line(cells: Array<[string, number]>, y: number): Line {
  const segments: Segment[] = cells.map(([text, x], index) => ({ text, gap: index === 0 ? '' : '\t', x, xEnd: x + text.length * 6, bold: false, sup: false }));
  return { page: 0, y, x: segments[0]?.x ?? 0, xEnd: segments.at(-1)?.xEnd ?? 0, size: 12, segments };
}

describe('wrappedCells', () => {
  it('goes on with the cells of a table row whose cells above were full', () => {
    const above = line(
      [
        ['High-risk criminal', 74],
        ['Mapping of the threatening ones by', 187],
        ['Europol, Member', 414],
      ],
      700,
    );
    const next = line(
      [
        ['networks', 74],
        ['Europol and joint days', 187],
        ['States', 414],
      ],
      686,
    );
    expect(wrappedCells(above.segments, above, next, 524)?.map(({ into, from }) => [into.start, from.start])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('leaves a label table’s next row and a list’s next item rows of their own', () => {
    const from = line(
      [
        ['From:', 74],
        ['Presidency', 187],
      ],
      700,
    );
    expect(
      wrappedCells(
        from.segments,
        from,
        line(
          [
            ['To:', 74],
            ['Delegations', 187],
          ],
          686,
        ),
        524,
      ),
    ).toBeNull();
    const item = line(
      [
        ['6.1', 74],
        ['Cooperation with the Latin American Committee on Internal Security', 100],
      ],
      700,
    );
    expect(
      wrappedCells(
        item.segments,
        item,
        line(
          [
            ['6.2', 74],
            ['Cooperation with the Western Balkans', 100],
          ],
          686,
        ),
        524,
      ),
    ).toBeNull();
  });

  it('counts a cell full when the next word would have run into the padding between the cells', () => {
    // `countries of origi` ends at 182: `in` (10.6 points) and a space reach 195.6, short of the next cell's text
    // at 200 but inside the padding of the two cells.
    const above = line(
      [
        ['countries of origi', 74],
        ['ence with the countries of Latin America and the Car', 200],
      ],
      700,
    );
    const next = line(
      [
        ['in Latin America', 74],
        ['Brussels in March', 200],
      ],
      686,
    );
    expect(wrappedCells(above.segments, above, next, 524)?.map(({ into, from }) => [into.start, from.start])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('goes on with a row whose line wraps one cell and opens a new paragraph in another, leaving the other cells', () => {
    const row = line(
      [
        ['6. Tackle the corr', 74],
        ['Member States', 200],
        ['Q2 2026', 300],
        ['DELETED', 400],
      ],
      700,
    );
    const next = (y: number) =>
      line(
        [
          ['criminal networks', 74],
          ['The Presidency will', 400],
        ],
        y,
      );
    expect(wrappedCells(row.segments, row, next(686.2), 760)?.map(({ into, from }) => [into.start, from.start])).toEqual([
      [0, 0],
      [3, 1],
    ]);
    // A row's padding below it: the line is the next row's.
    expect(wrappedCells(row.segments, row, next(680), 760)).toBeNull();
  });

  it('leaves the next row of a table set close a row of its own where its first column had room, a cell merged over both rows above', () => {
    // Bulgaria's comment fills its column (Czechia's `Linguistic` would not fit after it); the position merged over the
    // two rows leaves Czechia's line without a cell in its column, less than a line and a quarter under Bulgaria's.
    const bulgaria = line(
      [
        ['Bulgaria', 71],
        ['Scrutiny', 190],
        ['Parliamentary scrutiny to be completed by', 290],
        ['10 March 2026', 540],
      ],
      500,
    );
    const czechia = line(
      [
        ['Czechia', 71],
        ['Linguistic reservation on the whole text.', 290],
        ['12 March 2026', 540],
      ],
      485.7,
    );
    expect(wrappedCells(bulgaria.segments, bulgaria, czechia, 700)).toBeNull();
    // the same line opening no cell in the first column goes on with the row (a plain wrap of the comment)
    const wrap = line(
      [
        ['20 March 2026.', 290],
        ['(received)', 540],
      ],
      485.7,
    );
    expect(wrappedCells(bulgaria.segments, bulgaria, wrap, 700)?.map(({ into, from }) => [into.start, from.start])).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });
});

describe('columnEdges', () => {
  /** A line of one run at `x` on page `page`. */
  const run = (text: string, x: number, y: number, page = 0): Line => ({ ...line([[text, x]], y), page });

  it('measures a table’s last column where its longest line ends, page by page', () => {
    const lines = [
      line(
        [
          ['1.', 74],
          ['Illegal immigration', 110],
          ['To disrupt organised crime groups', 260],
        ],
        700,
      ),
      run('facilitation of illegal immigration', 260, 686),
      run('in the source and transit', 260, 672),
      {
        ...line(
          [
            ['2.', 74],
            ['Firearms', 110],
            ['To reduce the risk', 260],
          ],
          700,
        ),
        page: 1,
      },
    ];
    // The longest line, 35 characters of 6 points from 260, ends at 470 on page 0; page 1 has one line there, too few to measure.
    expect([...columnEdges(lines)]).toEqual([[0, [{ x: 260, right: 470 }]]]);
  });

  it('measures no column for rows of two cells (a label table, a numbered list) nor for lines of one run', () => {
    const lines = [
      line(
        [
          ['From:', 74],
          ['Presidency', 187],
        ],
        700,
      ),
      line(
        [
          ['To:', 74],
          ['Delegations', 187],
        ],
        686,
      ),
      run('Text', 74, 672),
    ];
    expect(columnEdges(lines).size).toBe(0);
  });
});

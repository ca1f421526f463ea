import { describe, expect, it } from 'vitest';
import { type Line, type Segment, lineText } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { splitHeader } from '../../../../scripts/ingest/read/pdf-header.ts';

const A4_WIDTH = 595.28;

/** A line of cells: [x, text] pairs, a tab between cells. */
function line(y: number, ...cells: Array<[number, string]>): Line {
  const segments: Segment[] = cells.map(([x, text], index) => ({ text, gap: index === 0 ? '' : '\t', x, xEnd: x + text.length * 6, bold: false, sup: false }));
  return { page: 0, y, x: cells[0]?.[0] ?? 0, xEnd: segments.at(-1)?.xEnd ?? 0, size: 12, segments };
}

describe('splitHeader', () => {
  const header = [
    line(771, [340, 'Brussels, 27 February 2025']),
    line(757, [340, '(OR. en)']),
    line(730, [340, '6543/25']),
    line(716, [70, 'NOTE']),
    line(702, [340, 'COSI 38']),
    line(692, [70, 'From:'], [170, 'Presidency'], [340, 'JAIEX 18']),
    line(677, [70, 'To:'], [170, 'Delegations']),
    line(674, [340, 'CT 22']),
  ];
  const body = [
    line(640, [70, 'In accordance with Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU']),
    line(400, [340, 'a cell on the right']),
  ];

  it('reads the right-hand block (date, language, number, codes) before the left-hand one', () => {
    const { right, left } = splitHeader([...header, ...body], A4_WIDTH);
    expect(right.map(lineText)).toEqual(['Brussels, 27 February 2025', '(OR. en)', '6543/25', 'COSI 38', 'JAIEX 18', 'CT 22']);
    expect(left.map(lineText)).toEqual(['NOTE', 'From:\tPresidency', 'To:\tDelegations']);
  });

  it('ends the header at the first line that spans the page, leaving the rest in order', () => {
    expect(splitHeader([...header, ...body], A4_WIDTH).rest).toEqual(body);
  });

  it('leaves a page without a right-hand column as it is', () => {
    expect(splitHeader(body.slice(0, 1), A4_WIDTH)).toEqual({ right: [], left: [], rest: body.slice(0, 1) });
  });
});

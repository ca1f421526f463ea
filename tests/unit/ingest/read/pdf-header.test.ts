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
  describe('on a header drawn beside the From/To lines', () => {
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

    it('takes the right-hand block (date, language, number, codes) out, top down', () => {
      expect(splitHeader([...header, ...body], A4_WIDTH).right.map(lineText)).toEqual([
        'Brussels, 27 February 2025',
        '(OR. en)',
        '6543/25',
        'COSI 38',
        'JAIEX 18',
        'CT 22',
      ]);
    });

    it('leaves the left-hand lines and everything from the first line across the column in order', () => {
      const { letterhead, rest } = splitHeader([...header, ...body], A4_WIDTH);
      expect(letterhead).toEqual([]);
      expect(rest.map(lineText)).toEqual(['NOTE', 'From:\tPresidency', 'To:\tDelegations', ...body.map(lineText)]);
    });

    it('says where the column stands, for text set beside it', () => {
      expect(splitHeader([...header, ...body], A4_WIDTH).column).toEqual({ edge: 340, bottom: 674 });
    });
  });

  describe('on a header table above the kind line, as a word processor sets it', () => {
    const lines = [
      line(775, [127, 'Council of the'], [303, 'Brussels, 3 May 2019']),
      line(763, [127, 'European Union'], [303, '(OR. en)']),
      line(751, [303, '8812/1/19']),
      line(739, [303, 'REV 1']),
      line(715, [303, 'LIMITE']),
      line(691, [303, 'COSI 71']),
      line(679, [303, 'ENFOPOL 204']),
      line(643, [71, 'NOTE']),
      line(619, [76, 'From:'], [175, 'Presidency']),
      line(604, [76, 'Subject:'], [175, 'Draft Council conclusions on strengthening international coopera-']),
      line(592, [175, 'tion between law enforcement authorities']),
      line(560, [71, '1.'], [99, 'At its meeting on 12 April 2019, the Law Enforcement Working Party']),
    ];

    it('reads the Council name beside the block’s first lines as the letterhead, before the block', () => {
      const { letterhead, right } = splitHeader(lines, A4_WIDTH);
      expect(letterhead.map(lineText)).toEqual(['Council of the', 'European Union']);
      expect(right.map(lineText)).toEqual(['Brussels, 3 May 2019', '(OR. en)', '8812/1/19', 'REV 1', 'LIMITE', 'COSI 71', 'ENFOPOL 204']);
    });

    it('keeps every code of the block and the whole wrapped subject, whose first line runs across the column', () => {
      expect(splitHeader(lines, A4_WIDTH).rest.map(lineText)).toEqual([
        'NOTE',
        'From:\tPresidency',
        'Subject:\tDraft Council conclusions on strengthening international coopera-',
        'tion between law enforcement authorities',
        '1.\tAt its meeting on 12 April 2019, the Law Enforcement Working Party',
      ]);
    });
  });

  it('keeps a letterhead cell whole when its text goes on below the block’s first group (an interinstitutional file)', () => {
    const lines = [
      line(764, [127, 'Council of the'], [303, 'Brussels, 14 October 2021']),
      line(752, [127, 'European Union'], [303, '(OR. en)']),
      line(740, [127, 'Interinstitutional File:'], [303, '12631/21']),
      line(728, [127, '2020/0349(COD)']),
      line(716, [303, 'LIMITE']),
      line(692, [303, 'COSI 184']),
      line(650, [71, 'NOTE']),
    ];
    const { letterhead, right, rest } = splitHeader(lines, A4_WIDTH);
    expect(letterhead.map(lineText)).toEqual(['Council of the', 'European Union', 'Interinstitutional File:', '2020/0349(COD)']);
    expect(right.map(lineText)).toEqual(['Brussels, 14 October 2021', '(OR. en)', '12631/21', 'LIMITE', 'COSI 184']);
    expect(rest.map(lineText)).toEqual(['NOTE']);
  });

  it('leaves a page without a right-hand column as it is', () => {
    const body = [line(640, [70, 'In accordance with Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU'])];
    expect(splitHeader(body, A4_WIDTH)).toEqual({ letterhead: [], right: [], rest: body, column: null });
  });
});

import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../../../scripts/ingest/read/pdf-furniture.ts';
import { type Line, lineText } from '../../../../scripts/ingest/read/pdf-geometry.ts';

const A4 = { width: 595.28, height: 841.89 };

function line(text: string, y: number, page: number): Line {
  const segments = text.split('\t').map((part, index) => ({
    text: part,
    gap: index === 0 ? ('' as const) : ('\t' as const),
    x: 70 + index * 150,
    xEnd: 70 + index * 150 + part.length * 5,
    bold: false,
    sup: false,
  }));
  return { page, y, x: 70, xEnd: segments.at(-1)?.xEnd ?? 70, size: 10, segments };
}

describe('dropFurniture', () => {
  it('drops a running head set deeper than the usual band when every page prints it at the same height, but not the same words at other heights', () => {
    const lines = [0, 1].flatMap((page) => [line('LIMITE', 772, page), line(page === 0 ? 'LIMITE' : `Body text of page ${page + 1}`, 745 - page * 20, page)]);
    expect(dropFurniture(lines, [A4, A4]).map(lineText)).toEqual(['LIMITE', 'Body text of page 2']);
  });

  it('drops the footer lines every page repeats, though the page number changes', () => {
    const lines = [0, 1, 2].flatMap((page) => [
      line(`Body text of page ${page + 1}`, 700, page),
      line(`15912/25\tEB/dk\t${page + 1}`, 44, page),
      line('JAI.1\tLIMITE\tEN', 32, page),
    ]);
    expect(dropFurniture(lines, [A4, A4, A4]).map(lineText)).toEqual(['Body text of page 1', 'Body text of page 2', 'Body text of page 3']);
  });

  it('keeps a line in the footer band that is not on every page', () => {
    const lines = [line('15912/25\tEB/dk\t1', 44, 0), line('15912/25\tEB/dk\t2', 44, 1), line('Annex', 20, 1)];
    expect(dropFurniture(lines, [A4, A4]).map(lineText)).toEqual(['Annex']);
  });

  it('keeps lines outside the header and footer bands even when every page has them', () => {
    const lines = [line('Items for discussion', 400, 0), line('Items for discussion', 400, 1)];
    expect(dropFurniture(lines, [A4, A4])).toEqual(lines);
  });

  it('drops a footer whose document number has a revision number equal to a page number (REV 1)', () => {
    const lines = [1, 2].flatMap((page) => [line(`Page ${page}`, 700, page - 1), line(`7925/1/12 REV 1\tEB/dk\t${page}`, 44, page - 1)]);
    expect(dropFurniture(lines, [A4, A4]).map(lineText)).toEqual(['Page 1', 'Page 2']);
  });

  it('drops a footer that every page but the first repeats, and a page number standing alone', () => {
    const lines = [0, 1, 2].flatMap((page) => [
      line(`Body text of page ${page + 1}`, 700, page),
      ...(page === 0 ? [] : [line(`15912/25\tEB/dk\t${page + 1}`, 44, page), line(`- ${page + 1} -`, 820, page)]),
    ]);
    expect(dropFurniture(lines, [A4, A4, A4]).map(lineText)).toEqual(['Body text of page 1', 'Body text of page 2', 'Body text of page 3']);
  });

  it('drops an annex page’s footer, which says what the other pages’ footers say with ANNEX before it', () => {
    const lines = [0, 1, 2].flatMap((page) => [
      line(`Body text of page ${page + 1}`, 700, page),
      line(`12631/21\tKR/mj\t${page + 1}`, 44, page),
      line(`${page === 2 ? 'ANNEX\t' : ''}JAI.1\tLIMITE\tEN`, 32, page),
    ]);
    expect(dropFurniture(lines, [A4, A4, A4]).map(lineText)).toEqual(['Body text of page 1', 'Body text of page 2', 'Body text of page 3']);
  });

  it('finds the footer of a landscape page in its band, as low as on a portrait page', () => {
    const landscape = { width: A4.height, height: A4.width };
    const lines = [0, 1].flatMap((page) => [line(`Body text of page ${page + 1}`, 400, page), line(`12631/21\tKR/mj\t${page + 1}`, 44, page)]);
    expect(dropFurniture(lines, [A4, landscape]).map(lineText)).toEqual(['Body text of page 1', 'Body text of page 2']);
  });

  it('drops the lines stamped above the first page’s text, set apart from it, and keeps the letterhead', () => {
    const lines = [
      line('123456/EU XXVII. GP', 818, 0),
      line('Eingelangt am 15/10/21', 808, 0),
      line('Council of the', 785, 0),
      line('European Union', 773, 0),
      line('Body text of page 2', 700, 1),
    ];
    expect(dropFurniture(lines, [A4, A4]).map(lineText)).toEqual(['Council of the', 'European Union', 'Body text of page 2']);
  });

  it('drops the footer of a one-page document, set apart below its text, and keeps its text in the band', () => {
    const lines = [line('Body text', 300, 0), line('the last line of the text', 52, 0), line('13250/22\tLM/vv\t1', 30, 0), line('JAI.1\tLIMITE\tFR', 18, 0)];
    expect(dropFurniture(lines, [A4]).map(lineText)).toEqual(['Body text', 'the last line of the text']);
  });
});

describe('dropFurniture with an annex of more pages than the body', () => {
  it('drops the body page’s footer line that the annex pages print with ANNEX before it', () => {
    const lines = [0, 1, 2].flatMap((page) => [
      line(`Text of page ${page + 1}`, 700, page),
      line(`10512/24 EXT 1\tTR/kl\t${page + 1}`, 44, page),
      line(page === 0 ? 'JAI.1\tEN' : 'ANNEX\tJAI.1\tEN', 32, page),
    ]);
    expect(dropFurniture(lines, [A4, A4, A4]).map(lineText)).toEqual(['Text of page 1', 'Text of page 2', 'Text of page 3']);
  });
});

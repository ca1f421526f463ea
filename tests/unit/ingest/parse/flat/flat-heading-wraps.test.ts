import { describe, expect, it } from 'vitest';
import { headingWrapsJoined } from '../../../../../scripts/ingest/parse/flat/flat-heading-wraps.ts';

/** The piece from `start` to the end of a page's line `text`. */
const joined = (text: string, start: number) => headingWrapsJoined(text, start, text.length);

describe('headingWrapsJoined', () => {
  it('reads a -layout heading’s title wrapped under itself as one title, however many lines it wraps over', () => {
    const page = `COOPERATION 6.1            Cooperation with the Latin American Committee on Internal Security ${' '.repeat(15)}(CLASI) During the trio`;
    expect(joined(page, page.indexOf('6.1'))).toBe('6.1            Cooperation with the Latin American Committee on Internal Security (CLASI) During the trio');
    const three = `done. 5.2      Zusammenarbeit mit den Ländern ${' '.repeat(9)}des westlichen Balkans, den Vereinigten ${' '.repeat(9)}Staaten von Amerika Der`;
    expect(joined(three, three.indexOf('5.2'))).toBe('5.2      Zusammenarbeit mit den Ländern des westlichen Balkans, den Vereinigten Staaten von Amerika Der');
  });

  it('counts the heading’s own indent, and a page’s first line joined with no space before it', () => {
    const indented = `done.    6.1      Title of the part ${' '.repeat(12)}(CLASI) Text`;
    expect(joined(indented, indented.indexOf('6.1'))).toBe('6.1      Title of the part (CLASI) Text');
    const first = `6.1      Title of the part ${' '.repeat(9)}(CLASI) Text`;
    expect(joined(first, 0)).toBe('6.1      Title of the part (CLASI) Text');
  });

  it('leaves as printed a gap of another width (a table’s columns), and a piece that opens with no -layout heading', () => {
    const table = `done. 6.1      Member State ${' '.repeat(20)}Unit${' '.repeat(11)}Status`;
    expect(joined(table, table.indexOf('6.1'))).toBe(`6.1      Member State ${' '.repeat(20)}Unit${' '.repeat(11)}Status`);
    const plain = `done. 6.1 Title of the part ${' '.repeat(5)}(CLASI) Text`;
    expect(joined(plain, plain.indexOf('6.1'))).toBe(`6.1 Title of the part ${' '.repeat(5)}(CLASI) Text`);
  });
});

import { describe, expect, it } from 'vitest';
import { splitBulletGlyphs } from '../../../../scripts/ingest/read/pdf-bullets.ts';
import type { Line, Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';

function line(text: string, x: number, y: number): Line {
  const segment: Segment = { text, gap: '', x, xEnd: x + text.length * 5, bold: false, sup: false };
  return { page: 0, y, x, xEnd: segment.xEnd, size: 12, segments: [segment] };
}

const cells = (of: Line) => of.segments.map((segment) => [segment.gap, segment.text, segment.x]);

describe('splitBulletGlyphs', () => {
  it('takes a dash set a space before its text off as a list glyph when the next line hangs under the text, and so every dash at that place', () => {
    const lines = [line('– la piattaforma europea', 113.5, 700), line('(EMPACT);', 127.7, 680), line('– le squadre comuni;', 113.5, 650)];
    const split = splitBulletGlyphs(lines);
    expect(split.map(cells)).toEqual([
      [
        ['', '–', 113.5],
        ['\t', 'la piattaforma europea', 127.7],
      ],
      [['', '(EMPACT);', 127.7]],
      [
        ['', '–', 113.5],
        ['\t', 'le squadre comuni;', 127.7],
      ],
    ]);
  });

  it('leaves a dash that a wrap put at the start of a line, its next line not hanging under it, as text', () => {
    const lines = [line('– threat picture and cooperation', 71, 700), line('with Ukraine', 71, 680)];
    expect(splitBulletGlyphs(lines)).toEqual(lines);
  });

  it('takes off as list glyphs Word’s arrow from Wingdings and its o from Courier New, set a space before their text', () => {
    const lines = [
      line('➢ Which measures have proved most', 85, 700),
      line('effective?', 99.3, 680),
      line('o background checks repeated at', 125, 650),
      line('regular intervals;', 143, 630),
    ];
    expect(splitBulletGlyphs(lines).map((of) => of.segments.map((segment) => segment.text))).toEqual([
      ['➢', 'Which measures have proved most'],
      ['effective?'],
      ['o', 'background checks repeated at'],
      ['regular intervals;'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { renderRow, renderSegments } from '../../../../scripts/ingest/read/pdf-render.ts';

function segment(text: string, extra: Partial<Segment> = {}): Segment {
  return { text, gap: '', x: 0, xEnd: 0, bold: false, sup: false, ...extra };
}

describe('renderSegments', () => {
  it('writes bold runs as **…** with the spaces around them outside the markers', () => {
    expect(renderSegments([segment('3.'), segment(' Information from the Presidency: ', { bold: true }), segment('text')])).toBe(
      '3. **Information from the Presidency:** text',
    );
  });

  it('writes a numeric superscript with superscript digits and a list of marks as ^{…}', () => {
    expect(renderSegments([segment('in 2010'), segment('12', { sup: true }), segment(' and package)'), segment('18, 19', { sup: true })])).toBe(
      'in 2010¹² and package)^{18, 19}',
    );
  });

  it('writes a tab gap as a tab', () => {
    expect(renderSegments([segment('From:'), segment('Presidency', { gap: '\t' })])).toBe('From:\tPresidency');
  });
});

describe('renderRow', () => {
  it('marks a row set larger than the body as a heading, one # fewer for each size step up', () => {
    const title = [segment('Presidency report', { bold: true })];
    expect(renderRow({ segments: title, level: null, size: 15 }, 12)).toBe('## **Presidency report**');
    expect(renderRow({ segments: title, level: null, size: 13 }, 12)).toBe('#### **Presidency report**');
    expect(renderRow({ segments: title, level: null, size: 12 }, 12)).toBe('**Presidency report**');
  });

  it('writes a list item with its nesting, and an empty item (a word processor’s empty list paragraph) as its glyph as printed', () => {
    expect(renderRow({ segments: [segment('From your perspective')], level: 1, size: 12, glyph: '–' }, 12)).toBe('  - From your perspective');
    expect(renderRow({ segments: [], level: 0, size: 12, glyph: '–' }, 12)).toBe('–');
    expect(renderRow({ segments: [], level: 1, size: 12, glyph: '•' }, 12)).toBe('  •');
    expect(renderRow({ segments: [], level: 0, size: 12 }, 12)).toBe('-');
  });
});

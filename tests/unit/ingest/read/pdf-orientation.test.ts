import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { uprightPages } from '../../../../scripts/ingest/read/pdf-orientation.ts';

const A4 = { width: 595.28, height: 841.89 };

/** A text item; the width is what a 0.5 em per character face would give. */
function item(str: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem {
  const fontSize = extra.fontSize ?? 12;
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize, bold: false, page: 0, angle: 0, ...extra };
}

/** A page of body text: three lines from x 70 to about 500. */
function body(page: number): PdfItem[] {
  return [700, 685, 670].map((y) => item(`Line at ${y} of the body text of page ${page + 1}, set across the type area.`, 70, y, { page }));
}

const texts = (items: readonly PdfItem[]) => items.map((kept) => kept.str);

describe('uprightPages', () => {
  it('drops a watermark set diagonally across the page in large type, and keeps the page’s text as it is', () => {
    const page = body(0);
    const { items, sizes } = uprightPages([...page, item('LIMITE', 172, 296, { fontSize: 110, angle: 45 })], [A4]);
    expect(items).toEqual(page);
    expect(sizes).toEqual([A4]);
  });

  it('drops text set upright in the margin beside the text (a stamp), on a one-page document too', () => {
    const { items } = uprightPages([...body(0), item('www.parlament.gv.at', 30, 380, { fontSize: 8, angle: 90 })], [A4]);
    expect(texts(items)).toEqual(texts(body(0)));
  });

  it('drops small text at an angle printed at the same place on two pages, inside the text', () => {
    const stamp = (page: number) => item('DECLASSIFIED', 200, 690, { page, fontSize: 14, angle: 30 });
    const { items } = uprightPages([...body(0), stamp(0), ...body(1), stamp(1)], [A4, A4]);
    expect(texts(items)).toEqual([...texts(body(0)), ...texts(body(1))]);
  });

  it('keeps small text at an angle inside the text that no other page repeats (a turned column heading), where it starts', () => {
    const heading = item('Total', 300, 680, { fontSize: 10, angle: 90 });
    const { items } = uprightPages([...body(0), heading], [A4]);
    expect(items).toContainEqual({ ...heading, angle: 0 });
    expect(items).toHaveLength(4);
  });

  it('turns a page whose text runs up the page, so that its lines read top down and the page is landscape', () => {
    // Two lines running upwards: the first (top, once turned) at the smaller x.
    const first = item('First line of the table', 100, 80, { angle: 90, page: 0 });
    const second = item('Second line of the table', 115, 80, { angle: 90, page: 0 });
    const { items, sizes } = uprightPages([second, first], [A4]);
    expect(sizes).toEqual([{ width: A4.height, height: A4.width }]);
    const [turnedSecond, turnedFirst] = items as [PdfItem, PdfItem];
    expect(turnedFirst.angle).toBe(0);
    expect(turnedFirst.x).toBe(80);
    expect(turnedFirst.y).toBeGreaterThan(turnedSecond.y);
    expect(turnedFirst.y).toBeCloseTo(A4.width - 100);
  });
});

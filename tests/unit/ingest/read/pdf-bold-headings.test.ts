import { describe, expect, it } from 'vitest';
import { isBoldHeading } from '../../../../scripts/ingest/read/pdf-bold-headings.ts';
import type { Segment } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import type { Paragraph } from '../../../../scripts/ingest/read/pdf-paragraphs.ts';

/** A paragraph of one row per line given, each line's words in one segment, bold or not; `\t` in a line sets a cell apart. */
function paragraph(lines: readonly string[], bold: boolean, level: number | null = null): Paragraph {
  const rows = lines.map((line) => ({
    level,
    size: 12,
    segments: line
      .split('\t')
      .map((text, index): Segment => ({ text, gap: index === 0 ? '' : '\t', x: index * 100, xEnd: index * 100 + 90, bold, sup: false })),
  }));
  return { rows, marks: [], pages: [0] };
}

const body = paragraph(['The Presidency of the Council of the European Union issues this report.'], false);

describe('isBoldHeading', () => {
  it('reads a bold line of body text over a paragraph that is not bold as a heading (`Presidency report`, `Areas which gathered general support`)', () => {
    expect(isBoldHeading(paragraph(['Presidency report'], true), body)).toBe(true);
    expect(isBoldHeading(paragraph(['Areas which gathered general support'], true), body)).toBe(true);
  });

  it('reads no heading in a lead-in, a line in capitals, a numbered or listed line, a table row, two lines, or a bold line over bold text', () => {
    expect(isBoldHeading(paragraph(['Questions to the Ministers:'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['NOTE'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['1. Adoption of the agenda'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['(a) Report of the Presidency'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['Presidency report'], true, 0), body)).toBe(false);
    expect(isBoldHeading(paragraph(['Action\tLead\tDeadline'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['Report to the European Parliament and national parliaments on the', 'proceedings of COSI'], true), body)).toBe(false);
    expect(isBoldHeading(paragraph(['Presidency report'], true), paragraph(['Background'], true))).toBe(false);
    expect(isBoldHeading(paragraph(['Presidency report'], true), undefined)).toBe(false);
    expect(isBoldHeading(paragraph(['Presidency report'], false), body)).toBe(false);
    expect(isBoldHeading(paragraph(['The Committee took note of the report.'], true), body)).toBe(false);
  });
});

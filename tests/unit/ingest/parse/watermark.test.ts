import { describe, expect, it } from 'vitest';
import { watermarkLines } from '../../../../scripts/ingest/parse/watermark.ts';

function lines(...texts: string[]): { text: string; line: number }[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

describe('watermarkLines', () => {
  it('finds the pieces of a diagonal LIMITE watermark that pdftotext prints as lines of their own', () => {
    const text = lines('Presidency', 'IT', '', 'From:', 'E', 'NOTE', '    M', 'The Council', 'LI', 'LIMITE', 'E', 'IT');
    expect([...watermarkLines(text)]).toEqual([2, 5, 7, 9, 11, 12]);
  });

  it('finds none when the short lines do not hold every letter of the word, or are too few', () => {
    expect(watermarkLines(lines('A', 'I', 'E', 'M', 'The text'))).toEqual(new Set());
    expect(watermarkLines(lines('LI', 'M', 'ITE', 'The text'))).toEqual(new Set());
  });
});

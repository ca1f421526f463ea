import { describe, expect, it } from 'vitest';
import { watermarkLines, withoutFlatWatermark } from '../../../../../scripts/ingest/parse/furniture/watermark.ts';

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

describe('withoutFlatWatermark', () => {
  it('takes out of a page run into one line the words that are the watermark’s pieces, each with the space before it', () => {
    expect(
      withoutFlatWatermark('IT Council of the European Union … Exchange of views From: Subject: E NOTE M The 19 December … affairs. LI In the context'),
    ).toBe('Council of the European Union … Exchange of views From: Subject: NOTE The 19 December … affairs. In the context');
  });

  it('takes the pieces but not a footer’s language nor a word a sentence uses (`… LIMITE 2 IT`, `of IT and`)', () => {
    expect(withoutFlatWatermark('The delegations of IT and M E reported … LI In the context IT')).toBe('The delegations of IT and reported … In the context');
    expect(withoutFlatWatermark('E the fostering IT cooperation. LI In M a strong, IT coordinated … of 9267/25 JAI.1 GG/mr LIMITE 2 IT')).toBe(
      'the fostering IT cooperation. In a strong, coordinated … of 9267/25 JAI.1 GG/mr LIMITE 2 IT',
    );
    // down a -layout page the pieces spell the word backward in their order, each between words in small letters
    expect(withoutFlatWatermark('by addressing E the … on specific IT elements … to M the … private LI sector … fostering IT cooperation')).toBe(
      'by addressing the … on specific elements … to the … private sector … fostering IT cooperation',
    );
  });

  it('leaves a page whose short capital words are not the word’s letters exactly as it is (too many that none tells apart, or too few)', () => {
    for (const page of [
      'The delegations of IT and M E reported on IT … LI In the context IT',
      'IT and FR entered a scrutiny reservation. E',
      'The Committee approved the text.',
    ])
      expect(withoutFlatWatermark(page)).toBe(page);
  });
});

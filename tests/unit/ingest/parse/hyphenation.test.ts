import { describe, expect, it } from 'vitest';
import { isHyphenationBreak, joinWrappedLine, vocabularyOf } from '../../../../scripts/ingest/parse/hyphenation.ts';

describe('isHyphenationBreak', () => {
  const words = vocabularyOf(['international cooperation between authorities', 'a public-private partnership']);

  it('tells a word hyphenation broke, written whole elsewhere in the document', () => {
    expect(isHyphenationBreak('strengthening international coopera-', 'tion between', words)).toBe(true);
  });

  it('keeps a compound the document writes with its hyphen, and a word it never writes whole', () => {
    expect(isHyphenationBreak('a public-', 'private partnership', words)).toBe(false);
    expect(isHyphenationBreak('confirming the importance of cross-', 'border work', words)).toBe(false);
  });
});

describe('joinWrappedLine', () => {
  const words = vocabularyOf(['the implementation of the Directive by terminal operators', 'a public-private partnership']);

  it('joins a word hyphenation cut whole where the document spells it whole, the hyphen glued or after the space of a justified line', () => {
    expect(joinWrappedLine('^1 On the imple-', 'mentation of the Directive.', words)).toBe('^1 On the implementation of the Directive.');
    expect(joinWrappedLine('^2 The staff of terminal op -', '  erators, whose number grew.', words)).toBe(
      '^2 The staff of terminal operators, whose number grew.',
    );
  });

  it('keeps a compound’s hyphen, a word the document never spells whole, and joins other lines with one space', () => {
    expect(joinWrappedLine('^1 A public-', 'private partnership.', words)).toBe('^1 A public- private partnership.');
    expect(joinWrappedLine('^1 The programme on transna -', 'tional crime.', words)).toBe('^1 The programme on transna - tional crime.');
    expect(joinWrappedLine('^1 Doc. 8123/25,', '  distributed on 14 April.', words)).toBe('^1 Doc. 8123/25, distributed on 14 April.');
  });
});

import { describe, expect, it } from 'vitest';
import { isHyphenationBreak, vocabularyOf } from '../../../../scripts/ingest/parse/hyphenation.ts';

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

import { describe, expect, it } from 'vitest';
import { xmlText } from '../../../src/lib/xml-text.ts';
import { xmlErrors } from '../../support/xml.ts';

/** One character of each kind XML 1.0 forbids, as a source can hold them. */
const FORBIDDEN = ['\u0000', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\ufffe', '\uffff'] as const;

/** Surrogates standing alone: not characters at all, which no UTF-8 file can hold (Node writes them as U+FFFD). */
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'] as const;

describe('xmlText', () => {
  it('replaces each character XML 1.0 forbids with U+FFFD, so that a document holding it parses', () => {
    for (const character of FORBIDDEN) {
      const text = `a${character}b`;
      expect(xmlErrors(`<t>${text}</t>`), JSON.stringify(character)).not.toEqual([]);
      expect(xmlText(text)).toBe('a\ufffdb');
      expect(xmlErrors(`<t>${xmlText(text)}</t>`)).toEqual([]);
    }
  });

  it('replaces a surrogate standing alone, high or low, with U+FFFD', () => {
    for (const surrogate of LONE_SURROGATES) expect(xmlText(`a${surrogate}b`), JSON.stringify(surrogate)).toBe('a\ufffdb');
    expect(xmlText('\ud800\ud800\udc00\udc00')).toBe('\ufffd\ud800\udc00\ufffd');
  });

  it('keeps tab, line feed, carriage return, astral characters (a surrogate pair) and the noncharacters XML allows', () => {
    const text = 'tab\tline\ncr\r emoji 🇪🇺 U+FDD0 \ufdd0 U+1FFFE \u{1fffe} U+FFFD \ufffd';
    expect(xmlText(text)).toBe(text);
  });
});

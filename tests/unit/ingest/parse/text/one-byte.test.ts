import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { holdsWideCharacters, oneByte } from '../../../../../scripts/ingest/parse/text/one-byte.ts';

/** A page of a document that holds an en dash and a superscript figure on other lines: V8 holds it two bytes a character. */
const PAGE = [
  'Brussels, 18 November 2025',
  'Délégations – Ständiger Ausschuss',
  'COSI took note of the Presidency’s report¹.',
  'Réunion du comité permanent de coopération opérationnelle',
  '\u0085\u0092\u00a0ÿ\t  ',
].join('\n');

describe('oneByte', () => {
  it('gives every line back equal to itself, Latin-1 only or not, C1 controls and the no-break space included', () => {
    for (const line of PAGE.split('\n')) expect(oneByte(line)).toBe(line);
    expect(oneByte('')).toBe('');
  });

  it('holds a line of every Latin-1 character cut from a text held two bytes a character one byte a character', () => {
    // V8's serializer tags a string with how it is held, after its header and any padding: `"` one byte a character, `c` two
    const held = (text: string): string => {
      const bytes = serialize(text);
      return String.fromCharCode(bytes.subarray(2).find((byte) => byte !== 0) ?? 0);
    };
    const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join('');
    const line = `${latin1}– Ständiger Ausschuss`.split('–')[0] ?? '';
    expect(held(line)).toBe('c');
    expect(oneByte(line)).toBe(latin1);
    expect(held(oneByte(line))).toBe('"');
  });

  it('keeps a lone surrogate and a character beyond the basic plane as they are', () => {
    expect(oneByte('Ende \ud800 und 😀')).toBe('Ende \ud800 und 😀');
  });
});

describe('holdsWideCharacters', () => {
  it('tells a text with a character beyond Latin-1 from one without', () => {
    expect(holdsWideCharacters(PAGE)).toBe(true);
    expect(holdsWideCharacters('Réunion du comité permanent\u00a0ÿ')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { holdsWideCharacters, oneByte } from '../../../../scripts/ingest/parse/one-byte.ts';

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

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the file that patches/astro+7.3.5.patch changes, loaded as the build loads it.
import { chunkString } from '../../../node_modules/astro/dist/content/data-store-writer.js';

const WRITER = new URL('../../../node_modules/astro/dist/content/data-store-writer.js', import.meta.url);

/** Astro 7.3.5's cut before the patch: every character's UTF-8 length from encoding it on its own. */
function unpatchedChunks(text: string, maxBytes: number): string[] {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let index = start;
    let bytes = 0;
    while (index < text.length) {
      const length = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      const charBytes = encoder.encode(text.slice(index, index + length)).length;
      if (bytes + charBytes > maxBytes && index > start) break;
      index += length;
      bytes += charBytes;
      if (bytes >= maxBytes) break;
    }
    parts.push(text.slice(start, index));
    start = index;
  }
  return parts;
}

describe("Astro's chunked data-store writer, as patched", () => {
  it('is patched: a part is measured with Buffer.byteLength, not one character at a time', () => {
    const source = readFileSync(WRITER, 'utf8');
    expect(source).toContain('Buffer.byteLength(');
    expect(source).not.toContain('ENCODER.encode(str.slice(index, index + charLength))');
  });

  it('cuts parts at UTF-8 byte counts without splitting a character', () => {
    // a = 1 byte, € = 3, 😀 = 4 (two UTF-16 units), é = 2.
    expect(chunkString('a€😀b', 4)).toEqual(['a€', '😀', 'b']);
    expect(chunkString('ééé', 3)).toEqual(['é', 'é', 'é']);
    expect(chunkString('xxxxxxxxxx', 4)).toEqual(['xxxx', 'xxxx', 'xx']);
    expect(chunkString('ab', 10)).toEqual(['ab']);
  });

  it('keeps a character longer than a part whole, and a lone surrogate as three bytes', () => {
    expect(chunkString('😀a', 2)).toEqual(['😀', 'a']);
    expect(chunkString('\ud800ab', 3)).toEqual(['\ud800', 'ab']);
  });

  it('cuts every string where the unpatched writer did', () => {
    const character = fc.constantFrom('a', 'é', '€', '😀', '\ud800', '\udc00', '\n', '"');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 60 }), fc.integer({ min: 1, max: 16 }), (characters, maxBytes) => {
        const text = characters.join('');
        expect(chunkString(text, maxBytes)).toEqual(unpatchedChunks(text, maxBytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejoins to the exact original string', () => {
    const text = 'Council conclusions — 14470/1/25 REV 1 😀 «EU» '.repeat(500);
    const parts = chunkString(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(1000);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the file that patches/astro+7.3.5.patch changes, loaded as the build loads it.
import { chunkString } from '../../node_modules/astro/dist/content/data-store-writer.js';

const WRITER = new URL('../../node_modules/astro/dist/content/data-store-writer.js', import.meta.url);

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

  it('rejoins to the exact original string', () => {
    const text = 'Council conclusions — 14470/1/25 REV 1 😀 «EU» '.repeat(500);
    const parts = chunkString(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(1000);
  });
});

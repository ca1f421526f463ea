import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deflateAhead, deflatedAhead, takeDeflated } from '../../../src/lib/deflate-ahead.ts';
import { fileResponse } from '../../../src/lib/file-response.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('deflateAhead and takeDeflated', () => {
  it("keeps a built file's raw deflate for the zip with the size and CRC-32 of its bytes, given once", async () => {
    vi.stubEnv('PROD', true);
    const bytes = Buffer.from('123456789');
    deflateAhead('/data/decisions/2025.json', bytes);
    const ahead = takeDeflated('/data/decisions/2025.json');
    expect(ahead?.size).toBe(9);
    expect(ahead?.crc32).toBe(0xcbf43926);
    expect(inflateRawSync((await ahead?.deflated) ?? Buffer.alloc(0)).equals(bytes)).toBe(true);
    expect(takeDeflated('/data/decisions/2025.json')).toBeUndefined();
  });

  it('keeps nothing outside a build: the dev server makes no zip to take it', () => {
    vi.stubEnv('PROD', false);
    deflateAhead('/data/items/2024.csv', Buffer.from('id,title\r\n'));
    expect(takeDeflated('/data/items/2024.csv')).toBeUndefined();
  });
});

describe('deflatedAhead', () => {
  it("gives back the file's response itself and deflates the bytes it was made of", async () => {
    vi.stubEnv('PROD', true);
    const text = '\uFEFFid,subject\r\n15214/19,"Ständiger Ausschuss — “COSI” 😀"\r\n';
    const response = fileResponse(text, 'text/csv; charset=utf-8');
    expect(deflatedAhead('/data/documents/2019.csv', response)).toBe(response);
    const ahead = takeDeflated('/data/documents/2019.csv');
    const bytes = Buffer.from(text, 'utf8');
    expect(ahead?.size).toBe(bytes.byteLength);
    expect(ahead?.crc32).toBe(crc32(bytes));
    expect(inflateRawSync((await ahead?.deflated) ?? Buffer.alloc(0)).equals(bytes)).toBe(true);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

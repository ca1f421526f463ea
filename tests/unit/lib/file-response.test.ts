import { describe, expect, it } from 'vitest';
import { fileResponse, fileResponseBytes } from '../../../src/lib/file-response.ts';

/** Where the patched static build (patches/astro+7.3.5.patch, core/build/generate.js) takes a response's bytes from. */
const PAGE_BYTES = Symbol.for('cosi-archive.page-bytes');

describe('fileResponse', () => {
  it("keeps the UTF-8 bytes of its text beside the response, the same bytes its body gives, and the file's content type", async () => {
    const text = '\uFEFFid,title\r\n6543/25,"Ständiger Ausschuss — “COSI” 😀 & Ελληνικά"\r\n';
    const response = fileResponse(text, 'text/csv; charset=utf-8');
    const kept: unknown = Reflect.get(response, PAGE_BYTES);
    expect(kept).toBeInstanceOf(Uint8Array);
    const body = Buffer.from(await response.arrayBuffer());
    expect(Buffer.from(kept as Uint8Array).equals(body)).toBe(true);
    expect(body.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('gives its body as the kept bytes themselves, not a copy of them', async () => {
    const response = fileResponse('[["ab","Ablauf",3]]', 'application/json; charset=utf-8');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).value).toBe(Reflect.get(response, PAGE_BYTES));
    expect((await reader.read()).done).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, as a response made from the string itself does', async () => {
    const text = 'a\uD800b';
    const kept = Reflect.get(fileResponse(text, 'text/plain'), PAGE_BYTES) as Uint8Array;
    expect(Buffer.from(kept).equals(Buffer.from(await new Response(text).arrayBuffer()))).toBe(true);
  });

  it('gives a text given in parts the bytes of the whole text, a character beyond the BMP and a lone surrogate included', async () => {
    const parts = ['\uFEFF', 'id,title\r\n', '6543/25,"Ständiger Ausschuss — “COSI” 😀"\r\n', '', 'a\uD800b\r\n'];
    const response = fileResponse(parts, 'text/csv; charset=utf-8');
    const kept = Buffer.from(Reflect.get(response, PAGE_BYTES) as Uint8Array);
    expect(kept.equals(Buffer.from(await new Response(parts.join('')).arrayBuffer()))).toBe(true);
    expect(Buffer.from(await response.arrayBuffer()).equals(kept)).toBe(true);
  });
});

describe('fileResponseBytes', () => {
  it('gives the bytes a response of fileResponse keeps, and refuses any other response', () => {
    const response = fileResponse(['[', '{"id":"6543/25"}', ']\n'], 'application/json; charset=utf-8');
    expect(fileResponseBytes(response)).toBe(Reflect.get(response, PAGE_BYTES));
    expect(() => fileResponseBytes(new Response('[]'))).toThrow(/not a response of fileResponse/);
  });
});

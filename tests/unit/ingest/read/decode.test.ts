import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../../scripts/ingest/read/decode.ts';

const seed = readFileSync(new URL('../../../../content/sources/000_fcebac5ee47826ac.txt', import.meta.url));

function textOf(bytes: Uint8Array): string {
  const result = decodeSource(bytes);
  if (!result.ok) throw new Error(`expected text, got: ${result.message}`);
  return result.text;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

describe('decodeSource', () => {
  it('reads a UTF-8 seed with its en dashes and Polish letters intact', () => {
    const text = textOf(seed);
    expect(text).toContain('Implementation of the European Internal Security Strategy – way forward');
    expect(text).toContain('Gdańsk, Poland on 28–29 October 2025');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const text = textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Brussels, 25 November 2025')]));
    expect(text).toBe('Brussels, 25 November 2025');
  });

  it('reads UTF-16 little- and big-endian text by its byte-order mark', () => {
    expect(textOf(utf16('Gdańsk – 15912/25\r\n', 'le'))).toBe('Gdańsk – 15912/25\r\n');
    expect(textOf(utf16('Gdańsk – 15912/25\r\n', 'be'))).toBe('Gdańsk – 15912/25\r\n');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Déclaration – Conseil" with é = 0xE9 and the en dash = 0x96 in Windows-1252.
    const bytes = Buffer.from([0x44, 0xe9, 0x63, 0x6c, 0x61, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x96, 0x20, 0x43, 0x6f, 0x6e, 0x73, 0x65, 0x69, 0x6c]);
    expect(textOf(bytes)).toBe('Déclaration – Conseil');
  });

  it('keeps CRLF line endings and tabs for the normaliser', () => {
    expect(textOf(Buffer.from('From:\tPresidency\r\nTo:\tDelegations\r\n'))).toBe('From:\tPresidency\r\nTo:\tDelegations\r\n');
  });

  it('rejects an empty file and a file of only spaces and line breaks', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: false, line: 0, message: 'empty file' });
    expect(decodeSource(Buffer.from(' \r\n\t\n'))).toEqual({ ok: false, line: 0, message: 'empty file' });
    expect(decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x0a]))).toEqual({ ok: false, line: 0, message: 'empty file' });
  });

  it('rejects a file with NUL bytes as binary', () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0x00, 0x01, 0x02]), Buffer.from('stream')]);
    expect(decodeSource(bytes)).toEqual({ ok: false, line: 0, message: 'binary file, not text' });
  });

  it('rejects a file full of control characters as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, index) => (index % 5 === 0 ? 0x07 : 0x41)));
    expect(decodeSource(bytes)).toEqual({ ok: false, line: 0, message: 'binary file, not text' });
  });

  it('accepts a long document with a stray form feed and vertical tab', () => {
    const text = `${'COSI took note of the report. '.repeat(20)}\f\u000b\n`;
    expect(textOf(Buffer.from(text))).toBe(text);
  });
});

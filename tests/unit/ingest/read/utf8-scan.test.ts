import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanUtf8 } from '../../../../scripts/ingest/read/utf8-scan.ts';

/** The text the scan implies: each valid stretch decoded, one U+FFFD per invalid run. */
function rebuilt(bytes: Uint8Array): string {
  const { invalid } = scanUtf8(bytes);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text = '';
  let from = 0;
  for (const run of invalid) {
    text += `${strict.decode(bytes.subarray(from, run.offset))}\uFFFD`;
    from = run.offset + run.length;
  }
  return text + strict.decode(bytes.subarray(from));
}

describe('scanUtf8', () => {
  it('finds the runs TextDecoder replaces, for any bytes: the valid stretches decode strictly and the text is the same', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(fc.constantFrom(0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90), { maxLength: 60 })
        .map((list) => Uint8Array.from(list)),
      fc.string({ unit: 'binary', maxLength: 100 }).map((text) => Uint8Array.from(Buffer.from(text))),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        expect(rebuilt(input)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(input));
      }),
      { numRuns: 3_000 },
    );
  });

  it('counts the valid characters of more than one byte and the invalid runs', () => {
    expect(scanUtf8(Buffer.from('Gdańsk – “COSI” 😀'))).toEqual({ invalid: [], multiByte: 5 });
    // A lone Windows-1252 é, a cut "€", an overlong NUL (C0 80), and a UTF-16 surrogate (ED A0 80), each as WHATWG reads them.
    expect(scanUtf8(Uint8Array.from([0x61, 0xe9, 0x62]))).toEqual({ invalid: [{ offset: 1, length: 1 }], multiByte: 0 });
    expect(scanUtf8(Uint8Array.from([0xe2, 0x82, 0x41]))).toEqual({ invalid: [{ offset: 0, length: 2 }], multiByte: 0 });
    expect(scanUtf8(Uint8Array.from([0xc0, 0x80]))).toEqual({
      invalid: [
        { offset: 0, length: 1 },
        { offset: 1, length: 1 },
      ],
      multiByte: 0,
    });
    expect(scanUtf8(Uint8Array.from([0xed, 0xa0, 0x80])).invalid).toHaveLength(3);
  });

  it('scans a megabyte of invalid bytes without recursion', () => {
    expect(scanUtf8(new Uint8Array(1_000_000).fill(0xff)).invalid).toHaveLength(1_000_000);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../../scripts/ingest/read/decode.ts';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';

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

  it('reads UTF-16 text that lost its byte-order mark by where its zero bytes stand, and says so: English, Greek, Bulgarian', () => {
    const texts = [
      'Brussels, 25 November 2025\r\n15912/25\r\nGdańsk – COSI\r\n',
      'Βρυξέλλες, 25 Νοεμβρίου 2025\n15912/25\nΣΗΜΕΙΩΜΑ\nΑποστολέας: Προεδρία\n',
      'Брюксел, 25 ноември 2025 г.\n15912/25\nБЕЛЕЖКА\nОт: Председателството\n',
    ];
    for (const text of texts)
      for (const endian of ['le', 'be'] as const) {
        const bytes = utf16(text, endian).subarray(2);
        const order = endian === 'le' ? 'UTF-16LE' : 'UTF-16BE';
        expect(decodeSource(bytes)).toEqual({
          ok: true,
          text,
          warnings: [{ line: 0, message: `no byte-order mark, but zero bytes where ${order} text has them: read as ${order}` }],
        });
      }
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    // "Déclaration – Conseil" with é = 0xE9 and the en dash = 0x96 in Windows-1252.
    const bytes = Buffer.from([0x44, 0xe9, 0x63, 0x6c, 0x61, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x96, 0x20, 0x43, 0x6f, 0x6e, 0x73, 0x65, 0x69, 0x6c]);
    expect(decodeSource(bytes)).toEqual({
      ok: true,
      text: 'Déclaration – Conseil',
      warnings: [
        { line: 0, message: 'not UTF-8 (2 byte sequences that UTF-8 does not allow against 0 valid characters of more than one byte): read as Windows-1252' },
      ],
    });
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

/** The seeds' bytes: UTF-8 texts with Polish letters, dashes and quotes (the only text sources of the archive so far). */
const SEEDS = readdirSync(new URL('../../../../content/sources/', import.meta.url))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(`../../../../content/sources/${name}`, import.meta.url)));

describe('decodeSource on bytes that are not all UTF-8', () => {
  it('reads a UTF-8 note with one Windows-1252 byte as UTF-8: Gdańsk and Kraków intact, the byte one U+FFFD, a warning naming its line', () => {
    const result = decodeSource(readFileSync(new URL('../../../fixtures/sources-page/broken-byte.txt', import.meta.url)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('port security in Gdańsk and the visit to Kraków – both were well attended.');
    // Line 19 was typed "région" with é as the Windows-1252 byte 0xE9.
    expect(result.text).toContain('Participants from the r\uFFFDgion agreed');
    expect(result.text).not.toContain('Å');
    expect(result.warnings).toEqual([{ line: 19, message: '1 byte sequence that UTF-8 does not allow (E9) replaced by U+FFFD' }]);
    expect(normalise(result.text).find((line) => line.text.includes('\uFFFD'))?.line).toBe(19);
  });

  it('counts lines as the parser does: CRLF once, CR, form feed and U+2028 each a new line', () => {
    const bytes = Buffer.concat([Buffer.from('a\r\nb\rc\u2028d\fe ń '), Buffer.from([0xe9]), Buffer.from('\nf')]);
    const result = decodeSource(bytes);
    expect(result).toMatchObject({ ok: true, warnings: [{ line: 5, message: '1 byte sequence that UTF-8 does not allow (E9) replaced by U+FFFD' }] });
  });

  it('names every bad sequence of a line, cut and truncated sequences included, and never falls back to Windows-1252 after a UTF-8 byte-order mark', () => {
    // 0xE2 0x82 is the start of "€" cut short; 0xC0 never starts a character; 0xFF neither.
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Total: 5 '),
      Buffer.from([0xe2, 0x82]),
      Buffer.from(' and '),
      Buffer.from([0xc0, 0xff]),
    ]);
    expect(decodeSource(bytes)).toEqual({
      ok: true,
      text: 'Total: 5 \uFFFD and \uFFFD\uFFFD',
      warnings: [{ line: 1, message: '3 byte sequences that UTF-8 does not allow (E2 82, C0, FF) replaced by U+FFFD' }],
    });
  });

  it('gives each of the first 50 lines with bad bytes its own warning and counts the lines after them in one', () => {
    const lines = Array.from({ length: 60 }, (_, index) =>
      Buffer.concat([Buffer.from(`Gdańsk, Kraków, Łódź ${index + 1} `), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const result = decodeSource(Buffer.concat(lines));
    expect(result.ok && result.warnings?.length).toBe(51);
    expect(result.ok && result.warnings?.[49]).toEqual({ line: 50, message: '1 byte sequence that UTF-8 does not allow (E9) replaced by U+FFFD' });
    expect(result.ok && result.warnings?.[50]).toEqual({
      line: 51,
      message: 'and on 10 more lines from here on, 10 byte sequences that UTF-8 does not allow replaced by U+FFFD',
    });
  });

  it('reads every seed re-encoded as Windows-1252 as Windows-1252 (the rule that decides: its bad sequences outnumber its valid characters)', () => {
    for (const seed of SEEDS) {
      const legacy = iconv.encode(seed.toString('utf8'), 'win1252');
      const result = decodeSource(legacy);
      expect(result.ok && result.text).toBe(iconv.decode(legacy, 'win1252'));
      expect(result.ok && result.warnings?.[0]?.message).toMatch(/ against 0 valid characters of more than one byte\): read as Windows-1252$/);
    }
  });

  it('reads every seed with one byte damaged (a letter made 0xE9) as UTF-8 with one U+FFFD, every other character intact', () => {
    for (const seed of SEEDS) {
      const text = seed.toString('utf8');
      const at = seed.indexOf('Delegations');
      const damaged = Buffer.from(seed);
      damaged[at] = 0xe9;
      const result = decodeSource(damaged);
      expect(result.ok && result.text).toBe(`${text.slice(0, text.indexOf('Delegations'))}\uFFFD${text.slice(text.indexOf('Delegations') + 1)}`);
      expect(result.ok && result.warnings).toHaveLength(1);
    }
  });
});

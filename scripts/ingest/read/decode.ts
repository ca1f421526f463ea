import iconv from 'iconv-lite';
import type { IngestWarning } from '../../../src/schemas/record.ts';
import { linesOfOffsets } from './line-breaks.ts';
import { scanUtf8, type InvalidRun } from './utf8-scan.ts';

/**
 * The outcome of decoding one source: its text and what the decoder had to decide (bytes replaced, an encoding
 * guessed), or why it is not a text file (line 0: the whole file).
 */
export type DecodeResult = { ok: true; text: string; warnings?: readonly IngestWarning[] } | { ok: false; line: number; message: string };

/** Byte-order marks, longest first so UTF-8's three bytes are tested before UTF-16's two. */
const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Control characters that never occur in a text document (C0 except tab, line feed, form feed, carriage return; DEL). */
const FOREIGN_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Share of foreign control characters above which a file is taken for binary data. */
const BINARY_CONTROL_SHARE = 0.02;

/** The fallback for bytes that are not UTF-8: what Word and older Council exports write on Windows. */
const LEGACY_ENCODING = 'win1252';

/** What stands for each run of bytes that is not UTF-8 in a file read as UTF-8. */
const REPLACEMENT = '\uFFFD';

/** Bytes of a run shown in its warning; a longer run is cut with `…`. */
const SHOWN_BYTES = 8;

/** Runs shown in one line's warning; the rest are counted. */
const SHOWN_RUNS = 8;

/** Lines given a warning of their own; the lines after them share one warning that counts them. */
const WARNED_LINES = 50;

/**
 * Bytes → text. Guarantees on success: no byte-order mark, no NUL, at least one non-space character; every byte that
 * is not UTF-8 in a file read as UTF-8 is one U+FFFD with a warning naming its line.
 *
 * A BOM decides the encoding. Without one, the file is UTF-8 unless it is not UTF-8 as a whole, which is measured: the
 * runs of bytes that are not UTF-8 outnumber the valid multi-byte characters. In Windows-1252 text nearly every
 * non-ASCII letter is such a run and a valid UTF-8 pair is a coincidence (an upper-case accented letter or `ß` right
 * before a symbol such as `’`); the seeds re-encoded as Windows-1252 give 1–89 runs against 0 valid characters,
 * while one damaged byte in a UTF-8 seed gives 1 run against 1–149 (tests/unit/ingest/read/decode.test.ts).
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  const { text, warnings } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, line: 0, message: 'empty file' };
  if (looksBinary(text)) return { ok: false, line: 0, message: 'binary file, not text' };
  return warnings.length === 0 ? { ok: true, text } : { ok: true, text, warnings };
}

function decodeText(bytes: Uint8Array): { text: string; warnings: IngestWarning[] } {
  const mark = BYTE_ORDER_MARKS.find(({ bytes: bom }) => bom.every((byte, index) => bytes[index] === byte));
  if (mark !== undefined && mark.encoding !== 'utf-8') return { text: new TextDecoder(mark.encoding).decode(bytes.subarray(mark.bytes.length)), warnings: [] };
  const wide = mark === undefined ? utf16Without(bytes) : null;
  if (wide !== null)
    return {
      text: new TextDecoder(wide).decode(bytes),
      warnings: [{ line: 0, message: `no byte-order mark, but zero bytes where ${wide.toUpperCase()} text has them: read as ${wide.toUpperCase()}` }],
    };
  const body = mark === undefined ? bytes : bytes.subarray(mark.bytes.length);
  const valid = strictUtf8(body);
  if (valid !== null) return { text: valid, warnings: [] };
  const { invalid, multiByte } = scanUtf8(body);
  if (mark === undefined && invalid.length > multiByte) {
    const message = `not UTF-8 (${count(invalid.length, 'byte sequence')} that UTF-8 does not allow against ${count(multiByte, 'valid character')} of more than one byte): read as Windows-1252`;
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), LEGACY_ENCODING), warnings: [{ line: 0, message }] };
  }
  return withReplacements(body, invalid);
}

/** Byte pairs looked at to tell UTF-16 text without a byte-order mark (a Windows "Unicode" export that lost it). */
const UTF16_SAMPLE_PAIRS = 4096;

/** Share of pairs whose high byte is zero in UTF-16 text: its ASCII characters (Greek and Cyrillic text has their spaces, digits and signs). */
const UTF16_HIGH_ZEROS = 1 / 8;

/** How many times fewer zero low bytes than zero high bytes UTF-16 text has (`Ѐ`, U+0400, is one). */
const UTF16_LOW_ZEROS_AGAINST = 50;

/**
 * The UTF-16 byte order of a text without a byte-order mark, or null: in UTF-16 text the high byte of every ASCII
 * character is zero (second in little-endian order, first in big-endian) and the low byte almost never is; no UTF-8
 * or Windows-1252 text has zero bytes at all, and binary data has as many at either place.
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(UTF16_SAMPLE_PAIRS, Math.floor(bytes.length / 2));
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[2 * pair] === 0) evenZeros += 1;
    if (bytes[2 * pair + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * UTF16_HIGH_ZEROS && evenZeros * UTF16_LOW_ZEROS_AGAINST < oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * UTF16_HIGH_ZEROS && oddZeros * UTF16_LOW_ZEROS_AGAINST < evenZeros) return 'utf-16be';
  return null;
}

/** The text of bytes that are all UTF-8, or null; the decoder's native check, so that most files are never scanned byte by byte. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of UTF-8 bytes with one U+FFFD per invalid run (as TextDecoder gives it), and a warning per line with runs. */
function withReplacements(bytes: Uint8Array, invalid: readonly InvalidRun[]): { text: string; warnings: IngestWarning[] } {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  let from = 0;
  for (const run of invalid) {
    const valid = decoder.decode(bytes.subarray(from, run.offset));
    parts.push(valid, REPLACEMENT);
    length += valid.length;
    offsets.push(length);
    length += REPLACEMENT.length;
    from = run.offset + run.length;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  const text = parts.join('');
  const byLine = new Map<number, InvalidRun[]>();
  linesOfOffsets(text, offsets).forEach((line, index) => {
    const run = invalid[index];
    if (run === undefined) return;
    const runs = byLine.get(line);
    if (runs === undefined) byLine.set(line, [run]);
    else runs.push(run);
  });
  const lines = [...byLine];
  const warnings = lines.slice(0, WARNED_LINES).map(([line, runs]) => ({ line, message: replacedMessage(bytes, runs) }));
  const rest = lines.slice(WARNED_LINES);
  const [first] = rest;
  if (first !== undefined) {
    const runs = rest.reduce((sum, [, each]) => sum + each.length, 0);
    warnings.push({
      line: first[0],
      message: `and on ${count(rest.length, 'more line')} from here on, ${count(runs, 'byte sequence')} that UTF-8 does not allow replaced by U+FFFD`,
    });
  }
  return { text, warnings };
}

function replacedMessage(bytes: Uint8Array, runs: readonly InvalidRun[]): string {
  const shown = runs.slice(0, SHOWN_RUNS).map((run) => hex(bytes.subarray(run.offset, run.offset + run.length)));
  const more = runs.length > SHOWN_RUNS ? `, and ${runs.length - SHOWN_RUNS} more` : '';
  return `${count(runs.length, 'byte sequence')} that UTF-8 does not allow (${shown.join(', ')}${more}) replaced by U+FFFD`;
}

function hex(bytes: Uint8Array): string {
  const shown = [...bytes.subarray(0, SHOWN_BYTES)].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return bytes.length > SHOWN_BYTES ? `${shown} …` : shown;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(FOREIGN_CONTROL)?.length ?? 0;
  return controls / text.length > BINARY_CONTROL_SHARE;
}

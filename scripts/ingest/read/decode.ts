import iconv from 'iconv-lite';

/** The outcome of decoding one source: its text, or why it is not a text file (line 0: the whole file). */
export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; message: string };

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

/**
 * Bytes → text. Guarantees on success: no byte-order mark, no NUL, at least one non-space character.
 * A BOM decides the encoding; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  const text = decodeText(bytes);
  if (text.trim() === '') return { ok: false, line: 0, message: 'empty file' };
  if (looksBinary(text)) return { ok: false, line: 0, message: 'binary file, not text' };
  return { ok: true, text };
}

function decodeText(bytes: Uint8Array): string {
  const mark = BYTE_ORDER_MARKS.find(({ bytes: bom }) => bom.every((byte, index) => bytes[index] === byte));
  if (mark !== undefined) return new TextDecoder(mark.encoding).decode(bytes.subarray(mark.bytes.length));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), LEGACY_ENCODING);
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(FOREIGN_CONTROL)?.length ?? 0;
  return controls / text.length > BINARY_CONTROL_SHARE;
}

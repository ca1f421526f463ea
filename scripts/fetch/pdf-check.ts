/** Whether a downloaded body is a whole PDF, judged from its ends and size: only a whole PDF becomes a source. */

/** How many bytes of each end of a body the check reads: PDF readers look for both markers within 1024 bytes. */
export const END_WINDOW = 1024;

/** The PDF header (`%PDF-1.7`), which readers accept anywhere in the first END_WINDOW bytes. */
const PDF_HEADER = '%PDF-';

/** The end-of-file marker of a PDF's last (or only) revision, within the last END_WINDOW bytes. */
const PDF_END = '%%EOF';

/** Media types of web pages: what an error or login page served with status 200 comes as. */
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** A body that opens like markup (`<!DOCTYPE html>`, `<html>`, `<?xml`) after optional whitespace and byte-order mark. */
const MARKUP_START = /^[\s\uFEFF]*</;

/** What arrived, as the check needs it. */
export interface Body {
  /** The Content-Type header, if any. */
  contentType: string | null;
  size: number;
  /** The size the register announced (Content-Length, or the total of Content-Range); null when it did not. */
  expected: number | null;
  /** The first and last END_WINDOW bytes (the same bytes when the body is shorter). */
  head: Uint8Array;
  tail: Uint8Array;
}

/**
 * The verdict on a body: `truncated` (fewer bytes than announced, or no end marker: resume it), `empty` (ask again
 * from the start), `not-pdf` (an HTML page or something else: a real answer, never saved as a source).
 */
export type PdfVerdict = { ok: true } | { ok: false; kind: 'truncated' | 'empty' | 'not-pdf'; reason: string };

/** Checks a downloaded body; the reason says what was wrong in words a user can act on. */
export function checkPdf(body: Body): PdfVerdict {
  const head = latin1(body.head);
  if (body.size === 0) return { ok: false, kind: 'empty', reason: 'empty body' };
  if ((body.contentType !== null && HTML_TYPE.test(body.contentType)) || MARKUP_START.test(head)) {
    return { ok: false, kind: 'not-pdf', reason: `an HTML page (${body.contentType ?? 'no Content-Type'}), not a PDF` };
  }
  if (!head.includes(PDF_HEADER)) return { ok: false, kind: 'not-pdf', reason: `not a PDF: it starts with ${JSON.stringify(head.slice(0, 16))}` };
  if (body.expected !== null && body.size < body.expected) {
    return { ok: false, kind: 'truncated', reason: `truncated: ${body.size} of ${body.expected} bytes` };
  }
  if (!latin1(body.tail).includes(PDF_END)) return { ok: false, kind: 'truncated', reason: `truncated: no end-of-file marker after ${body.size} bytes` };
  return { ok: true };
}

/** Bytes as one character each: the markers are ASCII, and no byte may turn into a replacement character. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

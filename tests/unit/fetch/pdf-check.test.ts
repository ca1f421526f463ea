import { describe, expect, it } from 'vitest';
import { checkPdf, END_WINDOW } from '../../../scripts/fetch/pdf-check.ts';
import { fixturePdf } from '../../support/register-server.ts';

/** Seed 000 typeset as a Council PDF. */
const PDF = fixturePdf('tests/fixtures/pdf/000_fcebac5ee47826ac.pdf');

/** The body of a download as the check reads it: both ends of the bytes, their size, the announced size and type. */
function body(bytes: Uint8Array, expected: number | null = bytes.length, contentType: string | null = 'application/pdf') {
  return { contentType, size: bytes.length, expected, head: bytes.subarray(0, END_WINDOW), tail: bytes.subarray(Math.max(0, bytes.length - END_WINDOW)) };
}

describe('checkPdf', () => {
  it('accepts a whole PDF, with or without an announced size or type', () => {
    expect(checkPdf(body(PDF))).toEqual({ ok: true });
    expect(checkPdf(body(PDF, null, null))).toEqual({ ok: true });
    expect(checkPdf(body(PDF, null, 'application/octet-stream'))).toEqual({ ok: true });
  });

  it('calls an empty body empty', () => {
    expect(checkPdf(body(new Uint8Array()))).toEqual({ ok: false, kind: 'empty', reason: 'empty body' });
  });

  it('refuses an HTML page, by its type or by its first bytes', () => {
    const page = new TextEncoder().encode('\n  <!DOCTYPE html><title>Error</title>');
    expect(checkPdf(body(page, null, 'text/html; charset=utf-8'))).toEqual({
      ok: false,
      kind: 'not-pdf',
      reason: 'an HTML page (text/html; charset=utf-8), not a PDF',
    });
    expect(checkPdf(body(page, null, 'application/pdf'))).toEqual({ ok: false, kind: 'not-pdf', reason: 'an HTML page (application/pdf), not a PDF' });
    expect(checkPdf(body(PDF, null, 'text/html'))).toMatchObject({ kind: 'not-pdf' });
  });

  it('refuses a body that is not a PDF at all, quoting its start', () => {
    expect(checkPdf(body(new TextEncoder().encode('GIF89a\u0001\u0000')))).toEqual({
      ok: false,
      kind: 'not-pdf',
      reason: 'not a PDF: it starts with "GIF89a\\u0001\\u0000"',
    });
  });

  it('calls a body shorter than announced truncated, and one without its end-of-file marker too', () => {
    const half = PDF.subarray(0, 5000);
    expect(checkPdf(body(half, PDF.length))).toEqual({ ok: false, kind: 'truncated', reason: `truncated: 5000 of ${PDF.length} bytes` });
    expect(checkPdf(body(half, null))).toEqual({ ok: false, kind: 'truncated', reason: 'truncated: no end-of-file marker after 5000 bytes' });
  });
});

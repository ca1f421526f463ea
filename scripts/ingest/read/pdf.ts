import { readPdfItems } from './pdf-items.ts';
import { itemsToText } from './pdf-text.ts';

/** The message for a PDF whose pages are images only. */
const SCANNED_MESSAGE = 'scanned PDF with no text layer: OCR is not supported';
/** The message for a PDF that opens only with a password (pdf.js throws its PasswordException). */
const PASSWORD_MESSAGE = 'password-protected PDF: its text cannot be read without the password';

/**
 * A Council PDF → its text in the plain-text export style parseDocument reads (tabs after labels, page
 * furniture dropped, wrapped lines joined, footnotes as `¹ text` lines after their paragraph); never throws.
 */
export async function pdfToText(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; line: number; message: string }> {
  let pages;
  try {
    pages = await readPdfItems(bytes);
  } catch (error) {
    const locked = error instanceof Error && error.name === 'PasswordException';
    return { ok: false, line: 0, message: locked ? PASSWORD_MESSAGE : `not a readable PDF: ${reason(error)}` };
  }
  if (!pages.items.some((item) => item.str.trim() !== '')) return { ok: false, line: 0, message: SCANNED_MESSAGE };
  try {
    return { ok: true, text: itemsToText(pages.items, pages.sizes) };
  } catch (error) {
    return { ok: false, line: 0, message: `the PDF's text could not be laid out: ${reason(error)}` };
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem } from './pdf-geometry.ts';

/** pdfjs' log level for errors only: warnings about fonts it substitutes are not ours to print. */
const ERRORS_ONLY = 0;

/** The pages of a PDF: their size and their text items, as plain data. */
export interface PdfPages {
  /** Width and height of each page, in points. */
  sizes: Array<{ width: number; height: number }>;
  items: PdfItem[];
}

/** Reads every page's text items with pdfjs (in this thread, no worker); rejects when the file does not open. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfPages> {
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: ERRORS_ONLY, isEvalSupported: false, useSystemFonts: false });
  const pdf = await task.promise;
  try {
    const sizes: PdfPages['sizes'] = [];
    const items: PdfItem[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      // Coordinates are kept relative to the page's lower left corner, wherever its box starts.
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      sizes.push({ width: right - left, height: top - bottom });
      const content = await page.getTextContent();
      // Font names (and so boldness) are known only once the page's operators have been read.
      await page.getOperatorList();
      const bold = new Map<string, boolean>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        if (!bold.has(item.fontName)) bold.set(item.fontName, isBoldFont(page.commonObjs.get(item.fontName)));
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({
          str: item.str,
          x: x - left,
          y: y - bottom,
          width: item.width,
          fontSize: Math.hypot(a, b),
          bold: bold.get(item.fontName) ?? false,
          page: number - 1,
          angle: Math.round((Math.atan2(b, a) * 180) / Math.PI),
        });
      }
      page.cleanup();
    }
    return { sizes, items };
  } finally {
    await task.destroy();
  }
}

/** A font counts as bold when pdfjs says so or its PostScript name says so (`Times-Bold`, `Arial,Bold`). */
function isBoldFont(font: unknown): boolean {
  if (typeof font !== 'object' || font === null) return false;
  const { bold, name } = font as { bold?: unknown; name?: unknown };
  return bold === true || (typeof name === 'string' && /bold|black|heavy|semibold/i.test(name));
}

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem } from './pdf-geometry.ts';
import { symbolText } from './pdf-symbols.ts';

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
      const fonts = new Map<string, { bold: boolean; name: string }>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        if (!fonts.has(item.fontName)) fonts.set(item.fontName, fontOf(page.commonObjs.get(item.fontName)));
        const font = fonts.get(item.fontName);
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({
          str: symbolText(item.str, font?.name ?? ''),
          x: x - left,
          y: y - bottom,
          width: item.width,
          fontSize: Math.hypot(a, b),
          bold: font?.bold ?? false,
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

/**
 * A font's PostScript name (symbol fonts are told by it) and whether it is bold: when pdfjs says so or its name
 * says so (`Times-Bold`, `Arial,Bold`).
 */
function fontOf(font: unknown): { bold: boolean; name: string } {
  if (typeof font !== 'object' || font === null) return { bold: false, name: '' };
  const { bold, name } = font as { bold?: unknown; name?: unknown };
  const known = typeof name === 'string' ? name : '';
  return { bold: bold === true || /bold|black|heavy|semibold/i.test(known), name: known };
}

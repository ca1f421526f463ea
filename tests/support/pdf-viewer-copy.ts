import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What a PDF viewer built on pdf.js (Firefox's) copies of a whole document: each page's text runs in the order the
 * PDF draws them, a line break where pdf.js ends a line, the pieces of a line one space apart or as drawn, no blank
 * line and no form feed between the pages (their footers stay, as the viewer selects them).
 */
export async function pdfViewerCopy(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false });
  const pdf = await task.promise;
  try {
    let copy = '';
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        copy += item.str;
        if (item.hasEOL) copy += '\n';
      }
      if (!copy.endsWith('\n')) copy += '\n';
    }
    return copy;
  } finally {
    await task.destroy();
  }
}

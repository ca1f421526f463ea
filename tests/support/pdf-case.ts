import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfToText } from '../../scripts/ingest/read/pdf.ts';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import { pdfViewerCopy } from './pdf-viewer-copy.ts';
import { expectOk } from './projection.ts';
import { RENDERING_SHAPES } from './text-shapes.ts';

/** What a PDF fixture gives: the reader's text and the record parsed from it. */
export interface PdfCase {
  text: string;
  record: OkRecord;
}

/** A reader of the PDF fixtures under one folder (`<folder>/<case>/document.pdf`), reading each case once however many tests ask. */
export function pdfCaseReader(folder: string): (name: string) => Promise<PdfCase> {
  const memo = new Map<string, Promise<PdfCase>>();
  return (name) => {
    let read = memo.get(name);
    if (read === undefined) {
      const path = join(folder, name, 'document.pdf');
      read = pdfToText(readFileSync(path)).then((result) => {
        if (!result.ok) throw new Error(`${path}: ${result.message}`);
        return { text: result.text, record: expectOk(parseDocument(result.text, path)) };
      });
      memo.set(name, read);
    }
    return read;
  };
}

/** The eight shapes a PDF fixture reaches users in: the PDF (the ingest's own reader), pdf.js's copy of it, and its two renderings in the six shapes of RENDERING_SHAPES. */
export const PDF_CASE_SHAPES = ['the PDF', 'pdf.js’s copy of the PDF', ...RENDERING_SHAPES.map(({ shape }) => shape)] as const;
export type PdfCaseShape = (typeof PDF_CASE_SHAPES)[number];

/**
 * The record a shape of the case in `dir` gives, parsed as `source`: the PDF as `fromPdf` reads it (a pdfCaseReader's,
 * read once), pdf.js's copy of its document.pdf, or its pdftotext.txt or pdftotext-layout.txt in that shape.
 */
export async function recordInShape(dir: string, shape: PdfCaseShape, fromPdf: () => Promise<PdfCase>, source: string): Promise<OkRecord> {
  if (shape === 'the PDF') return (await fromPdf()).record;
  if (shape === 'pdf.js’s copy of the PDF')
    return expectOk(parseDocument(await pdfViewerCopy(new Uint8Array(readFileSync(join(dir, 'document.pdf')))), source));
  const rendering = RENDERING_SHAPES.find((one) => one.shape === shape);
  if (rendering === undefined) throw new Error(`no shape ${shape}`);
  return expectOk(parseDocument(rendering.make(readFileSync(join(dir, rendering.file), 'utf8')), source));
}

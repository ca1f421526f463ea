import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfToText } from '../../scripts/ingest/read/pdf.ts';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import { expectOk } from './projection.ts';

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

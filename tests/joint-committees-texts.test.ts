import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { meetingOf } from '../scripts/ingest/entries/meeting-ids.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { pdfViewerCopy } from './support/pdf-viewer-copy.ts';
import { expectOk } from './support/projection.ts';
import { inShape } from './support/text-shapes.ts';

/**
 * A joint meeting of COSI and the Strategic Committee on Immigration, Frontiers and Asylum is filed under both
 * committees (`2026-03-03-cosi-scifa`, `Joint meeting of COSI and SCIFA`), its notice and its outcome on one page, in
 * English, French (`Réunion conjointe … (COSI) et du Comité stratégique sur l'immigration, les frontières et l'asile
 * (CSIFA)`) and German (`… der gemeinsamen Sitzung des Ständigen Ausschusses … (COSI) und des Strategischen
 * Ausschusses für Einwanderungs-, Grenz- und Asylfragen (SAEGA) …`), where before each was filed as COSI's alone
 * (`2026-03-03`, `COSI meeting`). The register's documents written as the Council's word processor writes them
 * (tests/fixtures/council-pdf-lo), in every shape users bring them in.
 */
const FOLDER = 'tests/fixtures/council-pdf-lo';

/** The notices and outcomes of the joint meeting of 3 and 4 March 2026, and the role each has in it. */
const CASES: Record<string, 'agenda' | 'outcome'> = {
  'cm-notice-joint-two-days': 'agenda',
  'cm-notice-joint-two-days-fr': 'agenda',
  'outcome-joint-two-days': 'outcome',
  'outcome-joint-two-days-de': 'outcome',
};

const pdfCase = pdfCaseReader(FOLDER);

function printed(name: string, file: string): string {
  return readFileSync(join(FOLDER, name, file), 'utf8');
}

const SHAPES: Record<string, (name: string) => Promise<string>> = {
  'the PDF': async (name) => (await pdfCase(name)).text,
  'pdf.js’s copy of the PDF': async (name) => pdfViewerCopy(new Uint8Array(readFileSync(join(FOLDER, name, 'document.pdf')))),
  'plain pdftotext': async (name) => printed(name, 'pdftotext.txt'),
  'plain pdftotext, each page run into one line': async (name) => inShape(printed(name, 'pdftotext.txt'), true),
  '-layout': async (name) => printed(name, 'pdftotext-layout.txt'),
  '-layout, each page run into one line': async (name) => inShape(printed(name, 'pdftotext-layout.txt'), true),
  'a viewer’s copy of -layout': async (name) => inShape(printed(name, 'pdftotext-layout.txt'), null),
};

describe('a joint meeting of COSI and SCIFA', () => {
  for (const [name, role] of Object.entries(CASES)) {
    for (const [shape, text] of Object.entries(SHAPES)) {
      it(`files ${name} under the meeting of both committees (${shape})`, async () => {
        const record = expectOk(parseDocument(await text(name), `${name}.txt`));
        expect(meetingOf(record)).toEqual({
          id: '2026-03-03-cosi-scifa',
          committee: { id: 'cosi-scifa', title: 'Joint meeting of COSI and SCIFA' },
          dates: ['2026-03-03', '2026-03-04'],
          role,
        });
      });
    }
  }
});

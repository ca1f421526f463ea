import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { OkRecord } from '../src/schemas/record.ts';
import { decodeSource } from '../scripts/ingest/read/decode.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { pdfToText } from '../scripts/ingest/read/pdf.ts';
import { asPrintedInPdf } from './support/printed-list-glyph.ts';

const SOURCES = 'content/sources';
const FIXTURES = 'tests/fixtures/pdf';
const SCANNED = join(FIXTURES, 'scanned.pdf');

const seeds = readdirSync(SOURCES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => basename(file, '.txt'))
  .sort();

function okRecord(text: string, source: string): OkRecord {
  const record = parseDocument(text, source);
  if (record.status !== 'ok') throw new Error(`${source} did not parse: ${record.error.message}`);
  return record;
}

async function fromPdf(path: string): Promise<OkRecord> {
  const result = await pdfToText(readFileSync(path));
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return okRecord(result.text, path);
}

function fromText(path: string): OkRecord {
  const result = decodeSource(readFileSync(path));
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return okRecord(result.text, path);
}

describe('the PDF fixtures', () => {
  it('include one PDF for every seed text, and the scanned page', () => {
    const pdfs = readdirSync(FIXTURES)
      .filter((file) => file.endsWith('.pdf'))
      .sort();
    expect(pdfs).toEqual([...seeds.map((seed) => `${seed}.pdf`), 'scanned.pdf'].sort());
  });

  it('are what the fixture script writes, byte for byte, so regenerating them changes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/fixtures/seed-pdfs.ts', out]);
    for (const file of readdirSync(FIXTURES)) {
      expect(Buffer.compare(readFileSync(join(out, file)), readFileSync(join(FIXTURES, file))), file).toBe(0);
    }
  });
});

describe.each(seeds)('seed %s read from its PDF', (seed) => {
  it('gives the record its text gives, in every field but source (which names the file), an empty list paragraph’s mark as the PDF prints it', async () => {
    const { source: _pdfSource, ...pdf } = await fromPdf(join(FIXTURES, `${seed}.pdf`));
    const { source: _textSource, ...text } = fromText(join(SOURCES, `${seed}.txt`));
    expect(pdf).toEqual(asPrintedInPdf(text));
  });
});

describe('a PDF that cannot be read as text', () => {
  it('says a scanned page has no text layer and that OCR is not supported', async () => {
    expect(await pdfToText(readFileSync(SCANNED))).toEqual({ ok: false, line: 0, message: 'scanned PDF with no text layer: OCR is not supported' });
  });

  it('says a file that is not a PDF cannot be opened, without throwing', async () => {
    const result = await pdfToText(new TextEncoder().encode('Brussels, 25 November 2025\n(OR. en)\n'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/^not a readable PDF: /);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { pdfViewerCopy } from './support/pdf-viewer-copy.ts';
import { expectOk, HEADER_FIELDS, project } from './support/projection.ts';
import { RENDERING_SHAPES } from './support/text-shapes.ts';

/**
 * A LibreOffice-made document of tests/fixtures/council-pdf-lo in every shape a register user may hold it in: the PDF
 * (the ingest's own reader), plain `pdftotext` and `-layout` as printed, as a viewer copies each (no form feed, no
 * blank line; `-layout`'s lines trimmed, their spaces made one), the PDF copied out of pdf.js (Firefox's viewer), and
 * each page of the two texts run into one line. Each shape must give the same record: the header expected.json states
 * (its `texts` saying where a text itself prints otherwise), the body's sections and the footnotes by number.
 */
const FIXTURES = 'tests/fixtures/council-pdf-lo';

/**
 * The cases read in every shape: documents whose tables, merged cells and landscape pages the register prints, and an
 * Irish cover note whose Commission document's label wraps in its cell (`Uimh. doic. ón` / `gCoimisiún:`).
 */
const CASES = ['note-positions-table', 'note-positions-tight', 'cover-note-ga'] as const;

/**
 * The shapes whose record differs yet, and why. None now: plain `pdftotext` prints the labels before their values and
 * the first paragraph's number between them (`No. prev. doc.:` / `Subject:` / `1.` / the subject / the paragraph), and
 * run into one line the number stands right after the last label (`Subject: 1. Draft Council conclusions … text On 3
 * March …`): it is set back before the paragraph, which opens where the subject's words end.
 */
const NOT_READ: Record<string, string> = {};

/** What a shape must read alike: the header, the sections' numbers and titles, the footnotes' numbers. */
function reading(record: ReturnType<typeof expectOk>): Record<string, unknown> {
  const projected = project(record) as unknown as Record<string, unknown>;
  return {
    ...Object.fromEntries(HEADER_FIELDS.filter((field) => field !== 'source').map((field) => [field, projected[field]])),
    sections: record.sections.map((section) => [section.number, section.title]),
    footnotes: record.footnotes.map((footnote) => footnote.mark),
  };
}

/** The header expected.json states for a rendering (its `texts` entry for what the rendering itself prints otherwise). */
function stated(name: string, file: string): Record<string, unknown> {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown> & {
    texts?: Record<string, Record<string, unknown>>;
    footnotes: { mark: string }[];
    sections: { number: string | null; title: string | null }[];
  };
  const { why: _why, ...differs } = expected.texts?.[file] ?? {};
  const fields = { ...expected, ...differs };
  return {
    ...Object.fromEntries(HEADER_FIELDS.filter((field) => field !== 'source').map((field) => [field, fields[field]])),
    sections: expected.sections.map((section) => [section.number, section.title]),
    footnotes: expected.footnotes.map((footnote) => footnote.mark),
  };
}

const fromPdf = pdfCaseReader(FIXTURES);

describe.each(CASES)('the LibreOffice-made document %s in every shape', (name) => {
  it('reads from its PDF the header, sections and footnotes its expected.json states', async () => {
    expect(reading((await fromPdf(name)).record)).toEqual(stated(name, 'document.pdf'));
  });

  it('reads from the copy a PDF viewer (pdf.js) makes of it the header, sections and footnotes its expected.json states', async () => {
    const copy = await pdfViewerCopy(new Uint8Array(readFileSync(join(FIXTURES, name, 'document.pdf'))));
    expect(reading(expectOk(parseDocument(copy, `${name}.txt`)))).toEqual(stated(name, 'document.pdf'));
  });

  it.each(RENDERING_SHAPES)('reads from $shape the header, sections and footnotes its expected.json states', ({ shape, file, make }) => {
    const record = expectOk(parseDocument(make(readFileSync(join(FIXTURES, name, file), 'utf8')), `${name}.txt`));
    const known = NOT_READ[`${name}/${shape}`];
    if (known === undefined) expect(reading(record)).toEqual(stated(name, file));
    else expect(reading(record)).not.toEqual(stated(name, file));
  });
});

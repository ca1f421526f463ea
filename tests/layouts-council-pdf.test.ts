import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { expectOk } from './support/projection.ts';

/** PDFs made as the Council makes them, with what `pdftotext` and `pdftotext -layout` print for them. */
const COUNCIL_PDF = 'tests/fixtures/council-pdf';

/** The header fields a text layout must give as its text version does; `on` is the meeting's days. */
const HEADER = ['number', 'date', 'language', 'originalLanguage', 'limite', 'codes', 'kind', 'from', 'on', 'to', 'previous', 'subject'] as const;

function header(record: { meeting: { dates: string[] } | null } & Record<string, unknown>): Record<string, unknown> {
  const all: Record<string, unknown> = { ...record, on: record.meeting?.dates ?? [] };
  return Object.fromEntries(HEADER.map((field) => [field, all[field]]));
}

function parsed(path: string): OkRecord {
  return expectOk(parseDocument(readFileSync(path, 'utf8'), path));
}

/**
 * The header of each case's text version: a seed's hand-written record (its folder is named after the seed), else the
 * record of the hand-written text the PDF was typeset from.
 */
function textVersion(name: string): Record<string, unknown> {
  const seed = join('tests/fixtures/seeds', name, 'expected.json');
  if (existsSync(seed)) return header(JSON.parse(readFileSync(seed, 'utf8')) as { meeting: { dates: string[] } | null });
  return header(parsed(join(COUNCIL_PDF, name, 'source.txt')));
}

const cases = readdirSync(COUNCIL_PDF, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(COUNCIL_PDF, entry.name, 'pdftotext.txt')))
  .map((entry) => entry.name)
  .sort();

describe.each(cases)('the Council-made PDF %s', (name) => {
  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])('gives, as printed by %s, the header fields of its text version', (file) => {
    expect(header(parsed(join(COUNCIL_PDF, name, file)))).toEqual(textVersion(name));
  });

  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])('keeps the page footers printed by %s out of the body', (file) => {
    const record = parsed(join(COUNCIL_PDF, name, file));
    const body = [...record.items.map((item) => `${item.title}\n${item.text}`), ...record.sections.map((section) => section.text)].join('\n');
    expect(body).not.toMatch(/\b[A-Z]{1,4}\/[a-z]{1,4}\b[\s\S]{0,40}\b(?:JAI|DGD|COMM)\b/);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { LO_FIXTURES, loCases } from './support/lo-cases.ts';
import { expectOk, HEADER_FIELDS, project, shapedLike } from './support/projection.ts';

/**
 * The LibreOffice-made documents of tests/fixtures/council-pdf-lo and real-register-lo as a register user may hold them in text: what
 * plain `pdftotext` and `pdftotext -layout` print for their PDF. Each must give the record its expected.json states
 * (read off source.fodt), footnotes aside (tests/foot-footnotes-texts.test.ts reads them): where a rendering
 * itself holds other characters than the document (plain pdftotext drops the hyphen ending a line), `texts` says so.
 */
const FIXTURES = LO_FIXTURES;
const RENDERINGS = ['pdftotext.txt', 'pdftotext-layout.txt'] as const;
/** The fields compared: the header (what the source, not the file, says), the meeting, the body's structure. */
const FIELDS = [
  ...HEADER_FIELDS.filter((field) => field !== 'source' && field !== 'status'),
  'interinstitutionalFile',
  'meeting',
  'items',
  'sections',
  'planned',
] as const;
/** A run of two digits or more, not inside a longer one. */
const FIGURES = /(?<!\d)\d{2,}(?!\d)/g;
/** Fields of the record itself the projection leaves out (the subject's footnote calls, a public version's stamp, a classification marking and the language versions a corrigendum concerns among them). */
const RECORD_FIELDS = [
  'recipients',
  'commissionProposal',
  'otherHeaderLines',
  'subjectFootnotes',
  'publicAccess',
  'classification',
  'concernsLanguages',
] as const;

interface Expected extends Record<string, unknown> {
  references?: Array<{ id: string }>;
  texts?: Partial<Record<(typeof RENDERINGS)[number], Record<string, unknown>>>;
  /** The fields a rendering does not read yet (`texts[rendering].notRead`, its `why` saying why): left aside, and checked still unread so that the list stays true. */
  unread?: string[];
}

const cases = loCases().filter((name) => existsSync(join(FIXTURES, name, 'pdftotext.txt')));

function expectedOf(name: string, rendering: (typeof RENDERINGS)[number]): Expected {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected & Record<string, unknown>;
  const record = (expected['record'] ?? {}) as Record<string, unknown>;
  const { why: _why, notRead = [], ...differs } = expected.texts?.[rendering] ?? {};
  return { ...expected, ...record, ...differs, unread: notRead as string[] };
}

describe.each(cases)('the LibreOffice-made document %s as a text', (name) => {
  describe.each(RENDERINGS)('printed by %s', (rendering) => {
    const record = expectOk(parseDocument(readFileSync(join(FIXTURES, name, rendering), 'utf8'), join(FIXTURES, name, rendering)));
    const expected = expectedOf(name, rendering);

    const unread = new Set(expected.unread);

    it('gives the header, the meeting and the body’s structure its expected.json states', () => {
      const projected = project(record) as unknown as Record<string, unknown>;
      for (const field of [...unread].filter((field) => field !== 'references')) {
        expect(projected[field] ?? (record as Record<string, unknown>)[field], `${field} is read now: take it off notRead`).not.toEqual(expected[field]);
      }
      const stated = FIELDS.filter((field) => field in expected && !unread.has(field));
      const read = Object.fromEntries(stated.map((field) => [field, readAs(field, projected[field], expected[field])]));
      expect(read).toEqual(Object.fromEntries(stated.map((field) => [field, expected[field]])));
    });

    it('gives each recipient, the Commission documents, every other header line and the subject’s footnote calls', () => {
      const stated = RECORD_FIELDS.filter((field) => field in expected && !unread.has(field));
      expect(Object.fromEntries(stated.map((field) => [field, record[field]]))).toEqual(Object.fromEntries(stated.map((field) => [field, expected[field]])));
    });

    it('keeps every figure of two digits or more the text prints (a table’s cell alone on its line is no page number; a year with its footnote call, `20101`, read as the year and the call)', () => {
      const { source: _source, warnings: _warnings, ...read } = record;
      const kept = new Set([...(JSON.stringify(read).match(FIGURES) ?? []), ...(callsPrinted(read).match(FIGURES) ?? [])]);
      const printed = new Set(readFileSync(join(FIXTURES, name, rendering), 'utf8').match(FIGURES) ?? []);
      expect([...printed].filter((figure) => !kept.has(figure))).toEqual([]);
    });

    it('links every document the text cites (or, where the rendering does not read them yet, not all of them)', () => {
      if (unread.has('references')) {
        expect(record.references.map((reference) => reference.id).sort()).not.toEqual((expected.references ?? []).map((reference) => reference.id).sort());
        return;
      }
      expect(record.references.map((reference) => reference.id).sort()).toEqual((expected.references ?? []).map((reference) => reference.id).sort());
    });
  });
});

/** The record's inline runs as the text prints them: each footnote call's number right after the text before it. */
function callsPrinted(value: unknown): string {
  if (Array.isArray(value)) {
    const inline = value.every((node) => typeof node === 'object' && node !== null && 'type' in node);
    if (inline && value.length > 0) {
      return value
        .map((node: { type: string; value?: string; label?: string }) => (node.type === 'footnote' ? (node.label ?? '') : (node.value ?? '')))
        .join('');
    }
    return value.map(callsPrinted).join('\n');
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).map(callsPrinted).join('\n');
  return '';
}

/** A field as read, shaped as expected.json states it: the planned items and the items with only the keys it gives each. */
function readAs(field: string, actual: unknown, expected: unknown): unknown {
  if (field === 'planned') return shapedPlanned(actual, expected);
  return field === 'items' ? shapedLike(actual, expected) : actual;
}

/** The planned items with only the keys expected.json states of each. */
function shapedPlanned(actual: unknown, expected: unknown): unknown {
  if (!Array.isArray(actual) || !Array.isArray(expected)) return actual;
  return actual.map((item: Record<string, unknown>, index) =>
    Object.fromEntries(Object.keys((expected[index] ?? expected[0]) as Record<string, unknown>).map((key) => [key, item[key]])),
  );
}

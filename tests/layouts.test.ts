import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { expectOk } from './support/projection.ts';

/** One folder per layout: `source.txt` and `expected.json`, the record written by reading the source. */
const LAYOUTS = 'tests/fixtures/layouts';

/** The header fields every layout case states, as the clean layout gives them; `on` is the meeting's days. */
const CORE_FIELDS = ['number', 'date', 'language', 'limite', 'codes', 'kind', 'from', 'on', 'to', 'previous', 'subject'] as const;

/** How the header reader's warnings begin (the body's structure has warnings of its own, not this test's concern). */
const HEADER_WARNINGS = ['the end of the header is not marked', 'no value could be placed for the label'];

/** What a layout case's expected.json holds. */
interface Expected {
  /** The layout, as a sentence: the test's name. */
  about: string;
  /** The header fields: every core field, plus any other record field the case is about. */
  record: Record<string, unknown>;
  /** Passages that must stand in the body (items, sections, footnotes) as plain text. */
  present?: string[];
  /** Strings that must not stand in the body: header values and page furniture. */
  absentFromBody?: string[];
  /** The agenda items in order, number and title as printed (and the part of the agenda they stand in, where the case gives it). */
  items?: { number: string | null; title: string; section?: string | null }[];
  /** A notice's planned items in order, on the keys the case gives (number, time, title, possible, references, text, points' titles). */
  planned?: Record<string, unknown>[];
  /** The ids of the documents the record refers to, in order, where the case is about them. */
  references?: string[];
  /** The sections in order, number and title as printed, where the case is about them. */
  sections?: { number: string | null; title: string | null }[];
  /** The footnotes in order, mark and plain text as printed, where the case is about them. */
  footnotes?: { mark: string; text: string }[];
  /** Parts of the header reader's warnings the record must carry, in order; absent: no such warning. */
  warnings?: string[];
}

/** The record's fields as a layout case states them: `on` is the meeting's days, the rest as recorded. */
function fields(record: OkRecord, names: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = { ...record, on: record.meeting?.dates ?? [] };
  return Object.fromEntries(names.map((name) => [name, all[name]]));
}

/** The body of a record as plain text: items, sections and footnotes. */
function bodyText(record: OkRecord): string {
  return [
    ...record.items.flatMap((item) => [item.number ?? '', item.title, blocksPlain(item.text)]),
    ...record.sections.flatMap((section) => [section.number ?? '', section.title ?? '', blocksPlain(section.text)]),
    ...record.footnotes.map((footnote) => blocksPlain(footnote.text)),
  ]
    .join('\n')
    .replace(/\s+/g, ' ');
}

const cases = readdirSync(LAYOUTS).sort();

describe.each(cases)('the %s layout', (name) => {
  const expected = JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected;
  const source = join(LAYOUTS, name, 'source.txt');
  let parsed: OkRecord | undefined;
  const record = (): OkRecord => (parsed ??= expectOk(parseDocument(readFileSync(source, 'utf8'), source)));

  it(`states every core field (${name})`, () => {
    expect(Object.keys(expected.record)).toEqual(expect.arrayContaining([...CORE_FIELDS]));
  });

  it(`gives the header fields read by hand: ${expected.about}`, () => {
    expect(fields(record(), Object.keys(expected.record))).toEqual(expected.record);
  });

  it(`keeps the body passages in the body and header values and page furniture out of it (${name})`, () => {
    const body = bodyText(record());
    for (const passage of expected.present ?? []) expect(body).toContain(passage);
    for (const text of expected.absentFromBody ?? []) expect(body).not.toContain(text);
  });

  it(`warns about what it had to guess in the header, and only then (${name})`, () => {
    const messages = record()
      .warnings.map((warning) => warning.message)
      .filter((message) => HEADER_WARNINGS.some((opening) => message.startsWith(opening)));
    expect(messages).toHaveLength(expected.warnings?.length ?? 0);
    (expected.warnings ?? []).forEach((part, index) => expect(messages[index]).toContain(part));
  });
});

/** The cases that state their agenda items. */
const withItems = cases.filter((name) => (JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected).items !== undefined);

describe.each(withItems)('the agenda items of the %s layout', (name) => {
  it(`are read with the numbers and titles read by hand (${name})`, () => {
    const expected = JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected;
    const source = join(LAYOUTS, name, 'source.txt');
    const record = expectOk(parseDocument(readFileSync(source, 'utf8'), source));
    const items = expected.items ?? [];
    expect(
      record.items.map((item, index) => ({ number: item.number, title: item.title, ...('section' in (items[index] ?? {}) ? { section: item.section } : {}) })),
    ).toEqual(items);
  });
});

/** The cases that state a notice's planned items. */
const withPlanned = cases.filter((name) => (JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected).planned !== undefined);

describe.each(withPlanned)('the planned items of the %s layout', (name) => {
  it(`are read with the times, titles, documents and text read by hand (${name})`, () => {
    const expected = JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected;
    const source = join(LAYOUTS, name, 'source.txt');
    const planned = expectOk(parseDocument(readFileSync(source, 'utf8'), source)).planned ?? [];
    const read = planned.map((item, index) => {
      const all: Record<string, unknown> = { ...item, points: item.points.map((point) => point.title) };
      return Object.fromEntries(Object.keys(expected.planned?.[index] ?? {}).map((key) => [key, all[key]]));
    });
    expect(read).toEqual(expected.planned);
  });
});

/** The cases that state `field`, each checked against what its record gives by `read`. */
function describeStated(field: 'sections' | 'references' | 'footnotes', what: string, read: (record: OkRecord) => unknown): void {
  const stating = cases.filter((name) => (JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected)[field] !== undefined);
  describe.each(stating)(`the ${field} of the %s layout`, (name) => {
    it(`are ${what} (${name})`, () => {
      const expected = JSON.parse(readFileSync(join(LAYOUTS, name, 'expected.json'), 'utf8')) as Expected;
      const source = join(LAYOUTS, name, 'source.txt');
      const record = expectOk(parseDocument(readFileSync(source, 'utf8'), source));
      expect(read(record)).toEqual(expected[field]);
    });
  });
}

describeStated('sections', 'read with the numbers and titles read by hand', (record) =>
  record.sections.map((section) => ({ number: section.number, title: section.title })),
);
describeStated('references', 'the documents read by hand', (record) => record.references.map((reference) => reference.id));
describeStated('footnotes', 'the footnotes read by hand', (record) =>
  record.footnotes.map((footnote) => ({ mark: footnote.mark, text: blocksPlain(footnote.text) })),
);

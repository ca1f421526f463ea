import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';
import { DATASETS, datasetFields, EXPORT_SCHEMAS, exportJsonSchema, type Dataset } from '../../../src/lib/json-schema.ts';
import {
  decisionsTable,
  documentRecords,
  documentsTable,
  FIELD_DESCRIPTIONS,
  itemRecords,
  itemsTable,
  jsonFileParts,
  meetingsTable,
  recordsById,
  referencesTable,
} from '../../../src/lib/open-data.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const itemsById = new Map(content.items.map((item) => [item.id, item.data]));
/** A document entry with its agenda items' data, as the build gives it (every item it lists is in the collection). */
const withAgenda = <T extends { items: readonly string[] }>(entry: { id: string; data: T }) => ({
  ...entry,
  agenda: entry.data.items.map((id) => {
    const item = itemsById.get(id);
    if (item === undefined) throw new Error(`${entry.id}: no item ${id}`);
    return item;
  }),
});
const records = {
  documents: documentRecords(content.documents.map(withAgenda)),
  meetings: recordsById(content.meetings),
  items: itemRecords(content.items),
  decisions: recordsById(content.decisions),
  references: recordsById(content.references),
};
const SITE = new URL('https://cosi-archive.example.org/');

/** The keywords zod 4 generates for these schemas; a schema using another one would need a real validator. */
const KNOWN_KEYWORDS = new Set([
  '$id',
  '$schema',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'enum',
  'format',
  'pattern',
  'minLength',
  'minItems',
  'minimum',
  'maximum',
]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

type Schema = Record<string, unknown>;

/** The problems of a JSON Schema as a document: unknown keywords, unknown types, patterns that do not compile, required fields without a property. */
function schemaProblems(schema: Schema, path = '#'): string[] {
  const problems: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) problems.push(`${path}: unknown keyword ${keyword}`);
    if (keyword === 'type' && ![value].flat().every((type) => JSON_TYPES.has(String(type)))) problems.push(`${path}: bad type ${String(value)}`);
    if (keyword === 'pattern') {
      try {
        new RegExp(String(value), 'u');
      } catch {
        problems.push(`${path}: bad pattern`);
      }
    }
  }
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  for (const name of (schema['required'] ?? []) as string[]) if (!(name in properties)) problems.push(`${path}: required ${name} has no property`);
  for (const [name, property] of Object.entries(properties)) problems.push(...schemaProblems(property, `${path}/properties/${name}`));
  if (typeof schema['items'] === 'object') problems.push(...schemaProblems(schema['items'] as Schema, `${path}/items`));
  if (typeof schema['additionalProperties'] === 'object')
    problems.push(...schemaProblems(schema['additionalProperties'] as Schema, `${path}/additionalProperties`));
  for (const [index, branch] of ((schema['anyOf'] ?? []) as Schema[]).entries()) problems.push(...schemaProblems(branch, `${path}/anyOf/${index}`));
  return problems;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Validates a value against the keywords above (JSON Schema 2020-12 semantics); returns the first failures. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  if (schema['type'] !== undefined) {
    const types = [schema['type']].flat().map(String);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  }
  if (schema['enum'] !== undefined && !(schema['enum'] as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
  if (schema['anyOf'] !== undefined && (schema['anyOf'] as Schema[]).every((branch) => validate(branch, value, path).length > 0))
    errors.push(`${path}: no anyOf branch`);
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) errors.push(`${path}: too short`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) errors.push(`${path}: pattern`);
    if (schema['format'] === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${path}: too few items`);
    if (typeof schema['items'] === 'object')
      value.forEach((element, index) => errors.push(...validate(schema['items'] as Schema, element, `${path}[${index}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const name of (schema['required'] ?? []) as string[]) if (!(name in object)) errors.push(`${path}: missing ${name}`);
    for (const [name, element] of Object.entries(object)) {
      const property = properties[name];
      if (property !== undefined) errors.push(...validate(property, element, `${path}.${name}`));
      else if (schema['additionalProperties'] === false) errors.push(`${path}: unexpected ${name}`);
      else if (typeof schema['additionalProperties'] === 'object')
        errors.push(...validate(schema['additionalProperties'] as Schema, element, `${path}.${name}`));
    }
  }
  return errors.slice(0, 5);
}

/** RFC 4180 → rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe.each(DATASETS)('the %s export', (dataset: Dataset) => {
  it('holds every entry of the collection and validates against its zod schema', () => {
    expect(records[dataset].length).toBe(content[dataset].length);
    expect(records[dataset].length).toBeGreaterThan(0);
    expect(EXPORT_SCHEMAS[dataset].safeParse(records[dataset]).error).toBeUndefined();
  });

  it('has a well-formed JSON Schema (draft 2020-12) that its JSON validates against', () => {
    const schema = exportJsonSchema(dataset, SITE, FIELD_DESCRIPTIONS[dataset]);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://cosi-archive.example.org/data/schema/${dataset}.json`);
    expect(schemaProblems(schema)).toEqual([]);
    expect(validate(schema, JSON.parse(JSON.stringify(records[dataset])))).toEqual([]);
  });

  it('rejects a record without its first required field, so the check can fail', () => {
    const schema = exportJsonSchema(dataset, SITE, FIELD_DESCRIPTIONS[dataset]);
    const [first] = records[dataset] as Record<string, unknown>[];
    const [field] = datasetFields(dataset).filter((f) => f.required);
    const broken = { ...first };
    delete broken[field?.name ?? ''];
    expect(validate(schema, [broken])).not.toEqual([]);
  });

  it('writes its JSON file in parts that join to the array of its records and a line break, as JSON.stringify writes it', () => {
    const parts = jsonFileParts(records[dataset]);
    expect(parts.length).toBe(2 * records[dataset].length + 1);
    expect(parts.join('')).toBe(`${JSON.stringify(records[dataset])}\n`);
  });

  it('documents every field', () => {
    expect(
      datasetFields(dataset)
        .map((field) => field.name)
        .sort(),
    ).toEqual(Object.keys(FIELD_DESCRIPTIONS[dataset]).sort());
  });
});

/**
 * Markdown syntax our own Markdown writes: bold, footnote calls and definitions, links, heading ids, headings, bullets,
 * anchor blocks, and an escaped backslash (the seeds hold one backslash, `\*` in 9267/25, which Markdown writes `\\\*`).
 */
const MARKDOWN_SYNTAX = /\*\*|\[\^|\]\(|\{#|^#{1,6} |^[-*] |<div|\\\\/m;

describe('the text of documents and items in the exports', () => {
  const documentText = (number: string) => records.documents.find((record) => record.number === number)?.text.split('\n') ?? [];

  it('is the plain text of an outcome of proceedings as its page shows it: day, agenda and item headings, then each paragraph or list item (seed 000, 15912/25)', () => {
    const lines = documentText('15912/25');
    expect(lines.slice(0, 6)).toEqual([
      '18 November 2025',
      '1. Adoption of the agenda',
      'The agenda was adopted as set out in CM 4578/2/24 REV2.',
      '2. Information provided by the Presidency',
      'The Presidency provided information about the state of play of legislative proposals and the agenda of the upcoming Justice and Home Affairs Council meeting in December 2025. Reference was made to the conclusion of PNR agreements and meetings with external partners.',
      'Items for discussion',
    ]);
    const aob = lines.indexOf('12. AOB');
    expect(lines.slice(aob + 1, aob + 6).map((line) => line.slice(0, 40))).toEqual([
      'Estonia proposed a coordinated response ',
      'Poland informed about the ministerial me',
      'The Commission informed about the state ',
      'Items for discussion',
      '13. The new CLASI Operational Action Pla',
    ]);
    expect(lines[aob + 5]).toBe(
      '13. The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029: opportunities for synergies and bi-regional operational cooperation',
    );
    expect(lines.at(-1)).toMatch(/^COSI and CLASI delegations exchanged views about the resilience of logistical hubs .* security in both regions\.$/);
  });

  it('is the plain text of a note: its sections under their headings, footnote calls left out, then its footnotes as [mark] text (seed 003, 9267/25)', () => {
    const lines = documentText('9267/25');
    expect(lines[0]).toBe(
      'The 19 December 2024 European Council endorsed the strategic guidelines for legislative and operational planning within the area of freedom, security and justice, shaping the direction of EU policy in justice and home affairs.',
    );
    expect(lines).toContain('Questions to the Ministers:');
    expect(lines).toContain('From your perspective, which actions should be treated as the highest priority?');
    expect(lines).toContain('Presidency report');
    expect(lines).toContain('\\*');
    expect(lines.slice(-2)).toEqual(['[1] 16343/24, EUCO 50/24.', '[2] 7750/25.']);
  });

  it('is the item text of its data, one line per list item (seed 000, item 12 of 18 November 2025; seed 002, item 6.1 of 22 November 2021)', () => {
    const itemText = (id: string) => records.items.find((record) => record.id === id)?.text;
    expect(
      itemText('2025-11-18--item-12')
        ?.split('\n')
        .map((line) => line.slice(0, 30)),
    ).toEqual(['Estonia proposed a coordinated', 'Poland informed about the mini', 'The Commission informed about ']);
    expect(itemText('2021-11-22--item-6-1')).toBe(
      'The Committee endorsed the recommendations to the EU Threat assessment in the field of counterterrorism as set out in 13682/21.',
    );
  });

  it('holds no Markdown syntax in any document or item, though the Markdown bodies of the same entries do', () => {
    const texts = [...records.documents, ...records.items].map((record) => record.text);
    expect(texts.filter((text) => MARKDOWN_SYNTAX.test(text))).toEqual([]);
    expect(content.documents.filter((entry) => MARKDOWN_SYNTAX.test(entry.body)).length).toBe(content.documents.length);
  });

  it('is documented as plain text, never Markdown, in the published JSON Schemas', () => {
    for (const dataset of ['documents', 'items'] as const) {
      const schema = exportJsonSchema(dataset, SITE, FIELD_DESCRIPTIONS[dataset]) as { items: { properties: Record<string, { description?: string }> } };
      expect(schema.items.properties['text']?.description).toMatch(/as plain text\b.*\(no Markdown or HTML\): one line per/);
    }
  });
});

describe('jsonFileParts', () => {
  it('writes no records as an empty array, and a record beyond the BMP, with a lone surrogate or an undefined field as JSON.stringify does', () => {
    expect(jsonFileParts([]).join('')).toBe('[]\n');
    const odd = [{ id: 'a 😀', note: 'x\uD800y', absent: undefined, list: [undefined, 1] }, { id: 'b' }];
    expect(jsonFileParts(odd)).toEqual(['[', '{"id":"a 😀","note":"x\\ud800y","list":[null,1]}', ',', '{"id":"b"}', ']\n']);
    expect(jsonFileParts(odd).join('')).toBe(`${JSON.stringify(odd)}\n`);
  });
});

describe('the CSV exports', () => {
  it('read back, field for field, as the items and their plain text (commas, quotes and line breaks included)', () => {
    const table = itemsTable(records.items);
    const rows = parseCsv(toCsv(table.columns, table.rows));
    expect(rows[0]).toEqual([...table.columns]);
    expect(rows.slice(1)).toEqual(table.rows.map((row) => row.map((value) => (value === null ? '' : String(value)))));
    const textColumn = table.columns.indexOf('text');
    expect(rows.some((row) => /\n/.test(row[textColumn] ?? '') && /,/.test(row[textColumn] ?? ''))).toBe(true);
  });

  it('write one row per document, meeting and decision, and one per citation of a reference', () => {
    expect(documentsTable(records.documents).rows.length).toBe(content.documents.length);
    expect(meetingsTable(records.meetings).rows.length).toBe(content.meetings.length);
    expect(decisionsTable(records.decisions).rows.length).toBe(content.decisions.length);
    const citations = content.references.reduce((sum, r) => sum + Math.max(1, r.data.citations.length), 0);
    expect(referencesTable(records.references).rows.length).toBe(citations);
  });

  it('writes how a decision was taken and whether it is an informal view in columns of their own, empty where the record has none', () => {
    const [first] = records.decisions;
    if (first === undefined) throw new Error('no decision in the seeds');
    const taken = { ...first, procedure: 'by silence procedure on 24 November 2025' };
    const view = { ...first, informal: true as const };
    const table = decisionsTable([first, taken, view]);
    const [procedure, informal] = [table.columns.indexOf('procedure'), table.columns.indexOf('informal')];
    expect(table.rows.map((row) => [row[procedure], row[informal]])).toEqual([
      [null, null],
      ['by silence procedure on 24 November 2025', null],
      [null, true],
    ]);
    expect(table.columns.filter((column) => column in FIELD_DESCRIPTIONS.decisions)).toContain('procedure');
  });

  it('writes each day of a meeting over two days with its hours in the times column, an hour not printed left empty, and none for a meeting of one day', () => {
    const [first] = records.meetings;
    if (first === undefined) throw new Error('no meeting in the seeds');
    const twoDays = {
      ...first,
      dates: ['2026-03-03', '2026-03-04', '2026-03-05'],
      times: [{ date: '2026-03-03', start: '10:00' }, { date: '2026-03-04', start: '09:30', end: '13:00' }, { date: '2026-03-05' }],
    };
    const table = meetingsTable([{ ...first, times: [] }, twoDays]);
    const times = table.columns.indexOf('times');
    expect(table.rows.map((row) => row[times])).toEqual(['', '2026-03-03 10:00-; 2026-03-04 09:30-13:00; 2026-03-05']);
  });

  it('joins lists with "; ": the codes of 15912/25', () => {
    const table = documentsTable(records.documents);
    const row = table.rows.find((r) => r[0] === '15912/25');
    expect(row?.[table.columns.indexOf('codes')]).toBe('COSI 237; JAI 1769; CEPOL; EUDA; EUROJUST; EUROPOL; FRONTEX');
  });

  it('gives the report 6543/25 the period its subject names (July 2023 to December 2024) as months, and other documents none', () => {
    const table = documentsTable(records.documents);
    const period = (number: string) => table.rows.find((r) => r[0] === number)?.[table.columns.indexOf('period')];
    expect(period('6543/25')).toBe('2023-07/2024-12');
    expect(period('15912/25')).toBeNull();
  });

  it('gives a released version the number of the document it releases, and the rest of its note to the JSON', () => {
    const [first] = records.documents;
    if (first === undefined) throw new Error('no document');
    const released = { ...first, number: '9876/25 EXT 1', released: { number: '9876/25', marking: 'LIMITE', date: '2025-06-03', status: 'Public' } };
    const table = documentsTable([released, first]);
    const column = table.columns.indexOf('released');
    expect(table.rows.map((row) => row[column])).toEqual(['9876/25', null]);
  });
});

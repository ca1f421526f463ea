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
  meetingsTable,
  recordsById,
  referencesTable,
} from '../../../src/lib/open-data.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
/** An entry with its Markdown body as the text the exports read from its file. */
const withText = <T>(entry: { id: string; data: T; body: string }) => ({ ...entry, text: entry.body });
const records = {
  documents: documentRecords(content.documents.map(withText)),
  meetings: recordsById(content.meetings),
  items: itemRecords(content.items.map(withText)),
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

  it('documents every field', () => {
    expect(
      datasetFields(dataset)
        .map((field) => field.name)
        .sort(),
    ).toEqual(Object.keys(FIELD_DESCRIPTIONS[dataset]).sort());
  });
});

describe('the CSV exports', () => {
  it('read back, field for field, as the items and their Markdown text (commas, quotes and line breaks included)', () => {
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

  it('joins lists with "; ": the codes of 15912/25', () => {
    const table = documentsTable(records.documents);
    const row = table.rows.find((r) => r[0] === '15912/25');
    expect(row?.[table.columns.indexOf('codes')]).toBe('COSI 237; JAI 1769; CEPOL; EUDA; EUROJUST; EUROPOL; FRONTEX');
  });
});

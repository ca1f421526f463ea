import { z } from 'astro/zod';
import { decisionEntrySchema } from '../schemas/decision-entry.ts';
import { documentEntrySchema } from '../schemas/document-entry.ts';
import { itemEntrySchema } from '../schemas/item-entry.ts';
import { meetingEntrySchema } from '../schemas/meeting-entry.ts';
import { referenceEntrySchema } from '../schemas/reference-entry.ts';

/** The datasets of `/data/`, in the order the page lists them. */
export const DATASETS = ['documents', 'meetings', 'items', 'decisions', 'references'] as const;

/** One dataset. */
export type Dataset = (typeof DATASETS)[number];

/**
 * The zod schema of each JSON export: an array of collection entries' data, with a document's plain text as `text`
 * (src/lib/version-text.ts makes it from its data and its items') and an item's entry id.
 */
export const EXPORT_SCHEMAS = {
  documents: z.array(documentEntrySchema.extend({ text: z.string() })),
  meetings: z.array(meetingEntrySchema),
  items: z.array(itemEntrySchema.extend({ id: z.string() })),
  decisions: z.array(decisionEntrySchema),
  references: z.array(referenceEntrySchema),
} as const satisfies Record<Dataset, z.ZodType>;

/** A record of one JSON export. */
export type ExportRecord<D extends Dataset> = z.output<(typeof EXPORT_SCHEMAS)[D]>[number];

/** A JSON Schema object, as far as this module reads it. */
interface SchemaNode {
  type?: string | string[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  [keyword: string]: unknown;
}

/** The JSON Schema (draft 2020-12) of a JSON export, as zod 4 generates it. */
function generated(dataset: Dataset): SchemaNode {
  return z.toJSONSchema(EXPORT_SCHEMAS[dataset]) as SchemaNode;
}

/**
 * The published JSON Schema of a JSON export: the generated one with its `$id` under `site`, a
 * title, and each field's description from `descriptions`.
 */
export function exportJsonSchema(dataset: Dataset, site: URL | undefined, descriptions: Readonly<Record<string, string>>): Record<string, unknown> {
  const schema = generated(dataset);
  for (const [name, property] of Object.entries(schema.items?.properties ?? {})) {
    const description = descriptions[name];
    if (description !== undefined) property['description'] = description;
  }
  const path = `/data/schema/${dataset}.json`;
  return { ...schema, $id: site === undefined ? path : new URL(path, site).href, title: `COSI archive: ${dataset}` };
}

/** A field of a dataset for people: name, JSON type (`string or null`, `array of string`) and whether it is required. */
export interface FieldSummary {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
}

/** A schema node's type in words. */
function typeName(node: SchemaNode): string {
  if (node.enum !== undefined) return `one of: ${node.enum.map(String).join(', ')}`;
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? ['any'] : [node.type];
  return types.map((type) => (type === 'array' && node.items !== undefined ? `array of ${typeName(node.items)}` : type)).join(' or ');
}

/** The top-level fields of a dataset's records, in schema order. */
export function datasetFields(dataset: Dataset): FieldSummary[] {
  const record = generated(dataset).items;
  const required = new Set(record?.required ?? []);
  return Object.entries(record?.properties ?? {}).map(([name, node]) => ({ name, type: typeName(node), required: required.has(name) }));
}

import type { IngestRecord, OkRecord } from '../../src/schemas/record.ts';
import { blocksPlain } from '../../src/shared/source-text.ts';

/** A record without its texts (footnotes aside): what the hand-written `expected.json` files state. */
export interface Projection {
  source: string;
  status: 'ok';
  number: string;
  kind: string;
  date: string | null;
  place: string | null;
  language: string | null;
  originalLanguage: string | null;
  limite: boolean;
  codes: string[];
  from: string | null;
  to: string | null;
  recipients: string[];
  previous: string[];
  interinstitutionalFile: string | null;
  subject: string | null;
  meeting: { dates: string[] } | null;
  /** A notice of meeting's items as planned (null for any other document). */
  planned: OkRecord['planned'];
  items: {
    number: string | null;
    title: string;
    section: string | null;
    day: string | null;
    sentences: string[];
    decisions: { by: string | null; verb: string; object: string; references: string[]; sentence: number }[];
    references: string[];
  }[];
  sections: { number: string | null; title: string | null }[];
  /** Footnote text as plain text: its characters as the source gives them, markup read. */
  footnotes: { mark: string; text: string }[];
  references: { id: string; type: string; url?: string | undefined }[];
}

/** The header fields of a projection, compared as one group. */
export const HEADER_FIELDS = [
  'source',
  'status',
  'number',
  'kind',
  'date',
  'place',
  'language',
  'originalLanguage',
  'limite',
  'codes',
  'from',
  'to',
  'previous',
  'subject',
] as const;

/** Fails with the record's error message when the parser did not return an ok record. */
export function expectOk(record: IngestRecord): OkRecord {
  if (record.status !== 'ok') {
    throw new Error(`expected status ok for ${record.source}, got error at line ${record.error.line}: ${record.error.message}`);
  }
  return record;
}

/** The projection of an ok record: everything but the Markdown bodies, footnotes as plain text. */
export function project(record: OkRecord): Projection {
  return {
    source: record.source,
    status: record.status,
    number: record.number,
    kind: record.kind,
    date: record.date,
    place: record.place,
    language: record.language,
    originalLanguage: record.originalLanguage,
    limite: record.limite,
    codes: record.codes,
    from: record.from,
    to: record.to,
    recipients: record.recipients,
    previous: record.previous,
    interinstitutionalFile: record.interinstitutionalFile,
    subject: record.subject,
    meeting: record.meeting,
    planned: record.planned,
    items: record.items.map(({ number, title, section, day, sentences, decisions, references }) => ({
      number,
      title,
      section,
      day,
      sentences,
      decisions,
      references,
    })),
    sections: record.sections.map(({ number, title }) => ({ number, title })),
    footnotes: record.footnotes.map(({ mark, text }) => ({ mark, text: blocksPlain(text) })),
    references: record.references,
  };
}

/** The named fields of an object, for comparing one group of fields at a time. */
export function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** The part of `actual` that `expected` states: only its keys, recursively, and array elements pairwise. */
export function shapedLike(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((element, index) => shapedLike(element, expected[index] ?? expected[0]));
  }
  if (isObject(expected) && isObject(actual)) {
    return Object.fromEntries(Object.keys(expected).map((key) => [key, shapedLike(actual[key], expected[key])]));
  }
  return actual;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../scripts/ingest/read/decode.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { toCollections } from '../scripts/ingest/entries/to-markdown.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { expectOk, project, shapedLike } from './support/projection.ts';

/** Folder of the variation fixtures: `<case>/input.txt` and `<case>/expected.json`. */
const VARIATIONS = 'tests/fixtures/variations';

/** Cases whose input is bytes that are not plain UTF-8 text: they go through decodeSource first, as in the CLI. */
const ENCODED_CASES = new Set(['crlf-bom', 'windows-1252']);

/** What a variation's expected.json holds besides projection fields. */
interface Checks {
  /** The variation, as a sentence: the test's name. */
  about: string;
  /** Passages that must stand in the plain text of the items, sections and footnotes. */
  present?: string[];
  /** Strings that must stand nowhere in the record (neither in its plain nor in its Markdown text, nor in its fields). */
  absent?: string[];
  /** Strings that must stand in the Markdown of the items and sections. */
  markdown?: string[];
}

/** Keys of expected.json that are checks, not projection fields. */
const CHECK_KEYS = new Set(['about', 'present', 'absent', 'markdown']);

function readCase(name: string): { source: string; text: string } {
  const source = join(VARIATIONS, name, 'input.txt');
  const bytes = readFileSync(source);
  if (!ENCODED_CASES.has(name)) return { source, text: bytes.toString('utf8') };
  const decoded = decodeSource(new Uint8Array(bytes));
  if (!decoded.ok) throw new Error(`decodeSource refused ${source}: ${decoded.message}`);
  return { source, text: decoded.text };
}

/** The record's body as plain text, the Markdown the ingest writes for its page, and every string field of its header. */
/** The document's files as the ingest writes them: its entry's data (JSON), then its text (Markdown). */
function documentFiles(record: OkRecord): string {
  const files = toCollections([record]);
  const data = [...files].find(([path]) => path.startsWith('documents/'));
  const slug = data?.[0].slice('documents/'.length, -'.json'.length);
  return `${data?.[1] ?? ''}\n${files.get(`texts/${slug}.md`) ?? ''}`;
}

function recordTexts(record: OkRecord): { plain: string; markdown: string; fields: string } {
  const plain = [
    ...record.items.flatMap((item) => [item.title, blocksPlain(item.text)]),
    ...record.sections.flatMap((section) => [section.title ?? '', blocksPlain(section.text)]),
    ...record.footnotes.map((footnote) => blocksPlain(footnote.text)),
  ];
  const fields = [record.number, record.kind, record.place, record.from, record.to, record.subject, ...record.codes];
  return {
    plain: plain.join('\n'),
    markdown: documentFiles(record),
    fields: fields.filter((field) => field !== null).join('\n'),
  };
}

const cases = readdirSync(VARIATIONS).sort();

describe.each(cases)('the %s variation', (name) => {
  const expected = JSON.parse(readFileSync(join(VARIATIONS, name, 'expected.json'), 'utf8')) as Checks & Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(expected).filter(([key]) => !CHECK_KEYS.has(key)));
  let parsed: OkRecord | undefined;
  /** Parses the case once, on first use. */
  const record = (): OkRecord => {
    if (parsed === undefined) {
      const { source, text } = readCase(name);
      parsed = expectOk(parseDocument(text, source));
    }
    return parsed;
  };

  it(`${expected.about}: the record has the expected fields`, () => {
    expect(shapedLike(project(record()), fields)).toEqual(fields);
  });

  if (expected.present !== undefined) {
    const present = expected.present;
    it(`${expected.about}: the text keeps the expected passages`, () => {
      const { plain } = recordTexts(record());
      expect(present.filter((passage) => !plain.includes(passage))).toEqual([]);
    });
  }

  if (expected.absent !== undefined) {
    const absent = expected.absent;
    it(`${expected.about}: nothing of the dropped text is left in the record`, () => {
      const { plain, markdown, fields: header } = recordTexts(record());
      const everything = [plain, markdown, header].join('\n');
      expect(absent.filter((residue) => everything.includes(residue))).toEqual([]);
    });
  }

  if (expected.markdown !== undefined) {
    const wanted = expected.markdown;
    it(`${expected.about}: the Markdown has the expected constructs`, () => {
      const { markdown } = recordTexts(record());
      expect(wanted.filter((construct) => !markdown.includes(construct))).toEqual([]);
    });
  }
});

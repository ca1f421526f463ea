import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../scripts/ingest/read/decode.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { recordSchema, type IngestRecord } from '../src/schemas/record.ts';
import { runIngest, type CliRun } from './support/cli.ts';

/** The bad inputs, each with the words its error message must use to say what is wrong. */
const BAD_INPUTS = [
  { file: 'tests/fixtures/bad/empty.txt', says: /empty/i },
  { file: 'tests/fixtures/bad/binary.txt', says: /binary/i },
  { file: 'tests/fixtures/bad/no-header.txt', says: /document number|header/i },
  { file: 'tests/fixtures/bad-pdf/password.pdf', says: /password-protected PDF/ },
  { file: 'tests/fixtures/bad-pdf/truncated.pdf', says: /not a readable PDF/ },
] as const;

/** A good source ingested in the same run as the bad ones. */
const GOOD_SOURCE = 'content/sources/000_fcebac5ee47826ac.txt';

describe('the parse of a text without a Council header', () => {
  it('gives an error record naming the file, the line where the header should begin and what is missing', () => {
    const source = 'tests/fixtures/bad/no-header.txt';
    const text = readFileSync(source, 'utf8');
    const record = parseDocument(text, source);
    expect(record.status).toBe('error');
    if (record.status !== 'error') return;
    expect(record.error.file).toBe(source);
    expect(record.error.line).toBeGreaterThanOrEqual(1);
    expect(record.error.line).toBeLessThanOrEqual(text.split('\n').length);
    expect(record.error.message).toMatch(/document number|header/i);
  });

  it('gives an error record, never a throw, for an empty text', () => {
    const record = parseDocument('', 'empty.txt');
    expect(record.status).toBe('error');
    if (record.status !== 'error') return;
    expect(record.error.message).toMatch(/empty/i);
  });
});

describe('the decoding of bad bytes', () => {
  it('refuses an empty file and a binary file, saying which it is', () => {
    const empty = decodeSource(new Uint8Array(readFileSync('tests/fixtures/bad/empty.txt')));
    const binary = decodeSource(new Uint8Array(readFileSync('tests/fixtures/bad/binary.txt')));
    expect(empty).toMatchObject({ ok: false, message: expect.stringMatching(/empty/i) });
    expect(binary).toMatchObject({ ok: false, message: expect.stringMatching(/binary/i) });
  });
});

describe('an ingest run with bad inputs among good ones (--json)', () => {
  let run: CliRun = { status: null, stdout: '', stderr: '' };
  beforeAll(() => {
    run = runIngest(['--json', ...BAD_INPUTS.map((bad) => bad.file), GOOD_SOURCE]);
  });
  const records = (): IngestRecord[] => recordSchema.array().parse(JSON.parse(run.stdout));

  it('exits 1 and still prints one valid record per input file, in the order given', () => {
    expect(run.status).toBe(1);
    expect(records().map((record) => record.source)).toEqual([...BAD_INPUTS.map((bad) => bad.file), GOOD_SOURCE]);
  });

  it.each(BAD_INPUTS)('reports $file as an error with its file, a line number and what is wrong', ({ file, says }) => {
    const record = records().find((candidate) => candidate.source === file);
    expect(record?.status).toBe('error');
    if (record?.status !== 'error') return;
    expect(record.error.file).toBe(file);
    expect(Number.isInteger(record.error.line) && record.error.line >= 0).toBe(true);
    expect(record.error.message).toMatch(says);
  });

  it('ingests the good file of the same run', () => {
    const good = records().find((record) => record.source === GOOD_SOURCE);
    expect(good).toMatchObject({ status: 'ok', number: '15912/25' });
  });
});

describe('an ingest run over two sources with the same text of one document number', () => {
  const root = mkdtempSync(join(tmpdir(), 'cosi-duplicate-'));
  const out = join(root, 'out');
  let run: CliRun = { status: null, stdout: '', stderr: '' };
  beforeAll(() => {
    const sources = join(root, 'sources');
    mkdirSync(sources);
    mkdirSync(out);
    copyFileSync(GOOD_SOURCE, join(sources, 'first-copy.txt'));
    copyFileSync(GOOD_SOURCE, join(sources, 'second-copy.txt'));
    writeFileSync(join(out, 'previous.txt'), 'the content of an earlier run\n');
    run = runIngest(['--strict', '--sources', sources, '--out', out]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes under --strict: one text from two sources is no error', () => {
    expect(run.status).toBe(0);
  });

  it('writes one document, lists both sources as read, the second with a warning naming the first, and leaves other files of the output folder alone', () => {
    expect(readdirSync(join(out, 'documents'))).toEqual(['15912-25.json']);
    const listed = JSON.parse(readFileSync(join(out, 'source-files', 'sources.json'), 'utf8')) as Record<
      string,
      { status: string; warnings: { message: string }[] }
    >;
    expect(
      Object.entries(listed).map(([source, { status, warnings }]) => [source.replace(/^.*\//, ''), status, warnings.map(({ message }) => message)]),
    ).toEqual([
      ['first-copy.txt', 'ok', []],
      ['second-copy.txt', 'ok', [expect.stringMatching(/^document 15912\/25 has the same text as in .*first-copy\.txt: one document$/)]],
    ]);
    expect(readFileSync(join(out, 'previous.txt'), 'utf8')).toBe('the content of an earlier run\n');
  });
});

/**
 * `npm run ingest`: Council documents in content/sources/ → the typed collections under content/.
 * The only ingest code that touches the file system; every stage it calls is pure.
 *
 *   npm run ingest [-- --sources DIR --out DIR --quiet]   parse every source, write the collections atomically
 *   npm run ingest -- --check                             write nothing; exit 1 naming the files that differ
 *   npm run --silent ingest -- --json FILE...             print the records as one JSON array; write nothing
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestRecord, OkRecord } from '../src/schemas/record.ts';
import { COLLECTIONS, isSafeContentPath } from './ingest/collection-paths.ts';
import { diffContent, isClean, type ContentDiff } from './ingest/content-diff.ts';
import { decodeSource, type DecodeResult } from './ingest/decode.ts';
import { rejectDuplicateNumbers } from './ingest/duplicate-numbers.ts';
import { compare } from './ingest/order.ts';
import { parseDocument } from './ingest/parse.ts';
import { toCollections } from './ingest/to-markdown.ts';
import { writeCollectionsAtomically } from './ingest/write-atomic.ts';

/** File name endings of the sources the ingest reads. */
const SOURCE_EXTENSION = /\.(?:txt|md|pdf)$/i;

/** Sources read through the PDF extractor instead of as text. */
const PDF_EXTENSION = /\.pdf$/i;

/** Above this many sources, a terminal shows a progress line. */
const PROGRESS_FROM = 200;

/** Sources read at once. */
const READ_BATCH = 64;

const USAGE = 'usage: npm run ingest -- [--check] [--quiet] [--sources DIR] [--out DIR] | --json FILE...';

interface Options {
  check: boolean;
  json: boolean;
  quiet: boolean;
  sources: string;
  out: string;
  files: string[];
}

/**
 * Bytes of one source → its text, or why it cannot be read as one; a PDF goes through the PDF extractor, loaded on the
 * first PDF only (pdfjs takes over a second of CPU to load, more than parsing a thousand text sources).
 */
async function readSource(path: string): Promise<DecodeResult> {
  const bytes = await readFile(path);
  if (!PDF_EXTENSION.test(path)) return decodeSource(bytes);
  const { pdfToText } = await import('./ingest/pdf.ts');
  return pdfToText(bytes);
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const sources = options.json ? options.files.map((file) => ({ source: file.split(sep).join('/'), path: file, inside: true })) : await listSources(options.sources);
  const records = rejectDuplicateNumbers(await ingestAll(sources, options.quiet));
  const failed = records.filter((record) => record.status === 'error');
  for (const record of failed) process.stderr.write(`${errorLine(record)}\n`);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return failed.length === 0 ? 0 : 1;
  }
  const files = toCollections(records.filter((record): record is OkRecord => record.status === 'ok'));
  const unsafe = [...files.keys()].filter((path) => !isSafeContentPath(path));
  if (unsafe.length > 0) throw new Error(`refusing to write outside the collection folders: ${unsafe.join(', ')}`);
  const diff = diffContent(files, await readCollections(options.out));
  const summary = `${records.length} sources, ${records.length - failed.length} ingested, ${failed.length} failed`;
  if (options.check) {
    for (const line of diffLines(diff, options.out)) process.stdout.write(`${line}\n`);
    if (!options.quiet) process.stderr.write(`ingest --check: ${summary}; ${isClean(diff) ? `${options.out} is up to date` : `${diffCount(diff)} files differ`}\n`);
    return failed.length === 0 && isClean(diff) ? 0 : 1;
  }
  if (!isClean(diff)) await writeCollectionsAtomically(options.out, files);
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`ingest: ${summary}; ${files.size} files, ${diffCount(diff)} written or removed in ${options.out} (${seconds} s)\n`);
  }
  return failed.length === 0 ? 0 : 1;
}

function parseOptions(): Options | null {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        sources: { type: 'string', default: 'content/sources' },
        out: { type: 'string', default: 'content' },
      },
    });
    if (values.json !== positionals.length > 0 || (values.json && values.check)) return null;
    return { check: values.check, json: values.json, quiet: values.quiet, sources: values.sources, out: values.out, files: positionals };
  } catch {
    return null;
  }
}

/** A source to ingest: the path records show, the path to read, and whether it really lies inside the sources folder. */
interface SourceFile {
  source: string;
  path: string;
  inside: boolean;
}

/** Every .txt/.md/.pdf file under the sources folder, sorted by path; a link leading outside it is marked, never followed. */
async function listSources(folder: string): Promise<SourceFile[]> {
  const root = await realpath(folder);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && SOURCE_EXTENSION.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compare);
  return Promise.all(
    paths.map(async (path) => {
      const real = await realpath(path).catch(() => null);
      return { source: slashes(path), path, inside: real !== null && (real === root || real.startsWith(root + sep)) };
    }),
  );
}

async function ingestAll(sources: readonly SourceFile[], quiet: boolean): Promise<IngestRecord[]> {
  const records: IngestRecord[] = [];
  const progress = !quiet && process.stderr.isTTY && sources.length >= PROGRESS_FROM;
  for (let start = 0; start < sources.length; start += READ_BATCH) {
    const batch = sources.slice(start, start + READ_BATCH);
    const texts = await Promise.all(batch.map(readChecked));
    batch.forEach(({ source }, index) => {
      const text = texts[index];
      records.push(text === undefined || !text.ok ? errorRecord(source, text?.line ?? 0, text?.ok === false ? text.message : 'not read') : parseDocument(text.text, source));
    });
    if (progress) process.stderr.write(`\ringest: ${records.length}/${sources.length} sources`);
  }
  if (progress) process.stderr.write('\n');
  return records;
}

/** Reads one source unless it must not be read; any failure becomes a message, never an exception. */
async function readChecked({ path, inside }: SourceFile): Promise<DecodeResult> {
  if (!inside) return { ok: false, line: 0, message: 'symbolic link to a file outside the sources folder, not read' };
  try {
    if (!(await stat(path)).isFile()) return { ok: false, line: 0, message: 'not a regular file' };
    return await readSource(path);
  } catch (error) {
    return { ok: false, line: 0, message: `cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})` };
  }
}

function errorRecord(source: string, line: number, message: string): IngestRecord {
  return { source, status: 'error', error: { file: source, line, message } };
}

/** `content/sources/x.txt:12: expected …`; the line is left out when the problem is the whole file. */
function errorLine(record: IngestRecord): string {
  if (record.status === 'ok') return record.source;
  const { file, line, message } = record.error;
  return line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`;
}

/** The files of the owned collections now under the content root, keyed like toCollections' result. */
async function readCollections(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    const folder = join(out, collection);
    const names = await readdir(folder).catch(() => []);
    for (const name of names.sort(compare)) files.set(`${collection}/${name}`, await readFile(join(folder, name), 'utf8'));
  }
  return files;
}

function diffLines(diff: ContentDiff, out: string): string[] {
  const at = (path: string) => slashes(join(out, path));
  return [...diff.missing.map((path) => `missing ${at(path)}`), ...diff.extra.map((path) => `extra ${at(path)}`), ...diff.changed.map((path) => `changed ${at(path)}`)];
}

function diffCount(diff: ContentDiff): number {
  return diff.missing.length + diff.extra.length + diff.changed.length;
}

/** A path as records and messages show it: relative to the working folder when inside it, with `/` separators. */
function slashes(path: string): string {
  const shown = relative(process.cwd(), resolve(path));
  return (shown.startsWith('..') ? resolve(path) : shown).split(sep).join('/');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

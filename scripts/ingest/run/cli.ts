/**
 * `npm run ingest`: Council documents in content/sources/ → the typed collections under content/.
 * Parses in worker threads over every core (ingest-worker.ts), each writing its documents' files into a staging
 * folder as soon as they are made; keeps only what the stages across documents need (corpus-collector.ts), and swaps
 * the staged collections in at the end, or leaves the content root untouched when nothing changed.
 *
 *   npm run ingest [-- --sources DIR --out DIR --quiet]   parse every source, write the collections atomically
 *   npm run ingest -- --check                             write nothing; exit 1 naming the files that differ
 *   npm run --silent ingest -- --json FILE...             print the records as one JSON array; write nothing
 */
import { unlinkSync, writeFileSync } from 'node:fs';
import { readdir, realpath, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestError } from '../../../src/schemas/record.ts';
import { COLLECTIONS, isSafeContentPath } from './collection-paths.ts';
import { isClean, type ContentDiff } from './content-diff.ts';
import { CorpusCollector } from './corpus-collector.ts';
import { corpusFiles, mentionFiles } from '../entries/corpus-files.ts';
import { MentionSpool } from './corpus-spool.ts';
import type { GeneratedFile } from '../entries/document-files.ts';
import { rejectDuplicateNumbers } from '../entries/duplicate-numbers.ts';
import { ingestSource, sameOnDisk, sourceRecord, type SourceFile, type SourceReport, type SourceTask, type Target } from './ingest-source.ts';
import { compare } from '../../../src/shared/order.ts';
import { inOrder, WorkerPool } from './worker-pool.ts';
import { openStaging, stagedCollections, swapStaging } from './write-atomic.ts';
import { registerFile } from '../entries/register-files.ts';
import { readSidecars } from './register-sidecars.ts';

/** File name endings of the sources the ingest reads. */
const SOURCE_EXTENSION = /\.(?:txt|md|pdf)$/i;

/** Above this many sources, a terminal shows a progress line. */
const PROGRESS_FROM = 200;

/** From this many sources on, worker threads parse them; below, starting the workers costs more than they save. */
const WORKERS_FROM = 250;

/** Sources under way per worker: enough to keep each busy, few enough that waiting results stay small. */
const TASKS_PER_WORKER = 8;

const USAGE = 'usage: npm run ingest -- [--check] [--quiet] [--sources DIR] [--out DIR] | --json FILE...';

interface Options {
  check: boolean;
  json: boolean;
  quiet: boolean;
  sources: string;
  out: string;
  files: string[];
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (options.json) return printRecords(options.files);
  const started = performance.now();
  const sources = await listSources(options.sources);
  const sidecars = await readSidecars(options.sources, sources);
  const onDisk = await listCollections(options.out);
  const staging = options.check ? null : await openStaging(options.out);
  try {
    const target: Target = { out: options.out, staging: staging === null ? null : stagedCollections(staging) };
    const { collector, corpus } = await ingestAll(sources, target, !options.quiet && process.stderr.isTTY && sources.length >= PROGRESS_FROM);
    const register = registerFile(sidecars.found);
    if (register.file !== null) corpus.push(writeCorpusFile(register.file, target));
    const errors = collector.errors();
    const sidecarErrors = [
      ...sidecars.errors,
      ...register.clashes.map((file) => ({ file, line: 0, message: 'another sidecar of the same name was read first' })),
    ];
    for (const error of [...errors, ...sidecarErrors]) process.stderr.write(`${errorLine(error)}\n`);
    const diff = collector.diff(onDisk, corpus);
    const summary = `${collector.sources} sources, ${collector.sources - errors.length} ingested, ${errors.length} failed`;
    if (options.check) {
      for (const line of diffLines(diff, options.out)) process.stdout.write(`${line}\n`);
      if (!options.quiet)
        process.stderr.write(`ingest --check: ${summary}; ${isClean(diff) ? `${options.out} is up to date` : `${diffCount(diff)} files differ`}\n`);
      return errors.length + sidecarErrors.length === 0 && isClean(diff) ? 0 : 1;
    }
    if (staging !== null && !isClean(diff)) await swapStaging(options.out, staging);
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const files = [...collector.paths()].length + corpus.length;
      process.stderr.write(`ingest: ${summary}; ${files} files, ${diffCount(diff)} written or removed in ${options.out} (${seconds} s)\n`);
    }
    return errors.length + sidecarErrors.length === 0 ? 0 : 1;
  } finally {
    if (staging !== null) await rm(staging, { recursive: true, force: true });
  }
}

/** `--json`: the records of the given files, in the order given, as one JSON array on standard output. */
async function printRecords(files: readonly string[]): Promise<number> {
  const records = [];
  for (const file of files) records.push(await sourceRecord({ source: file.split(sep).join('/'), path: file, inside: true }));
  const checked = rejectDuplicateNumbers(records);
  const failed = checked.filter((record) => record.status === 'error');
  for (const record of failed) process.stderr.write(`${errorLine(record.error)}\n`);
  process.stdout.write(`${JSON.stringify(checked, null, 2)}\n`);
  return failed.length === 0 ? 0 : 1;
}

/**
 * Every source through ingestSource (in worker threads when there are many), the reports taken in source order;
 * then the documents whose meeting id or files depended on others made again, the left-out files removed, and the
 * corpus files (references) written and compared.
 */
async function ingestAll(
  sources: readonly SourceFile[],
  target: Target,
  progress: boolean,
): Promise<{ collector: CorpusCollector; corpus: { path: string; same: boolean }[] }> {
  const workers = sources.length < WORKERS_FROM ? 0 : availableParallelism();
  const pool = workers === 0 ? null : new WorkerPool<SourceTask, SourceReport>(new URL('./ingest-worker.ts', import.meta.url), workers, target);
  const run = (task: SourceTask) => (pool === null ? ingestSource(task, target) : pool.run(task));
  const window = Math.max(1, workers) * TASKS_PER_WORKER;
  const collector = new CorpusCollector();
  const spool = new MentionSpool();
  // The mention records go to the spool, not into the collector: they are most of what the documents give the end.
  const spooled = (report: SourceReport, making: number) => {
    if (report.status !== 'ok') return report;
    spool.add(report.index, making, report.corpus.mentions);
    return { ...report, corpus: { ...report.corpus, mentions: [] } };
  };
  try {
    const tasks = sources.map((source, index) => ({ ...source, index }));
    for await (const report of inOrder(tasks, run, window)) {
      collector.take(spooled(report, 0), sources[report.index]?.source ?? '');
      if (progress && collector.sources % 100 === 0) process.stderr.write(`\ringest: ${collector.sources}/${sources.length} sources`);
    }
    if (progress) process.stderr.write(`\ringest: ${collector.sources}/${sources.length} sources\n`);
    const again = collector.regenerations().flatMap(({ index, meeting }) => {
      const source = sources[index];
      return source === undefined ? [] : [{ ...source, index, meeting }];
    });
    for await (const report of inOrder(again, run, window)) collector.replace(spooled(report, 1));
    if (target.staging !== null) for (const path of collector.leftOutFiles()) unlinkSync(join(target.staging, path));
    await pool?.close();
    const corpus = corpusFiles(collector.corpusParts()).map((file) => writeCorpusFile(file, target));
    for (const records of spool.groups((index, making) => collector.isCurrent(index, making))) {
      for (const file of mentionFiles(records)) corpus.push(writeCorpusFile(file, target));
    }
    return { collector, corpus };
  } finally {
    await pool?.close();
    spool.close();
  }
}

/** Writes one file made from all documents into the staging folder (none: --check); whether the disk already holds it. */
function writeCorpusFile([path, content]: GeneratedFile, target: Target): { path: string; same: boolean } {
  if (!isSafeContentPath(path)) throw new Error(`refusing to write outside the collection folders: ${path}`);
  if (target.staging !== null) writeFileSync(join(target.staging, path), content);
  return { path, same: sameOnDisk(join(target.out, path), content) };
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

/** `content/sources/x.txt:12: expected …`; the line is left out when the problem is the whole file. */
function errorLine({ file, line, message }: IngestError): string {
  return line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`;
}

/** The paths of the owned collections' files now under the content root (`documents/15912-25.md`). */
async function listCollections(out: string): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const collection of COLLECTIONS) {
    const names = await readdir(join(out, collection)).catch(() => []);
    for (const name of names.sort(compare)) paths.add(`${collection}/${name}`);
  }
  return paths;
}

function diffLines(diff: ContentDiff, out: string): string[] {
  const at = (path: string) => slashes(join(out, path));
  return [
    ...diff.missing.map((path) => `missing ${at(path)}`),
    ...diff.extra.map((path) => `extra ${at(path)}`),
    ...diff.changed.map((path) => `changed ${at(path)}`),
  ];
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

/** The ingest command itself (cli.ts loads it once the compile cache is on): see cli.ts. */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestError, IngestRecord } from '../../../src/schemas/record.ts';
import { closingSummary, errorLine } from './closing-summary.ts';
import { collectReports, WORKERS_FROM } from './collect.ts';
import { COLLECTIONS, isSafeContentPath } from './collection-paths.ts';
import { isClean, type ContentDiff } from './content-diff.ts';
import type { Verdict } from './corpus-collector.ts';
import { corpusFiles } from '../entries/corpus-files.ts';
import { MentionSpool } from './corpus-spool.ts';
import { packedCollectionOf, packedMembers } from '../entries/packed-files.ts';
import { PackedStream, writePackedFiles } from './packed-writer.ts';
import { currentMakings, writeMentions } from './mention-writer.ts';
import type { MentionResult, MentionTask } from './mention-thread.ts';
import { WorkerPool } from './worker-pool.ts';
import type { GeneratedFile } from '../entries/document-files.ts';
import type { SourceFile, SourceTask, Target } from './ingest-source.ts';
import { sameOnDisk } from './same-on-disk.ts';
import { compare } from '../../../src/shared/order.ts';
import type { PackedCollection } from '../../../src/shared/packed-entries.ts';
import { listSources, shownPath } from './source-list.ts';
import { sourcesFile } from './source-entries.ts';
import { refusedNames } from './source-names.ts';
import { openStaging, stagedCollections, swapStaging } from './write-atomic.ts';
import { registerFile } from '../entries/register-files.ts';
import { readSidecars } from './register-sidecars.ts';

/** Above this many sources, a terminal shows a progress line. */
const PROGRESS_FROM = 200;

const USAGE = 'usage: npm run ingest -- [--check] [--strict] [--quiet] [--sources DIR] [--out DIR] | --json FILE...';

interface Options {
  check: boolean;
  strict: boolean;
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
  const { sources, skipped } = await listSources(options.sources);
  const refused = refusedNames(sources);
  const tasks = accepted(sources, refused);
  const sidecars = await readSidecars(options.sources, tasks);
  const onDisk = await listCollections(options.out);
  const staging = options.check ? null : await openStaging(options.out);
  // The entries of packed collections wait in the staging folder (--check: a temporary folder) until they are packed.
  const packedSpool = staging === null ? mkdtempSync(join(tmpdir(), 'cosi-ingest-packed-')) : join(staging, 'spool');
  const spool = new MentionSpool();
  // A large ingest writes the mention entries in a thread of its own, started now so that it is loaded once every
  // document is known, while this thread writes the other files made from all documents (idle otherwise: one core).
  const mentionThread =
    tasks.length < WORKERS_FROM ? null : new WorkerPool<MentionTask, MentionResult>(new URL('./mention-thread.ts', import.meta.url), 1, null);
  try {
    mkdirSync(packedSpool, { recursive: true });
    const target: Target = { out: options.out, staging: staging === null ? null : stagedCollections(staging), spool: packedSpool };
    const showProgress = !options.quiet && process.stderr.isTTY && sources.length >= PROGRESS_FROM;
    const progress = showProgress ? (taken: number) => taken % 100 === 0 && process.stderr.write(`\ringest: ${taken}/${sources.length} sources`) : undefined;
    const collector = await collectReports(tasks, { target, spool, ...(progress === undefined ? {} : { progress }) });
    if (showProgress) process.stderr.write(`\ringest: ${collector.sources}/${sources.length} sources\n`);
    if (target.staging !== null) for (const path of collector.leftOutFiles()) unlinkSync(join(target.staging, path));
    const verdicts = collector.verdicts();
    // The documents' entries of packed collections (items, decisions) wait in the spool; the reference and mention
    // entries, made here, are written straight into their packed files in id order.
    const current = (index: number, making: number) => collector.isCurrent(index, making);
    const mentionsWritten = mentionThread?.run({ index: 0, spool: spool.handOver(), current: currentMakings(sources.length, current), target });
    // Awaited below; a failure here first (the thread stopped with the others) is not left unhandled.
    mentionsWritten?.catch(() => undefined);
    const corpus: { path: string; same: boolean }[] = [];
    const packedHere: GeneratedFile[] = [];
    for (const file of corpusFiles(collector.corpusParts())) {
      if (packedCollectionOf(file[0]) === null) corpus.push(writeCorpusFile(file, target));
      else packedHere.push(file);
    }
    corpus.push(...writePackedFiles([...collector.packedEntries()], packedSpool, target));
    corpus.push(...writeInOrder(packedHere, target));
    corpus.push(...(mentionsWritten === undefined ? writeMentions(spool.handOver(), current, target) : writtenMentions(await mentionsWritten)));
    corpus.push(writeCorpusFile(sourcesFile(sources, verdicts, refused), target));
    const register = registerFile(sidecars.found);
    if (register.file !== null) corpus.push(writeCorpusFile(register.file, target));
    const sidecarErrors = [
      ...sidecars.errors,
      ...register.clashes.map((file) => ({ file, line: 0, message: 'another sidecar of the same name was read first' })),
    ];
    const summary = closingSummary(listed(sources, verdicts, refused), skipped, sidecarErrors);
    for (const line of [...summary.skipped, ...(options.quiet ? [] : summary.warnings), ...summary.errors]) process.stderr.write(`${line}\n`);
    const failed = summary.errors.length > 0 && options.strict;
    const diff = collector.diff(onDisk, corpus);
    if (options.check) {
      for (const line of diffLines(diff, options.out)) process.stdout.write(`${line}\n`);
      if (!options.quiet)
        process.stderr.write(`ingest --check: ${summary.counts}; ${isClean(diff) ? `${options.out} is up to date` : `${diffCount(diff)} files differ`}\n`);
      return isClean(diff) && !failed ? 0 : 1;
    }
    if (staging !== null && !isClean(diff)) await swapStaging(options.out, staging);
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const files = collector.paths().length + corpus.length;
      process.stderr.write(`ingest: ${summary.counts}; ${files} files, ${diffCount(diff)} written or removed in ${options.out} (${seconds} s)\n`);
    }
    return failed ? 1 : 0;
  } finally {
    await mentionThread?.close();
    spool.close();
    if (staging !== null) await rm(staging, { recursive: true, force: true });
    else rmSync(packedSpool, { recursive: true, force: true });
  }
}

/**
 * `--json`: the records of the given files, in the order given, as one JSON array on standard output; exit 1 when
 * any is an error. The files go through the same checks as in the writing ingest (names, entries, numbers given
 * twice), so a record printed `ok` is a document the writing ingest writes, and an error there is an error here.
 */
async function printRecords(files: readonly string[]): Promise<number> {
  const sources = files.map((file) => ({ source: file.split(sep).join('/'), path: file, inside: true }));
  const refused = refusedNames(sources);
  const records = new Map<number, IngestRecord>();
  const collector = await collectReports(accepted(sources, refused), { target: { out: 'content', staging: null, spool: null }, spool: null, records });
  const verdicts = collector.verdicts();
  const printed = sources.map(({ source }, index): IngestRecord => {
    const error = refused.get(index) ?? verdicts.get(index)?.error ?? null;
    const record = records.get(index);
    if (error !== null || record === undefined) return { source, status: 'error', error: error ?? { file: source, line: 0, message: 'not ingested' } };
    return record.status === 'ok' ? { ...record, warnings: verdicts.get(index)?.warnings ?? record.warnings } : record;
  });
  const failed = printed.flatMap((record) => (record.status === 'error' ? [record.error] : []));
  for (const error of failed) process.stderr.write(`${errorLine(error)}\n`);
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return failed.length === 0 ? 0 : 1;
}

/** The sources whose names passed, each with its index among all sources and its name in Unicode NFC. */
function accepted(sources: readonly SourceFile[], refused: ReadonlyMap<number, IngestError>): SourceTask[] {
  return sources.flatMap((source, index) => (refused.has(index) ? [] : [{ ...source, source: source.source.normalize('NFC'), index }]));
}

/** Every source with its verdict, in source order: a refused name's error, else what the collector decided. */
function listed(
  sources: readonly SourceFile[],
  verdicts: ReadonlyMap<number, Verdict>,
  refused: ReadonlyMap<number, IngestError>,
): { source: string; verdict: Verdict }[] {
  return sources.map(({ source }, index) => {
    const error = refused.get(index);
    const verdict = verdicts.get(index);
    if (error === undefined && verdict !== undefined) return { source: source.normalize('NFC'), verdict };
    return {
      source,
      verdict: { status: 'error', bytes: null, document: null, warnings: [], error: error ?? { file: source, line: 0, message: 'not ingested' } },
    };
  });
}

/**
 * Writes the packed files of entry files made in this thread (data entries only: `references/<id>.json`), each
 * collection's in id order (PackedStream); each file is let go of once it is written.
 */
function writeInOrder(files: GeneratedFile[], target: Target): { path: string; same: boolean }[] {
  const byCollection = new Map<PackedCollection, ({ id: string; file: GeneratedFile } | undefined)[]>();
  for (const file of files.splice(0)) {
    const collection = packedCollectionOf(file[0]);
    if (collection === null) throw new Error(`not an entry of a packed collection: ${file[0]}`);
    const id = file[0].slice(collection.length + 1, file[0].lastIndexOf('.'));
    const own = byCollection.get(collection) ?? [];
    own.push({ id, file });
    byCollection.set(collection, own);
  }
  return [...byCollection.keys()].sort(compare).flatMap((collection) => {
    const own = byCollection.get(collection) ?? [];
    own.sort((a, b) => compare(a?.id ?? '', b?.id ?? ''));
    const stream = new PackedStream(collection, target);
    own.forEach((entry, index) => {
      own[index] = undefined;
      for (const member of entry === undefined ? [] : packedMembers([entry.file])) stream.add(member);
    });
    return stream.close();
  });
}

/** The files the mention thread wrote, or its error thrown here. */
function writtenMentions(result: MentionResult): { path: string; same: boolean }[] {
  if ('error' in result) throw new Error(result.error);
  return result.written;
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
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        sources: { type: 'string', default: 'content/sources' },
        out: { type: 'string', default: 'content' },
      },
    });
    if (values.json !== positionals.length > 0 || (values.json && (values.check || values.strict))) return null;
    return { check: values.check, strict: values.strict, json: values.json, quiet: values.quiet, sources: values.sources, out: values.out, files: positionals };
  } catch {
    return null;
  }
}

/** The paths of the owned collections' files now under the content root (`documents/15912-25.json`). */
async function listCollections(out: string): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const collection of COLLECTIONS) {
    const names = await readdir(join(out, collection)).catch(() => []);
    for (const name of names.sort(compare)) paths.add(`${collection}/${name}`);
  }
  return paths;
}

function diffLines(diff: ContentDiff, out: string): string[] {
  const at = (path: string) => shownPath(join(out, path));
  return [
    ...diff.missing.map((path) => `missing ${at(path)}`),
    ...diff.extra.map((path) => `extra ${at(path)}`),
    ...diff.changed.map((path) => `changed ${at(path)}`),
  ];
}

function diffCount(diff: ContentDiff): number {
  return diff.missing.length + diff.extra.length + diff.changed.length;
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

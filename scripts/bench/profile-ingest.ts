/**
 * Tools for profiling the ingest on a generated corpus.
 *
 *   node scripts/bench/profile-ingest.ts corpus DIR [--docs N] [--seed S]   write N generated sources into DIR
 *   node --no-regexp-tier-up scripts/bench/profile-ingest.ts stages DIR     CPU and wall time of each ingest stage on DIR's sources, in this process
 *   node scripts/bench/profile-ingest.ts summary FILE.cpuprofile [--top N] [--inclusive]
 *     the functions with most self time (or, with --inclusive, most time under them)
 *
 * (`--no-regexp-tier-up`: the ingest's flags, run/regexp-engine.ts.) Profile the CLI itself with Node's profiler, then
 * summarise the profile (the workers write theirs beside the CLI's):
 *   node_modules/.bin/node --no-regexp-tier-up --cpu-prof --cpu-prof-dir=/tmp/prof scripts/ingest/run/cli.ts --sources DIR --out OUT --quiet
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OkRecord } from '../../src/schemas/record.ts';
import { decodeSource } from '../ingest/read/decode.ts';
import { parseDocument } from '../ingest/parse/parse.ts';
import { toCollections } from '../ingest/entries/to-markdown.ts';
import { generateCorpus } from './generate.ts';
import { writeSources } from './workspace.ts';

/** Documents and seed of the corpus when none are given: the benchmark's default size. */
const DEFAULT_DOCS = 2000;
const DEFAULT_SEED = 1;

/** Rows of the summary when none is given. */
const DEFAULT_TOP = 30;

const USAGE = 'usage: profile-ingest.ts corpus DIR [--docs N] [--seed S] | stages DIR | summary FILE.cpuprofile [--top N] [--inclusive]';

/** The parts of a V8 .cpuprofile the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A function as the summary names it: name, file (from the package or project folder on) and line. */
function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.replace(/^.*\/(node_modules\/[^/]+|scripts|src)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Time per function in milliseconds, most first: self time (samples in the function itself), or with `inclusive`
 * total time (samples anywhere under it, each counted once however deep the recursion).
 */
function functionTimes(profile: CpuProfile, inclusive: boolean): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) {
      const node = byNode.get(at);
      if (node !== undefined) names.add(frameName(node.callFrame));
    }
    for (const name of names) totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

function summary(file: string, top: number, inclusive: boolean): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const times = functionTimes(profile, inclusive);
  const total = (profile.endTime - profile.startTime) / 1000;
  process.stdout.write(`profile ${file}: ${total.toFixed(0)} ms\n`);
  for (const { name, ms } of times.slice(0, top))
    process.stdout.write(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}\n`);
}

function corpus(folder: string, docs: number, seed: number): void {
  mkdirSync(folder, { recursive: true });
  const bytes = writeSources(folder, generateCorpus(docs, seed));
  process.stdout.write(`${docs} sources, ${(bytes / 1e6).toFixed(1)} MB, in ${folder}\n`);
}

/** Runs `stage`, printing its wall and CPU time (this process, all threads) per document. */
function timed<T>(name: string, documents: number, stage: () => T): T {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = stage();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const wallMs = performance.now() - wall;
  process.stdout.write(
    `${name.padEnd(14)} wall ${wallMs.toFixed(0).padStart(6)} ms  cpu ${cpuMs.toFixed(0).padStart(6)} ms  ${((1000 * cpuMs) / documents).toFixed(0).padStart(5)} µs cpu/doc\n`,
  );
  return result;
}

function stages(folder: string): void {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort();
  const bytes = timed('read', names.length, () => names.map((name) => readFileSync(join(folder, name))));
  const texts = timed('decode', names.length, () => bytes.map((data) => decodeSource(data)));
  const records = timed('parseDocument', names.length, () => texts.map((text, index) => (text.ok ? parseDocument(text.text, names[index] ?? '') : null)));
  const ok = records.filter((record): record is OkRecord => record?.status === 'ok');
  const files = timed('toCollections', names.length, () => toCollections(ok));
  process.stdout.write(`${names.length} sources, ${ok.length} ingested, ${files.size} files\n`);
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { docs: { type: 'string' }, seed: { type: 'string' }, top: { type: 'string' }, inclusive: { type: 'boolean', default: false } },
  });
  const [command, target] = positionals;
  if (command === 'corpus' && target !== undefined) corpus(target, Number(values.docs ?? DEFAULT_DOCS), Number(values.seed ?? DEFAULT_SEED));
  else if (command === 'stages' && target !== undefined) stages(target);
  else if (command === 'summary' && target !== undefined) summary(target, Number(values.top ?? DEFAULT_TOP), values.inclusive);
  else {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return 0;
}

process.exitCode = main();

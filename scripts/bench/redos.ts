/**
 * `npm run bench:redos`: ingest time of adversarial inputs, to show that no pattern backtracks catastrophically —
 * time grows roughly linearly with size (doubling the input roughly doubles the time; quadratic would quadruple it).
 * Each input is decoded, parsed and turned into collection files in-process, as the CLI does, and timed as the median
 * of a few runs. Prints Markdown tables for docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { decodeSource } from '../ingest/read/decode.ts';
import { parseDocument } from '../ingest/parse/parse.ts';
import { toCollections } from '../ingest/entries/to-markdown.ts';

/** Runs per measurement; the median is reported. */
const RUNS = 3;

/** The long-line lengths measured, in characters. */
const LINE_LENGTHS = [100_000, 200_000, 400_000] as const;

/** Source sizes of the whole-document measurement, in bytes. */
const SOURCE_SIZES = [1_250_000, 2_500_000, 5_000_000] as const;

/** Repeated fragments that drive the ingest's patterns: numbers, references, markers, markup left open. */
const FRAGMENTS: readonly { name: string; fragment: string }[] = [
  { name: 'dots', fragment: '.' },
  { name: 'digits and dots (deep numbering)', fragment: '1.' },
  { name: 'digits and slashes', fragment: '1/' },
  { name: 'document numbers run together', fragment: '14470/1/25 ' },
  { name: '`REV` runs', fragment: 'REV ' },
  { name: '`COSI, ` runs', fragment: 'COSI, ' },
  { name: 'unclosed `<sup>`', fragment: '<sup>' },
  { name: '`**`', fragment: '**' },
  { name: '`[`', fragment: '[' },
  { name: 'unclosed `^{1, `', fragment: '^{1, ' },
  { name: 'backslashes', fragment: '\\' },
  { name: '`https://` runs', fragment: 'https://' },
  { name: 'sentence ends `. `', fragment: 'a. ' },
  { name: 'Regulation (EU) without a number', fragment: 'Regulation (EU) ' },
];

const SEED = 'content/sources/000_fcebac5ee47826ac.txt';

/** The header of a real outcome of proceedings (everything up to its first day heading). */
const HEADER = readFileSync(SEED, 'utf8').split('\n18 November 2025\n')[0] ?? '';

/** The agenda of the same outcome: what the whole-document measurement repeats. */
const AGENDA = readFileSync(SEED, 'utf8').slice(HEADER.length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Milliseconds to ingest one source text: decode its bytes, parse, write the collections (in memory). */
function ingestMs(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const decoded = decodeSource(bytes);
    if (decoded.ok) {
      const record = parseDocument(decoded.text, 'content/sources/bench.txt');
      if (record.status === 'ok') toCollections([record]);
    }
    times.push(performance.now() - started);
  }
  return median(times);
}

/** One adversarial line of `length` characters, placed as an item's text, an item's title and the subject. */
function withLongLine(fragment: string, length: number): string {
  const line = fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
  return `${HEADER.replace(/Subject:\t.*/, `Subject:\t${line}`)}\n18 November 2025\n\n1. ${line}\n\nCOSI took note of ${line}\n`;
}

/** An outcome of proceedings of about `bytes` bytes: the seed's agenda repeated with fresh item numbers. */
function bigSource(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let copy = 0; size < bytes; copy++) {
    const agenda = AGENDA.replace(/^(\d+)\. /gm, (_match, number: string) => `${copy * 10 + Number(number)}. `);
    parts.push(agenda);
    size += agenda.length;
  }
  return parts.join('\n');
}

function ratio(a: number, b: number): string {
  return a > 0 ? (b / a).toFixed(1) : '–';
}

function main(): void {
  const out: string[] = [];
  out.push(`Median of ${RUNS} runs, in milliseconds: decode + parse + collection files, in-process as the CLI does.`, '');
  out.push('| long line of | 100,000 chars | 200,000 chars | 400,000 chars | 400k / 100k |', '| --- | ---: | ---: | ---: | ---: |');
  for (const { name, fragment } of FRAGMENTS) {
    const times = LINE_LENGTHS.map((length) => ingestMs(withLongLine(fragment, length)));
    out.push(`| ${name} | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${ratio(times[0] ?? 0, times[2] ?? 0)} |`);
    process.stderr.write(`bench:redos: ${name} done\n`);
  }
  out.push('', '| whole source | 1.25 MB | 2.5 MB | 5 MB | 5 MB / 1.25 MB |', '| --- | ---: | ---: | ---: | ---: |');
  const times = SOURCE_SIZES.map((bytes) => ingestMs(bigSource(bytes)));
  out.push(`| the agenda of 15912/25 repeated (items renumbered) | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${ratio(times[0] ?? 0, times[2] ?? 0)} |`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();

/**
 * `npm run fetch`: Council documents from the public register by number, into content/sources/register/, then the
 * ingest. The process edge: command line, clock, standard streams and the ingest run; the network and the files are
 * register-client.ts and archive-files.ts (wired in real-ports.ts), the logic fetch-run.ts.
 *
 *   npm run fetch -- 15912/25 "CM 4578/2/24 REV 2" [--lang fr] [--follow N] [--from-file LIST] [--dry-run] [--refresh] [--rate N]
 *   COSI_REGISTER_URL=http://127.0.0.1:8080/doc/document/ npm run fetch -- …     ask another register (a mirror, a test server)
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { INGEST_NODE_FLAGS } from '../ingest/run/regexp-engine.ts';
import { type FetchResult, runFetch } from './fetch-run.ts';
import { type FetchOptions, parseFetchOptions, USAGE } from './options.ts';
import { realPorts } from './real-ports.ts';
import { progressLine, resultLine, totalsLine } from './report.ts';
import { numbersInList, type Target, targetOf } from './targets.ts';

/** The environment variable that points the fetcher at another register (its document base, ending in `/`). */
const REGISTER_URL_VARIABLE = 'COSI_REGISTER_URL';

/** The ingest's command, run on the sources once documents were fetched (by this Node with its own type stripping, as `npm run ingest`). */
const INGEST_CLI = fileURLToPath(new URL('../ingest/run/cli.ts', import.meta.url));

/** Erases the progress line before a result line takes its place. */
const CLEAR_LINE = '\r\u001b[2K';

async function main(): Promise<number> {
  const options = parseFetchOptions(process.argv.slice(2));
  if ('error' in options) {
    process.stderr.write(`fetch: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  const base = registerBase(process.env[REGISTER_URL_VARIABLE]);
  const listed = options.fromFile === null ? [] : numbersInList(await readFile(options.fromFile, 'utf8'));
  const targets: Target[] = [];
  const refused: string[] = [];
  for (const number of [...options.numbers, ...listed]) {
    const target = targetOf(number, options.language, base);
    if ('error' in target) refused.push(target.error);
    else targets.push(target);
  }
  if (refused.length > 0) {
    for (const reason of refused) process.stderr.write(`fetch: ${reason}\n`);
    return 2;
  }
  const results = await runFetch(
    { targets, follow: options.follow, refresh: options.refresh, dryRun: options.dryRun, rate: options.rate, base },
    realPorts(options.sources, { now: () => Date.now(), sleep: (ms) => sleep(ms) }, options.timeoutSeconds * 1000),
    listener(options),
  );
  process.stdout.write(`${totalsLine(results)}\n`);
  const failed = results.some((result) => result.outcome.kind === 'failed');
  if (options.dryRun || !options.ingest) return failed ? 1 : 0;
  if (!results.some(wroteSomething)) {
    process.stdout.write('fetch: nothing new for the ingest\n');
    return failed ? 1 : 0;
  }
  const ingest = spawnSync(process.execPath, [...INGEST_NODE_FLAGS, INGEST_CLI, '--sources', options.sources, '--out', options.out], { stdio: 'inherit' });
  return failed || ingest.status !== 0 ? 1 : 0;
}

/** The register base from the environment (a `/` added when missing), or undefined for the Council's own. */
function registerBase(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  return value.endsWith('/') ? value : `${value}/`;
}

/** Result lines on standard output as documents are done; a progress line on a terminal, replaced by each result. */
function listener(options: FetchOptions) {
  const terminal = process.stderr.isTTY;
  const at = (path: string) => shown(join(options.sources, path));
  return {
    progress(progress: Parameters<typeof progressLine>[0]) {
      if (terminal && progress.total > 1) process.stderr.write(`${CLEAR_LINE}${progressLine(progress)}`);
    },
    result(result: FetchResult) {
      if (terminal) process.stderr.write(CLEAR_LINE);
      process.stdout.write(`${resultLine(result, at)}\n`);
    },
  };
}

/** A path as the lines show it: relative to the working folder when inside it, with `/` separators (as the ingest shows sources). */
function shown(path: string): string {
  const inside = relative(process.cwd(), resolve(path));
  return (inside.startsWith('..') ? resolve(path) : inside).split(sep).join('/');
}

/** Whether a result changed the sources folder: a new or changed PDF, or an answer recorded in a sidecar. */
function wroteSomething({ outcome }: FetchResult): boolean {
  return outcome.kind === 'fetched' || outcome.kind === 'not-a-pdf' || ((outcome.kind === 'not-public' || outcome.kind === 'not-found') && outcome.recorded);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fetch: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

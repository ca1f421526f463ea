import { spawnSync } from 'node:child_process';
import { INGEST_NODE_FLAGS } from '../../scripts/ingest/run/regexp-engine.ts';

/** What one run of the ingest CLI printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Output a run may print: `--json` over a few hundred files prints tens of megabytes of records. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/** Runs `scripts/ingest/run/cli.ts ARGS` from the repository root with this Node (its own type stripping, as `npm run ingest`) and waits for it. */
export function runIngest(args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, [...INGEST_NODE_FLAGS, 'scripts/ingest/run/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: MAX_OUTPUT,
  });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

import { spawnSync } from 'node:child_process';

/** What one run of the ingest CLI printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx scripts/ingest/run/cli.ts ARGS` from the repository root and waits for it. */
export function runIngest(args: readonly string[]): CliRun {
  const run = spawnSync('npx', ['tsx', 'scripts/ingest/run/cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** GNU time, which reports the peak resident set size (`%M`, KiB) and CPU seconds (`%U`, `%S`) of a command and its reaped children. */
const GNU_TIME = '/usr/bin/time';
/** How often the fallback sampler reads /proc when GNU time is missing. */
const SAMPLE_MS = 50;
/** Lines of a failed command's output kept in the error. */
const ERROR_TAIL_LINES = 30;

/** What a measured command cost. */
export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the command and its children (null without GNU time): contention on a shared machine inflates wall time, not this. */
  cpuSeconds: number | null;
  /** Peak resident memory of the largest process of the command's tree (GNU time), or of the whole tree (sampled). */
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

/** How to run a measured command. */
export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Accept these exit codes besides 0 (the ingest exits 1 when some source failed but still writes the rest). */
  allowExit?: readonly number[];
}

/** Resident memory (KiB) of a process and all its descendants, read from /proc. */
function treeRssKb(pid: number): number {
  let total = 0;
  const visit = (id: number): void => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // The process ended between two reads: it holds no memory any more.
    }
  };
  visit(pid);
  return total;
}

/** Runs a command to its end, timing it and recording its peak memory; rejects with the tail of its output when it fails. */
export function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const rssFile = join(options.cwd, `.bench-rss-${process.pid}-${Date.now()}`);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let sampledKb = 0;
  const sampler = useTime || child.pid === undefined ? null : setInterval(() => (sampledKb = Math.max(sampledKb, treeRssKb(child.pid as number))), SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakKb = sampledKb;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
        const [rss, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        peakKb = rss ?? 0;
        cpuSeconds = (user ?? 0) + (system ?? 0);
        rmSync(rssFile);
      }
      if (code !== 0 && !(options.allowExit ?? []).includes(code ?? -1)) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-ERROR_TAIL_LINES).join('\n');
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${tail}`));
        return;
      }
      resolve({ seconds, cpuSeconds, peakRssMb: peakKb / 1024, stdout, stderr });
    });
  });
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** GNU time, which reports the peak resident set size (`%M`, KiB) and CPU seconds (`%U`, `%S`) of a command and its reaped children. */
const GNU_TIME = '/usr/bin/time';
/** How often the memory of a command's process tree is sampled from /proc. */
const SAMPLE_MS = 200;
/** Output kept of a command (its tail), for the error message when it fails. */
const TAIL_CHARACTERS = 64 * 1024;
/** Lines of a failed command's output kept in the error. */
const ERROR_TAIL_LINES = 30;

/** What a measured command cost. */
export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the command and its children (null without GNU time): contention on a shared machine inflates wall time, not this. */
  cpuSeconds: number | null;
  /** Peak resident memory: the larger of GNU time's figure (its largest process) and the sampled sum over its process tree. */
  peakRssMb: number;
}

/** How to run a measured command. */
export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Accept these exit codes besides 0 (the ingest exits 1 when some source failed but still writes the rest). */
  allowExit?: readonly number[];
  /** Kill the command when its process tree holds more than this (a 50,000-document build must not take a shared machine down). */
  maxRssMb?: number;
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
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-TAIL_CHARACTERS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // The command runs in its own process group (so that the memory cap can stop all of it): end it with us.
  const stopGroup = (): void => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  process.once('exit', stopGroup);
  let sampledKb = 0;
  let killedAtKb = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const kb = treeRssKb(child.pid);
    sampledKb = Math.max(sampledKb, kb);
    if (options.maxRssMb !== undefined && kb > options.maxRssMb * 1024 && killedAtKb === 0) {
      killedAtKb = kb;
      process.kill(-child.pid, 'SIGKILL');
    }
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      process.off('exit', stopGroup);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakKb = sampledKb;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
        const [rss, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        peakKb = Math.max(peakKb, rss ?? 0);
        cpuSeconds = (user ?? 0) + (system ?? 0);
        rmSync(rssFile);
      }
      if (killedAtKb > 0) {
        reject(
          new Error(
            `${command} ${args.join(' ')} was stopped after ${seconds.toFixed(0)} s: its processes held ${(killedAtKb / 1024).toFixed(0)} MiB, over the limit of ${options.maxRssMb} MiB`,
          ),
        );
        return;
      }
      if (code !== 0 && !(options.allowExit ?? []).includes(code ?? -1)) {
        const tail = output.trim().split('\n').slice(-ERROR_TAIL_LINES).join('\n');
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} after ${seconds.toFixed(0)} s:\n${tail}`));
        return;
      }
      resolve({ seconds, cpuSeconds, peakRssMb: peakKb / 1024 });
    });
  });
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { type FetchPlan, type FetchResult, runFetch } from '../../scripts/fetch/fetch-run.ts';
import { realPorts } from '../../scripts/fetch/real-ports.ts';
import { type Target, targetOf } from '../../scripts/fetch/targets.ts';
import { sourceSidecarSchema, type SourceSidecar } from '../../src/schemas/source-sidecar.ts';
import { type FakeClock, fakeClock } from './fake-clock.ts';
import type { LocalRegister } from './register-server.ts';

/** A fresh, empty sources folder, removed when the test that asked for it ends. */
export function emptySources(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cosi-fetch-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** How a test run differs from a default one (English, no following, no refresh, one request a second, 2 s timeout). */
export interface TestRun extends Partial<Omit<FetchPlan, 'targets' | 'base'>> {
  language?: string;
  timeoutMs?: number;
  clock?: FakeClock;
}

/**
 * `npm run fetch` in-process against a local register: the real ports (HTTP, the files, the ingest's reading) on a
 * fake clock, so that retries and the rate limit are read from the clock and never waited for.
 */
export async function fetchFrom(register: LocalRegister, sources: string, numbers: readonly string[], run: TestRun = {}): Promise<FetchResult[]> {
  const { language = 'en', timeoutMs = 2000, clock = fakeClock(), ...plan } = run;
  const targets = numbers.map((number) => targetOf(number, language, register.base) as Target);
  const ports = realPorts(sources, clock, timeoutMs);
  return runFetch({ follow: 0, refresh: false, dryRun: false, rate: 1, ...plan, targets, base: register.base }, ports, {
    progress: () => {},
    result: () => {},
  });
}

/** The sidecar at a path under the sources folder, validated by the schema the ingest reads it with. */
export function sidecarAt(sources: string, path: string): SourceSidecar {
  return sourceSidecarSchema.parse(JSON.parse(readFileSync(join(sources, path), 'utf8')));
}

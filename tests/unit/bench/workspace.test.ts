import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generate.ts';
import { createWorkspace, ingestArguments, writeSources, type Workspace } from '../../../scripts/bench/workspace.ts';
import { INGEST_NODE_FLAGS } from '../../../scripts/ingest/run/regexp-engine.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
const temporary: string[] = [];

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** Every file under `folder`, by its path inside it, with its bytes. */
function filesUnder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), readFileSync(path));
  }
  return files;
}

/** A benchmark run's folders under a run folder of the given name, its sources written and ingested as the benchmark does (scripts/bench/cli.ts). */
function ingestedRun(runName: string): Workspace {
  // Under the repository's .bench/, as the benchmark's runs, so that the project copy's modules resolve from its node_modules.
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  const base = mkdtempSync(join(REPO, '.bench', 'workspace-test-'));
  temporary.push(base);
  const workspace = createWorkspace(REPO, join(base, runName));
  writeSources(workspace.sources, generateCorpus(6, 1));
  const run = spawnSync(process.execPath, [...INGEST_NODE_FLAGS, ...ingestArguments(workspace)], { cwd: workspace.project, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return workspace;
}

describe('the benchmark workspace', () => {
  it('gives byte-identical content/ for the same sources in runs whose folders are named apart (each run names its folder by its process id)', () => {
    const first = filesUnder(ingestedRun('run-6-1-4242').content);
    const second = filesUnder(ingestedRun('run-6-1-1234567').content);
    expect(first.size).toBeGreaterThan(6);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
    const sources = JSON.parse(first.get(join('source-files', 'sources.json'))?.toString('utf8') ?? '{}') as Record<string, { source: string; file: string }>;
    for (const { source, file } of Object.values(sources)) {
      expect(source).toMatch(/^content\/sources\/[^/]+\.txt$/);
      expect(file).toBe(source);
    }
  }, 120_000);
});

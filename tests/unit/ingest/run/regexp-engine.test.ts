import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGEST_NODE_FLAGS } from '../../../../scripts/ingest/run/regexp-engine.ts';

/** Every TypeScript module under a folder, by path. */
function modules(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

describe('the ingest’s V8 flags', () => {
  it('start `npm run ingest` and `npm run bench:redos` on their command lines', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(INGEST_NODE_FLAGS).toEqual(['--no-regexp-tier-up']);
    expect(scripts['ingest']).toBe(`node ${INGEST_NODE_FLAGS.join(' ')} scripts/ingest/run/cli.ts`);
    expect(scripts['bench:redos']).toBe(`node ${INGEST_NODE_FLAGS.join(' ')} scripts/bench/redos.ts`);
  });

  it('are never set at run time by the ingest, its tools or the tests', () => {
    const setting = ['scripts', 'tests/support'].flatMap(modules).filter((path) => readFileSync(path, 'utf8').includes('setFlagsFromString'));
    expect(setting).toEqual([]);
  });

  it('are what every other launcher of the ingest’s CLI passes before it', () => {
    const launchers = ['scripts/bench/cli.ts', 'scripts/fetch/cli.ts', 'tests/support/cli.ts', 'tests/support/fixture-sites.ts'];
    for (const path of launchers) expect(readFileSync(path, 'utf8'), path).toContain('[...INGEST_NODE_FLAGS, ');
    expect(readFileSync('vitest.config.ts', 'utf8'), 'the test workers').toContain('execArgv: [...INGEST_NODE_FLAGS]');
  });
});

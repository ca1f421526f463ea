import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASTRO_ENV, ASTRO_NODE_OPTIONS } from '../../../scripts/build/astro-node-options.ts';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe("Node's options for astro build", () => {
  it('are the ones `npm run build` gives astro build, so that the benchmark measures the command users run', () => {
    const environment = Object.entries(ASTRO_ENV).map(([name, value]) => `${name}=${value} `);
    expect(scripts['build']).toContain(`${environment.join('')}NODE_OPTIONS='${ASTRO_NODE_OPTIONS}' astro build`);
  });

  it("keep Rolldown's allocator from asking for transparent huge pages, whose first touch zeroes 2 MiB at a time", () => {
    expect(ASTRO_ENV).toEqual({ MIMALLOC_ALLOW_THP: '0' });
  });

  it('raise the heap limit above the ~4 GB default that a 50,000-page build outgrows', () => {
    expect(Number(/--max-old-space-size=(\d+)/.exec(ASTRO_NODE_OPTIONS)?.[1])).toBeGreaterThanOrEqual(13 * 1024);
  });

  it('give the young generation semi-spaces of 64 MiB, which the build of many short-lived page strings measured cheaper', () => {
    expect(ASTRO_NODE_OPTIONS.split(' ')).toContain('--max-semi-space-size=64');
  });
});

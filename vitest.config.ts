import { configDefaults, defineConfig } from 'vitest/config';
import { INGEST_NODE_FLAGS } from './scripts/ingest/run/regexp-engine.ts';
import { fixtureSite } from './tests/support/fixture-sites.ts';

/** The tests that run against the site built from the seeds: the pages in Chromium, the built files, the CSP. */
const SEEDS_SITE_TESTS = ['tests/e2e/**/*.test.ts', 'tests/hostile/csp.test.ts'];

/** The tests that run against the site built from the hostile fixtures. */
const HOSTILE_SITE_TESTS = ['tests/hostile/site-*.test.ts'];

/** The tests that run against the site built from what `npm run fetch` got from the local register. */
const REGISTER_SITE_TESTS = ['tests/fetch/site-*.test.ts'];

/** The tests that run against the site built from the meetings fixtures (issue 13). */
const MEETINGS_SITE_TESTS = ['tests/meetings/site-*.test.ts'];

/** The tests that run against the site of the seeds among bad sources (its /sources/ page). */
const BAD_SOURCES_SITE_TESTS = ['tests/bad-sources/site-*.test.ts'];

/** The benchmark's smoke run, which generates, ingests and builds a site of its own. */
const BENCH_TESTS = ['tests/bench-smoke.test.ts'];

/** Where the seeds' fixture site is built; its tests find it through the variables the real build reads. */
const seeds = fixtureSite('seeds');
const register = fixtureSite('register');
const meetings = fixtureSite('meetings');

export default defineConfig({
  test: {
    testTimeout: 120_000,
    // The test workers parse with the ingest's V8 flags, as `npm run ingest` does: each test file's worker otherwise
    // makes the bytecode of the month patterns before it compiles them (scripts/ingest/run/regexp-engine.ts). The 800
    // mutated seeds of tests/hostile/fuzz.test.ts: 17.3 CPU s without them, 12.2 with them, measured alone.
    execArgv: [...INGEST_NODE_FLAGS],
    hookTimeout: 600_000,
    fileParallelism: true,
    setupFiles: ['tests/support/fast-check-seed.ts'],
    projects: [
      // Everything that needs no built site: unit, golden, property and ingest tests (`npm run test:unit`).
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            ...SEEDS_SITE_TESTS,
            ...HOSTILE_SITE_TESTS,
            ...MEETINGS_SITE_TESTS,
            ...REGISTER_SITE_TESTS,
            ...BAD_SOURCES_SITE_TESTS,
            ...BENCH_TESTS,
          ],
        },
      },
      // The built sites, each fixture site built once by its project's global setup, and the benchmark's own (`npm run test:e2e`).
      {
        extends: true,
        test: {
          name: 'e2e-seeds',
          include: SEEDS_SITE_TESTS,
          globalSetup: ['tests/support/seeds-site-setup.ts'],
          env: { COSI_DIST: seeds.dist, COSI_CONTENT: seeds.content },
        },
      },
      { extends: true, test: { name: 'e2e-hostile', include: HOSTILE_SITE_TESTS, globalSetup: ['tests/support/hostile-site-setup.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e-meetings',
          include: MEETINGS_SITE_TESTS,
          globalSetup: ['tests/support/meetings-site-setup.ts'],
          env: { COSI_DIST: meetings.dist, COSI_CONTENT: meetings.content },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-register',
          include: REGISTER_SITE_TESTS,
          globalSetup: ['tests/support/register-site-setup.ts'],
          env: { COSI_DIST: register.dist, COSI_CONTENT: register.content },
        },
      },
      { extends: true, test: { name: 'e2e-bad-sources', include: BAD_SOURCES_SITE_TESTS, globalSetup: ['tests/support/bad-sources-site-setup.ts'] } },
      { extends: true, test: { name: 'e2e-bench', include: BENCH_TESTS } },
    ],
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

/** The tests that run against the site built from the hostile fixtures (tests/support/hostile-site.ts builds it once). */
const HOSTILE_SITE_TESTS = 'tests/hostile/site-*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    setupFiles: ['tests/support/fast-check-seed.ts'],
    projects: [
      { extends: true, test: { name: 'main', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, HOSTILE_SITE_TESTS] } },
      { extends: true, test: { name: 'hostile-site', include: [HOSTILE_SITE_TESTS], globalSetup: ['tests/support/hostile-site-setup.ts'] } },
    ],
  },
});

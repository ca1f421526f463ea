import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** The smoke run generates, ingests, builds, indexes and browses 50 documents: minutes on a busy 2-core machine. */
const SMOKE_TIMEOUT_MS = 30 * 60_000;

/** Keys the issue asks the JSON report for, each a number (browser figures too: the smoke run must reach the search). */
const NUMERIC_KEYS = [
  'docs',
  'pages',
  'ingestDocsPerSecond',
  'astroSeconds',
  'pagefindSeconds',
  'totalSeconds',
  'peakRssMb',
  'bareRatio',
  'firstQueryBytes',
  'warmKeypressMs',
  'coldKeypressMs',
  'maxNonSearchJsBytes',
  'meetingPageGzipBytes',
] as const;

describe('npm run bench', () => {
  it(
    'runs end to end on 50 generated documents and prints one JSON report with every figure the issue names',
    async () => {
      const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'bench', '--', '--docs', '50', '--json'], {
        maxBuffer: 64 * 1024 * 1024,
        timeout: SMOKE_TIMEOUT_MS,
      });
      const report = JSON.parse(stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;
      for (const key of NUMERIC_KEYS) expect(typeof report[key], key).toBe('number');
      expect(report['docs']).toBe(50);
      expect(report['pages']).toBeGreaterThan(50);
      expect(report['failed']).toBe(0);
    },
    SMOKE_TIMEOUT_MS,
  );
});

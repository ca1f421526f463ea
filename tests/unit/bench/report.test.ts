import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchReport, markdownReport } from '../../../scripts/bench/report.ts';

/** The JSON report of `npm run --silent bench -- --docs 2000 --json` on a clean clone of a3d9db0 (docs/performance.md). */
const REPORT = JSON.parse(readFileSync('tests/fixtures/bench/report-2000-a3d9db0.json', 'utf8')) as BenchReport;

describe('the benchmark report as Markdown tables (what `npm run bench` prints without --json)', () => {
  const table = markdownReport(REPORT);
  const lines = table.split('\n');

  it('names the run, its commit and its machine', () => {
    expect(lines[0]).toBe('## 2000 documents (seed 1): 5658 pages');
    expect(table).toContain('Commit a3d9db0. Machine: 2 cores; load average 2.3 at the start, 6.9 at the end.');
  });

  it('gives each phase its wall seconds, CPU seconds and peak memory, and the full build their sum', () => {
    // ingest: 25.64 s, 25.27 CPU s, 553.07 MiB, 2000 documents / 25.64 s = 78/s.
    expect(lines).toContain('| ingest | 25.6 | 25.3 | 553 | 78 documents/s (2000 ingested, 0 failed) |');
    // 25.64 + 70.31 + 20.11 = 116.06 s; 25.27 + 63.59 + 18.65 = 107.51 CPU s.
    expect(lines).toContain('| **full build** | **116.1** | 107.5 | 2006 |  |');
    expect(lines).toContain('| bare astro build | 44.4 | 40.8 | 1738 | 9348 pages; ours/bare = 1.58 (CPU 1.56) |');
  });

  it('gives the search figures measured in Chromium', () => {
    expect(lines).toContain('| first query, cold load of /search/?q=…: bytes fetched (median) | 148.8 KB in 14 requests |');
    expect(lines).toContain('| keypress → first result, warm (median of 24) | 120 ms |');
    expect(lines).toContain('| meeting page, first visit | 7.1 KB in 4 requests |');
  });

  it("reads every target of the issue against the run's figures", () => {
    expect(lines).toContain('| ingest ≥ 1,000 documents/s | 78 documents/s | missed |');
    expect(lines).toContain('| full build ≤ 60 s (10,000 pages) | 116.1 s for 5658 pages | missed |');
    expect(lines).toContain('| first query ≤ 200 KB | 148.8 KB | met |');
    expect(lines).toContain('| keypress → result, warm ≤ 100 ms (median) | 120 ms | missed |');
    expect(lines).toContain('| JavaScript on pages but search: 0 bytes | 0 bytes | met |');
  });
});

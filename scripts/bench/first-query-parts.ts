/**
 * What the first search of a reader downloads, part by part: a cold load of /search/?q=… in Chromium against a built
 * site, until the network is idle after the first result, with the bytes sent (gzipped as a static host sends them)
 * grouped by what they are for. The benchmark gives the total (`browser.ts`); this says where it goes.
 *
 *   npx tsx scripts/bench/first-query-parts.ts DIST QUERY...
 */
import { chromium } from 'playwright-core';
import { SEARCH_DOM } from './browser.ts';
import { serveStatic } from './serve.ts';

/** The parts a first query's requests fall in, by path; the first that matches names a request's part. */
const PARTS: readonly (readonly [part: string, path: RegExp])[] = [
  ['Pagefind cited-only bundle (all its files)', /^\/pagefind-cited\//],
  ['Pagefind fragments', /^\/pagefind\/fragment\//],
  ['Pagefind index chunks', /^\/pagefind\/index\//],
  ['Pagefind filters', /^\/pagefind\/filter\//],
  ['Pagefind metadata (pf_meta)', /\.pf_meta$/],
  ['Pagefind WebAssembly', /\.pagefind$|wasm/],
  ['Pagefind script and entry', /^\/pagefind\//],
  ['did-you-mean vocabulary', /^\/search\/words\//],
  ['search page (HTML, CSS, script, icon)', /./],
];

async function main(): Promise<void> {
  const [root, ...queries] = process.argv.slice(2);
  if (root === undefined || queries.length === 0) throw new Error('usage: first-query-parts.ts DIST QUERY...');
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.reset();
      await page.goto(`${server.origin}${SEARCH_DOM.path}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(SEARCH_DOM.result, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const parts = new Map<string, { bytes: number; requests: number }>();
      for (const { path, bytes } of server.log()) {
        const part = PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
        const sum = parts.get(part) ?? { bytes: 0, requests: 0 };
        parts.set(part, { bytes: sum.bytes + bytes, requests: sum.requests + 1 });
      }
      const { bytes, requests } = server.sent();
      process.stdout.write(`${query}: ${(bytes / 1000).toFixed(1)} KB in ${requests} requests\n`);
      for (const [part, sum] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes))
        process.stdout.write(`  ${(sum.bytes / 1000).toFixed(1).padStart(7)} KB ${String(sum.requests).padStart(3)}  ${part}\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

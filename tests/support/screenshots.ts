/**
 * The screenshots of docs/screenshots/: the home page, a meeting, the report 6543/25, search results and the decisions,
 * each at 1,280 and 360 px wide, taken from a built site (`npx tsx tests/support/screenshots.ts [dist]`, dist/ unless
 * told another folder) in Debian's Chromium, as the browser tests see the pages.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSite } from './site.ts';

/** The pages shown, by the name of their screenshot; search waits for its results, which its script writes. */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'meeting', path: '/meetings/2025-11-18/' },
  { name: 'report', path: '/documents/6543-25/' },
  { name: 'search', path: '/search/?q=Mediterranean' },
  { name: 'decisions', path: '/decisions/' },
] as const;

/** The screen widths, wide and phone; the height is one screenful, the screenshot the whole page's first 3,000 px at most. */
const WIDTHS = [1280, 360] as const;

/** Where the screenshots are written. */
const OUT = 'docs/screenshots';

const site = await openSite(process.argv[2]);
mkdirSync(OUT, { recursive: true });
try {
  for (const width of WIDTHS) {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    for (const { name, path } of PAGES) {
      await page.goto(site.url(path));
      if (name === 'search') await page.waitForFunction(() => /^\d+ results?\.$/.test(document.getElementById('search-status')?.textContent ?? ''));
      const height = Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height } });
    }
    await page.close();
  }
} finally {
  await site.close();
}

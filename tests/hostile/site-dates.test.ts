import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAUSIBLE_YEARS } from '../../src/shared/dates.ts';
import { collapseWhitespace } from '../support/plain-text.ts';
import { hostileDistFiles } from '../support/hostile-files.ts';
import { HOSTILE } from '../support/hostile-site.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** A file of the built hostile site. */
const distFile = (path: string) => readFileSync(join(HOSTILE.dist, path), 'utf8');

/** Whether a year (as a number or written) lies within the plausible years. */
const plausible = (year: string | number) => Number(year) >= PLAUSIBLE_YEARS.first && Number(year) <= PLAUSIBLE_YEARS.last;

// The fixtures far-dates.txt (day lines `31 December 9999` and `1 January 1900` in the outcome of the meeting of
// 8 July 2025) and far-dated-note.txt (a note dated `Brussels, 31 December 9999` naming Europol and Frontex).
describe('the site built from sources with dates outside 1990–2027', () => {
  let site: SiteUnderTest;

  beforeAll(async () => {
    site = await openSite(HOSTILE.dist);
  });

  afterAll(async () => {
    await site.close();
  });

  it('files no open data under a year outside them: the note dated 9999 is undated, its date kept as printed', () => {
    const years = hostileDistFiles('.json', 'data')
      .filter((path) => !path.startsWith('/data/schema/') && path !== '/data/manifest.json')
      .map((path) => /\/([^/]+)\.json$/.exec(path)?.[1] ?? path);
    expect(years.filter((year) => year !== 'undated' && !plausible(year))).toEqual([]);
    const undated = JSON.parse(distFile('data/documents/undated.json')) as { number: string; date: string }[];
    expect(undated.map(({ number, date }) => ({ number, date }))).toEqual([{ number: '16153/25', date: '9999-12-31' }]);
  });

  it('dates the decisions taken after the day lines by the meeting day, 8 July 2025', () => {
    const decisions = JSON.parse(distFile('data/decisions/2025.json')) as { document: string; date: string; itemTitle: string }[];
    expect(decisions.filter((decision) => decision.document === '16152/25').map(({ itemTitle, date }) => ({ itemTitle, date }))).toEqual([
      { itemTitle: 'Adoption of the agenda', date: '2025-07-08' },
      { itemTitle: 'Europol report dated at the end of time', date: '2025-07-08' },
      { itemTitle: 'Terrorism situation report dated before the archive', date: '2025-07-08' },
    ]);
  });

  it('puts no entry dated outside them in any feed, and none from the note dated 9999', () => {
    const feeds = hostileDistFiles('.xml', 'feeds');
    expect(feeds).toContain('/feeds/actors/europol.xml');
    for (const feed of feeds) {
      const xml = distFile(feed);
      const years = [...xml.matchAll(/<pubDate>\w{3}, \d{2} \w{3} (\d{4})/g)].map((match) => match[1] ?? '');
      expect(years.length, feed).toBeGreaterThan(0);
      expect(
        years.filter((year) => !plausible(year)),
        feed,
      ).toEqual([]);
      expect(xml, feed).not.toContain('16153/25');
    }
  });

  it('draws the timeline of /meetings/ over the years of its meetings, not over 8,000 years', () => {
    const page = distFile('meetings/index.html');
    const bars = [...page.matchAll(/<text class="year[^"]*"[^>]*>(\d+)<\/text>/g)].map((match) => match[1]);
    expect(bars).toEqual(['2025']);
    expect(page.length).toBeLessThan(50_000);
  });

  it('gives the years the archive covers, on the home and about pages, from its plausible dates only', () => {
    const line = /<p class="coverage-line">([\s\S]*?)<\/p>/.exec(distFile('index.html'))?.[1] ?? '';
    const years = [...line.matchAll(/\b\d{4}\b/g)].map(([year]) => year);
    expect(years.length, line).toBeGreaterThan(0);
    expect(years.filter((year) => !plausible(year))).toEqual([]);
    const rows = [...distFile('about/index.html').matchAll(/<th scope="row"[^>]*>(?:<a [^>]*>)?(\d+)/g)].map(([, year = '']) => year);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((year) => !plausible(year))).toEqual([]);
    expect(distFile('about/index.html')).not.toContain('9999');
  });

  it('shows the day lines as text of the agenda on the meeting page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/meetings/2025-07-08/'));
    const item = async (anchor: string) => collapseWhitespace(await page.locator(`#${anchor}`).locator('xpath=..').innerText());
    expect(await item('item-1')).toContain('31 December 9999');
    expect(await item('item-2')).toContain('1 January 1900');
    await page.close();
  });
});

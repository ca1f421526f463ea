import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

/** One listed result as a reader sees it. */
interface Listed {
  href: string;
  title: string;
  kind: string;
  where: string;
  excerpt: string;
}

/**
 * Waits until the search page has answered the latest search or "More results": a count is shown, and the results are
 * no longer busy, that is listed and the notice (which reads the archive's vocabulary, fetched apart) written.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      /^(\d+ results?|No results)\.$/.test(document.getElementById('search-status')?.textContent ?? '') &&
      document.getElementById('search-results')?.getAttribute('aria-busy') !== 'true',
  );
}

/** The results listed, in order, as a reader sees them. */
function listed(page: Page): Promise<Listed[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h2')?.textContent ?? '',
      kind: li.querySelector('.result-kind')?.textContent ?? '',
      where: li.querySelector('.result-where')?.textContent ?? '',
      excerpt: li.querySelector(':scope > p:not([class])')?.textContent ?? '',
    })),
  );
}

/**
 * Searches `query` from a shared URL (its `?q=` and `filters`, e.g. `&kind=note`) and returns the results listed (every one, pressing "More
 * results" while it is offered, the cited-only pages included, when `all`), the status and the notice.
 */
async function search(page: Page, query: string, all = false, filters = ''): Promise<{ results: Listed[]; status: string; notice: string }> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}${filters}`));
  await settled(page);
  while (all && (await page.locator('#search-more').isVisible())) {
    await page.locator('#search-more').click();
    await settled(page);
  }
  const status = await page.locator('#search-status').innerText();
  return { results: await listed(page), status, notice: await page.locator('#search-notice').innerText() };
}

/** The paths the page requested from a search bundle, from now on. */
function bundleRequests(page: Page, bundle: string): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(bundle)) paths.push(path);
  });
  return paths;
}

describe('a document number, in any spelling', () => {
  it.each(['15912/25', '15912', 'ST 15912 2025', 'st-15912-2025-init'])('%s puts the meeting that outcome 15912/25 records at the top', async (query) => {
    const { page, errors } = await watchedPage(site.browser);
    const { results } = await search(page, query);
    expect(results[0]?.href).toBe('/meetings/2025-11-18/');
    expect(results[0]?.kind).toBe('Meeting · 18–19 November 2025');
    expect(results.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['14470/1/25 REV1', '/documents/14470-1-25-rev-1/'],
    ['14470/1/25 REV 1', '/documents/14470-1-25-rev-1/'],
    ['CM 4578/2/24', '/documents/cm-4578-2-24-rev-2/'],
    ['6543/25', '/documents/6543-25/'],
  ])('%s puts the page of that document at the top', async (query, path) => {
    const { page, errors } = await watchedPage(site.browser);
    const { results } = await search(page, query);
    expect(results[0]?.href.startsWith(path)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how it read a number typed as the register spells it', async () => {
    const { page } = await watchedPage(site.browser);
    expect((await search(page, 'ST 15912 2025')).notice).toBe('Searched for the document number 15912/25.');
    await page.close();
  });

  it('lands a meeting result on the item that cites the number: 14470/25 on item 6 of 18–19 November 2025', async () => {
    const { page } = await watchedPage(site.browser);
    const { results } = await search(page, '14470/25');
    expect(results[0]?.href).toBe('/documents/14470-1-25-rev-1/#referenced-in');
    expect(results.find((result) => result.href.startsWith('/meetings/'))?.href).toBe('/meetings/2025-11-18/#item-6');
    await page.close();
  });
});

describe('the pages of documents the archive only cites', () => {
  it('are searched in their own bundle only once the reader asks for more, and come labelled "cited only": Europol', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const cited = bundleRequests(page, '/pagefind-cited/');
    const main = bundleRequests(page, '/pagefind/');
    const first = await search(page, 'Europol');
    expect(main.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(cited).toEqual([]);
    expect(first.results.length).toBeGreaterThan(3);
    expect(first.results.every((result) => !result.kind.endsWith('· cited only'))).toBe(true);
    expect(await page.locator('#search-more').innerText()).toBe('More results: documents the archive only cites');
    await page.locator('#search-more').click();
    await settled(page);
    expect(cited.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    const after = await listed(page);
    expect(after.slice(0, first.results.length)).toEqual(first.results);
    expect(after.find((result) => result.href.startsWith('/documents/regulation-eu-2016-794/'))?.kind).toBe('Regulation · cited only');
    expect(Number(/^(\d+) results\.$/.exec(await page.locator('#search-status').innerText())?.[1])).toBeGreaterThan(first.results.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are all a search narrowed to the cited-only kind lists, without loading the other bundle', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const main = bundleRequests(page, '/pagefind/');
    const { results } = await search(page, 'Europol', true, '&kind=referenced');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.kind.endsWith('· cited only'))).toBe(true);
    expect(results.some((result) => result.href.startsWith('/documents/regulation-eu-2016-794/'))).toBe(true);
    expect(main).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rank below every page that holds text, and say "cited only": Europol', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const { results } = await search(page, 'Europol', true);
    const cited = results.map((result) => result.kind.endsWith('· cited only'));
    expect(cited.filter(Boolean).length).toBeGreaterThan(0);
    expect(cited.filter((flag) => !flag).length).toBeGreaterThan(3);
    expect(cited.indexOf(true)).toBe(cited.lastIndexOf(false) + 1);
    expect(results.filter((result) => result.href.startsWith('/documents/regulation-eu-2016-794/')).map((result) => result.kind)).toEqual([
      'Regulation · cited only',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('every result', () => {
  it('says what it is, when, and for an agenda item which meeting and item: Mediterranean', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const { results } = await search(page, 'Mediterranean');
    expect(results).toContainEqual(
      expect.objectContaining({
        href: '/meetings/2025-11-18/#item-5',
        title: 'COSI meeting of 18–19 November 2025',
        kind: 'Meeting · 18–19 November 2025',
        where: 'Item 5: Regional dialogue on internal security with the Mediterranean',
      }),
    );
    expect(results).toContainEqual(expect.objectContaining({ href: '/topics/mediterranean/', kind: 'Topic' }));
    expect(results.find((result) => result.href.startsWith('/documents/9267-25/'))?.kind).toBe('Note · 28 May 2025');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has an excerpt without labels run into their values, repeated headings or footnote marks', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const excerpts: Listed[] = [];
    for (const query of ['15912/25', 'Presidency', 'November', 'TE-SAT', 'Slovenia']) excerpts.push(...(await search(page, query, true)).results);
    expect(excerpts.length).toBeGreaterThan(10);
    const glued = excerpts.filter((result) => /Dates\d|Presidency[A-Z]|Recorded in[A-Z]|Type[A-Z]|Official text(https|[A-Z])/.test(result.excerpt));
    expect(glued.map((result) => `${result.href}: ${result.excerpt}`)).toEqual([]);
    const repeated = excerpts.filter(
      (result) => result.where !== '' && result.excerpt.toLowerCase().startsWith(result.where.replace(/^Item [\d.]+: /, '').toLowerCase()),
    );
    expect(repeated.map((result) => `${result.href}: ${result.excerpt}`)).toEqual([]);
    const tesat = excerpts.find((result) => result.excerpt.includes('(TE-SAT)'));
    expect(tesat?.excerpt).toContain('Trend Report 2023 (TE-SAT) and debated');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('actors and topics', () => {
  it.each([
    ['Europol', '/actors/europol/', 'Actor · EU bodies and agencies'],
    ['Danish', '/actors/presidency-denmark/', 'Actor · Presidencies'],
    ['EMPACT', '/topics/empact/', 'Topic'],
  ])('%s lists the page of %s first, then the items and sections', async (query, path, kind) => {
    const { page, errors } = await watchedPage(site.browser);
    const { results } = await search(page, query);
    expect(results[0]).toEqual(expect.objectContaining({ href: path, kind }));
    if (query !== 'Danish') expect(results.slice(1).some((result) => result.href.includes('#item-') || result.href.includes('#section-'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('words the archive does not hold', () => {
  it('are said not to occur instead of silently listing similar words: Statewatch', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const { results, notice } = await search(page, 'Statewatch');
    expect(results.length).toBeGreaterThan(0);
    expect(notice).toBe('No exact match for “Statewatch”; showing similar words.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('say nothing of a word that occurs, nor of a word being typed that begins one', async () => {
    const { page } = await watchedPage(site.browser);
    expect((await search(page, 'Mediterranean')).notice).toBe('');
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('Mediterr');
    await page.waitForURL(/\?q=Mediterr$/);
    await settled(page);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-notice').innerText()).toBe('');
    await page.close();
  });

  it('offer the nearest word of the archive for a misspelling, and searching it is one click: Mediteranean', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const { status, notice } = await search(page, 'Mediteranean');
    expect(status).toBe('No results.');
    expect(notice).toBe('Did you mean Mediterranean?');
    await page.locator('#search-notice a').click();
    await page.waitForURL(/\?q=Mediterranean$/);
    await page.locator('#search-results a[href="/meetings/2025-11-18/#item-5"]').waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('Mediterranean');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('say both when a misspelling still finds similar words: terorism', async () => {
    const { page } = await watchedPage(site.browser);
    expect((await search(page, 'terorism')).notice).toBe('No exact match for “terorism”; showing similar words. Did you mean terrorism?');
    await page.close();
  });

  it('leave the page accessible with the notice and its suggestion shown', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await search(page, 'terorism');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

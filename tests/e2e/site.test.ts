import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The pages issue 3 names for the accessibility check, one of each kind. */
const PAGES = {
  home: '/',
  meetings: '/meetings/',
  meeting: '/meetings/2025-11-18/',
  ingestedDocument: '/documents/9267-25/',
  referencedOnlyDocument: '/documents/14470-1-25-rev-1/',
  decisions: '/decisions/',
} as const;

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

/** The results list of the search page, and its entries' title links. */
const RESULTS = '#search-results > li';
const RESULT_LINKS = '#search-results > li > h2 a';

/** The href of every listed result, in order. */
const resultHrefs = (page: Page): Promise<string[]> => page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

describe('search', () => {
  it('lists the 18–19 November 2025 meeting while "Mediterranean" is typed, keeps the query in the URL, and its result link lands on item 5', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('Mediterranean');
    const entry = page.locator(RESULTS).filter({ has: page.locator('h2 a[href*="/meetings/2025-11-18/"]') });
    const result = entry.locator('h2 a');
    await result.waitFor();
    await page.waitForURL(/\/search\/\?q=Mediterranean$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ results?\.$/);
    const href = await result.getAttribute('href');
    expect(href).toMatch(/\/meetings\/2025-11-18\/#item-5$/);
    expect(await result.innerText()).toContain('18–19 November 2025');
    await result.click();
    await page.waitForURL(/\/meetings\/2025-11-18\/#item-5$/);
    expect(await page.locator('#item-5').innerText()).toContain('Regional dialogue on internal security with the Mediterranean');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the search of a shared ?q=Mediterranean URL on load and puts the words back in the box', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=Mediterranean'));
    await page
      .locator(RESULTS)
      .filter({ has: page.locator('h2 a[href$="/meetings/2025-11-18/#item-5"]') })
      .waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('Mediterranean');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still searches when the form is submitted with Enter, without leaving the page', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').focus();
    await page.keyboard.type('Mediterranean');
    await page.keyboard.press('Enter');
    await page.locator(RESULT_LINKS).filter({ hasText: '18–19 November 2025' }).first().waitFor();
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(new URL(page.url()).search).toBe('?q=Mediterranean');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations with results and "More results" shown', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('Europol');
    await page.locator('#search-more').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists five results for COSI at first, and the keyboard brings the next ten with the focus on the first new one', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('COSI');
    const more = page.locator('#search-more');
    await more.waitFor();
    const total = Number((await page.locator('#search-status').innerText()).match(/^(\d+) results\.$/)?.[1]);
    expect(total).toBeGreaterThan(5);
    expect(await page.locator(RESULTS).count()).toBe(5);
    expect(await more.innerText()).toBe(`More results (5 of ${total} shown)`);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('#search-results > li')?.getAttribute('data-rank') === '5');
    const listed = await page.locator(RESULTS).count();
    expect(listed).toBe(Math.min(total, 15));
    // Once the pages holding text are all listed, "More results" searches the cited-only pages.
    expect(await more.innerText()).toBe(listed < total ? `More results (15 of ${total} shown)` : 'More results: documents the archive only cites');
    expect(new Set(await resultHrefs(page)).size).toBe(listed);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never lets a slow earlier search overwrite the results of the words typed after it', async () => {
    const { page, errors } = await watchedPage(site.browser);
    const held: (() => void)[] = [];
    let holding = true;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (holding) await new Promise<void>((release) => held.push(release));
      await route.continue();
    });
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('Mediterranean');
    await page.waitForFunction(() => /^\d+ results?\.$/.test(document.getElementById('search-status')?.textContent ?? ''));
    holding = false;
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('Europol');
    await page
      .locator(RESULTS)
      .filter({ has: page.locator('mark', { hasText: /europol/i }) })
      .first()
      .waitFor();
    for (const release of held) release();
    await page.locator('#search-more').waitFor();
    await page.waitForLoadState('networkidle');
    const marks = await page.locator('#search-results mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /europol/i.test(mark))).toBe(true);
    expect(await page.locator(RESULTS).count()).toBe(5);
    expect(new URL(page.url()).search).toBe('?q=Europol');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the results when a filter is chosen, and keeps it in the URL', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    await page.locator('#search-q').pressSequentially('Mediterranean');
    await page.locator(RESULT_LINKS).filter({ hasText: '18–19 November 2025' }).waitFor();
    await page.locator('#filter-kind').focus();
    await page.locator('#filter-kind').selectOption('note');
    await page.waitForURL(/\/search\/\?q=Mediterranean&kind=note$/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-results > li > h2 a')].every((a) => a.getAttribute('href')?.startsWith('/documents/')),
    );
    const links = await resultHrefs(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/documents/'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-kind');
    await page.close();
  });

  it('narrows the results with a filter read from the URL', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=Mediterranean&kind=note'));
    await page.locator(RESULTS).first().waitFor();
    const links = await resultHrefs(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/documents/'))).toBe(true);
    expect(await page.locator('#filter-kind').inputValue()).toBe('note');
    await page.close();
  });
});

describe('cross-links', () => {
  it('follows 14470/1/25 REV 1 from item 6 of the November 2025 meeting to its page, which lists that item under "Referenced in"', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2025-11-18/'));
    const item6 = page.locator('section.agenda-item', { has: page.locator('#item-6') });
    await item6
      .locator('.text a', { hasText: /14470\/1\/25 REV ?1/ })
      .first()
      .click();
    await page.waitForURL(/\/documents\/14470-1-25-rev-1\/$/);
    expect(await page.locator('h1').innerText()).toBe('14470/1/25 REV 1');
    const referencedIn = page.locator('section.referenced-in');
    const citation = referencedIn.locator('a[href="/meetings/2025-11-18/#item-6"]');
    expect(await citation.count()).toBe(1);
    expect(await citation.innerText()).toContain('item 6');
    expect(await referencedIn.innerText()).toContain('way forward');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it('has no accessibility violations', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide phone screen without scrolling sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url(path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('loads no JavaScript and reports no error or CSP violation', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.goto(site.url(path), { waitUntil: 'load' });
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

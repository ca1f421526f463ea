import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('the access request', () => {
  it('reads as sentences with a space on each side of its link, on the LIMITE note and on a document known by reference', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/9267-25/'));
    expect(await page.locator('.access-request p').innerText()).toContain(
      'replies within 15 working days. Request 9267/25 from the Council (quote the number 9267/25 in your request).',
    );
    await page.goto(site.url('/documents/14470-1-25-rev-1/'));
    expect(await page.locator('.access-request p').innerText()).toContain('working days. Request 14470/1/25 REV 1 from the Council (quote');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the search page on a 360 px screen', () => {
  it('is no wider than the screen, with its filters and the results of a search shown', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.url('/search/?q=Europol'));
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#filter-topic').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('the citation graph', () => {
  /** Every label of the page's citation graph that ends beyond the right edge of its box, with how far. */
  const spills = (path: string) =>
    site.browser.newPage().then(async (page) => {
      await page.goto(site.url(path));
      const found = await page.locator('.citation-graph text').evaluateAll((texts) =>
        texts.flatMap((text) => {
          const box = text.previousElementSibling;
          if (!(text instanceof SVGTextElement) || !(box instanceof SVGRectElement)) return [`${text.textContent ?? ''}: no box`];
          const end = text.x.baseVal[0]!.value + text.getComputedTextLength();
          const right = box.x.baseVal.value + box.width.baseVal.value;
          return end <= right ? [] : [`${text.textContent ?? ''} ends ${(end - right).toFixed(1)} units beyond its box`];
        }),
      );
      const labels = await page.locator('.citation-graph text').count();
      await page.close();
      return { found, labels };
    });

  it('keeps a long number in the middle box: the page of Regulation (EU) 2016/794', async () => {
    const { found, labels } = await spills('/documents/regulation-eu-2016-794/');
    expect(labels).toBeGreaterThan(1);
    expect(found).toEqual([]);
  });

  it('keeps every label of the report 6543/25, which cites regulations and directives, inside its box', async () => {
    const { found, labels } = await spills('/documents/6543-25/');
    expect(labels).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

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

describe.each(['/documents/', '/documents/by-year/2025/', '/documents/by-year/2021/', '/documents/by-period/', '/documents/6543-25/', '/about/'])(
  'the new page %s',
  (path) => {
    it('has no accessibility violations and loads no JavaScript', async () => {
      const { page, errors, scripts } = await watchedPage(site.browser);
      await page.goto(site.url(path));
      expect(await axeViolations(page)).toEqual([]);
      expect(scripts).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

describe('/documents/', () => {
  it('is linked from the home page and the navigation, and counts each year’s documents held and cited', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/'));
    await page.locator('.archive-facts dt:text("Documents held") + dd a').click();
    await page.waitForURL(/\/documents\/$/);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).getAttribute('aria-current')).toBe('page');
    const row = page.locator('table.document-years tr', { has: page.locator('th a', { hasText: '2025' }) });
    expect(await row.locator('td').allInnerTexts()).toEqual(['3', '7', 'Council document (7), Note (2), Outcome of proceedings (1)']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every document held and cited once across its year pages, as many as the home page counts', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/'));
    const held = Number(await page.locator('.archive-facts dt:text("Documents held") + dd').innerText());
    const cited = Number(await page.locator('.archive-facts dt:text("Documents cited but not held") + dd').innerText());
    await page.goto(site.url('/documents/'));
    const years = await page.locator('table.document-years th a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const listed: string[] = [];
    for (const year of years) {
      await page.goto(site.url(year));
      listed.push(...(await page.locator('table.document-list tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
    }
    expect(listed.length).toBe(held + cited);
    expect(new Set(listed).size).toBe(listed.length);
    for (const path of ['/documents/6543-25/', '/documents/9267-25/', '/documents/15912-25/', '/documents/14342-21/', '/documents/15754-17/'])
      expect(listed).toContain(path);
    await page.close();
  });

  it('gives for 2025 each document’s number, date and subject, and for a cited one what the citing text says it is', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/by-year/2025/'));
    const rows = await page
      .locator('table.document-list tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
    expect(rows).toContainEqual([
      '6543/25',
      '27 February 2025',
      'Report to the European Parliament and national parliaments on the proceedings of the Standing Committee on operational cooperation on internal security for the period from July 2023 to December 2024',
      'held',
    ]);
    expect(rows).toContainEqual(['9267/25', '28 May 2025', 'European Internal Security Strategy - Exchange of views', 'held']);
    expect(rows).toContainEqual([
      '14470/1/25 REV 1',
      'not known',
      'the way forward with regard to the work in the Council on the implementation of the European Internal Security Strategy',
      'cited only',
    ]);
    expect(await page.locator('table.document-list tbody tr', { hasText: '14470/1/25 REV 1' }).locator('td q').count()).toBe(1);
    expect(await page.locator('section h2').allInnerTexts()).toEqual(['Council document', 'Note', 'Outcome of proceedings']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/documents/by-period/', () => {
  it('is linked from /documents/ and lists the report 6543/25 under 2024 by the period its subject names, in words', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/'));
    await page.getByRole('link', { name: 'reports by period' }).click();
    await page.waitForURL(/\/documents\/by-period\/$/);
    expect(await page.locator('section h2').allInnerTexts()).toEqual(['Periods ending in 2024']);
    const rows = await page
      .locator('table.report-periods tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
    expect(rows).toEqual([
      [
        'July 2023 to December 2024',
        '6543/25',
        '27 February 2025',
        'Report to the European Parliament and national parliaments on the proceedings of the Standing Committee on operational cooperation on internal security for the period from July 2023 to December 2024',
      ],
    ]);
    await page.locator('table.report-periods tbody a').click();
    await page.waitForURL(/\/documents\/6543-25\/$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a document page', () => {
  it('carries the subject in its heading and shows where it stands', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/6543-25/'));
    expect((await page.locator('h1').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Note 6543/25 — Report to the European Parliament and national parliaments on the proceedings of the Standing Committee on operational cooperation on internal security for the period from July 2023 to December 2024',
    );
    expect(await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts()).toEqual(['Home', 'Documents', '2025', 'Note 6543/25']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('of the report 6543/25 says the period it covers in words, its months machine-readable, and leads to the reports by period', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/6543-25/'));
    const scope = page.locator('dl.document-scope');
    expect(await scope.locator('dt').allInnerTexts()).toEqual(['Period covered']);
    expect(await scope.locator('dd').innerText()).toBe('July 2023 to December 2024 (see the reports by period)');
    expect(await scope.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(['2023-07', '2024-12']);
    expect(await scope.getByRole('link', { name: 'reports by period' }).getAttribute('href')).toBe('/documents/by-period/');
    await page.goto(site.url('/documents/9267-25/'));
    expect(await page.locator('dl.document-scope').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the eleven distribution codes of 6543/25 on two lines at most, each still a line of its own in the text', async () => {
    const { page } = await watchedPage(site.browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url('/documents/6543-25/'));
    const codes = page.locator('.document-header .codes');
    expect(await codes.locator('span').allTextContents()).toEqual([
      'COSI 38',
      'JAIEX 18',
      'CORDROGUE 27',
      'CT 22',
      'COPS 84',
      'CRIMORG 38',
      'IXIM 45',
      'ENFOPOL 61',
      'ENFOCUSTOM 28',
      'CYBER 54',
      'JAI 236',
    ]);
    const { height, lineHeight } = await codes.evaluate((p) => ({
      height: p.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(p).lineHeight),
    }));
    expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
    await page.close();
  });

  it('says where the text of the LIMITE note 9267/25 comes from: its source file, added by hand', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/9267-25/'));
    const provenance = page.locator('section.text-provenance');
    expect(await provenance.locator('p').innerText()).toBe(
      '9267/25 is marked LIMITE: the Council does not publish it. The text on this page is read from the file 003_4dba75d703f3f065.txt among the archive’s sources, which was added to them by hand: no record says where it was obtained. Compare it with the version the Council releases on request.',
    );
    expect(await provenance.locator('a[download]').getAttribute('href')).toBe('/sources/003_4dba75d703f3f065.txt');
    await page.goto(site.url('/documents/6543-25/'));
    expect(await page.locator('section.text-provenance').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('of a cited-only document shows what is known: its kind and year from its number, and what the citing text says it is', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/14470-1-25-rev-1/'));
    const facts = await page
      .locator('dl.facts')
      .evaluate((dl) => Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, (dt.nextElementSibling as HTMLElement).innerText])));
    expect(facts).toMatchObject({
      Kind: 'Council document (from its number)',
      Year: '2025 (from its number)',
      'Described as':
        'the way forward with regard to the work in the Council on the implementation of the European Internal Security Strategy (in the texts that cite it)',
    });
    expect(await page.locator('dl.facts dd q').count()).toBe(1);
    expect(await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts()).toEqual(['Home', 'Documents', '2025', '14470/1/25 REV 1']);
    expect(await page.locator('.referenced-in blockquote').first().innerText()).toContain('COSI endorsed the way forward');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/about/ and the home page', () => {
  it('show the years without documents as gaps, not as years without meetings', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/about/'));
    const rows = await page.locator('table.coverage tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      '2025 Note (2), Outcome of proceedings (1) 1 0',
      '2024 Gap: no document of this year in the archive',
      '2023 Gap: no document of this year in the archive',
      '2022 Gap: no document of this year in the archive',
      '2021 Outcome of proceedings (1) 1 0',
      '2020 Gap: no document of this year in the archive',
      '2019 Gap: no document of this year in the archive',
      '2018 Gap: no document of this year in the archive',
      '2017 Outcome of proceedings (1) 1 0',
    ]);
    await page.goto(site.url('/'));
    expect(await page.locator('.coverage-line').innerText()).toBe(
      'Documents from 3 of the 9 years 2017–2025: 2017, 2021, 2025. Nothing from 2018–2020, 2022–2024: gaps in the archive’s sources, not years without meetings. What the archive covers',
    );
    expect(await page.locator('main').innerText()).not.toContain('Period');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how recent the sources are from the sources themselves: the newest document, dated 25 November 2025', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/about/'));
    expect(await page.locator('#freshness + p strong').innerText()).toBe('25 November 2025');
    expect(await page.locator('#sources + p').innerText()).toContain('5 source files: 5 read, 0 of them fetched from the Council’s public register');
    expect(await page.locator('#adding ~ pre').first().innerText()).toContain('npm run fetch -- 15912/25 --follow 1');
    expect(await page.locator('#licence + p').innerText()).toContain('reproduction is authorised, provided the source is acknowledged');
    await page.close();
  });
});

import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** A page of each kind the issue names, with what to wait for before reading the reports. */
const PAGES = [
  { name: 'the search page running a query', path: '/search/?q=Mediterranean', ready: '#search-results li' },
  { name: 'a meeting page', path: '/meetings/2025-11-18/', ready: '#item-6' },
  { name: 'a document page', path: '/documents/9267-25/', ready: 'main h1' },
] as const;

/** Markup an attacker would want on a page: an inline script, an event handler, an image from another origin and a `data:` image. */
const INJECTION = [
  '<script>document.documentElement.dataset.script = "ran"</script>',
  '<img src="/favicon.svg" onload="document.documentElement.dataset.handler = \'ran\'" alt="">',
  '<img src="https://evil.example/pixel.png" alt="">',
  '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">',
].join('');

/** The CSP meta tag every page carries. */
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** A page whose CSP violations (the `securitypolicyviolation` events) and console messages are recorded from the start. */
async function reportingPage(site: SiteUnderTest): Promise<{ page: Page; console: string[]; violations: () => Promise<string[]> }> {
  const page = await site.browser.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' || /Content.Security.Policy/i.test(message.text()))
      console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  // Nothing leaves the machine: any request to another origin is recorded as a problem and refused.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    console.push(`foreign request: ${route.request().url()}`);
    return route.abort();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return { page, console, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

/** Serves `path` with the injection added to its body, through a hook that may drop the meta tag or the CSP header. */
async function injected(page: Page, site: SiteUnderTest, path: string, keep: { meta: boolean; header: boolean }): Promise<void> {
  await page.route(site.url(path), async (route: Route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (!keep.header) delete headers['content-security-policy'];
    let html = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${INJECTION}`);
    if (!keep.meta) html = html.replace(META, '');
    await route.fulfill({ response, headers, body: html });
  });
  await page.goto(site.url(path), { waitUntil: 'load' });
}

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('the Content-Security-Policy in force', () => {
  it('is sent by the static server from the site’s _headers file, as the meta tag states it', async () => {
    const response = await fetch(site.url('/meetings/'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
  });

  it.each(PAGES)('reports no violation and no console error on $name', async ({ path, ready }) => {
    const { page, console, violations } = await reportingPage(site);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.locator(ready).first().waitFor();
    expect(await violations()).toEqual([]);
    expect(console).toEqual([]);
    await page.close();
  });

  it.each([
    { by: 'the meta tag alone', keep: { meta: true, header: false } },
    { by: 'the _headers header alone', keep: { meta: false, header: true } },
  ])('blocks an injected inline script, event handler, foreign image and data: image by $by', async ({ keep }) => {
    const { page, violations } = await reportingPage(site);
    await injected(page, site, '/meetings/2025-11-18/', keep);
    const ran = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(ran).toEqual({});
    const reported = await violations();
    expect(reported).toContainEqual(expect.stringMatching(/^script-src-elem inline$/));
    expect(reported).toContainEqual(expect.stringMatching(/^script-src-attr inline$/));
    expect(reported).toContainEqual(expect.stringMatching(/^img-src https:\/\/evil\.example\/pixel\.png$/));
    expect(reported).toContainEqual(expect.stringMatching(/^img-src data$/));
    await page.close();
  });

  it('lets the injected script run once neither the meta tag nor the header is there: the test can see an attack succeed', async () => {
    const { page } = await reportingPage(site);
    await injected(page, site, '/meetings/2025-11-18/', { meta: false, header: false });
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ script: 'ran', handler: 'ran' });
    await page.close();
  });
});

import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
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
  it('is sent by the static server from the site’s _headers file, as the meta tag states it and with frame-ancestors', async () => {
    const response = await fetch(site.url('/meetings/'));
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
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

/** A page of another site (served by the browser itself, never fetched) that shows the meetings page in a frame. */
const FRAMER = 'http://framer.example/';

/**
 * Whether the meetings page shows inside a frame of another site, served with the headers of `_headers` less those
 * `drop` names (lower case): true when the framed document is the site's page, with its heading.
 */
async function showsInFrame(site: SiteUnderTest, drop: readonly string[]): Promise<boolean> {
  const page = await site.browser.newPage();
  const target = site.url('/meetings/');
  await page.route(FRAMER, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>framer</title><iframe src="${target}"></iframe>` }),
  );
  await page.route(target, async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !drop.includes(name)));
    await route.fulfill({ response, headers });
  });
  await page.goto(FRAMER, { waitUntil: 'load' });
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  const heading =
    frame === undefined
      ? null
      : await frame
          .locator('h1')
          .textContent({ timeout: 2_000 })
          .catch(() => null);
  await page.close();
  return heading === 'Meetings';
}

describe('a page of the site in a frame of another site', () => {
  it.each([
    { by: 'the headers of _headers', drop: [] },
    { by: 'Content-Security-Policy frame-ancestors alone', drop: ['x-frame-options'] },
    { by: 'X-Frame-Options alone', drop: ['content-security-policy'] },
  ])('is refused by $by', async ({ drop }) => {
    expect(await showsInFrame(site, drop)).toBe(false);
  });

  it('shows once neither header is sent (the meta tag cannot refuse it): the test can see the framing succeed', async () => {
    expect(await showsInFrame(site, ['content-security-policy', 'x-frame-options'])).toBe(true);
  });
});

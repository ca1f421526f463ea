import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The built site the browser tests run against: `npm test` builds it before vitest runs. */
export const DIST = process.env['COSI_DIST'] ?? 'dist';

/** A browser and a server of the built site, started once per test file. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticServer;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a built site (dist/ unless told another folder) and starts Chromium. */
export async function openSite(dist: string = DIST): Promise<SiteUnderTest> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  return {
    browser,
    server,
    url: (path) => `${server.origin}${path}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

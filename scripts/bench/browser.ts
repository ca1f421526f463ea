import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { largest, smallest } from '../../src/shared/lists.ts';
import { median } from './page-assets.ts';
import type { StaticServer } from './serve.ts';

/**
 * The search page's DOM (src/pages/search/index.astro, src/components/SearchResults.astro): it searches as
 * the user types and adds an entry to the results list as soon as that result's fragment arrives.
 */
export const SEARCH_DOM = {
  path: '/search/',
  input: '#search-q',
  /** A rendered result: an entry of the results list. */
  result: '#search-results > li',
} as const;

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Flags for a quiet, reproducible headless Chromium. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** How long one query may take before the measurement gives up. */
const QUERY_TIMEOUT_MS = 60_000;
/** How long an as-you-type search page gets to show results before the query is submitted with Enter. */
const AS_YOU_TYPE_GRACE_MS = 1_500;

/** What the browser measured on the built site. */
export interface BrowserFigures {
  /** Median bytes fetched (compressed, as sent) for a cold load of /search/?q=…, one per query, until the network is idle after its first result. */
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** Median ms from the last keypress to the first rendered result on a freshly loaded search page. */
  coldKeypressMs: number;
  /** The same once the page has run a query (index, WebAssembly and fragments loaded or cached). */
  warmKeypressMs: number;
  /** Where the time of a query goes: median milestones after the last keypress. */
  coldMilestones: Milestones;
  warmMilestones: Milestones;
  /** A median meeting page on a first visit: bytes fetched and requests. */
  meetingFirstVisitBytes: number | null;
  meetingFirstVisitRequests: number | null;
  queries: number;
  /** Whether the search page searched as the user typed (else the query was submitted with Enter). */
  asYouType: boolean;
}

/**
 * Runs in every page before its scripts: records the time of each keydown (in sessionStorage, so that it
 * survives the navigation a submitted form causes) and the first animation frame after a fresh result
 * entry appears (in `window.__benchFirst`); a keydown marks the results already shown as stale. Plain
 * JavaScript source, because the TypeScript loader would wrap functions in helpers the page lacks.
 */
function instrument(resultSelector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(resultSelector)};
    const now = () => performance.timeOrigin + performance.now();
    addEventListener('keydown', () => {
      sessionStorage.setItem('benchKey', String(now()));
      for (const element of document.querySelectorAll(selector)) element.setAttribute('data-bench-stale', '');
      delete window.__benchFirst;
    }, true);
    new MutationObserver(() => {
      if (window.__benchFirst === undefined && document.querySelector(selector + ':not([data-bench-stale])')) {
        window.__benchFirst = 0;
        requestAnimationFrame(() => { window.__benchFirst = now(); });
      }
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(QUERY_TIMEOUT_MS);
  return page;
}

/**
 * Milestones of one query in the page (plain JavaScript source, evaluated in the page): the keypress as
 * epoch ms, the first result in ms after it, and, only when the query loaded a new page (a search page that
 * needs the form submitted), when that page's document started, got its HTML and finished parsing.
 */
const PAGE_MILESTONES_SOURCE = `(() => {
  const key = Number(sessionStorage.getItem('benchKey'));
  const at = (time) => performance.timeOrigin + time - key;
  const navigation = performance.timeOrigin > key ? performance.getEntriesByType('navigation')[0] : undefined;
  return {
    key,
    documentStart: navigation ? at(0) : null,
    htmlReceived: navigation ? at(navigation.responseEnd) : null,
    domContentLoaded: navigation ? at(navigation.domContentLoadedEventEnd) : null,
    firstResult: window.__benchFirst - key,
  };
})()`;

/**
 * Milestones of a query, ms after the last keypress; the Pagefind ones are read from the server's log, which also
 * sees what Pagefind fetches from a worker. The page-load ones are null when the page searched as the user typed.
 */
export type Milestones = Record<
  'documentStart' | 'htmlReceived' | 'domContentLoaded' | 'indexLoaded' | 'firstFragmentLoaded' | 'fragmentsLoaded' | 'firstResult',
  number | null
>;

/** Pagefind's files, of either search bundle (/pagefind/, /pagefind-cited/): its fragments (one per result), and the rest (script, WebAssembly, metadata, index chunks). */
const PAGEFIND_FILE = /^\/pagefind(?:-cited)?\//;
const PAGEFIND_FRAGMENT = /\.pf_fragment$/;

/** Types a query (submitting it with Enter unless the page searches as you type) and times it from the last keypress. */
async function keypressToResult(page: Page, server: StaticServer, query: string, asYouType: boolean): Promise<Milestones> {
  await page.fill(SEARCH_DOM.input, '');
  await page.focus(SEARCH_DOM.input);
  server.reset();
  await page.keyboard.type(query);
  if (!asYouType) {
    const submitted = (url: URL): boolean => url.searchParams.get('q') === query;
    await Promise.all([page.waitForURL(submitted, { waitUntil: 'commit' }), page.keyboard.press('Enter')]);
  }
  await page.waitForFunction(() => (window as unknown as { __benchFirst?: number }).__benchFirst || null, undefined, { polling: 'raf' });
  const { key, ...inPage } = (await page.evaluate(PAGE_MILESTONES_SOURCE)) as Omit<Milestones, 'indexLoaded' | 'fragmentsLoaded'> & { key: number };
  const served = (test: (path: string) => boolean): number[] =>
    server
      .log()
      .filter((entry) => test(entry.path) && entry.at >= key)
      .map((entry) => entry.at - key);
  const fragments = served((path) => PAGEFIND_FRAGMENT.test(path));
  const index = served((path) => PAGEFIND_FILE.test(path) && !PAGEFIND_FRAGMENT.test(path));
  return {
    ...inPage,
    indexLoaded: index.length === 0 ? null : largest(index),
    firstFragmentLoaded: fragments.length === 0 ? null : smallest(fragments),
    fragmentsLoaded: fragments.length === 0 ? null : largest(fragments),
  };
}

/** The median of each milestone over several queries. */
function medianMilestones(runs: readonly Milestones[]): Milestones {
  const of = (name: keyof Milestones): number | null => {
    const values = runs.map((run) => run[name]).filter((value): value is number => value !== null);
    return values.length === 0 ? null : median(values);
  };
  return {
    documentStart: of('documentStart'),
    htmlReceived: of('htmlReceived'),
    domContentLoaded: of('domContentLoaded'),
    indexLoaded: of('indexLoaded'),
    firstFragmentLoaded: of('firstFragmentLoaded'),
    fragmentsLoaded: of('fragmentsLoaded'),
    firstResult: of('firstResult'),
  };
}

/** Whether the search page shows results while typing, without a submit. */
async function searchesAsYouType(page: Page, query: string): Promise<boolean> {
  await page.focus(SEARCH_DOM.input);
  await page.keyboard.type(query);
  try {
    await page.waitForSelector(SEARCH_DOM.result, { timeout: AS_YOU_TYPE_GRACE_MS });
    return true;
  } catch {
    return false;
  }
}

/** Measures search and a meeting page in headless Chromium against the served site; queries must each have results. */
export async function measureBrowser(server: StaticServer, queries: readonly string[], meetingPath: string | null): Promise<BrowserFigures> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext();
    await context.addInitScript({ content: instrument(SEARCH_DOM.result) });
    return context;
  };
  try {
    const probe = await newContext();
    const probePage = await freshPage(probe);
    await probePage.goto(`${server.origin}${SEARCH_DOM.path}`);
    const asYouType = await searchesAsYouType(probePage, queries[0] ?? 'security');
    await probe.close();

    const firstQuery: { bytes: number; requests: number }[] = [];
    for (const query of queries) {
      const context = await newContext();
      const page = await freshPage(context);
      server.reset();
      await page.goto(`${server.origin}${SEARCH_DOM.path}?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => (window as unknown as { __benchFirst?: number }).__benchFirst || null, undefined, { polling: 'raf' });
      await page.waitForLoadState('networkidle');
      firstQuery.push(server.sent());
      await context.close();
    }

    const cold: Milestones[] = [];
    const warm: Milestones[] = [];
    for (const [index, query] of queries.entries()) {
      const context = await newContext();
      const page = await freshPage(context);
      await page.goto(`${server.origin}${SEARCH_DOM.path}`);
      cold.push(await keypressToResult(page, server, query, asYouType));
      warm.push(await keypressToResult(page, server, queries[(index + 1) % queries.length] as string, asYouType));
      await context.close();
    }

    let meeting: { bytes: number; requests: number } | null = null;
    if (meetingPath !== null) {
      const context = await newContext();
      const page = await freshPage(context);
      server.reset();
      await page.goto(`${server.origin}${meetingPath}`, { waitUntil: 'networkidle' });
      meeting = server.sent();
      await context.close();
    }
    return {
      firstQueryBytes: median(firstQuery.map((entry) => entry.bytes)),
      firstQueryRequests: median(firstQuery.map((entry) => entry.requests)),
      coldKeypressMs: medianMilestones(cold).firstResult ?? 0,
      warmKeypressMs: medianMilestones(warm).firstResult ?? 0,
      coldMilestones: medianMilestones(cold),
      warmMilestones: medianMilestones(warm),
      meetingFirstVisitBytes: meeting?.bytes ?? null,
      meetingFirstVisitRequests: meeting?.requests ?? null,
      queries: queries.length,
      asYouType,
    };
  } finally {
    await browser.close();
  }
}

import type { Ticket } from '../lib/latest-only.ts';
import { readNumberQuery, type NumberQuery } from '../lib/number-query.ts';
import { SEARCH_BUNDLES, type SearchBundle } from '../lib/search-bundles.ts';
import type { SearchQuery } from '../lib/search-query.ts';
import { holdersFirst, searchPlan, type PagefindFilters, type Scored } from '../lib/search-results.ts';
import type { ResultData } from './search-result-item.ts';

/** The browser API of a search bundle, as scripts/build/search-index.ts writes it. */
const pagefindApi = (bundle: SearchBundle): string => `${SEARCH_BUNDLES[bundle]}pagefind.js`;

/**
 * Pagefind's options. With its default Web Worker (a 12 KB script more), the last keystroke of a warm
 * query showed its first result after a median of 580 ms on the 2,000-document benchmark site, with
 * outliers of seconds, against 52 ms on the main thread (14 queries, headless Chromium, loaded 2-core machine).
 * A match in the `numbers` a page holds (src/lib/search-meta.ts) weighs 20 times a word of its text, so that
 * `15912/25` puts the page holding 15912/25 above the pages that cite it; what a result says of itself (`type`, `date`,
 * `cited`) does not count.
 */
const PAGEFIND_OPTIONS = { noWorker: true, ranking: { metaWeights: { numbers: 20, type: 0, date: 0, cited: 0 } } } as const;

/** A result before its fragment is fetched. */
export interface PagefindResult extends Scored {
  data(): Promise<ResultData>;
}

/** The part of Pagefind's browser API (pagefind.js, 1.x) the page uses. */
interface Pagefind {
  options(options: typeof PAGEFIND_OPTIONS): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options: { filters: PagefindFilters }): Promise<void>;
  search(term: string | null, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

/** Each bundle's Pagefind, once loading. */
const engines: Partial<Record<SearchBundle, Promise<Pagefind>>> = {};

/**
 * Loads and starts a bundle's Pagefind once (its WebAssembly and metadata); a failed load is tried again next time. The
 * cited-only bundle is a module of its own (its own URL), loaded only when a search asks it.
 */
export function pagefind(bundle: SearchBundle = 'main'): Promise<Pagefind> {
  let engine = engines[bundle];
  if (engine === undefined) {
    engine = import(/* @vite-ignore */ pagefindApi(bundle)).then(async (api: Pagefind) => {
      await api.options(PAGEFIND_OPTIONS);
      await api.init();
      return api;
    });
    engines[bundle] = engine;
    engine.catch(() => {
      delete engines[bundle];
    });
  }
  return engine;
}

/**
 * The search Pagefind is running. Instead of a fixed debounce, the next search waits for it and then runs
 * only the latest words: stale searches never queue up, and the last keystroke waits for no timer (a 50 ms
 * debounce measured 101 ms median from the last keystroke to the first result, this 52 ms).
 */
let running: Promise<unknown> = Promise.resolve();

/** What a search found: its results in order, the document number the words were read as (null for words), and whether only its bare number found anything. */
export interface Found {
  readonly results: readonly PagefindResult[];
  readonly number: NumberQuery | null;
  readonly widened: boolean;
  /** Whether the cited-only pages are still to be searched (`findCited`, on the reader's demand). */
  readonly citedLater: boolean;
}

/** Searches one bundle once Pagefind is free; null if superseded. */
async function searchBundle(bundle: SearchBundle, term: string | null, filters: PagefindFilters, wanted: Ticket): Promise<PagefindResult[] | null> {
  const api = await pagefind(bundle);
  await running;
  if (!wanted()) return null;
  const searching = api.search(term, { filters });
  running = searching.catch(() => undefined);
  return (await searching).results;
}

/** Searches the bundles a plan names, the main bundle's results first; null if superseded. */
async function searchBoth(term: string | null, filters: Readonly<Record<string, string>>, wanted: Ticket): Promise<PagefindResult[] | null> {
  const plan = searchPlan(filters);
  // Both bundles load at once; their searches still run one after the other.
  if (plan.cited !== null) pagefind('cited').catch(() => undefined);
  const main = plan.main === null ? [] : await searchBundle('main', term, plan.main, wanted);
  if (main === null) return null;
  const cited = plan.cited === null ? [] : await searchBundle('cited', term, plan.cited, wanted);
  return cited === null ? null : [...main, ...cited];
}

/**
 * Searches a query: a document number in any spelling is searched as the archive writes it (`ST 15912 2025` as
 * `15912/25`), and as its bare number when that finds nothing (`14470/25` finds 14470/1/25 REV 1), in both bundles (the
 * page of a number may be a cited-only page), the pages holding it first. Words are searched as typed among the pages
 * holding text, and among the cited-only pages as well only when those found fewer than `enough` results; otherwise
 * the cited-only bundle waits for `findCited`, so that a first search does not fetch its metadata. Null when a newer
 * search started meanwhile.
 */
export async function find(query: SearchQuery, wanted: Ticket, enough: number): Promise<Found | null> {
  const number = query.q === '' ? null : readNumberQuery(query.q);
  if (number !== null) {
    const results = await searchBoth(number.search, query.filters, wanted);
    if (results === null) return null;
    if (results.length > 0 || number.bare === number.search) return { results: holdersFirst(results), number, widened: false, citedLater: false };
    const wider = await searchBoth(number.bare, query.filters, wanted);
    return wider === null ? null : { results: holdersFirst(wider), number, widened: true, citedLater: false };
  }
  const term = query.q === '' ? null : query.q;
  const plan = searchPlan(query.filters);
  if (plan.main === null) {
    const cited = await searchBoth(term, query.filters, wanted);
    return cited === null ? null : { results: cited, number: null, widened: false, citedLater: false };
  }
  if (term !== null)
    pagefind('main')
      .then((api) => api.preload(term, { filters: {} }))
      .catch(() => undefined);
  const main = await searchBundle('main', term, plan.main, wanted);
  if (main === null) return null;
  if (plan.cited === null || main.length >= enough) return { results: main, number: null, widened: false, citedLater: plan.cited !== null };
  const cited = await searchBundle('cited', term, plan.cited, wanted);
  return cited === null ? null : { results: [...main, ...cited], number: null, widened: false, citedLater: false };
}

/** Searches the cited-only pages for a query's words, when the reader asks for them after the pages holding text; null if superseded. */
export function findCited(query: SearchQuery, wanted: Ticket): Promise<PagefindResult[] | null> {
  const filters = searchPlan(query.filters).cited;
  if (filters === null) return Promise.resolve([]);
  return searchBundle('cited', query.q === '' ? null : query.q, filters, wanted);
}

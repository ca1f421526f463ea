import type { Ticket } from '../lib/latest-only.ts';
import { readNumberQuery, type NumberQuery } from '../lib/number-query.ts';
import type { SearchQuery } from '../lib/search-query.ts';
import { holdersFirst, searchPasses, type PagefindFilters, type Scored } from '../lib/search-results.ts';
import type { ResultData } from './search-result-item.ts';

/** Where `pagefind --site dist` writes its browser API. */
const PAGEFIND_API = '/pagefind/pagefind.js';

/**
 * Pagefind's options. With its default Web Worker (a 12 KB script more), the last keystroke of a warm
 * query showed its first result after a median of 580 ms on the 2,000-document benchmark site, with
 * outliers of seconds, against 52 ms on the main thread (14 queries, headless Chromium, loaded 2-core machine).
 * A match in the `numbers` a page holds (src/components/SearchMeta.astro) weighs 20 times a word of its text, so that
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

let engine: Promise<Pagefind> | null = null;

/** Loads and starts Pagefind once (its WebAssembly and metadata); a failed load is tried again next time. */
export function pagefind(): Promise<Pagefind> {
  if (engine === null) {
    engine = import(/* @vite-ignore */ PAGEFIND_API).then(async (api: Pagefind) => {
      await api.options(PAGEFIND_OPTIONS);
      await api.init();
      return api;
    });
    engine.catch(() => {
      engine = null;
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
}

/** Runs the passes of one search term (pages holding text, then cited-only pages) once Pagefind is free; null if superseded. */
async function passes(api: Pagefind, term: string | null, filters: Readonly<Record<string, string>>, wanted: Ticket): Promise<PagefindResult[] | null> {
  const results: PagefindResult[] = [];
  for (const pass of searchPasses(filters)) {
    await running;
    if (!wanted()) return null;
    const searching = api.search(term, { filters: pass });
    running = searching.catch(() => undefined);
    results.push(...(await searching).results);
  }
  return results;
}

/**
 * Searches a query: a document number in any spelling is searched as the archive writes it (`ST 15912 2025` as
 * `15912/25`), and as its bare number when that finds nothing (`14470/25` finds 14470/1/25 REV 1), the pages holding it
 * first; words as typed. Null when a newer search started meanwhile.
 */
export async function find(query: SearchQuery, wanted: Ticket): Promise<Found | null> {
  const api = await pagefind();
  const number = query.q === '' ? null : readNumberQuery(query.q);
  const term = query.q === '' ? null : (number?.search ?? query.q);
  if (term !== null) api.preload(term, { filters: {} }).catch(() => undefined);
  const results = await passes(api, term, query.filters, wanted);
  if (results === null) return null;
  if (number === null) return { results, number, widened: false };
  if (results.length > 0 || number.bare === number.search) return { results: holdersFirst(results), number, widened: false };
  const wider = await passes(api, number.bare, query.filters, wanted);
  return wider === null ? null : { results: holdersFirst(wider), number, widened: true };
}

import { latestOnly, type Ticket } from '../lib/latest-only.ts';
import { searchNotice } from '../lib/search-notice.ts';
import { readSearchQuery, SEARCH_FILTERS, type SearchQuery, searchQueryString } from '../lib/search-query.ts';
import { find, findCited, pagefind, type Found, type PagefindResult } from './search-engine.ts';
import { resultItem } from './search-result-item.ts';
import { checkWords } from './search-words.ts';
/** Shorter typed words would match most of the index (Pagefind treats the last word as a prefix); Enter still searches them. */
const MIN_TYPED_LENGTH = 2;
/** Results whose fragments are fetched as soon as a search answers; the rest wait for "More results". */
const FIRST_BATCH = 5;
/** Results each press of "More results" adds. */
const NEXT_BATCH = 10;
/** What "More results" says once the pages holding text are all listed and the cited-only pages are still to be searched. */
const CITED_MORE = 'More results: documents the archive only cites';

/** The results of the latest search and how many of them are listed. */
interface Listing {
  ticket: Ticket;
  query: SearchQuery;
  results: readonly PagefindResult[];
  shown: number;
  /** The document number searched for, whose place a result should land on; null for words. */
  number: string | null;
  /** Whether the cited-only pages are still to be searched, when "More results" has listed the others. */
  citedLater: boolean;
}

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const notice = document.getElementById('search-notice');

const searches = latestOnly();
let listing: Listing | null = null;
let lastSearched: string | null = null;

function filterSelect(name: string): HTMLSelectElement | null {
  const select = document.getElementById(`filter-${name}`);
  return select instanceof HTMLSelectElement ? select : null;
}

/** The search the form describes now. */
function formQuery(): SearchQuery {
  const params = new URLSearchParams();
  if (input instanceof HTMLInputElement) params.set('q', input.value);
  for (const name of SEARCH_FILTERS) params.set(name, filterSelect(name)?.value ?? '');
  return readSearchQuery(params);
}

/** Puts a search read from the URL into the form. */
function fillForm(query: SearchQuery): void {
  if (input instanceof HTMLInputElement) input.value = query.q;
  for (const name of SEARCH_FILTERS) {
    const select = filterSelect(name);
    if (select !== null) select.value = query.filters[name] ?? '';
  }
}

function countText(total: number): string {
  return total === 0 ? 'No results.' : `${total} result${total === 1 ? '' : 's'}.`;
}

/** Shows or hides "More results", saying how many are listed, or that it searches the cited-only pages next. */
function updateMore(current: Listing): void {
  if (!(more instanceof HTMLButtonElement)) return;
  const allListed = current.shown >= current.results.length;
  more.hidden = allListed && !current.citedLater;
  more.textContent = allListed ? CITED_MORE : `More results (${current.shown} of ${current.results.length} shown)`;
}

/** Inserts a result at its rank among those already listed, whatever order their fragments arrive in. */
function insertAtRank(item: HTMLLIElement, rank: number): void {
  if (list === null) return;
  item.dataset['rank'] = String(rank);
  const after = [...list.children].find((other) => other instanceof HTMLElement && Number(other.dataset['rank']) > rank);
  list.insertBefore(item, after ?? null);
}

/**
 * Fetches the fragments of results [from, to) and lists each one as soon as it arrives; the first to arrive
 * of a new search replaces the previous search's results. Nothing is written once a newer search has started.
 */
async function showResults(current: Listing, from: number, to: number, replace: boolean): Promise<void> {
  let replaced = !replace;
  current.shown = Math.min(to, current.results.length);
  await Promise.all(
    current.results.slice(from, to).map(async (result, offset) => {
      const data = await result.data();
      if (!current.ticket() || list === null) return;
      if (!replaced) {
        list.replaceChildren();
        replaced = true;
      }
      insertAtRank(resultItem(data, current.number), from + offset);
    }),
  );
  if (current.ticket()) updateMore(current);
}

/**
 * Marks the results busy (`aria-busy`) while a search or "More results" is under way, until its results are listed and
 * its notice written: assistive technology waits for the whole answer, and so can a test.
 */
function setBusy(busy: boolean): void {
  if (busy) list?.setAttribute('aria-busy', 'true');
  else list?.removeAttribute('aria-busy');
}

function clearResults(): void {
  listing = null;
  list?.replaceChildren();
  if (status !== null) status.textContent = '';
  notice?.replaceChildren();
  if (more instanceof HTMLButtonElement) more.hidden = true;
}

/**
 * Says how the query was read and what the archive's own words say of it: a document number read from another
 * spelling, words that occur nowhere (instead of presenting Pagefind's matches of similar words silently), and
 * "Did you mean …?" with the nearest words that do occur, a link that searches them.
 */
async function explain(query: SearchQuery, found: Found, ticket: Ticket): Promise<void> {
  const check = found.number === null && query.q !== '' ? await checkWords(query.q) : null;
  if (!ticket() || notice === null) return;
  const said = searchNotice({
    typed: query.q,
    number: found.number,
    widened: found.widened,
    missing: check?.missing ?? [],
    suggestion: check?.suggestion ?? null,
    total: found.results.length,
  });
  notice.replaceChildren();
  if (said === null) return;
  if (said.text !== '') notice.append(said.text);
  if (said.suggestion !== null) {
    const corrected = { q: said.suggestion, filters: query.filters };
    const offer = document.createElement('a');
    offer.href = `${location.pathname}${searchQueryString(corrected)}`;
    offer.textContent = said.suggestion;
    offer.addEventListener('click', (event) => {
      event.preventDefault();
      fillForm(corrected);
      void run(corrected, true);
    });
    notice.append(`${said.text === '' ? '' : ' '}Did you mean `, offer, '?');
  }
}

/**
 * Runs a search once Pagefind is free unless a newer one starts meanwhile, and keeps it in the URL so that
 * it can be shared and reloaded. `announce` says "Searching…" first (a submitted form or a loaded URL, not a keystroke).
 */
async function run(query: SearchQuery, announce: boolean): Promise<void> {
  const key = searchQueryString(query);
  if (key === lastSearched && !announce) return;
  lastSearched = key;
  const ticket = searches.next();
  history.replaceState(history.state, '', `${location.pathname}${key}`);
  if (query.q === '' && Object.keys(query.filters).length === 0) {
    clearResults();
    setBusy(false);
    return;
  }
  setBusy(true);
  if (announce && status !== null) status.textContent = 'Searching…';
  try {
    const found = await find(query, ticket, FIRST_BATCH);
    if (found === null || !ticket()) return;
    const { results } = found;
    if (results.length === 0) clearResults();
    if (status !== null) status.textContent = countText(results.length);
    const explained = explain(query, found, ticket).catch(() => undefined);
    if (results.length > 0) {
      listing = { ticket, query, results, shown: 0, number: found.number?.search ?? null, citedLater: found.citedLater };
      await showResults(listing, 0, FIRST_BATCH, true);
    }
    await explained;
  } catch {
    if (ticket() && status !== null) status.textContent = 'The search index could not be loaded.';
  } finally {
    if (ticket()) setBusy(false);
  }
}

/** Adds the cited-only pages to a listing whose other results are all listed, and says the new count; false if superseded. */
async function addCited(current: Listing): Promise<boolean> {
  const cited = await findCited(current.query, current.ticket);
  if (cited === null || !current.ticket()) return false;
  current.results = [...current.results, ...cited];
  current.citedLater = false;
  if (status !== null) status.textContent = countText(current.results.length);
  return true;
}

/**
 * Lists the next results (searching the cited-only pages first when the others are all listed) and moves the focus to
 * the first of them, so a keyboard user reads on from there; to the last result when the cited-only pages added none.
 */
async function showMore(): Promise<void> {
  const current = listing;
  if (current === null || list === null) return;
  const from = current.shown;
  setBusy(true);
  try {
    if (from >= current.results.length && current.citedLater && !(await addCited(current))) return;
    await showResults(current, from, from + NEXT_BATCH, false);
  } catch {
    if (current.ticket() && status !== null) status.textContent = 'More results could not be loaded.';
    return;
  } finally {
    if (current.ticket()) setBusy(false);
  }
  if (!current.ticket()) return;
  const first = list.querySelector<HTMLAnchorElement>(`li[data-rank="${from}"] h2 a`) ?? list.querySelector<HTMLAnchorElement>('li:last-child h2 a');
  first?.focus();
}

if (form instanceof HTMLFormElement) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(formQuery(), true);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run(formQuery(), false);
  });
}
input?.addEventListener('input', () => {
  const query = formQuery();
  if (query.q.length === 0 || query.q.length >= MIN_TYPED_LENGTH) void run(query, false);
});
more?.addEventListener('click', () => void showMore());

const initial = readSearchQuery(new URLSearchParams(location.search));
fillForm(initial);
if (initial.q !== '' || Object.keys(initial.filters).length > 0) void run(initial, true);
else void pagefind().catch(() => undefined);

/** The Pagefind filters the search page offers, by the name used in `data-pagefind-filter` and in the URL. */
export const SEARCH_FILTERS = ['year', 'kind', 'verb', 'topic'] as const;

/** One of the search filters. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A search as a shareable URL holds it: the words and the chosen filter values. */
export interface SearchQuery {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
}

/** Reads `?q=…&year=…&kind=…&verb=…`; empty values count as absent. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: Partial<Record<SearchFilter, string>> = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** The query string of a search, in a fixed order, without empty values. */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const name of SEARCH_FILTERS) {
    const value = query.filters[name];
    if (value !== undefined) params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** What choosing a result link needs of a Pagefind sub-result. */
export interface SubResult {
  url: string;
  locations: readonly number[];
}

/**
 * Where a result should land: the sub-result (a heading with an id) holding most of the matches, the first of equals;
 * null when the page has none. For a document number, the first sub-result whose excerpt shows it, where there is one.
 */
export function bestSubResult<T extends SubResult & { excerpt?: string }>(subResults: readonly T[], number: string | null = null): T | null {
  const first = number === null ? undefined : number.split(' ')[0];
  const showing = first === undefined ? undefined : subResults.find((sub) => (sub.excerpt ?? '').includes(first));
  if (showing !== undefined) return showing;
  let best: T | null = null;
  for (const sub of subResults) {
    if (best === null || sub.locations.length > best.locations.length) best = sub;
  }
  return best;
}

/** Named entities Pagefind's excerpts use (it escapes page text as HTML). */
const EXCERPT_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return EXCERPT_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A Pagefind excerpt (escaped text with `<mark>` around matches) as plain-text runs, so no markup from a page is ever parsed. */
export function splitExcerpt(excerpt: string): { text: string; marked: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decodeEntities(marked ? part.slice(6, -7) : part), marked };
    });
}

/**
 * The two Pagefind bundles the search reads. Pagefind's metadata costs a first search some 6 gzipped bytes for every
 * page its bundle holds, fetched before any result; the pages of documents the archive only cites are a third of the
 * indexed pages at 10,000 documents and rank below every page holding text, so they are a bundle of their own, which the
 * search page loads only when it searches them. Their URLs do not change: both bundles index pages of the same dist/.
 */
import { CITED_FILTER } from './search-choices.ts';

/** Where each bundle is served from (and written to under dist/). */
export const SEARCH_BUNDLES = {
  /** Meetings, documents holding text, actors and topics: what a search lists first. */
  main: '/pagefind/',
  /** The pages of documents the archive only cites (src/components/ReferencedDocument.astro). */
  cited: '/pagefind-cited/',
} as const;

/** One of the search bundles. */
export type SearchBundle = keyof typeof SEARCH_BUNDLES;

/** An opening tag that marks what Pagefind indexes (`<article data-pagefind-body>`). Text never holds a raw `<`. */
const BODY_TAG = /<[a-z][^<>]*\sdata-pagefind-body[\s=/>]/i;

/**
 * An opening tag carrying the filter only cited-only pages carry. A page's text or attribute values cannot fake it:
 * the quote it needs is escaped in both.
 */
const CITED_TAG = new RegExp(`<[a-z][^<>]*\\sdata-pagefind-filter="${CITED_FILTER.name}:${CITED_FILTER.value}"`, 'i');

/** The bundle a built page is indexed in: `cited` for a cited-only page, `main` for another indexed page, null for a page Pagefind would not index. */
export function bundleOf(html: string): SearchBundle | null {
  if (!BODY_TAG.test(html)) return null;
  return CITED_TAG.test(html) ? 'cited' : 'main';
}

/** What a search result says of itself, and which of the search bundles the search page asks for results. */
import { REFERENCED_KIND } from './search-choices.ts';

/** Pagefind's filter object: a filter name to a value, or the compound keys `not`, `any`, `all`, `none`. */
export type PagefindFilters = Record<string, unknown>;

/** The filters the pages of documents the archive only cites carry (src/components/ReferencedDocument.astro): `kind`. */
const CITED_PAGE_FILTERS: readonly string[] = ['kind'];

/** Which bundles a search asks, with which filters (src/lib/search-bundles.ts); null where no page of the bundle can match. */
export interface SearchPlan {
  readonly main: PagefindFilters | null;
  readonly cited: PagefindFilters | null;
}

/**
 * The bundles one search asks, in the order their results are listed: pages that hold text first (the main bundle), then
 * the pages of documents the archive only cites, so that a cited-only page never ranks above a page holding text
 * whatever Pagefind's scores. A filter those pages do not carry (a year, a verb, a topic, another kind) leaves them
 * out without loading their bundle; the cited-only kind leaves out the main bundle.
 */
export function searchPlan(filters: Readonly<Record<string, string>>): SearchPlan {
  const kind = filters['kind'];
  const citedCanMatch = Object.keys(filters).every((name) => CITED_PAGE_FILTERS.includes(name)) && (kind === undefined || kind === REFERENCED_KIND);
  return { main: kind === REFERENCED_KIND ? null : { ...filters }, cited: citedCanMatch ? { ...filters } : null };
}

/** The metadata the pages give their results (src/lib/search-meta.ts). */
export interface ResultMeta {
  readonly type?: string;
  readonly date?: string;
  readonly cited?: string;
}

/** One line saying what a result is: `Meeting · 18–19 November 2025`, `Council document · cited only`, `Actor · EU bodies and agencies`. */
export function resultLabel(meta: ResultMeta): string {
  return [meta.type, meta.date, meta.cited].filter((part) => part !== undefined && part !== '').join(' · ');
}

/** An item heading as Pagefind gives a sub-result's title: its number, a full stop, its title (`6.1. EU threat assessment`). */
const ITEM_HEADING = /^(\d+(?:\.\d+)*)\.\s*(.*)$/s;

/** Where in a meeting a sub-result lands, for people: `Item 5: Regional dialogue …`; other headings as they read. */
export function itemPlace(anchor: string, title: string): string {
  if (!anchor.startsWith('item-')) return title;
  const heading = ITEM_HEADING.exec(title.trim());
  return heading === null ? title : `Item ${heading[1]}: ${heading[2]}`;
}

/** A run of an excerpt: its text and whether Pagefind marked it as a match. */
export interface ExcerptRun {
  readonly text: string;
  readonly marked: boolean;
}

/** How an excerpt may start with the heading it stands under: the heading, Pagefind's full stop after it, white space. */
const AFTER_HEADING = /^[.\s]*/;

/**
 * The excerpt without the heading it starts with (Pagefind's sub-result excerpts begin with their heading, which the
 * result already shows above it): `Referenced in. 15912/25, item 1 …` under "Referenced in" reads `15912/25, item 1 …`.
 */
export function withoutLeadingTitle(runs: readonly ExcerptRun[], title: string): ExcerptRun[] {
  const plain = runs.map((run) => run.text).join('');
  const heading = title.trim();
  if (heading === '' || !plain.toLowerCase().startsWith(heading.toLowerCase())) return [...runs];
  const cut = heading.length + (AFTER_HEADING.exec(plain.slice(heading.length))?.[0].length ?? 0);
  const kept: ExcerptRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (end > cut) kept.push({ text: offset >= cut ? run.text : run.text.slice(cut - offset), marked: run.marked });
    offset = end;
  }
  return kept;
}

/** What ordering a result needs before its fragment is fetched: Pagefind's score and the metadata fields the words matched. */
export interface Scored {
  readonly score: number;
  readonly matchedMetaFields?: readonly string[] | undefined;
}

/** The metadata field holding the numbers of the documents a page holds (src/lib/search-meta.ts). */
export const NUMBERS_FIELD = 'numbers';

/**
 * A document number's results in order: the pages holding a document of that number first, whichever pass found them
 * (a cited-only page is the page of a document the archive only cites), best first; then the others in their order.
 * A page counts as holding it when the number matched its `numbers` and it scores at least half the best such page (a
 * lone `REV` or `1` of the query also matches other numbers, far less).
 */
export function holdersFirst<T extends Scored>(results: readonly T[]): T[] {
  const matching = results.filter((result) => result.matchedMetaFields?.includes(NUMBERS_FIELD) === true);
  const best = Math.max(0, ...matching.map((result) => result.score));
  const holders = matching.filter((result) => result.score >= best / 2).sort((a, b) => b.score - a.score);
  return [...holders, ...results.filter((result) => !holders.includes(result))];
}

/**
 * Whether the two search bundles may be indexed at the same time. Pagefind's indexer has one thread to run for about a
 * third of its run (30 % of the samples of its threads' states, main bundle at 2,000 documents), so the cited-only bundle
 * indexed beside the main one uses the core it leaves idle instead of following it; but each indexer holds its whole
 * bundle's index, and at 23,600 documents the main bundle alone peaks at 7,544 MiB of the 8 GB the build may use
 * (docs/performance.md). So the bundles are indexed together only while the peaks of both, estimated from their pages,
 * stay within a budget.
 */
import type { SearchBundle } from '../../src/lib/search-bundles.ts';

/**
 * Pagefind's peak memory a page, MiB, a little above the largest measured: main pages (documents' texts, meetings)
 * 0.36–0.43 (742 MiB for 2,087 pages, 3,704 for 10,087, 8,085 for 23,805), cited-only pages (a title and the citing
 * quotes) 0.086–0.115 (176 MiB for 1,532, 614 for 7,140).
 */
export const PEAK_MIB_A_PAGE: Readonly<Record<SearchBundle, number>> = { main: 0.45, cited: 0.13 };

/** The most the two indexers together are estimated to hold when they run at once: 2 GiB under the 8 GB target. */
export const TOGETHER_BUDGET_MIB = 6144;

/** True when both bundles' estimated peaks together fit in the budget, so that they may be indexed at once. */
export function bundlesFitTogether(counts: Readonly<Record<SearchBundle, number>>): boolean {
  const peak = counts.main * PEAK_MIB_A_PAGE.main + counts.cited * PEAK_MIB_A_PAGE.cited;
  return peak <= TOGETHER_BUDGET_MIB;
}

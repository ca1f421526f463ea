/** Versions of one Council document (INIT, REV n, COR n) and the text their diff compares. */
import { byVersion } from '../shared/version-rank.ts';

/**
 * The versions of one family (one family key: the ingest keeps each addendum a family of its own)
 * in order — INIT, its corrigenda, REV 1, … — as pairs of consecutive versions to compare.
 */
export function consecutiveVersions(family: readonly string[]): [before: string, after: string][] {
  const ordered = [...new Set(family)].sort(byVersion);
  return ordered.slice(1).map((after, index) => [ordered[index] ?? after, after]);
}

/** Versions of one Council document (INIT, REV n, COR n) and the text their diff compares. */

/** The version suffixes of a Council document number: `14470/1/25 REV 1`, `7402/24 COR 1`. */
const VERSION_SUFFIX = /\b(REV|COR)\s*(\d+)/g;

/** Where a version stands in its family: revision, then corrigendum (0 when absent; INIT is 0, 0). */
export interface VersionRank {
  readonly rev: number;
  readonly cor: number;
}

/** The rank of a canonical document number: `14470/1/25 REV 1` → rev 1, cor 0. */
export function versionRank(id: string): VersionRank {
  const rank = { rev: 0, cor: 0 };
  for (const match of id.matchAll(VERSION_SUFFIX)) rank[match[1] === 'REV' ? 'rev' : 'cor'] = Number(match[2]);
  return rank;
}

/**
 * The versions of one family (one family key: the ingest keeps each addendum a family of its own)
 * in order — INIT, its corrigenda, REV 1, … — as pairs of consecutive versions to compare.
 */
export function consecutiveVersions(family: readonly string[]): [before: string, after: string][] {
  const ordered = [...new Set(family)].sort((a, b) => {
    const x = versionRank(a);
    const y = versionRank(b);
    return x.rev - y.rev || x.cor - y.cor || a.localeCompare(b);
  });
  return ordered.slice(1).map((after, index) => [ordered[index] ?? after, after]);
}

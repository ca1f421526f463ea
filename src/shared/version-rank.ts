/** Where a version of a Council document stands in its family (INIT, COR n, REV n), for the ingest and the site. */

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

/** Versions in family order, oldest first: INIT, its corrigenda, REV 1, its corrigenda, … (ties by number). */
export function byVersion(a: string, b: string): number {
  const x = versionRank(a);
  const y = versionRank(b);
  return x.rev - y.rev || x.cor - y.cor || (a < b ? -1 : a > b ? 1 : 0);
}

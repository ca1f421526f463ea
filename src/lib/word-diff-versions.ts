/** Versions of one Council document (INIT, REV n, COR n, ADD n) and the text their diff compares. */

/** The version suffixes of a Council document number: `14470/1/25 REV 1`, `7402/24 COR 1`, `9459/20 ADD 1 REV 2`. */
const VERSION_SUFFIX = /\b(REV|COR|ADD)\s*(\d+)/g;

/** Where a version stands in its family: addendum number, revision, corrigendum (0 when absent). */
export interface VersionRank {
  readonly add: number;
  readonly rev: number;
  readonly cor: number;
}

/** The rank of a canonical document number: `14470/1/25 REV 1` → add 0, rev 1, cor 0. */
export function versionRank(id: string): VersionRank {
  const rank = { add: 0, rev: 0, cor: 0 };
  for (const match of id.matchAll(VERSION_SUFFIX)) {
    const kind = match[1]?.toLowerCase();
    const number = Number(match[2]);
    if (kind === 'add' || kind === 'rev' || kind === 'cor') rank[kind] = number;
  }
  return rank;
}

/** Orders versions: the main text before its addenda, then by revision, then by corrigendum. */
function compareVersions(a: string, b: string): number {
  const x = versionRank(a);
  const y = versionRank(b);
  return x.add - y.add || x.rev - y.rev || x.cor - y.cor || a.localeCompare(b);
}

/**
 * The family of `id` among the ingested numbers, in version order: every number with the same family
 * key (`familyKey` from the ingest: `14470/1/25 REV 1` → `14470/25`). A document alone is a family of one.
 */
export function versionFamily(id: string, numbers: readonly string[], familyKey: (id: string) => string | null): string[] {
  const key = familyKey(id);
  if (key === null) return [id];
  return [...new Set([id, ...numbers.filter((number) => familyKey(number) === key)])].sort(compareVersions);
}

/**
 * The pairs of consecutive versions worth a diff: successive revisions and corrigenda of the same
 * text. An addendum is a different text, so it is compared only with other versions of that addendum.
 */
export function consecutiveVersions(family: readonly string[]): [before: string, after: string][] {
  const pairs: [string, string][] = [];
  for (let index = 1; index < family.length; index += 1) {
    const before = family[index - 1];
    const after = family[index];
    if (before !== undefined && after !== undefined && versionRank(before).add === versionRank(after).add) pairs.push([before, after]);
  }
  return pairs;
}

/** The raw HTML the ingest itself writes into Markdown: headings with fixed ids (escaped source `\<h2>` is left alone). */
const HTML_TAG = /(?<!\\)<\/?h[1-6](?: id="[a-z0-9-]+")?>/g;

/** A Markdown link: `[text](url)`, text kept. */
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)\s]*\)/g;

/** A Markdown backslash escape: `\*` is `*`. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** The words of generated Markdown as a reader sees them: tags, link targets and escapes removed. */
export function readableText(markdown: string): string {
  return markdown.replace(HTML_TAG, '').replace(MARKDOWN_LINK, '$1').replace(MARKDOWN_ESCAPE, '$1');
}

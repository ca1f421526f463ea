import { DECISION_VERBS } from '../schemas/vocabulary.ts';

/** The `kind` filter value of pages for documents the archive only cites. */
export const REFERENCED_KIND = 'referenced';

/**
 * A filter only the pages of documents the archive only cites carry (`cited:yes`): the build puts the pages carrying it
 * in a search bundle of their own (src/lib/search-bundles.ts, scripts/build/search-index.ts).
 */
export const CITED_FILTER = { name: 'cited', value: 'yes' } as const;

/** What the search menus need of the collections. */
export interface SearchChoiceInput {
  meetingIds: readonly string[];
  documents: readonly { date: string | null; kind: string; meeting: string | null }[];
  verbs: readonly (typeof DECISION_VERBS)[number][];
}

/**
 * The values the search page offers per filter, exactly those the indexed pages carry: years of meetings and
 * of documents indexed on their own page (newest first), document kinds and the cited-only kind, verbs in use.
 */
export function searchChoices(input: SearchChoiceInput): { years: string[]; kinds: string[]; verbs: (typeof DECISION_VERBS)[number][] } {
  const years = new Set(input.meetingIds.map((id) => id.slice(0, 4)));
  for (const d of input.documents) if (d.meeting === null && d.date !== null) years.add(d.date.slice(0, 4));
  const used = new Set(input.verbs);
  return {
    years: [...years].sort().reverse(),
    kinds: [...new Set([...input.documents.map((d) => d.kind), REFERENCED_KIND])].sort(),
    verbs: DECISION_VERBS.filter((v) => used.has(v)),
  };
}

/**
 * Every document the archive knows, held or only cited, as /documents/ lists them: by year (a held document's date, a
 * cited one's number), and within a year by kind, then number. One page per year, so that no page grows with the archive.
 */
import { UNDATED, referenceYear } from './open-data-shards.ts';
import { isPlausibleDate } from '../shared/dates.ts';
import type { REFERENCE_TYPES } from '../schemas/vocabulary.ts';
import { compareNumeric } from './numeric-order.ts';

/** One row of the list. */
export interface ListedDocument {
  readonly number: string;
  readonly slug: string;
  /** The kind as people read it: `Note`, `Council document`. */
  readonly kind: string;
  /** ISO date of a held document; null for a cited one (its date is not known) and a held one whose date the ingest could not read. */
  readonly date: string | null;
  /** The subject a held document's header gives, or what the citing texts say a cited one is; null when nothing says. */
  readonly subject: string | null;
  /** Whether the archive holds its text. */
  readonly held: boolean;
  readonly year: string;
}

/** What the list needs of a held document. */
export interface HeldInput {
  readonly number: string;
  readonly slug: string;
  readonly kind: string;
  /** Null where the ingest could not read it: listed as undated. */
  readonly date: string | null;
  readonly subject: string | null;
}

/** What the list needs of a cited document. */
export interface CitedInput {
  readonly id: string;
  readonly slug: string;
  readonly type: (typeof REFERENCE_TYPES)[number];
}

/** The rows of held and cited documents; a cited document that is also held is listed once, as held. */
export function listedDocuments(
  held: readonly HeldInput[],
  cited: readonly CitedInput[],
  labels: { kind: (kind: string) => string; type: (type: CitedInput['type']) => string; describe: (id: string) => string | null },
): ListedDocument[] {
  const heldSlugs = new Set(held.map((document) => document.slug));
  return [
    ...held.map((d) => ({
      number: d.number,
      slug: d.slug,
      kind: labels.kind(d.kind),
      date: d.date,
      subject: d.subject,
      held: true,
      year: isPlausibleDate(d.date) ? d.date.slice(0, 4) : UNDATED,
    })),
    ...cited
      .filter((c) => !heldSlugs.has(c.slug))
      .map((c) => ({ number: c.id, slug: c.slug, kind: labels.type(c.type), date: null, subject: labels.describe(c.id), held: false, year: referenceYear(c) })),
  ];
}

/** One year's documents, and how many of each kind. */
export interface DocumentYear {
  readonly year: string;
  readonly documents: readonly ListedDocument[];
  readonly held: number;
  readonly kinds: readonly { kind: string; count: number }[];
}

/** Rows compared by kind, then held before cited, then number with its digits as numbers. */
function byKindThenNumber(a: ListedDocument, b: ListedDocument): number {
  return a.kind.localeCompare(b.kind, 'en') || Number(b.held) - Number(a.held) || compareNumeric(a.number, b.number);
}

/** The rows by year, newest first and `undated` last, each year sorted by kind and number with its counts per kind. */
export function documentYears(rows: readonly ListedDocument[]): DocumentYear[] {
  const years = new Map<string, ListedDocument[]>();
  for (const row of rows) {
    const list = years.get(row.year);
    if (list === undefined) years.set(row.year, [row]);
    else list.push(row);
  }
  const rank = (year: string) => (year === UNDATED ? '' : year);
  return [...years]
    .sort(([a], [b]) => rank(b).localeCompare(rank(a)))
    .map(([year, documents]) => {
      const sorted = [...documents].sort(byKindThenNumber);
      const kinds = new Map<string, number>();
      for (const row of sorted) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
      return { year, documents: sorted, held: sorted.filter((row) => row.held).length, kinds: [...kinds].map(([kind, count]) => ({ kind, count })) };
    });
}

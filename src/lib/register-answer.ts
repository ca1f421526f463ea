/** How the site words what the Council's register answered `npm run fetch` (the register collection's entries). */
import type { RegisterEntry } from '../schemas/register-entry.ts';
import type { SIDECAR_STATUSES } from '../schemas/vocabulary.ts';
import { formatDate } from '../shared/dates.ts';
import { compare } from '../shared/order.ts';

/** Each answer as the pages name it. */
const STATUS_WORDS: Record<(typeof SIDECAR_STATUSES)[number], string> = {
  fetched: 'fetched',
  'not-public': 'not public',
  'not-found': 'not found',
  'not-a-pdf': 'not a PDF',
};

/** The register's answer in words: `fetched`, `not public`, `not found`, `not a PDF`. */
export function answerLabel(entry: Pick<RegisterEntry, 'status'>): string {
  return STATUS_WORDS[entry.status];
}

/** When the register answered, to the minute in UTC: `1 December 2025, 09:00 UTC`. */
export function answeredAt(fetchedAt: string): string {
  return `${formatDate(fetchedAt.slice(0, 10))}, ${fetchedAt.slice(11, 16)} UTC`;
}

/** A SHA-256 as shown beside a file: its first 12 digits (the whole digest stays in the title and the sidecar). */
export function shortDigest(sha256: string): string {
  return sha256.slice(0, 12);
}

/** The register's answers by the source file they gave, and by the slug of the document they concern. */
export interface RegisterIndex {
  bySource: ReadonlyMap<string, RegisterEntry>;
  bySlug: ReadonlyMap<string, readonly RegisterEntry[]>;
  all: readonly RegisterEntry[];
}

/** The index of a list of answers: sorted by sidecar path, grouped by slug (a document's language versions together). */
export function indexAnswers(entries: readonly RegisterEntry[]): RegisterIndex {
  const all = [...entries].sort((a, b) => compare(a.sidecar, b.sidecar));
  const bySource = new Map<string, RegisterEntry>();
  const bySlug = new Map<string, RegisterEntry[]>();
  for (const entry of all) {
    if (entry.source !== null) bySource.set(entry.source, entry);
    bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  }
  return { bySource, bySlug, all };
}

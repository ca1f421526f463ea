/**
 * The texts a document page compares word by word — its family's versions (src/components/VersionDiff.astro) and the
 * other sources' texts of its number (src/components/SourceVariants.astro) — made from the entries, and every pair of
 * them a page diffs, named ahead so that a thread can diff them while the pages render (src/lib/document-pages-ahead.ts).
 */
import { getEntries, type CollectionEntry } from 'astro:content';
import { sourceVariantText } from './source-variant-text.ts';
import { versionText } from './version-text.ts';
import { consecutiveVersions } from './word-diff-versions.ts';

/** The items' texts of a document: from its items' entries, or (an earlier version, whose items have no entries) its own. */
async function itemTexts(document: CollectionEntry<'documents'>) {
  if (document.data.items.length === 0) return document.data.itemTexts;
  const items = await getEntries(document.data.items.map((id) => ({ collection: 'items' as const, id })));
  return items.flatMap((item) => (item === undefined ? [] : [item.data]));
}

/**
 * The plain text of each version of a family (the document and its other versions), by number; none when there is no
 * other version to compare it with.
 */
export async function versionTexts(document: CollectionEntry<'documents'>, versions: readonly CollectionEntry<'documents'>[]): Promise<Map<string, string>> {
  if (versions.length === 0) return new Map();
  const byNumber = new Map([document, ...versions].map((entry) => [entry.data.number, entry]));
  return new Map(await Promise.all([...byNumber].map(async ([number, entry]) => [number, versionText(entry.data, await itemTexts(entry))] as const)));
}

/** The versions' diffs a page shows: each consecutive pair's numbers and texts. */
export function versionPairs(texts: ReadonlyMap<string, string>): { before: string; after: string; texts: [string, string] }[] {
  return consecutiveVersions([...texts.keys()]).map(([before, after]) => ({ before, after, texts: [texts.get(before) ?? '', texts.get(after) ?? ''] }));
}

/** The text of this document the page shows, as the diff with other sources' texts reads it. */
export async function shownSourceText(document: CollectionEntry<'documents'>): Promise<string> {
  return sourceVariantText(document.data, await itemTexts(document));
}

/** Another source's text of the document's number, as the diff reads it. */
export function otherSourceText(variant: CollectionEntry<'variants'>): string {
  return sourceVariantText(variant.data, variant.data.itemTexts);
}

/** A document page as the documents route gives it: the document, its family's other versions and its number's other sources. */
export interface DiffedPage {
  document: CollectionEntry<'documents'>;
  versions: readonly CollectionEntry<'documents'>[];
  variants: readonly CollectionEntry<'variants'>[];
}

/** Every pair of texts a page diffs, in the page's order: its text against each other source's, then its versions. */
export async function diffedPairs({ document, versions, variants }: DiffedPage): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  if (variants.length > 0) {
    const shown = await shownSourceText(document);
    for (const variant of variants) pairs.push([shown, otherSourceText(variant)]);
  }
  for (const { texts } of versionPairs(await versionTexts(document, versions))) pairs.push(texts);
  return pairs;
}

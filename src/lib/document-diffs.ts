/**
 * The texts a document page compares word by word — its family's versions (src/components/VersionDiff.astro) and the
 * other sources' texts of its number (src/components/SourceVariants.astro) — made from the entries, and every pair of
 * them the pages of the documents route diff, named ahead so that a thread can diff them while the pages render
 * (src/lib/word-diff-ahead.ts).
 */
import { existsSync } from 'node:fs';
import { getEntries, type CollectionEntry } from 'astro:content';
import { projectFile } from './project-file.ts';
import { sourceVariantText } from './source-variant-text.ts';
import { versionText } from './version-text.ts';
import { startDiffsAhead } from './word-diff-ahead.ts';
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

/** Every pair of texts the pages diff, page by page in their order: each page's versions, then its sources. */
export async function diffedPairs(pages: readonly DiffedPage[]): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  for (const { document, versions, variants } of pages) {
    if (variants.length > 0) {
      const shown = await shownSourceText(document);
      for (const variant of variants) pairs.push([shown, otherSourceText(variant)]);
    }
    for (const { texts } of versionPairs(await versionTexts(document, versions))) pairs.push(texts);
  }
  return pairs;
}

/** The thread's module, from the project root (the pages run from a bundle, not from src/). */
const DIFF_THREAD = 'src/lib/word-diff-thread.ts';

/** In a build, the pages' diffs started on their thread (src/lib/word-diff-ahead.ts); the dev server diffs each page as it asks. */
export async function diffAhead(pages: readonly DiffedPage[]): Promise<void> {
  const module = projectFile(DIFF_THREAD);
  // A build whose root holds no such module (the benchmark's bare twin shows no diffs) diffs on the main thread.
  if (!import.meta.env.PROD || !existsSync(module)) return;
  startDiffsAhead(module, await diffedPairs(pages));
}

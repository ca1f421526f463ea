/**
 * How many documents one document may give pages of their own. A document citing more (a crafted source with a
 * megabyte of distinct numbers would otherwise make a hundred thousand pages) links the rest to their official text.
 */
export const MAX_REFERENCE_PAGES = 2000;

/** The references of a document that get pages of their own: the first MAX_REFERENCE_PAGES, in order of first appearance. */
export function pagedReferences<T>(references: readonly T[]): T[] {
  return references.slice(0, MAX_REFERENCE_PAGES);
}

/** What the record's warnings say of a document that cites more documents than get pages, or null. */
export function referencePagesWarning(count: number): string | null {
  if (count <= MAX_REFERENCE_PAGES) return null;
  return `the document cites ${count} distinct documents: the first ${MAX_REFERENCE_PAGES} get pages of their own, the other ${count - MAX_REFERENCE_PAGES} link to their official text only`;
}

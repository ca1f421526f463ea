import { canonicalReference, findReferences, type CanonicalReference, type FoundReference } from '../../../src/shared/references.ts';

/**
 * A corrigendum or addendum printed after a number with a plus (`6388/24 + COR 1`, `90313/25 + ADD 1`), as agendas
 * list a document with its corrections: the version is a document of its own. Groups: its kind, its index.
 */
const ADDED_VERSION = /^\s*\+\s*(COR|ADD)\s*(\d{1,2})\b/;

/**
 * The version a text adds with a plus right after the number `found` (`6388/24 + COR 1` → `6388/24 COR 1`), or null.
 * Guarantee: a returned reference is canonical and is not `found` itself.
 */
export function addedVersion(text: string, found: FoundReference): CanonicalReference | null {
  const match = found.type === 'council' || found.type === 'meeting' ? ADDED_VERSION.exec(text.slice(found.end, found.end + 16)) : null;
  const reference = match === null ? null : canonicalReference(`${found.id} ${match[1] ?? ''} ${match[2] ?? ''}`);
  return reference === null || reference.id === found.id ? null : reference;
}

/** The distinct canonical ids of the documents a text cites, in order, each version added with a plus right after its number (`6640/26 + COR 1`: `6640/26`, `6640/26 COR 1`). */
export function documentIds(text: string): string[] {
  const ids = new Set<string>();
  for (const found of findReferences(text)) {
    ids.add(found.id);
    const added = addedVersion(text, found);
    if (added !== null) ids.add(added.id);
  }
  return [...ids];
}

import { canonicalReference, findReferences, type CanonicalReference, type FoundReference } from '../../../src/shared/references.ts';

/**
 * A corrigendum or addendum printed after a number with a plus (`6388/24 + COR 1`, `90313/25 + ADD 1`), as agendas
 * list a document with its corrections: the version is a document of its own. Groups: its kind, its index.
 */
const ADDED_VERSION = /^\s*\+\s*(COR|ADD)\s*(\d{1,2})\b/;

/** How far after a number (or the version before) the next plus and version may stand: ` + COR 12`, with spaces. */
const ADDED_VERSION_REACH = 16;

/**
 * The versions a text adds with a plus right after the number `found`, each after the one before
 * (`6388/24 + COR 1` → `6388/24 COR 1`; `9876/25 + ADD 1 + ADD 2 + COR 1` → its ADD 1, ADD 2 and COR 1), in order.
 * Guarantee: each returned reference is canonical and is not `found` itself; the text is read only as far as the
 * chain goes (each step consumes what it reads), so a text's chains cost time linear in its length.
 */
export function addedVersions(text: string, found: FoundReference): CanonicalReference[] {
  if (found.type !== 'council' && found.type !== 'meeting') return [];
  const versions: CanonicalReference[] = [];
  let at = found.end;
  for (let match = ADDED_VERSION.exec(text.slice(at, at + ADDED_VERSION_REACH)); match !== null;) {
    const reference = canonicalReference(`${found.id} ${match[1] ?? ''} ${match[2] ?? ''}`);
    if (reference !== null && reference.id !== found.id) versions.push(reference);
    at += match[0].length;
    match = ADDED_VERSION.exec(text.slice(at, at + ADDED_VERSION_REACH));
  }
  return versions;
}

/** The distinct canonical ids of the documents a text cites, in order, each version added with a plus right after its number (`6640/26 + COR 1`: `6640/26`, `6640/26 COR 1`; `+ ADD 1 + ADD 2`: both). */
export function documentIds(text: string): string[] {
  const ids = new Set<string>();
  for (const found of findReferences(text)) {
    ids.add(found.id);
    for (const added of addedVersions(text, found)) ids.add(added.id);
  }
  return [...ids];
}

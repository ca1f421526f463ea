import { compareNumeric } from './numeric-order.ts';

/** What finding versions needs of a document entry: its canonical number, its slug and the language of the version. */
export interface Numbered {
  data: { number: string; slug: string; language: string | null };
}

/**
 * For every document with other ingested versions (REV, COR of the same number) in its own language, those versions
 * by number, keyed by the document's slug; `familyKey` says which family an id belongs to (null: none). Versions in
 * other languages are the language family's (`languageVersionsBySlug`).
 */
export function otherVersionsBySlug<T extends Numbered>(all: readonly T[], familyKey: (id: string) => string | null): Map<string, T[]> {
  const families = new Map<string, T[]>();
  for (const document of all) {
    const family = familyKey(document.data.number);
    if (family === null) continue;
    const key = `${family}\u0000${document.data.language ?? ''}`;
    families.set(key, [...(families.get(key) ?? []), document]);
  }
  const versions = new Map<string, T[]>();
  for (const members of families.values()) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => compareNumeric(a.data.number, b.data.number));
    for (const document of ordered) {
      versions.set(
        document.data.slug,
        ordered.filter((other) => other !== document),
      );
    }
  }
  return versions;
}

/** For every document held in more than one language, its versions in the other languages by language code, keyed by slug. */
export function languageVersionsBySlug<T extends Numbered>(all: readonly T[]): Map<string, T[]> {
  const byNumber = new Map<string, T[]>();
  for (const document of all) byNumber.set(document.data.number, [...(byNumber.get(document.data.number) ?? []), document]);
  const versions = new Map<string, T[]>();
  for (const members of byNumber.values()) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => (a.data.language ?? '').localeCompare(b.data.language ?? '', 'en'));
    for (const document of ordered)
      versions.set(
        document.data.slug,
        ordered.filter((other) => other !== document),
      );
  }
  return versions;
}

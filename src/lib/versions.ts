/** What finding versions needs of a document entry: its canonical number and its slug. */
export interface Numbered {
  data: { number: string; slug: string };
}

/**
 * For every document with other ingested versions (REV, COR of the same number), those versions by
 * number, keyed by the document's slug; `familyKey` says which family an id belongs to (null: none).
 */
export function otherVersionsBySlug<T extends Numbered>(all: readonly T[], familyKey: (id: string) => string | null): Map<string, T[]> {
  const families = new Map<string, T[]>();
  for (const document of all) {
    const family = familyKey(document.data.number);
    if (family === null) continue;
    families.set(family, [...(families.get(family) ?? []), document]);
  }
  const versions = new Map<string, T[]>();
  for (const members of families.values()) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => a.data.number.localeCompare(b.data.number, 'en', { numeric: true }));
    for (const document of ordered) {
      versions.set(
        document.data.slug,
        ordered.filter((other) => other !== document),
      );
    }
  }
  return versions;
}

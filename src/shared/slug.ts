/** The URL slug of a canonical document id: lower case, every run of other characters one `-`, none at the ends. */
export function documentSlug(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The fragment of an agenda item: `6.1` → `item-6-1`, null (unnumbered AOB) → `item-aob`. */
export function itemAnchor(number: string | null): string {
  return number === null ? 'item-aob' : `item-${documentSlug(number)}`;
}

import type { Item } from '../../../src/schemas/item.ts';
import type { Section } from '../../../src/schemas/section.ts';
import { documentSlug, itemAnchor } from '../../../src/shared/slug.ts';

/** Anchors of a document's agenda items, in order: `item-6-1`, `item-aob`; a repeated one gets `-2`, `-3`… */
export function itemAnchors(items: readonly Pick<Item, 'number'>[]): string[] {
  return uniqueAnchors(items.map(({ number }, index) => (number !== null && documentSlug(number) === '' ? `item-${index + 1}` : itemAnchor(number))));
}

/** Anchors of a document's sections: `section-2-1` from the number, else `section-<index>` (0-based), made unique. */
export function sectionAnchors(sections: readonly Pick<Section, 'number'>[]): string[] {
  return uniqueAnchors(
    sections.map(({ number }, index) => {
      const slug = number === null ? '' : documentSlug(number);
      return `section-${slug === '' ? index : slug}`;
    }),
  );
}

/** The same anchors with every repeat suffixed `-2`, `-3`… so that each is unique on the page. */
export function uniqueAnchors(anchors: readonly string[]): string[] {
  const taken = new Set<string>();
  return anchors.map((anchor) => {
    let candidate = anchor;
    for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${anchor}-${suffix}`;
    taken.add(candidate);
    return candidate;
  });
}

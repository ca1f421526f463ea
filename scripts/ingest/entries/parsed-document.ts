import type { Footnote } from '../../../src/schemas/footnote.ts';
import type { Item } from '../../../src/schemas/item.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import type { Section } from '../../../src/schemas/section.ts';
import { documentSlug } from '../../../src/shared/slug.ts';
import { itemAnchors, sectionAnchors } from '../markdown/anchors.ts';
import { parseFragment, type Fragment } from '../markdown/fragment.ts';

/** A record with each Markdown field made safe and linked once, and the anchors its parts get on the page. */
export interface ParsedDocument {
  record: OkRecord;
  slug: string;
  items: { item: Item; anchor: string; fragment: Fragment }[];
  sections: { section: Section; anchor: string; fragment: Fragment }[];
  /** Each footnote with its GFM definition (`[^1]: text`, later paragraphs indented under it). */
  footnotes: { footnote: Footnote; fragment: Fragment; definition: string }[];
}

/** Prepares the items, sections and footnotes of a record for the page (references linked, source markup neutralised). */
export function parseDocumentParts(record: OkRecord): ParsedDocument {
  const anchorsOfItems = itemAnchors(record.items);
  const anchorsOfSections = sectionAnchors(record.sections);
  return {
    record,
    slug: documentSlug(record.number),
    items: record.items.map((item, index) => ({ item, anchor: anchorsOfItems[index] ?? '', fragment: parseFragment(item.text) })),
    sections: record.sections.map((section, index) => ({ section, anchor: anchorsOfSections[index] ?? '', fragment: parseFragment(section.text) })),
    footnotes: record.footnotes.map((footnote) => {
      const fragment = parseFragment(footnote.text);
      return { footnote, fragment, definition: `[^${footnote.mark}]: ${fragment.markdown.replace(/\n(?=.)/g, '\n    ')}` };
    }),
  };
}

/** The `id` Astro's Markdown renderer gives a GFM footnote definition, the anchor citations from a footnote use. */
export function footnoteAnchor(mark: string): string {
  return `user-content-fn-${encodeURIComponent(mark.toLowerCase())}`;
}

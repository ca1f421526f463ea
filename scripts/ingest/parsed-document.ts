import type { FootnoteDefinition } from 'mdast';
import type { Footnote } from '../../src/schemas/footnote.ts';
import type { Item } from '../../src/schemas/item.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import type { Section } from '../../src/schemas/section.ts';
import { documentSlug } from '../../src/lib/slug.ts';
import { itemAnchors, sectionAnchors } from './anchors.ts';
import { parseFragment, type Fragment } from './fragment.ts';

/** A record with each Markdown field parsed once, and the anchors its parts get on the page. */
export interface ParsedDocument {
  record: OkRecord;
  slug: string;
  items: { item: Item; anchor: string; fragment: Fragment }[];
  sections: { section: Section; anchor: string; fragment: Fragment }[];
  footnotes: { footnote: Footnote; fragment: Fragment; definition: FootnoteDefinition }[];
}

/** Parses the items, sections and footnotes of a record (references linked, source HTML neutralised). */
export function parseDocumentParts(record: OkRecord): ParsedDocument {
  const marks = record.footnotes.map(({ mark }) => mark);
  const fragment = (markdown: string) => parseFragment(markdown, marks);
  const anchorsOfItems = itemAnchors(record.items);
  const anchorsOfSections = sectionAnchors(record.sections);
  return {
    record,
    slug: documentSlug(record.number),
    items: record.items.map((item, index) => ({ item, anchor: anchorsOfItems[index] ?? '', fragment: fragment(item.text) })),
    sections: record.sections.map((section, index) => ({ section, anchor: anchorsOfSections[index] ?? '', fragment: fragment(section.text) })),
    footnotes: record.footnotes.map((footnote) => {
      const parsed = fragment(footnote.text);
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: footnote.mark.toLowerCase(),
        label: footnote.mark,
        children: parsed.nodes as FootnoteDefinition['children'],
      };
      return { footnote, fragment: parsed, definition };
    }),
  };
}

/** The `id` Astro's Markdown renderer gives a GFM footnote definition, the anchor citations from a footnote use. */
export function footnoteAnchor(mark: string): string {
  return `user-content-fn-${encodeURIComponent(mark.toLowerCase())}`;
}

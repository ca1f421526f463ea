import type { Footnote } from '../../../src/schemas/footnote.ts';
import type { Item } from '../../../src/schemas/item.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import type { Section } from '../../../src/schemas/section.ts';
import { versionSlug } from '../../../src/shared/slug.ts';
import { itemAnchors, sectionAnchors } from '../markdown/anchors.ts';
import type { DocumentParts } from '../markdown/document-tree.ts';
import { NOTE_BLOCK } from '../parse/text/vocabulary.ts';
import { blocksPlain } from '../../../src/shared/source-text.ts';

/** A record with the anchors its items and sections get on the page. */
export interface ParsedDocument extends DocumentParts {
  readonly record: OkRecord;
  readonly slug: string;
  readonly items: readonly { readonly item: Item; readonly anchor: string }[];
  readonly sections: readonly { readonly section: Section; readonly anchor: string }[];
  readonly footnotes: readonly Footnote[];
}

/** The record's items and sections with their anchors, and its slug. */
export function parseDocumentParts(record: OkRecord): ParsedDocument {
  const anchorsOfItems = itemAnchors(record.items);
  const anchorsOfSections = sectionAnchors(record.sections);
  return {
    record,
    slug: versionSlug(record.number, record.language),
    items: record.items.map((item, index) => ({ item, anchor: anchorsOfItems[index] ?? '' })),
    sections: record.sections.map((section, index) => ({ section, anchor: anchorsOfSections[index] ?? '' })),
    footnotes: record.footnotes,
    subjectFootnotes: record.subjectFootnotes,
    closingSections: closingSections(record),
  };
}

/** A notice of meeting prints its NB block after the items (the parser makes it the last section); others none. */
function closingSections(record: OkRecord): number {
  const last = record.sections.at(-1);
  return record.planned !== null && record.items.length > 0 && last !== undefined && NOTE_BLOCK.test(blocksPlain(last.text)) ? 1 : 0;
}

/** The `id` Astro's Markdown renderer gives a GFM footnote definition, the anchor citations from a footnote use. */
export function footnoteAnchor(label: string): string {
  return `user-content-fn-${encodeURIComponent(label.toLowerCase())}`;
}

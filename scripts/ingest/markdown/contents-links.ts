/**
 * A report's own table of contents as links: a paragraph that reads as a line of contents — a section's number and
 * title as its heading prints them, leader dots and the page number after — becomes a link to that section, the page
 * number left as text beside it. Guarantee: no character is added or dropped; a line that names no section of the
 * document, or holds anything but plain text, is left as it is.
 */
import type { Paragraph, RootContent } from 'mdast';

/** A line of contents: number (`2.1`, `3.`), title, optional leader dots, then the page number, at most three digits. */
const CONTENTS_LINE = /^(\d+(?:\.\d+)*)\.?[ \t]+(.*?)((?:[ \t]*\.{2,})?[ \t]+\d{1,3})$/u;

/** A section a line of contents may point at. */
export interface ContentsTarget {
  readonly number: string | null;
  readonly title: string | null;
  readonly anchor: string;
}

/** A number or title compared as the contents and the heading may print it differently: case, spacing and a final dot apart. */
function key(number: string, title: string): string {
  return `${number.replace(/\.$/, '')} ${title.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** The paragraph, its line of contents linked to the section it names, or null when it is no such line. */
function linkedLine(paragraph: Paragraph, anchors: ReadonlyMap<string, string>): Paragraph | null {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== 'text') return null;
  const match = CONTENTS_LINE.exec(only.value);
  if (match === null) return null;
  const [, number = '', title = '', page = ''] = match;
  const anchor = anchors.get(key(number, title));
  if (anchor === undefined) return null;
  const label = only.value.slice(0, only.value.length - page.length);
  return {
    type: 'paragraph',
    children: [
      { type: 'link', url: `#${anchor}`, children: [{ type: 'text', value: label }] },
      { type: 'text', value: page },
    ],
  };
}

/**
 * The anchor of each section by its key, made once for each list of sections: a document's tree links the text of
 * every one of its sections against the same list (document-tree.ts), which made the map again for each section.
 */
const anchorsBySections = new WeakMap<readonly ContentsTarget[], ReadonlyMap<string, string>>();

function anchorsOf(sections: readonly ContentsTarget[]): ReadonlyMap<string, string> {
  let anchors = anchorsBySections.get(sections);
  if (anchors === undefined) {
    const made = new Map<string, string>();
    for (const { number, title, anchor } of sections) if (number !== null && title !== null) made.set(key(number, title), anchor);
    anchors = made;
    anchorsBySections.set(sections, anchors);
  }
  return anchors;
}

/**
 * The blocks with each line of contents that names one of `sections` linked to it (see the module's comment). The list
 * of sections is read once: it must not change between calls.
 */
export function linkContents(blocks: readonly RootContent[], sections: readonly ContentsTarget[]): RootContent[] {
  const anchors = anchorsOf(sections);
  if (anchors.size === 0) return [...blocks];
  return blocks.map((block) => (block.type === 'paragraph' ? (linkedLine(block, anchors) ?? block) : block));
}

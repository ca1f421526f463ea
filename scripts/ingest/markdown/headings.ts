import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { uniqueAnchors } from './anchors.ts';
import { controlsIsolated } from './bidi-isolation.ts';

declare module 'mdast' {
  /**
   * The id a heading gets on the page (`item-6-1`), where Sätteri puts the id of a heading attribute; serialise.ts
   * writes it as one (`{#item-6-1}`).
   */
  interface HeadingData {
    hProperties?: { id: string } | undefined;
  }
}

/** The deepest heading level HTML has. */
const DEEPEST = 6;

/** The level of the page's own title (the h1), which the body's headings stand under. */
const PAGE_TITLE_LEVEL = 1;

/** A heading node with the id it should get, each bidirectional control of its text isolated; its level is the one wanted, settled by settleHeadings. */
export function heading(level: number, id: string, children: PhrasingContent[]): Heading {
  return {
    type: 'heading',
    depth: Math.min(Math.max(level, 1), DEEPEST) as Heading['depth'],
    data: { hProperties: { id } },
    children: controlsIsolated(children),
  };
}

/**
 * The body's headings made safe for a page whose title is the h1, in place: none above h2, none more than one level
 * below the heading before it, and every id unique on the page (a repeat gets `-2`, `-3`…).
 */
export function settleHeadings(content: readonly RootContent[]): void {
  const headings = content.filter((node): node is Heading => node.type === 'heading');
  const ids = uniqueAnchors(headings.map((node) => node.data?.hProperties?.id ?? ''));
  let previous = PAGE_TITLE_LEVEL;
  headings.forEach((node, index) => {
    previous = Math.max(PAGE_TITLE_LEVEL + 1, Math.min(node.depth, previous + 1, DEEPEST));
    node.depth = previous as Heading['depth'];
    node.data = { hProperties: { id: ids[index] ?? '' } };
  });
}

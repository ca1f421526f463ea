import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { linkReferences } from './link-references.ts';
import { parseMarkdown } from './markdown-processor.ts';

/** A Markdown field of a record, parsed and made safe: its block nodes, its plain text and the footnotes it calls. */
export interface Fragment {
  /** Block nodes with references linked and no source HTML, link, image or definition left. */
  nodes: RootContent[];
  /** The text as a reader sees it: blocks on separate lines, footnote calls left out. */
  plain: string;
  /** Marks of the footnotes it calls, in order, distinct. */
  footnotes: string[];
}

/** Footnote marks that can be written as a GFM label `[^mark]`. */
const FOOTNOTE_LABEL = /^[^\s[\]^]+$/;

/**
 * Parses the Markdown of one record field. `marks` are the document's footnote marks, so that `[^1]` parses as a
 * footnote call although the definitions live elsewhere. Afterwards: raw HTML is text, source links and images are
 * their text, and every document reference is a link to its page.
 */
export function parseFragment(markdown: string, marks: readonly string[]): Fragment {
  const labels = marks.filter((mark) => FOOTNOTE_LABEL.test(mark));
  const standIns = labels.map((mark) => `[^${mark}]: -`).join('\n');
  const tree = parseMarkdown(labels.length === 0 ? markdown : `${markdown}\n\n${standIns}\n`);
  const footnotes = new Set<string>();
  const nodes = clean(tree, footnotes);
  return { nodes, plain: plainText(nodes).trim(), footnotes: [...footnotes] };
}

/** Wraps block nodes into a root. */
export function rootOf(nodes: RootContent[]): Root {
  return { type: 'root', children: nodes };
}

function clean(parent: Parent, footnotes: Set<string>): RootContent[] {
  return parent.children.flatMap((node): RootContent[] => {
    switch (node.type) {
      case 'footnoteDefinition':
      case 'definition':
        return [];
      case 'html':
        return FLOW_PARENTS.has(parent.type) ? [{ type: 'paragraph', children: linkReferences(node.value) }] : linkReferences(node.value);
      case 'image':
        return node.alt ? linkReferences(node.alt) : [];
      case 'imageReference':
        return node.alt ? linkReferences(node.alt) : [];
      case 'link':
      case 'linkReference':
        return clean(node, footnotes);
      case 'text':
        return linkReferences(node.value);
      case 'footnoteReference':
        footnotes.add(node.label ?? node.identifier);
        return [node];
      default:
        if ('children' in node) node.children = clean(node, footnotes) as typeof node.children;
        return [node];
    }
  });
}

/**
 * The plain text of nodes as a reader sees it: blocks separated by a blank line, list items opened by `- ` (so that
 * sentence splitting sees the list), phrasing flattened, footnote calls dropped.
 */
export function plainText(nodes: readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'code' || node.type === 'html') out += `${node.value}\n\n`;
    else if ('children' in node) {
      const inner = plainText(node.children);
      if (isPhrasing(node)) out += inner;
      else out += `${node.type === 'listItem' ? '- ' : ''}${inner.trim()}\n\n`;
    }
  }
  return out;
}

function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING_TYPES.has(node.type);
}

/** Parents whose children are blocks: source HTML standing there becomes a paragraph of text. */
const FLOW_PARENTS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** mdast node types that sit inside a line of text rather than forming a block. */
const PHRASING_TYPES = new Set<string>(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'text', 'inlineCode', 'break', 'footnoteReference']);

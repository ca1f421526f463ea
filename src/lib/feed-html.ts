/**
 * The HTML of a feed entry, made from the mdast of what it shows: remark-rehype, then an allow-list (rehype-sanitize),
 * then rehype-stringify. A feed reader renders a description as HTML, so source text must arrive there as text, and
 * only the few elements an entry needs may arrive at all.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { xmlText } from './xml-text.ts';

/**
 * What a feed entry may hold: paragraphs, lists, emphasis, line breaks, footnote marks and links to http(s) pages
 * (links into the site are made absolute first). Nothing else, not even an id or a class.
 */
const FEED_SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'ul', 'ol', 'li', 'em', 'strong', 'a', 'br', 'sup'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https'] },
  required: {},
  clobber: [],
  ancestors: {},
  strip: ['script', 'style'],
};

/** The heading remark-rehype gives the footnotes of an entry: a paragraph, since a feed entry has no headings. */
const FOOTNOTE_LABEL = 'Notes';

/** The element's children in its place: a link the allow-list cannot keep still shows its text. */
function unwrap(parent: { children: ElementContent[] }, index: number, element: Element): void {
  parent.children.splice(index, 1, ...element.children);
}

/**
 * Links into the site made absolute against the site's origin, since a feed reader resolves them against nothing;
 * links within the entry (footnote marks and back links, `#…`) lead nowhere outside the page and keep only their text;
 * an address no URL parser reads is no link.
 */
function absoluteLinks(site: URL) {
  const visit = (parent: { children: ElementContent[] }) => {
    for (let index = parent.children.length - 1; index >= 0; index -= 1) {
      const child = parent.children[index];
      if (child?.type !== 'element') continue;
      visit(child);
      const href = child.tagName === 'a' ? child.properties['href'] : undefined;
      if (typeof href !== 'string') continue;
      if (href.startsWith('#')) unwrap(parent, index, child);
      else if (URL.canParse(href, site)) child.properties['href'] = new URL(href, site).href;
      else delete child.properties['href'];
    }
  };
  return () => (tree: HastRoot) => {
    visit(tree as { children: ElementContent[] });
  };
}

/** The HTML of an entry's mdast, safe for a feed description; characters XML forbids become U+FFFD. */
export function feedHtml(tree: MdastRoot, site: URL): string {
  const processor = unified()
    .use(remarkRehype, { footnoteLabel: FOOTNOTE_LABEL, footnoteLabelTagName: 'p', footnoteBackContent: () => [] })
    .use(absoluteLinks(site))
    .use(rehypeSanitize, FEED_SCHEMA)
    .use(rehypeStringify);
  return xmlText(processor.stringify(processor.runSync(tree)));
}

/**
 * A document body's HTML without the calls it hides for the header's subject. The body opens with the calls of the
 * footnotes the subject calls, inside an element the page hides (`<div hidden>`, scripts/ingest/markdown/document-tree.ts),
 * so that the renderer numbers those footnotes first, as the header does; the renderer gives each first call its id
 * (`user-content-fnref-2`) and points the footnote's back link (↩) at it. Once rendered, the hidden calls have done
 * their work: taken out, their ids are free for the header's visible calls (DocumentHeader.astro), and the back link
 * leads to the subject the user sees. Every other element, the footnotes' numbers and their text stay as rendered.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** Whether an element is hidden and holds nothing but footnote calls (and the paragraph and whitespace around them). */
function isHiddenCalls(element: Element): boolean {
  if (element.properties['hidden'] !== true) return false;
  let calls = 0;
  const onlyCalls = (node: Element['children'][number]): boolean => {
    if (node.type === 'text') return node.value.trim() === '';
    if (node.type !== 'element') return false;
    if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
      calls += 1;
      return true;
    }
    return ['p', 'sup'].includes(node.tagName) && node.children.every(onlyCalls);
  };
  return element.children.every(onlyCalls) && calls > 0;
}

/** The body's HTML with the hidden elements of subject calls taken out of its top level; the HTML as given when it has none. */
export function withoutHiddenSubjectCalls(html: string): string {
  const root = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const kept = root.children.filter((node) => node.type !== 'element' || !isHiddenCalls(node));
  if (kept.length === root.children.length) return html;
  return unified()
    .use(rehypeStringify)
    .stringify({ ...root, children: kept });
}

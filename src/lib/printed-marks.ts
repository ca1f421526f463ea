/**
 * A document body's HTML with each footnote call showing the mark the document prints, where that mark is no number.
 * The renderer numbers footnotes in order of first call (`1`, `2`); a notice calls the notes under its items with stars
 * (`*`, `**`, src/schemas/footnote.ts), and a reader of the notice must see the star, not a `1` the document does not
 * print. Each call to such a footnote (`<a data-footnote-ref href="#user-content-fn-asterisk">1</a>`) gets the mark as
 * its text; its footnote's list item gets the mark as `data-mark` (global.css prints it as the item's marker) and its back
 * links name the mark. Links, ids and every other element stay as rendered; numbered footnotes keep the renderer's numbers.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Footnote } from '../schemas/footnote.ts';
import { anchorId } from './citation-href.ts';

/** A mark the renderer's numbering stands for as printed: digits. */
const NUMBER_MARK = /^\d+$/;

/** The footnotes' marks that are no number, by the fragment their calls link to (`#user-content-fn-asterisk` → `*`). */
function marksByTarget(footnotes: readonly Pick<Footnote, 'mark' | 'label'>[]): Map<string, string> {
  return new Map(footnotes.filter(({ mark }) => !NUMBER_MARK.test(mark)).map(({ mark, label }) => [anchorId(`fn-${label}`), mark]));
}

/** Each element under a node, depth first. */
function* elementsOf(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** The body's HTML with the printed marks in place of the renderer's numbers; the HTML as given when every mark is a number. */
export function withPrintedMarks(html: string, footnotes: readonly Pick<Footnote, 'mark' | 'label'>[]): string {
  const marks = marksByTarget(footnotes);
  if (marks.size === 0) return html;
  const root = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const text = (value: string): ElementContent[] => [{ type: 'text', value }];
  for (const element of elementsOf(root)) {
    const href = element.properties['href'];
    const target = typeof href === 'string' && href.startsWith('#') ? marks.get(href.slice(1)) : undefined;
    if (element.tagName === 'a' && element.properties['dataFootnoteRef'] !== undefined && target !== undefined) {
      element.children = text(target);
    }
    const id = element.properties['id'];
    const note = element.tagName === 'li' && typeof id === 'string' ? marks.get(id) : undefined;
    if (note === undefined) continue;
    element.properties['dataMark'] = note;
    for (const link of elementsOf(element)) {
      if (link.properties['dataFootnoteBackref'] !== undefined) link.properties['ariaLabel'] = `Back to reference ${note}`;
    }
  }
  return unified().use(rehypeStringify).stringify(root);
}

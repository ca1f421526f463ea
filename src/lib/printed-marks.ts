/**
 * A document body's HTML with each footnote call showing the mark the document prints. The renderer numbers footnotes
 * in order of first call (`1`, `2`); a notice calls the notes under its items with stars (`*`, `**`,
 * src/schemas/footnote.ts), and a reader must see the star, not a `1` the document does not print. Each call to such a
 * footnote (`<a data-footnote-ref href="#user-content-fn-asterisk">1</a>`) gets the mark as its text; its footnote's list
 * item gets the mark as `data-mark` (global.css prints it as the item's marker) and its back links name the mark.
 * Numbered footnotes keep the renderer's numbers where those are the printed ones; where they are not — the subject
 * calls footnote 2 before the body calls footnote 1, an annex numbers its footnotes from 1 again — every call and list
 * item shows its printed number, and the list follows the document's order, each back link (↩) still leading to its
 * call. Links, ids and every other element stay as rendered.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Footnote } from '../schemas/footnote.ts';
import { anchorId } from './citation-href.ts';

/** A mark the renderer's numbering stands for as printed: digits. */
const NUMBER_MARK = /^\d+$/;

/** Each element under a node, depth first. */
function* elementsOf(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** A footnote's list item as the renderer writes it, its id captured. */
const LIST_ITEM = /<li id="([^"]+)"/g;

/** The ids of the footnotes' list items in the order the renderer numbered them, read off the HTML without parsing it. */
function renderedOrder(html: string): string[] {
  const prefix = anchorId('fn-');
  return [...html.matchAll(LIST_ITEM)].map((found) => found[1] ?? '').filter((id) => id.startsWith(prefix));
}

/** Whether the renderer's numbers are the printed ones: each numbered footnote listed at its number, in the document's order. */
function numbersAsPrinted(rendered: readonly string[], footnotes: readonly Pick<Footnote, 'mark' | 'label'>[]): boolean {
  const order = footnotes.map(({ label }) => anchorId(`fn-${label}`)).filter((id) => rendered.includes(id));
  return (
    order.every((id, index) => rendered[index] === id) &&
    footnotes.every(
      ({ mark, label }) =>
        !NUMBER_MARK.test(mark) || !rendered.includes(anchorId(`fn-${label}`)) || rendered.indexOf(anchorId(`fn-${label}`)) + 1 === Number(mark),
    )
  );
}

/** The list items of the footnotes' list put in the document's order (footnotes the renderer did not list left where they are). */
function inDocumentOrder(root: Root, footnotes: readonly Pick<Footnote, 'label'>[]): void {
  const rank = new Map(footnotes.map(({ label }, index) => [anchorId(`fn-${label}`), index]));
  for (const list of elementsOf(root)) {
    if (list.tagName !== 'ol') continue;
    const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    if (!items.some((item) => rank.has(String(item.properties['id'])))) continue;
    const sorted = [...items].sort((a, b) => (rank.get(String(a.properties['id'])) ?? 0) - (rank.get(String(b.properties['id'])) ?? 0));
    let next = 0;
    list.children = list.children.map((child) => (child.type === 'element' && child.tagName === 'li' ? (sorted[next++] ?? child) : child));
  }
}

/** The body's HTML with the printed marks in place of the renderer's numbers; the HTML as given when every mark is the renderer's number. */
export function withPrintedMarks(html: string, footnotes: readonly Pick<Footnote, 'mark' | 'label'>[]): string {
  const starred = footnotes.some(({ mark }) => !NUMBER_MARK.test(mark));
  const numbered = footnotes.some(({ mark }) => NUMBER_MARK.test(mark));
  if (!starred && !numbered) return html;
  const renumber = numbered && !numbersAsPrinted(renderedOrder(html), footnotes);
  if (!starred && !renumber) return html;
  const root = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const marks = new Map(footnotes.filter(({ mark }) => renumber || !NUMBER_MARK.test(mark)).map(({ mark, label }) => [anchorId(`fn-${label}`), mark]));
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
  if (renumber) inDocumentOrder(root, footnotes);
  return unified().use(rehypeStringify).stringify(root);
}

/** Built HTML read as hast (rehype-parse), as a browser's parser reads it: what the tests look at instead of regular expressions. */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** A whole HTML document as hast, with positions (offsets into the text). */
export function htmlDocument(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

/** An HTML fragment (a feed description) as hast. */
export function htmlFragment(html: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(html);
}

/** An HTML file of a built site as hast. */
export function htmlFile(path: string): Root {
  return htmlDocument(readFileSync(path, 'utf8'));
}

/** The elements a CSS selector matches, in document order. */
export function elements(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

/** The source text of each element a selector matches: the markup exactly as written in the file, from its start tag to its end tag. */
export function elementSources(html: string, selector: string): string[] {
  return elements(htmlDocument(html), selector).map((element) => {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) throw new Error(`<${element.tagName}> has no position in the source`);
    return html.slice(start, end);
  });
}

/** Elements and attributes an HTML fragment may hold: tag name → attribute names (hast property names). */
export type AllowList = Readonly<Record<string, readonly string[]>>;

/** Every element and attribute of a fragment outside an allow-list, as `<tag>` or `<tag attribute="value">`. */
export function foreignMarkup(html: string, allowed: AllowList): string[] {
  const found: string[] = [];
  for (const element of elements(htmlFragment(html), '*')) {
    const attributes = allowed[element.tagName];
    if (attributes === undefined) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (!(attributes ?? []).includes(name)) found.push(`<${element.tagName} ${name}="${String(value)}">`);
    }
  }
  return found;
}

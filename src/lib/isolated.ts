/**
 * Text from a source shown inline, isolated from the text around it (`<bdi>`), each bidirectional control in it in a
 * `<bdi>` of its own so that none can reorder the text. Made with the template tag of Astro's compiled components, which
 * escapes every value it is given as a component's template does, rather than by a component: the lists of a page show
 * thousands of such texts, and a component costs Astro an instance, its props and, for an element chosen at run time,
 * a search for a framework renderer, each time.
 */
import { addAttribute, render } from 'astro/compiler-runtime';
import { bidiSegments } from '../shared/bidi.ts';

/** Markup a page's template renders where it is placed (`{isolated(text)}`), its values escaped when it is. */
export type Markup = ReturnType<typeof render>;

/** The text's runs without controls, as text, and each control alone in a `<bdi>`. */
function segments(text: string): (string | Markup)[] {
  return bidiSegments(text).map((segment) => (segment.control ? render`<bdi>${segment.text}</bdi>` : segment.text));
}

/** The text isolated from what surrounds it; a link to `href` when one is given (a reference in a header line). */
export function isolated(text: string, href: string | null = null): Markup {
  const isolate = render`<bdi>${segments(text)}</bdi>`;
  return href === null ? isolate : render`<a${addAttribute(href, 'href')}>${isolate}</a>`;
}

/**
 * The text isolated in a heading that search results name: `<span dir="auto">` isolates exactly as `<bdi>` does (HTML
 * gives every element with `dir` `unicode-bidi: isolate`), but Pagefind takes its text into the heading's title, which
 * it reads from the heading's inline elements only, and `<bdi>` is not one of them.
 */
export function isolatedTitle(text: string): Markup {
  return render`<span dir="auto">${segments(text)}</span>`;
}

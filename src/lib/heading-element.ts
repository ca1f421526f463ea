/**
 * A heading whose level is known only when the page renders (an agenda item's `h3` under its item's `h2`), as markup
 * made with Astro's template tag. An element named by a variable in a template (`<Heading>`) is rendered by Astro as a
 * framework component: a search for a renderer and its content rendered apart, asynchronously, for every item of
 * every meeting page.
 */
import { addAttribute, render } from 'astro/compiler-runtime';
import type { Markup } from './isolated.ts';

/** The heading levels HTML has: `h1` to `h6`. */
const LEVELS = 6;

/** An `h<level>` with its id, holding `content` as a template holds it (text escaped); a level HTML lacks is an error. */
export function headingElement(level: number, id: string, content: unknown): Markup {
  if (!Number.isInteger(level) || level < 1 || level > LEVELS) throw new RangeError(`no heading element of level ${level}`);
  const tag = `h${level}`;
  return render`<${tag}${addAttribute(id, 'id')}>${content}</${tag}>`;
}

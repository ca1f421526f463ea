/** The mdast of what a feed entry shows, made from an entry's plain text (its data, never its Markdown). */
import type { Root } from 'mdast';

/** A tree of one paragraph of plain text: what a feed entry says of a meeting or a decision. */
export function paragraphMdast(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

/** A tree of plain text with one paragraph per line (an entry's `text`: one line per paragraph or list item). */
export function linesMdast(text: string): Root {
  return {
    type: 'root',
    children: text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] })),
  };
}

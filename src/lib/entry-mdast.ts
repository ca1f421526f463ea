/** The mdast of an entry's Markdown text, read back with the GFM syntax the ingest writes (footnotes, autolinks). */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** The mdast of generated Markdown, as a GFM reader sees it. */
export function entryMdast(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** A tree of one paragraph of plain text: what a feed entry says when it has no Markdown of its own. */
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

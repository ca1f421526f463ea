import type { Heading, Parents, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Info, type Options, type State } from 'mdast-util-to-markdown';
import { rootWithScopedSafe, textWithPeek } from './scoped-safe.ts';

/**
 * A heading as Markdown with its id as a heading attribute (`## 6.1. Title {#item-6-1}`), which Sätteri reads with
 * its `headingAttributes` feature (astro.config.mjs). The attribute block is the last thing on the line, so no `{`
 * of the heading's text can be taken for it; the text itself is escaped as for any heading.
 */
function headingWithId(node: Heading, parent: Parents | undefined, state: State, info: Info): string {
  const markdown = defaultHandlers.heading(node, parent, state, info);
  const id = node.data?.hProperties?.id;
  return id === undefined || id === '' ? markdown : `${markdown} {#${id}}`;
}

/**
 * Characters mdast-util-to-markdown leaves bare that Sätteri would read as syntax, each with the context that makes it
 * so: a `:` right after a footnote call (`[^1]:` opening a paragraph is a footnote definition to Sätteri).
 */
const SATTERI_UNSAFE: NonNullable<Options['unsafe']> = [{ character: ':', before: '\\]', inConstruct: 'phrasing' }];

/** How the trees are written (a test compares them with the library's own text handler): GFM (footnotes, autolinks), ATX headings with ids, `-` bullets, `*` for strong. */
export const MARKDOWN_OPTIONS: Options = {
  extensions: [gfmToMarkdown()],
  unsafe: SATTERI_UNSAFE,
  handlers: { root: rootWithScopedSafe, heading: headingWithId, text: textWithPeek },
  bullet: '-',
  listItemIndent: 'one',
  strong: '*',
  emphasis: '_',
  rule: '-',
  resourceLink: false,
};

/** An mdast tree as the Markdown of a collection entry's body, which the site's renderer reads back as the same tree. */
export function markdownOf(tree: Root): string {
  return tree.children.length === 0 ? '' : toMarkdown(tree, MARKDOWN_OPTIONS);
}

import type { BlockContent, Nodes, Parents, Root } from 'mdast';
import { defaultHandlers, toMarkdown, type Handle, type Info, type Options, type State } from 'mdast-util-to-markdown';
import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { textContent } from './blocks.ts';
import { MARKDOWN_OPTIONS } from './serialise.ts';

/**
 * How the trees of one document are built and written when they share blocks: an agenda item's text is both in the
 * document's page and in the item's own entry. `content` gives the same block nodes each time it is asked for the same
 * text; `markdownOf` writes as serialise.ts's `markdownOf` does (the same bytes: a test holds it to that) but writes a
 * top-level block it has written before in the same context once, reusing its Markdown.
 */
export interface TreeWriter {
  /** The blocks of a source text (`textContent`): the same nodes, in a new array, for the same text. */
  readonly content: (blocks: readonly TextBlock[]) => BlockContent[];
  /** A tree as the Markdown of an entry's body, as `markdownOf` writes it. */
  readonly markdownOf: (tree: Root) => string;
}

/**
 * What a top-level block was written as, and what its Markdown depends on besides the block: the characters around it
 * and the bullet of a list just before it (mdast-util-to-markdown changes the bullet of a list that follows a list);
 * `bulletAfter` is the state the block leaves for the next.
 */
interface Written {
  readonly value: string;
  readonly before: string;
  readonly after: string;
  readonly bulletBefore: string | undefined;
  readonly bulletAfter: string | undefined;
}

/** A writer for the trees of one document (see TreeWriter); it holds their blocks until it is dropped. */
export function treeWriter(): TreeWriter {
  const contents = new WeakMap<readonly TextBlock[], BlockContent[]>();
  const written = new WeakMap<Nodes, Written>();
  const reusing =
    (type: 'paragraph' | 'list'): Handle =>
    (node: Nodes, parent: Parents | undefined, state: State, info: Info): string => {
      // A block at the top of a tree: nothing above it in the construct stack, no list whose bullet it would take.
      const top = parent?.type === 'root' && state.stack.length === 0 && state.bulletCurrent === undefined;
      if (!top) return defaultHandlers[type](node as never, parent, state, info);
      const done = written.get(node);
      if (done !== undefined && done.before === info.before && done.after === info.after && done.bulletBefore === state.bulletLastUsed) {
        state.bulletLastUsed = done.bulletAfter;
        return done.value;
      }
      const bulletBefore = state.bulletLastUsed;
      const value = defaultHandlers[type](node as never, parent, state, info);
      written.set(node, { value, before: info.before, after: info.after, bulletBefore, bulletAfter: state.bulletLastUsed });
      return value;
    };
  const options: Options = {
    ...MARKDOWN_OPTIONS,
    // The top-level blocks textContent makes.
    handlers: { ...MARKDOWN_OPTIONS.handlers, paragraph: reusing('paragraph'), list: reusing('list') },
  };
  return {
    content: (blocks) => {
      let content = contents.get(blocks);
      if (content === undefined) {
        content = textContent(blocks);
        contents.set(blocks, content);
      }
      return [...content];
    },
    markdownOf: (tree) => (tree.children.length === 0 ? '' : toMarkdown(tree, options)),
  };
}

import type { BlockContent, List, ListItem } from 'mdast';
import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { phrasing } from './phrasing.ts';

/**
 * A source text (src/schemas/text-block.ts) as mdast blocks: each paragraph a `paragraph`, consecutive list items one
 * tight `list`, a nested item in a list inside the item above it (or a top-level item when there is none).
 */
export function textContent(blocks: readonly TextBlock[]): BlockContent[] {
  const content: BlockContent[] = [];
  let list: List | null = null;
  for (const block of blocks) {
    const children = phrasing(block.inline);
    if (block.list === null) {
      list = null;
      if (children.length > 0) content.push({ type: 'paragraph', children });
      continue;
    }
    const item: ListItem = { type: 'listItem', spread: false, children: children.length === 0 ? [] : [{ type: 'paragraph', children }] };
    const parent = block.list === 1 ? list?.children[list.children.length - 1] : undefined;
    if (parent !== undefined) nestedList(parent).children.push(item);
    else if (list === null) {
      list = { type: 'list', ordered: false, spread: false, children: [item] };
      content.push(list);
    } else list.children.push(item);
  }
  return content;
}

/** The list nested at the end of a list item, made when it has none yet. */
function nestedList(parent: ListItem): List {
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'list') return last;
  const list: List = { type: 'list', ordered: false, spread: false, children: [] };
  parent.children.push(list);
  return list;
}

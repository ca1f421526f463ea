import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** How generated Markdown is written: one fixed style so that output is byte-stable. */
const STRINGIFY_OPTIONS = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;

/** One frozen GFM serialiser for the whole ingest. */
const processor = unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/** mdast → Markdown (GFM) without a final newline; text nodes are escaped, `html` nodes written as they are. */
export function serialiseMarkdown(tree: Root): string {
  return processor.stringify(tree).trimEnd();
}

import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** How generated Markdown is written: one fixed style so that output is byte-stable. */
const STRINGIFY_OPTIONS = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;

/** One frozen GFM processor for the whole ingest: built once, it parses and serialises every fragment. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/** Markdown → mdast (GFM). */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** mdast → Markdown (GFM), ending with exactly one newline; text nodes are escaped, `html` nodes written as they are. */
export function serialiseMarkdown(tree: Root): string {
  return `${processor.stringify(tree).trimEnd()}\n`;
}

import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Parser for the Markdown the ingest writes: CommonMark with GFM footnotes, lists and autolinks. */
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** A GFM footnote reference `[^1]` (not an escaped `\[^1]`): a record's Markdown field has no definitions, so remark would keep it as text. */
const FOOTNOTE_REFERENCE = /(?<!\\)\[\^[^\]\s]{1,20}\]/gu;

/** Markdown → the text a reader sees: no markup, escapes or footnote references; whitespace collapsed to single spaces. */
export function plainText(markdown: string): string {
  const tree = markdownParser.runSync(markdownParser.parse(markdown.replace(FOOTNOTE_REFERENCE, ''))) as Root;
  return collapseWhitespace(textOf(tree));
}

/** Runs of whitespace (tabs, newlines, NBSP) → one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function textOf(node: Nodes): string {
  if (node.type === 'footnoteReference') return '';
  if (node.type === 'break' || node.type === 'thematicBreak') return ' ';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const separator = isBlockContainer(node) ? ' ' : '';
  return node.children.map((child) => textOf(child)).join(separator);
}

function isBlockContainer(node: Nodes): boolean {
  return ['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition', 'table', 'tableRow'].includes(node.type);
}

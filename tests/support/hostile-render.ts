import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import { htmlToHast, markdownToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../../scripts/build/markdown-features.ts';
import { parseDocumentParts } from '../../scripts/ingest/entries/parsed-document.ts';
import { toCollections } from '../../scripts/ingest/entries/to-markdown.ts';
import { documentTree } from '../../scripts/ingest/markdown/document-tree.ts';
import { markdownOf } from '../../scripts/ingest/markdown/serialise.ts';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../src/schemas/record.ts';

/** Astro's Markdown renderer as astro.config.mjs configures it (GFM, its features, no plugins). */
let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** Markdown → HTML exactly as the site's build renders a collection entry's body. */
export async function renderAsTheSite(markdown: string): Promise<string> {
  renderer ??= createSatteriMarkdownProcessor({ features: MARKDOWN_FEATURES });
  return (await (await renderer).render(markdown, {})).code;
}

/** A small Council note whose body is the given lines (and From and Subject the given values): the ingest reads it as an ordinary document. */
export function noteWithBody(lines: readonly string[], header: { from?: string; subject?: string } = {}): string {
  const { from = 'Presidency', subject = 'A note' } = header;
  return [
    'Brussels, 3 December 2025',
    '(OR. en)',
    '',
    '16002/25',
    '',
    'COSI 251',
    '',
    'NOTE',
    '',
    `From:\t${from}`,
    'To:\tDelegations',
    `Subject:\t${subject}`,
    '',
    ...lines,
    '',
  ].join('\n');
}

/** The same lines as the agenda of an outcome of proceedings: numbered lines are its items. */
export function outcomeWithBody(lines: readonly string[]): string {
  return noteWithBody(lines).replace('NOTE', 'OUTCOME OF PROCEEDINGS').replace('To:', 'On:\t2 December 2025\nTo:');
}

/** The record of a source text (throws when the source does not ingest). */
export function okRecord(source: string): OkRecord {
  const record = parseDocument(source, 'content/sources/hostile.txt');
  if (record.status !== 'ok') throw new Error(`${record.error.message}\n${source}`);
  return record;
}

/** The mdast tree the ingest builds for the document page of a record. */
export function documentTreeOf(record: OkRecord): Root {
  return documentTree(parseDocumentParts(record));
}

/** The document entry the ingest writes for a source text: its data (JSON) and its Markdown body (throws when the source does not ingest). */
export function documentEntry(source: string): { data: unknown; markdown: string } {
  const files = toCollections([okRecord(source)]);
  const slug = [...files.keys()].find((path) => path.startsWith('documents/'))?.slice('documents/'.length, -'.json'.length);
  return { data: JSON.parse(files.get(`documents/${slug}.json`) ?? 'null'), markdown: (files.get(`texts/${slug}.md`) ?? '').replace(/^---\n---\n/, '') };
}

/** The Markdown body of the document page the ingest writes for a source text (throws when the source does not ingest). */
export function documentMarkdown(source: string): string {
  return documentEntry(source).markdown;
}

/** The tree as Sätteri reads back the Markdown the ingest writes for it. */
export function readBack(tree: Root): unknown {
  return markdownToMdast(markdownOf(tree), { features: MARKDOWN_FEATURES });
}

/**
 * A tree with what the comparison does not weigh left out: positions, fields a reader leaves null (`title`, `start`,
 * `checked`), the data of nodes other than headings (a heading's is its id); adjacent text nodes joined, as a reader
 * joins them.
 */
export function comparable(node: unknown): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const child of node.map(comparable)) {
      const previous = out[out.length - 1];
      if (isText(previous) && isText(child)) previous.value += child.value;
      else out.push(child);
    }
    return out;
  }
  if (node === null || typeof node !== 'object') return node;
  const type = (node as { type?: unknown }).type;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== 'position' && value !== null && value !== undefined && !(key === 'data' && type !== 'heading'))
      .map(([key, value]) => [key, comparable(value)]),
  );
}

function isText(node: unknown): node is { type: 'text'; value: string } {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'text';
}

/** An mdast or hast node, as far as reading its text needs. */
interface AnyNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: AnyNode[];
  identifier?: string;
}

/** Elements of rendered HTML that hold text blocks, as the tree's paragraphs and headings do. */
const HTML_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * The text of the tree as a reader sees it: one string per paragraph or heading (white space at its ends, which no
 * page shows, trimmed), then each footnote's by label.
 */
export function treeText(tree: Root): { blocks: string[]; footnotes: Map<string, string[]> } {
  const blocks: string[] = [];
  const footnotes = new Map<string, string[]>();
  const walk = (node: AnyNode, into: string[]): void => {
    if (node.type === 'footnoteDefinition') {
      const own: string[] = [];
      footnotes.set(node.identifier ?? '', own);
      for (const child of node.children ?? []) walk(child, own);
    } else if (node.type === 'paragraph' || node.type === 'heading') into.push(phrasingText(node).trim());
    else for (const child of node.children ?? []) walk(child, into);
  };
  walk(tree as AnyNode, blocks);
  return { blocks, footnotes };
}

function phrasingText(node: AnyNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(phrasingText).join('');
}

/**
 * The text of rendered HTML read as hast, in the same shape: one string per paragraph, heading or tight list item (its
 * nested lists apart), then each footnote's by label. What the renderer makes up is left out: the numbers of footnote
 * calls, the footnotes' hidden heading and their back links.
 */
export function htmlText(html: string): { blocks: string[]; footnotes: Map<string, string[]> } {
  const blocks: string[] = [];
  const footnotes = new Map<string, string[]>();
  const walk = (node: AnyNode, into: string[]): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const id = String(node.properties?.['id'] ?? '');
    if (node.tagName === 'li' && id.startsWith('user-content-fn-')) {
      const own: string[] = [];
      footnotes.set(decodeURIComponent(id.slice('user-content-fn-'.length)), own);
      for (const child of node.children ?? []) walk(child, own);
      return;
    }
    if (node.tagName === 'h2' && id === 'footnote-label') return;
    if (HTML_BLOCKS.has(node.tagName ?? '')) {
      // A loose list item holds its text in paragraphs; a tight one directly.
      const text = inlineText(node).trim();
      if (node.tagName !== 'li' || text !== '') into.push(text);
    }
    for (const child of node.children ?? []) walk(child, into);
  };
  walk(htmlToHast(html, { fragment: true }) as AnyNode, blocks);
  return { blocks, footnotes };
}

/** The phrasing text of an element: its text nodes and inline elements, without nested blocks and renderer furniture. */
function inlineText(node: AnyNode): string {
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') text += child.value ?? '';
    else if (child.type !== 'element' || HTML_BLOCKS.has(child.tagName ?? '') || child.tagName === 'ul' || child.tagName === 'ol') continue;
    else if (child.properties?.['dataFootnoteRef'] !== undefined || child.properties?.['dataFootnoteBackref'] !== undefined) continue;
    else text += inlineText(child);
  }
  return text;
}

import type { Link, PhrasingContent, Text } from 'mdast';
import { documentSlug } from '../../src/lib/slug.ts';
import { findReferences, type FoundReference } from './references.ts';

/** The site path of a document page, the target of every cross-link. */
export function documentPath(id: string): string {
  return `/documents/${documentSlug(id)}/`;
}

/**
 * Splits a text value into text and link nodes: every document reference becomes a link to its
 * `/documents/<slug>/` page, its text kept as printed. Concatenating the nodes' text gives back `value`.
 */
export function linkReferences(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const reference of findReferences(value)) {
    if (reference.start > cursor) nodes.push(text(value.slice(cursor, reference.start)));
    const link: Link = { type: 'link', url: documentPath(reference.id), children: [text(value.slice(reference.start, reference.end))] };
    nodes.push(link);
    cursor = reference.end;
  }
  if (cursor < value.length || nodes.length === 0) nodes.push(text(value.slice(cursor)));
  return nodes;
}

/**
 * Escaped Markdown with the references found in it (findReferences' result) written as links,
 * `[14470/1/25 REV1](/documents/14470-1-25-rev-1/)`, their text kept as printed. The input must hold no link syntax
 * of its own (parseFragment escapes it).
 */
export function linkMarkdown(markdown: string, references: readonly FoundReference[]): string {
  let out = '';
  let cursor = 0;
  for (const reference of references) {
    out += `${markdown.slice(cursor, reference.start)}[${markdown.slice(reference.start, reference.end)}](${documentPath(reference.id)})`;
    cursor = reference.end;
  }
  return out + markdown.slice(cursor);
}

function text(value: string): Text {
  return { type: 'text', value };
}

import type { PhrasingContent } from 'mdast';
import type { Inline } from '../../../src/schemas/inline.ts';
import { append } from '../../../src/shared/lists.ts';
import { findReferences } from '../../../src/shared/references.ts';
import { addedVersions } from '../parse/references/added-versions.ts';
import { documentSlug } from '../../../src/shared/slug.ts';
import { plainTextNodes } from './autolink-guard.ts';

/** The site path of a document page, the target of every cross-link. */
export function documentPath(id: string): string {
  return `/documents/${documentSlug(id)}/`;
}

/**
 * Plain text as mdast: text (kept from becoming an autolink: autolink-guard.ts), with every document reference a link
 * to its page, its text as printed, and each version added after a number (`9876/25 + ADD 1`, `, ADD 1 and ADD 2`,
 * `ADD 1-3`: added-versions.ts) a link to the version's page, its suffix as printed (the range's last figure).
 */
export function linkedText(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const text = (from: number, to: number): void => {
    if (to > from) append(nodes, plainTextNodes(value.slice(from, to)));
  };
  let cursor = 0;
  // findReferences skips a text that holds no reference's start at once.
  for (const found of findReferences(value)) {
    for (const reference of [found, ...addedVersions(value, found)]) {
      // An addendum inside a range (`ADD 1-3`: ADD 2) has no printed text to link.
      if (reference.end === reference.start) continue;
      text(cursor, reference.start);
      nodes.push({ type: 'link', url: documentPath(reference.id), children: [{ type: 'text', value: value.slice(reference.start, reference.end) }] });
      cursor = reference.end;
    }
  }
  text(cursor, value.length);
  return nodes;
}

/** A footnote call as mdast: GFM names the definition by the footnote's label. */
export function footnoteCall(label: string): PhrasingContent {
  return { type: 'footnoteReference', identifier: label, label };
}

/**
 * One line's inline runs (src/schemas/inline.ts) as mdast phrasing: text with its references linked, web addresses as
 * links to themselves, footnote calls, and each stretch of strong runs one `strong` node.
 */
export function phrasing(inline: readonly Inline[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let strong: PhrasingContent[] | null = null;
  for (const part of inline) {
    const isStrong = part.type !== 'footnote' && part.strong === true;
    if (!isStrong) strong = null;
    else if (strong === null) {
      strong = [];
      nodes.push({ type: 'strong', children: strong });
    }
    const target: PhrasingContent[] = strong ?? nodes;
    if (part.type === 'footnote') target.push(footnoteCall(part.label));
    else if (part.type === 'url') target.push({ type: 'link', url: part.value, children: [{ type: 'text', value: part.value }] });
    else append(target, linkedText(part.value));
  }
  return nodes;
}

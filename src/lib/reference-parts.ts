/** A text cut at the document references it names, for pages that link them (the header's fields). */
import { findReferences } from '../shared/references.ts';
import { documentSlug } from '../shared/slug.ts';

/** One stretch of a text: plain, or a reference with the path of its document page. */
export interface TextPart {
  readonly text: string;
  readonly href: string | null;
}

/** The text in order as plain stretches and references, every reference with its page's path; no empty stretch. */
export function referenceParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const reference of findReferences(text)) {
    if (reference.start > cursor) parts.push({ text: text.slice(cursor, reference.start), href: null });
    parts.push({ text: text.slice(reference.start, reference.end), href: `/documents/${documentSlug(reference.id)}/` });
    cursor = reference.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), href: null });
  return parts;
}

import { documentSlug } from '../../../src/shared/slug.ts';
import type { FoundReference } from '../../../src/shared/references.ts';

/** The site path of a document page, the target of every cross-link. */
export function documentPath(id: string): string {
  return `/documents/${documentSlug(id)}/`;
}

/** A `!` not escaped at the end of the text before a link: it would make the link an image (`![15912/25](…)`). */
const BANG_AT_END = /(?<!\\)((?:\\\\)*)!$/;

/**
 * Escaped Markdown with the references found in it (findReferences' result) written as links,
 * `[14470/1/25 REV1](/documents/14470-1-25-rev-1/)`, their text kept as printed. The input must hold no link syntax
 * of its own (parseFragment escapes it).
 */
export function linkMarkdown(markdown: string, references: readonly FoundReference[]): string {
  let out = '';
  let cursor = 0;
  for (const reference of references) {
    out += `${markdown.slice(cursor, reference.start).replace(BANG_AT_END, '$1\\!')}[${markdown.slice(reference.start, reference.end)}](${documentPath(reference.id)})`;
    cursor = reference.end;
  }
  return out + markdown.slice(cursor);
}

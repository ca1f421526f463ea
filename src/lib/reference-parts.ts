/** A text cut at the document references it names, for pages that link them (the header's fields). */
import { findReferences } from '../shared/references.ts';
import { documentSlug } from '../shared/slug.ts';
import { VERSION_SUFFIX_WORDS } from '../shared/version-suffixes.ts';

/** One stretch of a text: plain, or a reference with the path of its document page. */
export interface TextPart {
  readonly text: string;
  readonly href: string | null;
}

/** A part a header adds to the number before it with a plus (`13908/20 + ADD 1`, `… REV 2 + COR 1`): the plus, then the part. */
const PLUS_PART = new RegExp(String.raw`^([ \t]*\+[ \t]*)(${VERSION_SUFFIX_WORDS})[ \t]?(\d{1,2})(?!\d)`);

/**
 * The text in order as plain stretches and references, every reference with its page's path, and each part a plus adds
 * to a number (`+ ADD 1`) with the path of that part's page (`13908/20 ADD 1`); no empty stretch.
 */
export function referenceParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const reference of findReferences(text)) {
    if (reference.start < cursor) continue;
    if (reference.start > cursor) parts.push({ text: text.slice(cursor, reference.start), href: null });
    parts.push({ text: text.slice(reference.start, reference.end), href: `/documents/${documentSlug(reference.id)}/` });
    cursor = reference.end;
    for (let plus = PLUS_PART.exec(text.slice(cursor)); plus !== null; plus = PLUS_PART.exec(text.slice(cursor))) {
      const [whole, sign = '', kind = '', number = ''] = plus;
      parts.push({ text: sign, href: null });
      parts.push({ text: whole.slice(sign.length), href: `/documents/${documentSlug(`${reference.id} ${kind} ${number}`)}/` });
      cursor += whole.length;
    }
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), href: null });
  return parts;
}

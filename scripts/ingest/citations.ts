import type { Citation } from '../../src/schemas/reference-entry.ts';
import { findReferences, type CanonicalReference } from './references.ts';
import { splitSentences } from './sentences.ts';

/** Where a text stands in its document: everything a citation says besides the sentence. */
export type Place = Omit<Citation, 'context'>;

/** A citation together with the canonical id of the document it cites. */
export interface FoundCitation {
  reference: CanonicalReference;
  citation: Citation;
}

/** The longest context kept; a longer sentence is cut around the reference, with ellipses. */
const MAX_CONTEXT = 320;

/**
 * One citation per distinct document cited in `plain` (the plain text of one item, section, footnote or header
 * field), with the sentence around its first mention. A document does not cite itself.
 */
export function citationsIn(plain: string, place: Place): FoundCitation[] {
  const seen = new Set<string>([place.document]);
  const found: FoundCitation[] = [];
  for (const sentence of splitSentences(plain)) {
    for (const reference of findReferences(sentence)) {
      if (seen.has(reference.id)) continue;
      seen.add(reference.id);
      found.push({ reference: { id: reference.id, type: reference.type, url: reference.url }, citation: { ...place, context: shorten(sentence, reference.start) } });
    }
  }
  return found;
}

/** The sentence itself when short enough, else MAX_CONTEXT characters around `at` with ellipses where cut. */
export function shorten(sentence: string, at: number): string {
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const from = Math.max(0, Math.min(at - MAX_CONTEXT / 2, sentence.length - MAX_CONTEXT));
  const cut = sentence.slice(from, from + MAX_CONTEXT).trim();
  return `${from > 0 ? '… ' : ''}${cut}${from + MAX_CONTEXT < sentence.length ? ' …' : ''}`;
}

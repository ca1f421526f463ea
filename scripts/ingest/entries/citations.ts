import type { Citation } from '../../../src/schemas/reference-entry.ts';
import type { CanonicalReference, FoundReference } from '../../../src/shared/references.ts';
import { splitSentences } from '../parse/text/sentences.ts';

/** Where a text stands in its document: everything a citation says besides the sentence. */
export type Place = Omit<Citation, 'context'>;

/** A citation together with the document it cites. */
export interface FoundCitation {
  reference: CanonicalReference;
  citation: Citation;
}

/** The longest context kept; a longer sentence is cut around the reference, with ellipses. */
const MAX_CONTEXT = 320;

/**
 * One citation per distinct document among `references` (findReferences' result on `text`, the plain text of one
 * item, section, footnote or the header fields, laid out as splitSentences reads it), with the sentence around its
 * first mention. A document does not cite itself. `sentences`: the text's sentences (splitSentences), asked for only
 * when a reference is found, where the parse already split them.
 */
export function citationsIn(
  text: string,
  references: readonly FoundReference[],
  place: Place,
  sentences: () => readonly string[] = () => splitSentences(text),
): FoundCitation[] {
  const seen = new Set<string>([place.document]);
  const found: FoundCitation[] = [];
  let split: readonly string[] | null = null;
  // References come in order of appearance, so each one's sentence is at or after the previous one's: searching on
  // from there keeps a text with thousands of references linear.
  let from = 0;
  for (const { id, type, url, start, end } of references) {
    if (seen.has(id)) continue;
    seen.add(id);
    split ??= sentences();
    const mention = text.slice(start, end).replace(/\s+/g, ' ');
    const at = indexFrom(split, from, (candidate) => candidate.includes(mention));
    if (at >= 0) from = at;
    const sentence = split[at] ?? mention;
    found.push({
      reference: { id, type, ...(url === undefined ? {} : { url }) },
      citation: { ...place, context: shorten(sentence, sentence.indexOf(mention)) },
    });
  }
  return found;
}

/** The index of the first value at or after `from` that passes `test`, or -1. */
function indexFrom(values: readonly string[], from: number, test: (value: string) => boolean): number {
  for (let index = from; index < values.length; index++) if (test(values[index] ?? '')) return index;
  return -1;
}

/** The sentence itself when short enough, else MAX_CONTEXT characters around `at` with ellipses where cut. */
export function shorten(sentence: string, at: number): string {
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const from = Math.max(0, Math.min(at - MAX_CONTEXT / 2, sentence.length - MAX_CONTEXT));
  const cut = sentence.slice(from, from + MAX_CONTEXT).trim();
  return `${from > 0 ? '… ' : ''}${cut}${from + MAX_CONTEXT < sentence.length ? ' …' : ''}`;
}

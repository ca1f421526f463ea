/** A page run into one line with the words hyphenation cut at its former line ends made whole where the document says how it spells them. */
import { isHyphenationBreak } from './hyphenation.ts';

/**
 * A word cut at a line’s end and its rest after the space a page run into one line puts there, or `-layout`’s gap (`Com- mission`, `mid-
 * term`; `-layout`'s justified `op - erators`): each begins where a word begins, so that a line is read in linear time.
 */
const CUT_INSIDE = /(?<![\p{L}\p{N}-])(\p{L}+)([ \t]?-[ \t]+)(\p{Ll}\p{L}*)/gu;

/** An acronym's compound cut after its hyphen, a capital after it (`EU- Koordinator`, `COSI- Unterstützungsgruppe`): hyphenation cuts no word before a capital. */
const ACRONYM_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}{2,})-[ \t]+(\p{Lu}\p{Ll}+)/gu;

/**
 * The text of a page run into one line with each word hyphenation cut made whole where the document spells it whole
 * and never hyphenated (`Com- mission` → `Commission`, `Dir- ective` → `Directive`), and a compound the document spells
 * with its hyphen joined so (`mid- term` → `mid-term`), as is an acronym's (`EU- Koordinator` → `EU-Koordinator`); any other (`pre- and post-`, `Europol - presentation`) as printed.
 * `vocabulary` gives the document's vocabulary (`vocabularyOf`), asked for only where a cut is found.
 */
export function joinFlatHyphens(text: string, vocabulary: () => ReadonlySet<string>): string {
  if (!text.includes('- ')) return text;
  return text
    .replace(CUT_INSIDE, (whole, head: string, _cut: string, tail: string) => {
      const words = vocabulary();
      if (isHyphenationBreak(`${head}-`, tail, words, false)) return `${head}${tail}`;
      return words.has(`${head}-${tail}`.toLowerCase()) ? `${head}-${tail}` : whole;
    })
    .replace(ACRONYM_COMPOUND, '$1-$2');
}

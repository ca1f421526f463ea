import { dutchDiaeresis, isLanguageCompound, isRepeatedHyphen } from '../parse/text/compound-hyphens.ts';
import { isMalteseArticleCut } from '../parse/text/maltese-articles.ts';
import { COMPOUND_PAIRS } from '../parse/text/vocabulary.ts';
import { type Line, lineText } from './pdf-geometry.ts';

/** A line end that may break a word: letters, then a hyphen, or a hyphen the PDF set apart from them (`negoti -`). */
const BROKEN_END = /(\p{L}+)( ?)-$/u;
/**
 * A line end on a soft hyphen after a letter: Word prints the author's optional hyphen where it breaks a word there,
 * and the text layer gives U+00AD for it.
 */
const SOFT_HYPHEN_END = /\p{L}\u00AD$/u;
/** The first word of the next line, when it starts with a letter; a small letter. */
const LETTER_START = /^(\p{L}+)/u;
const LOWER = /^\p{Ll}/u;
/** A word in capitals (`EU`, `COSI`): an acronym, which hyphenation never cuts. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Characters a web address goes on with after a line break but a word never starts with. */
const URL_CONTINUATION = /^[%/.?=&#_~-]/;
/** A word that is a web address: broken after a slash, it runs on without a space. */
const URL_PATTERN = /^<?(?:https?:\/\/|www\.)/;
/** Punctuation around a word, taken off before the word goes into the document's words. */
const WORD_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The words a document writes, lower case, as evidence for its line-end hyphens: every word of every line,
 * but the piece a line ends on before a hyphen (a broken word is not a word of the document).
 */
export function documentWords(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const tokens = lineText(line).split(/\s+/);
    if (tokens.at(-1) === '-') tokens.splice(-2);
    else if (tokens.at(-1)?.endsWith('-') || tokens.at(-1)?.endsWith('\u00AD')) tokens.pop();
    for (const token of tokens) {
      const word = token.replace(WORD_EDGES, '').toLowerCase();
      if (word !== '') words.add(word);
    }
  }
  return words;
}

/** How the text before a line break joins the next line: characters taken off its end, and what goes in their place. */
export interface Join {
  cut: number;
  insert: '' | ' ' | '-';
  /** The next line's first letter as the whole word spells it, where hyphenation dropped its diaeresis (Dutch `be-` + `eindigen`: `ë`). */
  first?: string;
}

/**
 * Joins a line end to the next line. A word broken by hyphenation (`inter-` + `national`, `EM-` + `PACT` where
 * the document writes `EMPACT`) is made whole. A compound's hyphen (`public-` + `private`) stays when the
 * document writes that compound with its hyphen elsewhere, or it is a known one (HYPHENATED_COMPOUNDS) or one its
 * language writes so (Dutch `politie-` + `eenheden`, French `sud-` + `orientales`: compound-hyphens.ts) the
 * document does not write as one word; without evidence a hyphen before a small letter is hyphenation and
 * one before a capital or a digit (`EU-` + `CLASI`, `2021-` + `2025`) or after an acronym (`COSI-` + `val`) stays. A hyphen set apart (`negoti -`)
 * is a broken word only when its piece is no word of the document and a small letter goes on, or the whole word is
 * one; else it is a dash (`ports -` + `Positions of delegations`). A Dutch word cut at its diaeresis gets it back
 * (`be-` + `eindigen` → `beëindigen`: `first`, dutchDiaeresis).
 * A web address runs on where it was broken (after `/` or `-`, before `%`), its hyphens kept. A word broken at
 * a soft hyphen (U+00AD) is always made whole: the author marked where it may break. A hyphen after a lone letter
 * (`l-` + `kriminalità`, Maltese's article) stays: no hyphenation breaks a word after its first letter; so does
 * Maltese's article in a Maltese document (`fir-` + `rigward`, `tal-` + `Unjoni`: isMalteseArticleCut). A compound cut
 * at its own hyphen, repeated before its second part as Polish and Czech print it (`polsko-` + `-niemieckiego`), keeps
 * one: the next line's.
 */
export function joinLineBreak(before: string, after: string, words: ReadonlySet<string>): Join {
  if (isRepeatedHyphen(before, after)) return { cut: 1, insert: '' };
  if (SOFT_HYPHEN_END.test(before) && LETTER_START.test(after)) return { cut: 1, insert: '' };
  const lastWord = before.split(/\s/).at(-1) ?? '';
  const isUrl = URL_PATTERN.test(lastWord);
  const broken = BROKEN_END.exec(before);
  const tail = LETTER_START.exec(after)?.[1];
  if (broken && tail !== undefined) {
    const [piece, rest] = [(broken[1] ?? '').toLowerCase(), tail.toLowerCase()];
    const spaced = broken[2] === ' ';
    // Hyphenation leaves two letters at least before its hyphen: a lone letter's is the text's own (Maltese `l-`).
    if (!spaced && piece.length === 1) return { cut: 0, insert: '' };
    // Evidence in this order: the document's own hyphenated form, its whole word, the known compounds.
    const whole = words.has(`${piece}${rest}`);
    // A known compound, or the language's own compound hyphen (`politie-` + `eenheden`, `sud-` + `orientales`: compound-hyphens.ts).
    const known = COMPOUND_PAIRS.has(`${piece}-${rest}`) || isLanguageCompound(piece, rest, words, (word) => words.has(word));
    const hyphenated = words.has(`${piece}-${rest}`) || (!whole && known);
    // Without evidence, a hyphen inside a web address is the address's own.
    // A hyphen set apart before a capital is a dash (`… of the Union's ports -` / `Positions of delegations …`): hyphenation goes on in lower case.
    // An acronym's compound goes on after its hyphen (`EU-` + `wide`, `COSI-` + `val`, Hungarian's ending): hyphenation cuts no acronym.
    const guess = isUrl ? false : spaced ? !words.has(piece) && LOWER.test(tail) : LOWER.test(tail) && !ACRONYM.test(broken[1] ?? '');
    // Maltese's article keeps its hyphen (`fir-` + `rigward`, `tal-` + `Unjoni`) in a Maltese document.
    const article = !spaced && !whole && isMalteseArticleCut(piece, tail, words);
    const isBroken = !hyphenated && !article && (whole || guess);
    if (isBroken) {
      // Dutch's diaeresis hyphenation dropped at its cut (`be-` + `eindigen` is `beëindigen`: dutchDiaeresis).
      const first = spaced || !LOWER.test(tail) ? null : dutchDiaeresis(piece, rest, words);
      return first === null ? { cut: spaced ? 2 : 1, insert: '' } : { cut: 1, insert: '', first };
    }
    if (!spaced) return { cut: 0, insert: '' };
    return hyphenated ? { cut: 2, insert: '-' } : { cut: 0, insert: ' ' };
  }
  if (isUrl) return { cut: 0, insert: /[/-]$/.test(lastWord) || URL_CONTINUATION.test(after) ? '' : ' ' };
  // `2021-` + `2025`, `AML/` + `CFT`: a hyphen or slash after a character joins the next line without a space.
  return { cut: 0, insert: /\S[-/]$/.test(before) ? '' : ' ' };
}

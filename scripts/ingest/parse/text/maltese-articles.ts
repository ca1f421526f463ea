/**
 * Maltese's article and the prepositions joined to it, written with a hyphen before their noun (`il-Kumitat`,
 * `tal-Unjoni`, `fir-rigward`, `għall-Istati Membri`): a line that ends on one ends on the text's own hyphen, not on
 * hyphenation's, in a Maltese document.
 */

/** The article and the prepositions joined to it before a noun opening with a vowel or a letter the article keeps (`il-`, `tal-`, `mill-`, `għall-`). */
const FULL: ReadonlySet<string> = new Set(['il', 'l', 'tal', 'fil', 'fl', 'mill', 'għall', 'bil', 'lill', 'sal', 'mal', 'bħall', 'ġol']);

/**
 * The article assimilated to the consonant its noun opens with (`ir-`, `is-`, `it-`, `iċ-`; `tar-`, `fit-`, `mis-`,
 * `għat-`; after a vowel the consonant alone, `u t-terroriżmu`): what comes before that consonant, the letters Maltese
 * assimilates the article to after it.
 */
const ASSIMILATED = /^(?:i|ta|fi|mi|bi|li|għa|sa|ma|bħa|ġo)?([ċdnrstxżz])$/u;

/** A word the article opens (`il-kumitat`, `tar-rapport`), as a document's vocabulary holds it in lower case. */
const ARTICLE_WORD = /^(\p{Ll}+)-(\p{Ll})/u;

/** How many words opening with the article a document writes at least to be Maltese. */
const LEAST_ARTICLES = 3;

/** Whether `head` (lower case) is the article or a preposition joined to it before a word opening with `first`. */
function isArticle(head: string, first: string): boolean {
  if (FULL.has(head)) return true;
  const assimilated = ASSIMILATED.exec(head);
  return assimilated !== null && assimilated[1] === first;
}

/** The answer for each vocabulary read, as it is asked for every cut of a document. */
const maltese = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * Whether a document's vocabulary (its words in lower case, hyphenated compounds whole) is a Maltese text's: three
 * different words or more opening with the article (`il-kumitat`, `tal-unjoni`, `fir-rigward`). An English text's
 * `in-depth` or `il-legal` is one or two at most.
 */
export function isMalteseVocabulary(words: ReadonlySet<string>): boolean {
  const known = maltese.get(words);
  if (known !== undefined) return known;
  let count = 0;
  for (const word of words) {
    const article = ARTICLE_WORD.exec(word);
    if (article !== null && isArticle(article[1] ?? '', article[2] ?? '') && ++count >= LEAST_ARTICLES) break;
  }
  maltese.set(words, count >= LEAST_ARTICLES);
  return count >= LEAST_ARTICLES;
}

/**
 * Whether a hyphen at a line's end after `head`, `tail` opening the next line, is Maltese's article's (`fir-` /
 * `rigward`, `tal-` / `Unjoni`, `is-` / `sigurtà`) in a document whose vocabulary is Maltese (`isMalteseVocabulary`):
 * it is the text's own and stays. An English `is-` / `sue` in an English document is hyphenation's.
 */
export function isMalteseArticleCut(head: string, tail: string, words: ReadonlySet<string>): boolean {
  const first = tail.charAt(0).toLowerCase();
  return first !== '' && isArticle(head.toLowerCase(), first) && isMalteseVocabulary(words);
}

/**
 * An article or a preposition joined to it written straight before its noun's capital, with no hyphen between
 * (`flAnness`, `talUnjoni`, `għallIstati`, `itTerroriżmu`), at a word's start: what plain `pdftotext` prints for
 * `fl-Anness`, dropping the hyphen itself. Only before a capital: `tassew` or `filwaqt` is a word of its own.
 */
const ARTICLE_BEFORE_CAPITAL =
  /(?<![\p{L}\p{M}\p{N}_'’-])(il|l|tal|fil|fl|mill|għall|bil|lill|sal|mal|bħall|ġol|(?:i|ta|fi|mi|bi|li|għa|sa|ma|bħa|ġo)?[ċdnrstxżz])(?=\p{Lu})/gu;

/**
 * What every match of ARTICLE_BEFORE_CAPITAL holds: the article's last letter (`l` or one of `ċdnrstxżz`, the last of
 * each alternative) right before a character a capital may be (`A`–`Z`, Latin-1's `À`–`Ö` and `Ø`–`Þ`, or any
 * character past U+00FF, an astral capital's high surrogate among them: every `\p{Lu}`). One cheap search most lines
 * fail, before the word-start look-behind is tried at each of their characters.
 */
export const ARTICLE_END_BEFORE_CAPITAL = /[dlnrstxzċż][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\uffff]/;

/** Whether a line holds an article straight before a capital (ARTICLE_BEFORE_CAPITAL), before the vocabulary is asked. */
export function holdsJoinedArticle(text: string): boolean {
  if (!ARTICLE_END_BEFORE_CAPITAL.test(text)) return false;
  ARTICLE_BEFORE_CAPITAL.lastIndex = 0;
  return ARTICLE_BEFORE_CAPITAL.test(text);
}

/**
 * A line of a Maltese document (its vocabulary `words`, `isMalteseVocabulary`) with the hyphen put back between an
 * article and its noun's capital where the line has none (`kif jinsab flAnness.` → `kif jinsab fl-Anness.`,
 * `talUnjoni` → `tal-Unjoni`), as the document prints it; an assimilated article only before its own consonant
 * (`itTerroriżmu`, not `itAnness`). Any other line is given back as it is.
 */
export function withArticleHyphens(text: string, words: ReadonlySet<string>): string {
  if (!holdsJoinedArticle(text) || !isMalteseVocabulary(words)) return text;
  return text.replace(ARTICLE_BEFORE_CAPITAL, (head: string, _article: string, at: number) =>
    isArticle(head.toLowerCase(), text.charAt(at + head.length).toLowerCase()) ? `${head}-` : head,
  );
}

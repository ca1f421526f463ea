import { closesCompounds, dutchDiaeresis, isLanguageCompound, isRepeatedHyphen } from './compound-hyphens.ts';
import { isMalteseArticleCut } from './maltese-articles.ts';
import { COMPOUND_PAIRS, FOOTER_LANGUAGES } from './vocabulary.ts';

/** A word cut by hyphenation at a line end, and the start of the next line. */
const BROKEN_END = /(\p{L}+)-$/u;
const NEXT_START = /^(\p{Ll}\p{L}*)/u;

/** A word in capitals cut at a line end and its rest in capitals on the next (`CONFIDEN-` / `TIAL`, a classification's name). */
const CAPITALS_END = /(?<!\p{L})\p{Lu}{2,}-$/u;
const CAPITALS_START = /^(\p{Lu}{2,})(?!\p{L})/u;

/** A word or hyphenated compound. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** A line's end after a word cut by hyphenation (`traf-`, `op -` as `-layout` prints a justified line), spaces after it. */
const CUT_END = /\p{L} ?-[ \t]*$/u;

/**
 * A word cut by hyphenation at the end of a table's first cell, before `-layout`'s gap to the next column (`4. Assess
 * the use of encrypted commu-      Commission      Q3 2025 …`): its rest opens the next line (`nication by …`).
 */
const CUT_CELL = /\p{L} ?-(?:[ \t]{2,}|\t|[ \t](?=\p{Lu}))\S/u;

/** `-layout`'s gap before a column's text: where the rest of a word cut in that column's line above may open. */
const COLUMN_GAP = /(?:[ \t]{2,}|\t)$/;

/**
 * A page footer's last line, its language last after at most three short pieces in capitals or figures (`JAI.1   EN`,
 * `JAI.1 LIMITE EN`, `EN`; never a sentence's `… printed in EN`):
 * the next page's first word may be the rest of a word cut at the last line of the page's text, above its footnotes and
 * footer (`… Opera-`, then `tions Centre …` on the next page).
 */
const FOOTER_END = new RegExp(String.raw`^[ \t]*(?:[^\s\p{Ll}]{1,12}[ \t]+){0,3}${FOOTER_LANGUAGES}[ \t]*$`, 'u');

/** A word printed in lower case. */
const LOWER_START = /^\p{Ll}/u;

/**
 * The words a vocabulary's document prints in lower case somewhere (`arbeit` in `die Arbeit` is not, `arbeiten` is):
 * a second part after a hyphen is a word of the document only where it prints it so (case-sensitive evidence).
 */
const lowerPrinted = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Whether the document prints `word` (lower case) in lower case; a vocabulary not made by vocabularyOf says so of every word. */
export function printsLower(words: ReadonlySet<string>, word: string): boolean {
  return (lowerPrinted.get(words) ?? words).has(word);
}

/**
 * Whether the hyphen between `head` and `tail` is one the document's language writes in a compound (`politie-` /
 * `eenheden`, `sud-` / `orientales`, `społeczno-` / `gospodarczą`: compound-hyphens.ts), the words' case as printed.
 */
export function isLanguageHyphen(head: string, tail: string, words: ReadonlySet<string>): boolean {
  return isLanguageCompound(head.toLowerCase(), tail.toLowerCase(), words, (word) => printsLower(words, word));
}

/**
 * The rest of a word hyphenation cut (`after`, the next line's text, the word opening it), as the whole word spells it:
 * with the diaeresis a Dutch document's hyphenation dropped at its cut (`be-` / `eindigen` → `ëindigen`:
 * dutchDiaeresis); else as printed. Asked only where `isHyphenationBreak` read the cut as hyphenation's.
 */
export function wordRest(before: string, after: string, words: ReadonlySet<string>): string {
  const head = BROKEN_END.exec(before)?.[1];
  const tail = NEXT_START.exec(after)?.[1];
  if (head === undefined || tail === undefined) return after;
  const marked = dutchDiaeresis(head.toLowerCase(), tail.toLowerCase(), words);
  return marked === null ? after : `${marked}${after.slice(1)}`;
}

/** A line break after a word cut by hyphenation, inside a text of several lines. */
const CUT_BREAK = /\p{L} ?-[ \t]*\n[ \t]*$/u;

/**
 * Every word and hyphenated compound of a text (its lines one text each, or texts of several lines), in lower case:
 * what tells a word broken at a line end from a compound. The rest of a word cut at the line above (`ficking` under
 * `traf-`, `nication` under a table's first cell `… commu-` that `-layout` prints before the next column's text, a
 * page's first word under the footer of a page whose last line was cut) is no word of the document, so that it cannot
 * pass for the second part of a compound.
 */
export function vocabularyOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  const lower = new Set<string>();
  let cutAbove = false;
  for (const text of texts) {
    // Only a text's first word, or a word after a line break inside it, may be the rest of a cut word.
    const lines = text.includes('\n');
    let first = true;
    for (const match of text.matchAll(WORD)) {
      const before = first || lines || cutAbove ? text.slice(Math.max(0, match.index - 40), match.index) : '';
      // After a cut in a line of columns above, a column's first word (after `-layout`'s gap) may be its rest too.
      const rest =
        (first && cutAbove && before.trim() === '' && !before.includes('\n')) || (lines && CUT_BREAK.test(before)) || (cutAbove && COLUMN_GAP.test(before));
      if (!rest) {
        const word = match[0].toLowerCase();
        words.add(word);
        if (LOWER_START.test(match[0])) lower.add(word);
      }
      first = false;
    }
    if (text.trim() !== '') cutAbove = CUT_END.test(text) || (text.includes('-') && CUT_CELL.test(text)) || FOOTER_END.test(text);
  }
  lowerPrinted.set(words, lower);
  return words;
}

/**
 * The first parts of compounds the official languages write with a hyphen before a word of their own that are words
 * themselves or that hyphenation does not leave at a line's end as a syllable (`cross-border`, `cyber-attacks`,
 * `follow-up`, `high-level`, `self-assessment`, `anti-corruption`, `non-paper`; `an-ticipated`, `none-theless`): a line
 * cut after one of them is a compound's line, not a word cut by hyphenation, where the document says nothing of the word.
 */
const WORD_HEADS: ReadonlySet<string> = new Set(['anti', 'cross', 'cyber', 'follow', 'high', 'long', 'low', 'non', 'self', 'short', 'socio', 'well']);

/**
 * The first parts of compounds that are also the first syllables of many words, after which hyphenation cuts a word as
 * often as a compound stands there (`in-` / `formation`, `ex-` / `ternal`, `inter-` / `national`, `sub-` / `mitted`, `pre-` /
 * `vention`, `co-` / `ordination`, `counter-` / `parts`, `extra-` / `ordinary`, `semi-` / `nar`, in
 * English, French, Spanish, Italian, Portuguese and the other versions alike: `in-` / `formación`, `ex-` / `térieure`):
 * the words on both sides tell them apart. Their compound keeps its hyphen where its second part is a word of the
 * document (`counter-` / `terrorism`, `sub-` / `group`) or the pair a known compound (`in-depth`, `ex-combatants`,
 * `mid-term`, `multi-annual`: HYPHENATED_COMPOUNDS); any other cut after them is hyphenation's.
 */
const PREFIX_HEADS: ReadonlySet<string> = new Set(['co', 'counter', 'ex', 'extra', 'in', 'inter', 'intra', 'mid', 'multi', 'post', 'pre', 'semi', 'sub']);

/** A head in capitals: an acronym (`EU-`, `COSI-`), never cut by hyphenation. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Whether a word written before a hyphen is the first part of a compound (`cross`, `mid`) or an acronym (`EU`): a
 * compound cut at its hyphen goes on after it with no space (`cross-` / `border` → `cross-border`).
 */
export function isCompoundHead(printed: string): boolean {
  const head = printed.toLowerCase();
  return ACRONYM.test(printed) || WORD_HEADS.has(head) || PREFIX_HEADS.has(head);
}

/** Whether hyphenation never cuts a word after `printed`: an acronym (`EU-`) or a head that is a word (`cross-`), not a syllable (`in-`). */
function isWordHead(printed: string): boolean {
  return ACRONYM.test(printed) || WORD_HEADS.has(printed.toLowerCase());
}

/** The fewest letters hyphenation leaves on either side of its cut. */
const LEAST_PART = 2;

/**
 * Whether the hyphen that ends `before` was put there by hyphenation (`coopera-` + `tion`): the document writes the
 * whole word (`cooperation`) elsewhere and never the hyphenated form. Where it writes neither, a known compound keeps
 * its hyphen (`public-private`: HYPHENATED_COMPOUNDS, as the PDF reader keeps it), and any other cut is hyphenation's
 * on a line hyphenation filled (`full`: not a line wrapped short) unless what follows is a word of the document
 * (`follow-` / `up`, `counter-` / `terrorism`), the head an acronym (`EU-` / `wide`) or a word that opens compounds
 * (`cross-` / `border`), or either part shorter than hyphenation leaves it: `traf-` / `ficking` is `trafficking`, and
 * after a syllable that also opens compounds, `in-` / `formation` is `information` (PREFIX_HEADS). In a Maltese document
 * the article's hyphen stays (`fir-` / `rigward`, `tal-` / `Unjoni`: isMalteseArticleCut). What follows is a word of the
 * document only where it prints it in lower case (`arbeit`, not `Arbeit`); in a language that closes its compounds
 * (German, Dutch, Danish, Swedish, Polish) it is no sign of a compound at all (`Zusammen-` / `arbeit`, `samen-` /
 * `werking`), and the language's own compound hyphens stay (`politie-` / `eenheden`, `sud-` / `orientales`:
 * compound-hyphens.ts). A compound cut at its own hyphen, the hyphen repeated before its second part (`polsko-` /
 * `-niemieckiego`: isRepeatedHyphen), also loses its line's end's hyphen: the next line keeps the compound's.
 */
export function isHyphenationBreak(before: string, after: string, words: ReadonlySet<string>, full = true): boolean {
  if (isRepeatedHyphen(before, after)) return true;
  const broken = BROKEN_END.exec(before);
  // A word in capitals goes on in capitals (`CONFIDEN-` / `TIAL`).
  const next = NEXT_START.exec(after) ?? (CAPITALS_END.test(before) ? CAPITALS_START.exec(after) : null);
  if (broken === null || next === null) return false;
  const printed = broken[1] ?? '';
  const head = printed.toLowerCase();
  const tail = (next[1] ?? '').toLowerCase();
  if (words.has(`${head}-${tail}`)) return false;
  if (words.has(`${head}${tail}`)) return true;
  // Maltese's article keeps its hyphen (`fir-` / `rigward`, `is-` / `sigurtà`) in a Maltese document.
  if (isMalteseArticleCut(head, tail, words)) return false;
  if (COMPOUND_PAIRS.has(`${head}-${tail}`)) return false;
  // The language's own compound hyphens (`politie-` / `eenheden`, `sud-` / `orientales`: compound-hyphens.ts).
  if (isLanguageHyphen(head, tail, words)) return false;
  // A language that closes its compounds: a second part that is a word of its own is no compound's sign (`Zusammen-` / `arbeit`).
  const compoundTail = !closesCompounds(words) && printsLower(words, tail);
  return full && !compoundTail && !isWordHead(printed) && head.length >= LEAST_PART && tail.length >= LEAST_PART;
}

/** A line whose last word is an address (`https://…`, `www.…`), as a footnote prints one. */
const URL_END = /(?:^|[ \t(<])(?:https?:\/\/|www\.)\S*$/;

/** An address's end cut at its own slash or hyphen (`…/main-reports/`, `…-financial-and-`). */
const URL_CUT_END = /[/-]$/;

/** An address's rest opening with a character of its own that no word opens with (`%E2%80%99s-…`, `/2024`). */
const URL_GOES_ON = /^[%/.?=&#_~-]/;

/**
 * The words a suspended hyphen stands before in the 24 languages (`pre- and post-trial`, `medium- to long-term`,
 * `Grenz- und Küstenwache`, `pré- ou post-`, `krátko- až strednodobý`): after one the hyphen and its space are printed so.
 */
export const SUSPENDED_BEFORE: ReadonlySet<string> = new Set([
  'and',
  'or',
  'to',
  'nor',
  'und',
  'oder',
  'bis',
  'sowie',
  'et',
  'ou',
  'à',
  'y',
  'o',
  'u',
  'e',
  'a',
  'en',
  'of',
  'tot',
  'och',
  'eller',
  'till',
  'og',
  'ja',
  'tai',
  'sekä',
  'és',
  'vagy',
  'i',
  'lub',
  'oraz',
  'albo',
  'do',
  'nebo',
  'alebo',
  'až',
  'in',
  'ali',
  'ili',
  'și',
  'şi',
  'sau',
  'ir',
  'arba',
  'iki',
  'un',
  'vai',
  'līdz',
  'kuni',
  'või',
  'jew',
  'agus',
  'nó',
  'и',
  'или',
  'до',
  'και',
  'ή',
  'έως',
  'ed',
  'od',
]);

/** A line that ends in a figure and a slash: a document number the line's end cut (`14470/`). */
const SLASH_END = /\d\/$/;

/** A line that ends in a word cut by hyphenation, the hyphen glued to it or after one space as `-layout` prints a justified line (`traf-`, `continu -`). */
const CUT_WORD = /(\p{L}+) ?-$/u;

/**
 * A wrapped line joined to the text it goes on (a footnote's lines, read apart from the body): a word hyphenation cut
 * at the line's end made whole where the document spells it whole (`words`, as `isHyphenationBreak` tells it for body
 * text: `imple-` / `mentation`, `op -` / `erators`), a document number wrapped after a slash made whole (`Doc. 14470/` /
 * `25.`), a compound cut at its hyphen joined with it where its head is a compound's first part or the document spells
 * it so (`cross-` / `border`, `cyber-` / `attacks`) or its language writes it so (`politie-` / `eenheden`), an
 * address cut at its own slash or hyphen, or before a `%`, `/` … of its own, joined without a space
 * (`…/main-reports/` / `decoding-eus-…`, its hyphens kept, a word hyphenation cut in it made whole where the document
 * spells it whole, `…-net-` / `works`), else the two joined with one space.
 */
export function joinWrappedLine(text: string, below: string, words: ReadonlySet<string>): string {
  const next = below.trim();
  if ((URL_CUT_END.test(text) || URL_GOES_ON.test(next)) && URL_END.test(text.slice(-300))) {
    // A word of the address hyphenation cut, where the document spells it whole (`…-criminal-net-` / `works`).
    const cut = CUT_WORD.exec(text.slice(-40));
    const whole = cut !== null && !text.endsWith(' -') && isHyphenationBreak(`${cut[1] ?? ''}-`, next, words, false);
    return whole ? `${text.slice(0, -1)}${next}` : `${text}${next}`;
  }
  if (SLASH_END.test(text.slice(-4)) && /^\d/.test(next)) return `${text}${next}`;
  const cut = CUT_WORD.exec(text.slice(-40));
  if (cut === null) return `${text} ${next}`;
  const start = text.length - Math.min(text.length, 40) + cut.index;
  // A suspended hyphen's word after it (`Grenz-` / `und Küstenwache`, `pre-` / `and post-trial`): no word's rest.
  if (SUSPENDED_BEFORE.has((/^\p{L}+/u.exec(next)?.[0] ?? '').toLowerCase())) return `${text} ${next}`;
  if (isHyphenationBreak(`${cut[1] ?? ''}-`, next, words)) return `${text.slice(0, start)}${cut[1] ?? ''}${wordRest(`${cut[1] ?? ''}-`, next, words)}`;
  // A compound cut at its hyphen, as the body and a page run into one line read it (flat-hyphens.ts): a compound's first
  // part (`cross-` / `border`) or a compound the document spells with its hyphen (`cyber-` / `attacks`) goes on after it.
  const head = cut[1] ?? '';
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  const compound = text.endsWith(`${head}-`) && (isCompoundHead(head) || words.has(`${head}-${tail}`.toLowerCase()) || isLanguageHyphen(head, tail, words));
  return compound ? `${text}${next}` : `${text} ${next}`;
}

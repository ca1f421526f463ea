/**
 * The object a clause sets before its verb and subject, as the versions whose word order is free write a decision to
 * stress what was decided (`Poročilo predsedstva je odobril Odbor.`, `Asiakirjassa 13802/25 esitetyt päätelmät hyväksyi
 * komitea.`, `Izvješće predsjedništva odobrio je Odbor.`, `Den Bericht des Vorsitzes billigte der Ausschuss.`, `Závěry
 * uvedené v dokumentu 13802/25 výbor schválil.`): where nothing stands after the verb and its subject, the words before
 * them in the clause are what was decided, never the item's title.
 */
import { documentIds } from '../references/added-versions.ts';

/** The most words an object set first may hold (`Die Schlussfolgerungen des Rates in Dokument 13802/25 …`). */
const MOST_WORDS = 24;

/**
 * The determiners the verb-second versions open an object with (`Den Bericht`, `Die Schlussfolgerungen`, `Het verslag`,
 * `Deze conclusies`, `Denna rapport`, `Dette dokument`): an opening part without one, and citing no document, may be
 * an adverbial (`Abschließend stimmte der Ausschuss zu.`), whose verb's object is the item.
 */
const DETERMINER = /^(?:den|die|das|dem|des|diesen|diese|dieses|jenen|het|de|dit|deze|dat|denna|detta|dessa|det|denne|dette|disse)(?![\p{L}])/iu;

/**
 * The pronoun the Greek and Bulgarian versions repeat an object set first with right before the verb (`Την έκθεση την
 * ενέκρινε η επιτροπή.`, `Доклада го одобри Комитетът.`): no part of the object.
 */
const REPEATED_PRONOUN = /\s+(?:τον|την|το|τους|τις|τα|го|я|ги)$/u;

/**
 * The Slovenian perfect's auxiliary, a clitic second in its clause, ending the words before the committee where the
 * object is set first (`Poročilo predsedstva je Odbor odobril.`): no part of the object.
 */
const CLITIC_AUXILIARY = /\s+(?:se\s+)?(?:je|so|sta)$/u;

/**
 * The preposition a reflexive verb takes its object with (`se je seznanil z …`), opening that object set first before
 * the reflexive clitics (`Z informacijami predsedstva se je Odbor seznanil.`): no part of the object, as it is none
 * after the verb (`Odbor se je seznanil z informacijami predsedstva.`).
 */
const REFLEXIVE_PREPOSITION = /^[ZzSs]\s+(?=\S)/u;

/** The reflexive clitic before the auxiliary that ends the words before the committee (`… se je`). */
const REFLEXIVE_CLITIC = /\s+se\s+(?:je|so|sta)$/u;

/**
 * Words a clause opens with before that auxiliary that are no object: an adverbial, opening with a preposition or an
 * adverb (`Na koncu je Odbor odobril.`, `Nato je Odbor odobril.`, `Z zadovoljstvom je Odbor odobril.`): the committee approved
 * the item.
 */
const ADVERBIAL_FIRST = /^(?:na|v|vo|po|ob|pri|med|pred|od|do|iz|za|z|s|nato|zato|tudi|končno|nazadnje|potem|zatem|poleg|glede|hkrati|nadalje)(?![\p{L}])/iu;

/** Where the object a clause sets first may be told: `free` where any words before the verb are (verb and subject end the clause in a version of free word order); `named` where only words that open with a determiner or cite a document are. */
export type ObjectFirst = 'free' | 'named';

/**
 * The words before `at` in `text`'s clause (from its start, a `;` or a `:`) where they are an object set first, else
 * null; `marked` the words a version marks an object with where it has no determiner before it (the Swedish and Danish
 * definite ending, `Rapporten godkände kommittén.`; the Hungarian accusative, `A jelentést a bizottság jóváhagyta.`).
 */
export function objectBefore(text: string, at: number, how: ObjectFirst, marked: RegExp | null = null): string | null {
  const start = clauseStart(text, at);
  if (start === null) return framedObject(text, at);
  const before = text.slice(start, at).trim();
  // the auxiliary a clitic sets second, before the committee: the words before it are the clause's first part, its object
  const clitic = CLITIC_AUXILIARY.test(before);
  const bare = (clitic ? before.replace(CLITIC_AUXILIARY, '') : before).replace(REPEATED_PRONOUN, '');
  // a reflexive verb's object after its preposition, set first (`Z informacijami predsedstva se je Odbor seznanil.`)
  const reflexive = clitic && REFLEXIVE_CLITIC.test(before) && REFLEXIVE_PREPOSITION.test(bare);
  const words = reflexive ? bare.replace(REFLEXIVE_PREPOSITION, '') : bare;
  if (!pronounAgrees(words, before)) return null;
  if (words === '' || words.includes(',') || words.split(/\s+/u).length > MOST_WORDS) return null;
  if (how === 'free' || DETERMINER.test(words) || marked?.test(words) === true || documentIds(words).length > 0) return words;
  return clitic && (reflexive || !ADVERBIAL_FIRST.test(words)) ? words : null;
}

/** The pronoun repeating an object set first, right after the comma that closes a clause inside the object. */
const PRONOUN_AFTER_COMMA = /,\s+(?:τον|την|το|τους|τις|τα|го|я|ги)\s+$/u;

/**
 * What a pair of commas may frame inside an object set first: a participle's clause or a relative clause, in Bulgarian
 * (`съдържащи се в документ 13802/25`, `изготвен от председателството`, `които се съдържат …`) or Greek (`που
 * περιλαμβάνονται …`, `τα οποία …`, `εγκεκριμένα από …`).
 */
const FRAMED =
  /^(?:(?:който|която|което|които|чийто|чиято|чието|чиито|που|(?:ο|η|το|οι|τα|τον|την|τους|τις)\s+οποί\p{L}+)(?![\p{L}])|\p{L}+(?:щ|[еая]н|[аеиу]т)(?:ия|ият|ата|ото|ите|[аоие])?(?![\p{L}])|\p{L}+μέν(?:ος|ης|ου|ους|ων|ες|η|ο|οι|α)(?![\p{L}]))/u;

/**
 * The Greek article opening an object set first (nominative or accusative) and the pronoun that repeats such an object
 * right before the verb, which agrees with it in gender and number: `Την έκθεση την ενέκρινε …`, `Τα συμπεράσματα τα …`,
 * `Το έγγραφο το …`, `Τον κατάλογο τον …`, `Τις προτάσεις τις …`, `Τους στόχους τους …`.
 */
const GREEK_AGREEMENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ο', new Set(['τον'])],
  ['τον', new Set(['τον'])],
  ['η', new Set(['την'])],
  ['την', new Set(['την'])],
  ['το', new Set(['το'])],
  ['οι', new Set(['τους', 'τις'])],
  ['τους', new Set(['τους'])],
  ['τις', new Set(['τις'])],
  ['τα', new Set(['τα'])],
]);

/** A Greek article opening words, and a pronoun in the words after them (`… την`), each in lower case. */
const GREEK_ARTICLE = /^(\p{L}+)\s/u;
const GREEK_PRONOUN = /(?:^|\s|,)(τον|την|το|τους|τις|τα)\s*$/u;

/**
 * Whether the Greek pronoun after an object set first (in `after`, the words between the object and the verb) agrees with
 * the article the object opens with: where it does not (`Τα συμπεράσματα, που …, την ενέκρινε …`), the pronoun stands
 * for something else and the words are no object. True where either is missing (other versions, no pronoun).
 */
function pronounAgrees(words: string, after: string): boolean {
  const pronoun = GREEK_PRONOUN.exec(after)?.[1];
  const article = GREEK_ARTICLE.exec(words)?.[1]?.toLowerCase();
  const agreeing = article === undefined ? undefined : GREEK_AGREEMENT.get(article);
  return pronoun === undefined || agreeing === undefined || agreeing.has(pronoun);
}

/** A preposition opening the words before such a pair: an adverbial (`След обсъждане, проведено …, го одобри …`), no object. */
const PREPOSITION_FIRST = /^(?:след|преди|по|при|в|във|на|с|със|за|от|до|към|през|μετά|κατά|σε|από|για|με|στ(?:ο|η|ον|ην|α|ους|ις))(?![\p{L}])/iu;

/**
 * The object set first that a pair of commas cuts, where the pronoun repeating it follows the second comma
 * (`Заключенията, съдържащи се в документ 13802/25, ги одобри Комитетът.`, `Τα συμπεράσματα, που περιλαμβάνονται στο
 * έγγραφο 13802/25, τα ενέκρινε η επιτροπή.`): the words before the first comma and the participle's or relative
 * clause between the two, else null (any other comma, words before the first that open with a preposition).
 */
function framedObject(text: string, at: number): string | null {
  const closing = PRONOUN_AFTER_COMMA.exec(text.slice(Math.max(0, at - 16), at));
  if (closing === null) return null;
  const second = Math.max(0, at - 16) + closing.index;
  const first = commaBefore(text, second);
  if (first === null) return null;
  const framed = text.slice(first + 1, second).trim();
  if (!FRAMED.test(framed)) return null;
  const start = clauseStart(text, first);
  if (start === null) return null;
  const head = text.slice(start, first).trim();
  if (head === '' || PREPOSITION_FIRST.test(head)) return null;
  if (!pronounAgrees(head, closing[0])) return null;
  const words = `${head}, ${framed}`;
  return words.split(/\s+/u).length > MOST_WORDS ? null : words;
}

/** The comma before `at` in its clause, no further back than an object's words: null where none, or a `;` or `:` first. */
function commaBefore(text: string, at: number): number | null {
  let words = 0;
  let inWord = false;
  for (let i = at - 1; i >= 0; i--) {
    const char = text.charAt(i);
    if (char === ';' || char === ':') return null;
    if (char === ',') return i;
    const space = /\s/u.test(char);
    if (!space && !inWord && ++words > MOST_WORDS) return null;
    inWord = !space;
  }
  return null;
}

/**
 * Where the clause holding `at` starts (after the last `;` or `:` before it, else the text's start), scanning back no
 * further than an object set first can reach: null where a comma comes first or more words than the most an object
 * holds and its repeated pronoun, as no object can be read there. Bounded, so a long text without `;` or `:` is not
 * scanned back to its start from every verb.
 */
function clauseStart(text: string, at: number): number | null {
  let words = 0;
  let inWord = false;
  for (let i = at - 1; i >= 0; i--) {
    const char = text.charAt(i);
    if (char === ';' || char === ':') return i + 1;
    if (char === ',') return null;
    const space = /\s/u.test(char);
    if (!space && !inWord && ++words > MOST_WORDS + 1) return null;
    inWord = !space;
  }
  return 0;
}

/** Whether an object read after a verb is none: only the clause's closing punctuation, or nothing. */
export function isEmptyObject(object: string): boolean {
  return /^[\s.!?:;,]*$/u.test(object);
}

import { COMPOUND_LANGUAGE_MARKERS, FRENCH_COMPOUND_HEADS } from './vocabulary.ts';

/**
 * What a language version's own rules say of a hyphen at a line's end, where the document prints neither the whole
 * word nor the compound with its hyphen. German, Dutch, Danish, Swedish, Polish, Finnish, Estonian and Hungarian close
 * their compounds (`Zusammenarbeit`, `samenwerking`, `politisamarbejde`, `polissamarbete`, `współpraca`, `sisäasiat`,
 * `siseasjad`, `belügyek`): there a second part that is a word of its own (`arbeit`, `werking`, `samarbejde`, `asiat`,
 * `asjade`, `ügyek`) is no sign of a compound's hyphen, a cut before it is hyphenation's. Their own hyphens stay:
 * Dutch where two vowels meet that would read as one sound (`politie-eenheden`, `zee-egel`), but for a diaeresis
 * hyphenation dropped (`be-` / `eindigen` is `beëindigen`: dutchDiaeresis), Finnish where a vowel meets itself
 * (`maa-alue`, `linja-auto`: a long vowel is never cut), Polish between the adjectives of a compound one (`społeczno-gospodarczy`, the first in `-o`, the second
 * a word the document prints); and French writes some compounds with a hyphen after a word hyphenation never leaves at
 * a line's end (`sud-orientales`, `vice-président`: FRENCH_COMPOUND_HEADS).
 * Two adjectives of one kind side by side, each its own (`deutsch-französischen`, `politisch-strategische`,
 * `juridisch-technische`, `dansk-tyske`, `svensk-finska`, `polsko-niemieckiego`, `česko-německého`), are written with
 * a hyphen in every version (COORDINATE_ADJECTIVES): the closed compounds these languages write end otherwise
 * (`deutschsprachigen`, `dansksprogede`, `ogólnoeuropejski`, `długoterminowy`).
 */

/** The languages whose compounds are written closed: a cut word's second part being a word is no compound's sign. */
const CLOSED_COMPOUNDS: ReadonlySet<string> = new Set(['de', 'nl', 'da', 'sv', 'pl', 'fi', 'et', 'hu']);

/** The fewest of a language's marker words a document's vocabulary holds to be read as written in it. */
const LEAST_MARKERS = 5;

/** Dutch's vowels that would read as one sound where a compound's parts meet (`ee`, `ie`, `oe`, `aa`, `ui` …). */
const DUTCH_VOWELS_MEETING = /^(?:a[aeiu]|e[eiu]|i[ei]|o[eiou]|u[iu])$/u;

/**
 * Dutch's vowels with the diaeresis that marks a new syllable (`beëindigen`, `geïnteresseerd`, `coördinatie`,
 * `financiële`, `zeeën`): hyphenation cutting a word there drops it (`be-` / `eindigen`, `financi-` / `ele`).
 */
const DUTCH_DIAERESIS: Readonly<Record<string, string>> = { e: 'ë', i: 'ï', o: 'ö', u: 'ü' };

/** The prefixes Dutch always writes with a diaeresis before a vowel, no words of their own (`beëindigen`, `geëvalueerd`). */
const DUTCH_DIAERESIS_PREFIXES: ReadonlySet<string> = new Set(['be', 'ge']);

/** Dutch endings after a vowel, each with a diaeresis on its first letter (`zeeën`, `financiële`, `efficiënt`, `ideeën`). */
const DUTCH_DIAERESIS_ENDINGS: ReadonlySet<string> = new Set(['en', 'ele', 'elen', 'ent', 'ente', 'enten', 'eren']);

/** Finnish's and Estonian's vowels: one meeting itself where a line is cut is a compound's hyphen (`maa-alue`). */
const FINNISH_VOWEL = /^[aeiouyäö]$/u;

/** The ending of the first adjective of a Polish compound one (`społeczno-`, `polsko-`). */
const POLISH_LINKING = /\p{L}{3}o$/u;

/**
 * Two adjectives side by side, each its own, as a language writes them with a hyphen (`deutsch-französischen`,
 * `wirtschaftlich-technische`, `juridisch-technische`, `dansk-tyske`, `svensk-finska`, `polsko-niemieckiego`,
 * `česko-německého`, `slovensko-maďarské`): the first in its uninflected or linking form, the second inflected, both
 * of the one kind of adjective (German `-isch` / `-lich`, Dutch `-isch`, Danish and Swedish `-sk`, the Slavonic
 * `-ski` / `-cki` / `-ský`). Hyphenation cuts no word after such a first part: `-sch` opens the next syllable (`poli-tische`).
 */
const COORDINATE_ADJECTIVES: Readonly<Record<string, readonly [head: RegExp, tail: RegExp]>> = {
  de: [/\p{Ll}(?:sch|lich)$/u, /^\p{Ll}+(?:sch|lich)(?:e[mnrs]?)?$/u],
  nl: [/\p{Ll}isch$/u, /^\p{Ll}+ische?$/u],
  da: [/\p{Ll}sk$/u, /^\p{Ll}+sk[ea]?$/u],
  sv: [/\p{Ll}sk$/u, /^\p{Ll}+sk[ea]?$/u],
  pl: [/\p{Ll}[sc]ko$/u, /^\p{Ll}+[sc]k(?:i|a|ie|iego|iej|iemu|im|ich|imi|ą)$/u],
  cs: [/\p{Ll}[sc]ko$/u, /^\p{Ll}+[sc]k(?:ý|á|é|ého|ém|ému|ou|ým|ých|ými)$/u],
  sk: [/\p{Ll}[sc]ko$/u, /^\p{Ll}+[sc]k(?:ý|á|é|ého|om|ému|ou|ým|ých|ými)$/u],
};

/** A line that ends on a letter and its hyphen (`polsko-`). */
const LETTER_HYPHEN_END = /\p{L}-$/u;

/** A line that opens on a compound's hyphen repeated before its second part (`-niemieckiego`). */
const REPEATED_HYPHEN_START = /^-\p{Ll}/u;

/**
 * Whether a line ending on a compound's hyphen (`polsko-`) goes on with it repeated before the compound's second part
 * (`-niemieckiego`, `-německého`), as Polish, Czech, Slovak, Croatian and Portuguese print a compound cut at its own
 * hyphen: the compound is one word with one hyphen (`polsko-niemieckiego`), the line's end's hyphen the one to go.
 */
export function isRepeatedHyphen(before: string, after: string): boolean {
  return LETTER_HYPHEN_END.test(before) && REPEATED_HYPHEN_START.test(after);
}

/** The language read for each vocabulary, as it is asked for every cut of a document. */
const languages = new WeakMap<ReadonlySet<string>, string | null>();

/**
 * The language of a document's vocabulary (its words in lower case) among those whose compounds a line end's hyphen is
 * told by: the one whose marker words it holds most of, five at least; else null (another language, or too few words
 * to tell).
 */
export function compoundLanguage(words: ReadonlySet<string>): string | null {
  const known = languages.get(words);
  if (known !== undefined) return known;
  let best: string | null = null;
  let most = LEAST_MARKERS - 1;
  for (const [language, markers] of Object.entries(COMPOUND_LANGUAGE_MARKERS)) {
    const held = markers.filter((marker) => words.has(marker)).length;
    if (held > most) [best, most] = [language, held];
  }
  languages.set(words, best);
  return best;
}

/** Whether the document's language writes its compounds closed (German, Dutch, Danish, Swedish, Polish). */
export function closesCompounds(words: ReadonlySet<string>): boolean {
  const language = compoundLanguage(words);
  return language !== null && CLOSED_COMPOUNDS.has(language);
}

/**
 * Whether the hyphen between `head` and `tail` (lower case) is the document's language's own compound hyphen, where the
 * document prints neither the whole word nor the compound: Dutch vowels meeting (`politie-` / `eenheden`), a French
 * compound's first word (`sud-` / `orientales`), Polish adjectives (`społeczno-` / `gospodarczy`, the second printed in
 * the document: `printed` tells a word it prints in lower case).
 */
export function isLanguageCompound(head: string, tail: string, words: ReadonlySet<string>, printed: (word: string) => boolean): boolean {
  const language = compoundLanguage(words);
  const coordinate = language === null ? undefined : COORDINATE_ADJECTIVES[language];
  if (coordinate !== undefined && coordinate[0].test(head) && coordinate[1].test(tail)) return true;
  switch (language) {
    case 'nl':
      return DUTCH_VOWELS_MEETING.test(`${head.slice(-1)}${tail.slice(0, 1)}`) && dutchDiaeresis(head, tail, words) === null;
    case 'fr':
      return FRENCH_COMPOUND_HEADS.has(head);
    case 'fi':
      return FINNISH_VOWEL.test(head.slice(-1)) && head.slice(-1) === tail.slice(0, 1);
    case 'pl':
      return POLISH_LINKING.test(head) && printed(tail);
    default:
      return false;
  }
}

/**
 * The first letter of `tail` (lower case) with the diaeresis Dutch writes on it, where a Dutch document's line is cut
 * at one (`be-` / `eindigen` → `ë`, `financi-` / `ele` → `ë`): the document prints the word whole with it
 * (`coördinatie`), the head is a prefix that always takes it (`be`, `ge`), or the tail an ending that does (`zee-` /
 * `en`, `effici-` / `ent`); else null.
 */
export function dutchDiaeresis(head: string, tail: string, words: ReadonlySet<string>): string | null {
  const marked = DUTCH_DIAERESIS[tail.slice(0, 1)];
  if (marked === undefined || !DUTCH_VOWELS_MEETING.test(`${head.slice(-1)}${tail.slice(0, 1)}`) || compoundLanguage(words) !== 'nl') return null;
  const whole = words.has(`${head}${marked}${tail.slice(1)}`);
  return whole || DUTCH_DIAERESIS_PREFIXES.has(head) || DUTCH_DIAERESIS_ENDINGS.has(tail) ? marked : null;
}

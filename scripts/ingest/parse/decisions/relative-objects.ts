/**
 * A decision in a relative clause whose subject is the body that decided (`The Presidency presented the draft
 * conclusions set out in 13802/25, which the Committee endorsed.`, `…, que le comité a approuvé.`, `…, che il comitato
 * ha approvato.`, `…, que el Comité aprobó.`, `…, que o Comité aprovou.`, `…, den der Ausschuss billigte.`, `…, dat het
 * Comité goedkeurde.`): the relative pronoun is the verb's object, so what was decided is the noun it hangs on (its
 * antecedent, the object of the clause before it), never the item's title nor the words after the verb. Where the
 * antecedent cannot be told, no decision rather than a wrong one. Every scan is bounded, so a sentence of any length
 * is read in time linear in its length.
 */
import { END } from './decision-grammar.ts';
import type { RawStatement } from './decision-grammar.ts';
import { recallsObject } from './recalled-decisions.ts';

/** The most words the clause before a relative pronoun is scanned back over, and an antecedent may hold. */
const MOST_WORDS = 24;

/**
 * A relative pronoun that is always one, right before a body (`, which`, `…, que`, `…, qu'`, `…, che`, `…, dat`): after
 * it the object of the body's verb is the antecedent, whatever words follow the verb.
 */
const RELATIVE = /(?:(?<![\p{L}])which|,\s*(?:qu(?:e|['’])|che|dat|die))\s*$/u;

/**
 * A pronoun that opens a relative clause or a clause of what was said (`the conclusions that the Committee endorsed`,
 * `a indiqué que le comité a approuvé`, `ha detto che il comitato ha approvato`, `verklaarde dat het Comité …`): a relative one only where the body's
 * verb has nothing after it as its object.
 */
const RELATIVE_OR_THAT = /(?<![\p{L}])(?:that|que|qu['’]|che|dat)\s*$/u;

/**
 * A relative pronoun that stands for `of` and the antecedent: the French `dont`, the Spanish `del que`, `de la cual`,
 * the Italian `di cui`, the Portuguese `do qual`, `da qual` (`…, dont le comité a pris note`, `…, del que el Comité
 * tomó nota`, `…, di cui il comitato ha preso atto`, `…, do qual o Comité tomou nota`): the antecedent is what a verb
 * with nothing after it decided (`prendre note de`, `tomar nota de`); where the verb has an object of its own (`…,
 * dont le comité a approuvé les conclusions`: the antecedent's conclusions), what was decided is a part of the
 * antecedent that cannot be told, and no decision is read. Group 1: the neuter `lo` (`…, de lo que el Comité tomó
 * nota`), which stands for the whole clause before: no decision either.
 */
const OF_WHICH = /,\s*(?:dont|de(?:l|\s+la|\s+los|\s+las|\s+(lo))\s+(?:que|cual|cuales)|di\s+cui|d[oa]s?\s+(?:qual|quais))\s*$/u;

/** An object that is nothing: the verb's clause ends right after it. */
const NOTHING = /^[\s.!?:;,]*$/u;

/** A text that leads a list, its points the verb's objects. */
const LEADS_LIST = /:\s*$/u;

/** The determiners a noun phrase opens with, in the versions read here. */
const DETERMINERS = {
  en: new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our']),
  romance: new Set(
    (
      'le la les un une ce cet cette ces son sa ses leur leurs du des ' +
      'il lo i gli una uno questo questa questi queste del della dello dei degli delle suo sua suoi sue ' +
      'el los las este esta estos estas su sus ' +
      'o a os as um uma estes do da dos das seu'
    ).split(' '),
  ),
  de: new Set('der die das den dem des ein eine einen einem eines diesen diese dieses diesem seinen seine sein ihren ihre ihr'.split(' ')),
  nl: new Set('de het een dit deze dat zijn haar hun'.split(' ')),
} as const;

/** Elided determiners glued to their noun (`l'exposé`, `dell'Unione`). */
const ELIDED = /^(?:l|dell|all|nell|sull|dall|un)['’]\p{L}/u;

/**
 * Words after which a determiner opens a noun phrase inside another (`the report of the Commission`, `la relazione
 * della Commissione`, `der Bericht der Kommission`): prepositions and conjunctions of the versions read here.
 */
const INSIDE = new Set(
  (
    'of on by for to in from with at about into under over and or ' +
    'de à au aux par pour sur dans avec en entre vers selon et ou ' +
    'di da con su per tra fra e ed ' +
    'y por para sobre según ' +
    'em com ' +
    'von vom zu zur zum mit im bei über für auf aus durch nach an am um gegen unter zwischen und oder ' +
    'van voor met op door aan naar uit om tot'
  ).split(' '),
);

/** The French auxiliary `a` before its participle (`a présenté`, `a pris`), no determiner. */
const FRENCH_PARTICIPLE = /^\p{L}+(?:é|ée|és|ées|is|it|u|ue|us|ert|erte)$/u;

/** A separable verb's particle ending the clause before the relative (`stellte den Entwurf … vor`, `lichtte het ontwerp toe`). */
const PARTICLE = /\s+(?:vor|dar|toe|voor)$/u;

/**
 * The antecedent of the relative pronoun after `comma` (the index where the clause before it ends): the noun phrase
 * the clause's verb takes, from its first determiner that follows a word in lower case which opens no phrase inside
 * another (`The Presidency presented the draft conclusions set out in 13802/25` → `the draft conclusions set out in
 * 13802/25`), to the clause's end; null where the clause (after a `,`, `;` or `:`) is longer than an object may be or
 * holds no such determiner (`In this respect, que …`).
 */
export function antecedent(text: string, comma: number, determiners: ReadonlySet<string>): string | null {
  const tokens = clauseBefore(text, comma);
  if (tokens === null) return null;
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i] ?? '';
    const before = tokens[i - 1] ?? '';
    const lower = word.toLowerCase();
    const opens = determiners.has(lower) || ELIDED.test(lower);
    if (!opens || !/^\p{Ll}/u.test(before) || INSIDE.has(before.toLowerCase()) || determiners.has(before.toLowerCase())) continue;
    // the French auxiliary `a`, not the Portuguese article (`a présenté`, not `a proposta`)
    if (lower === 'a' && determiners === DETERMINERS.romance && FRENCH_PARTICIPLE.test(tokens[i + 1] ?? '')) continue;
    const found = tokens.slice(i).join(' ').replace(PARTICLE, '');
    return tokens.length - i > MOST_WORDS || found === word ? null : found;
  }
  return null;
}

/**
 * The words of the clause before `comma` (after a `,`, `;` or `:`), scanned back over at most MOST_WORDS * 2 words:
 * null where the clause is longer, or recalls what it names.
 */
function clauseBefore(text: string, comma: number): string[] | null {
  const start = scanBack(text, comma);
  if (start === null) return null;
  const clause = text.slice(start, comma).trim();
  // a relative clause on a thing recalled tells of a decision taken before (`The Presidency recalled the conclusions,
  // which the Committee endorsed`): none of this meeting's
  return recallsObject(clause) ? null : clause.split(/\s+/u);
}

/** Where the clause before `comma` starts, scanned back over at most MOST_WORDS * 2 words: null where it is longer. */
function scanBack(text: string, comma: number): number | null {
  let start = comma;
  let words = 0;
  let inWord = false;
  while (start > 0) {
    const char = text.charAt(start - 1);
    if (char === ',' || char === ';' || char === ':') break;
    const space = /\s/u.test(char);
    if (!space && !inWord && ++words > MOST_WORDS * 2) return null;
    inWord = !space;
    start -= 1;
  }
  return start;
}

/**
 * A version that prints no article before its nouns (Polish, Czech, Slovak, Finnish) or joins it to the noun's end
 * (Danish, Swedish): the relative pronoun in the object's case that the body follows, after a comma or not (Danish and
 * Swedish often print none before `som`: `… handlingsplanen som komitéen godkendte`; `…, jonka komitea hyväksyi`) (`…, który Komitet zatwierdził`, `…, který výbor
 * schválil`, `…, ktorý výbor schválil`, `…, som komitéen godkendte`, `…, som kommittén godkände`), the past tense the
 * clause before it is told by (`przedstawiła`, `představilo`, `forelagde`, `presenterade`), the particle a verb may
 * take (`lade fram`), the prepositions an object may open with; `bare`: a pronoun that also means `as` (`som`), read
 * as the object only where the verb has nothing after it.
 */
interface ArticlelessRelative {
  pronoun: RegExp;
  past: RegExp;
  particle: RegExp | null;
  prepositions: ReadonlySet<string>;
  bare: boolean;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const ARTICLELESS: readonly ArticlelessRelative[] = [
  {
    pronoun: /(?<![\p{L}])(?:który|którą|które)\s*$/u,
    past: /^\p{Ll}{2,}(?:ł|ła|ło|li|ły)$/u,
    particle: null,
    prepositions: words('o na w we z ze do dla nad pod po przed przez za od u'),
    bare: false,
  },
  {
    pronoun: /(?<![\p{L}])(?:který|kterou|které|ktorý|ktorú|ktoré)\s*$/u,
    past: /^\p{Ll}{2,}(?:l|la|lo|li|ly)$/u,
    particle: null,
    prepositions: words('o na v ve vo s se so k ke ku za do pro pre po před pred od u'),
    bare: false,
  },
  // Slovenian and Croatian: the object's pronoun and the perfect's auxiliary before the committee (`…, ki ga je odbor
  // potrdil`, `…, koje je Odbor odobrio`), after a participle of the perfect (`je predstavilo`, `je predstavio`)
  {
    pronoun: /(?<![\p{L}])(?:ki\s+(?:ga|jo|jih|ju)\s+(?:je|so|sta)|(?:koji|koja|koje|kojeg|kojega|koju)\s+(?:je|su))\s*$/u,
    past: /^\p{Ll}{3,}(?:l|la|lo|li|le|o)$/u,
    particle: null,
    prepositions: words('o na v vo s z k za do pri po pred od iz u'),
    bare: false,
  },
  // Finnish: the object's pronoun (`jonka`, `joita`) after a past in `-i` (`esitteli`, `esitti`), the antecedent in the
  // case the verb before gave it, as printed (`…, jonka komitea hyväksyi`); read only where the verb has nothing after it
  {
    pronoun: /(?<![\p{L}])(?:jonka|joita)\s*$/u,
    past: /^\p{Ll}{3,}i$/u,
    particle: null,
    prepositions: words('kanssa ennen jälkeen'),
    bare: true,
  },
  {
    pronoun: /(?<![\p{L}])som\s*$/u,
    past: /^\p{Ll}{2,}(?:de|te)$/u,
    particle: /^(?:fram|frem|ut|ud|upp|op)$/u,
    prepositions: words('for för om på af av til till med i fra från ved vid'),
    bare: true,
  },
];

/**
 * The antecedent in a version without articles: the words after the first verb in the past of the clause before
 * `comma` (and its particle), where they are no more than MOST_WORDS and open with a word in lower case that is no
 * preposition (`Prezydencja przedstawiła projekt konkluzji zawarty w dokumencie 13802/25` → `projekt konkluzji
 * zawarty w dokumencie 13802/25`); null where no such verb stands after the clause's first word, or a name or a
 * preposition follows it (`przedstawiła Komitetowi …`, `redogjorde för …`: what the pronoun stands for cannot be told).
 */
function articlelessAntecedent(text: string, comma: number, relative: ArticlelessRelative): string | null {
  const tokens = clauseBefore(text, comma);
  if (tokens === null) return null;
  const verb = tokens.findIndex((token, index) => index > 0 && relative.past.test(token));
  if (verb === -1) return null;
  const from = relative.particle?.test(tokens[verb + 1] ?? '') === true ? verb + 2 : verb + 1;
  const first = tokens[from] ?? '';
  if (!/^\p{Ll}/u.test(first) || relative.prepositions.has(first) || tokens.length - from > MOST_WORDS) return null;
  return tokens.slice(from).join(' ');
}

/** The determiners of the versions a relative pronoun is written in. */
function determinersOf(pronoun: string): ReadonlySet<string> {
  if (/which|that/.test(pronoun)) return DETERMINERS.en;
  return /dat|die/.test(pronoun) ? DETERMINERS.nl : DETERMINERS.romance;
}

/** Where the clause before a relative pronoun at `pronoun` ends: before the spaces and the comma before it. */
function clauseEnd(text: string, pronoun: number): number {
  let end = pronoun;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return text.charAt(end - 1) === ',' ? end - 1 : end;
}

/**
 * The relative pronoun right before a body at `at`, if any: whether it is one for sure, whether it stands for the
 * object only where the verb has nothing after it (`bare`), and its antecedent (read when asked for).
 */
function relativeBefore(text: string, at: number): { sure: boolean; bare: boolean; noun: () => string | null } | null {
  const from = Math.max(0, at - 16);
  const before = text.slice(from, at);
  const ofWhich = OF_WHICH.exec(before);
  if (ofWhich !== null)
    return { sure: true, bare: true, noun: () => (ofWhich[1] === undefined ? antecedent(text, from + ofWhich.index, DETERMINERS.romance) : null) };
  for (const relative of ARTICLELESS) {
    const found = relative.pronoun.exec(before);
    if (found !== null) return { sure: true, bare: relative.bare, noun: () => articlelessAntecedent(text, clauseEnd(text, from + found.index), relative) };
  }
  const sure = RELATIVE.exec(before);
  const either = sure ?? RELATIVE_OR_THAT.exec(before);
  if (either === null) return null;
  const end = clauseEnd(text, from + either.index);
  const determiners = determinersOf(either[0]);
  return { sure: sure !== null, bare: false, noun: () => antecedent(text, end, determiners) };
}

/**
 * The relative pronoun that is a passive's subject, after the comma that ends the clause of its antecedent, right before
 * the auxiliary (`…, which were endorsed by the Committee`, `…, qui ont été approuvées par le Comité`, `…, que fueron
 * aprobadas por el Comité`, `…, che sono state approvate dal comitato`, `…, que foram aprovadas pelo Comité`, and their
 * `il quale`, `el cual`, `o qual`): group 1 the Romance pronoun.
 */
const PASSIVE_RELATIVE = /,\s*(?:which|(qui|que|che|(?:il|la|i|le)\s+qual[ei]|(?:el|la|los|las)\s+cual(?:es)?|(?:o|a|os|as)\s+(?:qual|quais)))\s*$/u;

/**
 * What the relative pronoun right before a passive's auxiliary at `at` stands for (`The Presidency presented the
 * recommendations, which were endorsed by the Committee` → `the recommendations`), as `antecedent` reads it; null where
 * no such pronoun stands there or its antecedent cannot be told.
 */
export function passiveRelativeAntecedent(text: string, at: number): string | null {
  const from = Math.max(0, at - 24);
  const found = PASSIVE_RELATIVE.exec(text.slice(from, at));
  if (found === null) return null;
  return antecedent(text, from + found.index, found[1] === undefined ? DETERMINERS.en : DETERMINERS.romance);
}

/**
 * The statements whose body opens a relative clause (`, which the Committee endorsed`, `, que le comité a approuvé`,
 * `, dont le comité a pris note`) with the antecedent as their object; those whose antecedent cannot be told left out.
 * A statement after a pronoun that may also open what was said (`that`, `que`, `che`, `dat` without a comma) is a
 * relative one only where its verb has no object of its own and a noun stands before the pronoun, and the verb leads
 * no list; the others are kept as read.
 */
export function withRelativeObjects<T extends { at: number }>(
  text: string,
  statements: readonly T[],
  objectOf: (statement: T) => string,
  withObject: (statement: T, noun: string) => T,
): T[] {
  const kept: T[] = [];
  for (const statement of statements) {
    const relative = relativeBefore(text, statement.at);
    if (relative === null || (!relative.sure && !NOTHING.test(objectOf(statement)))) {
      kept.push(statement);
      continue;
    }
    const noun = relative.noun();
    if (relative.bare) {
      if (noun !== null && NOTHING.test(objectOf(statement))) kept.push(withObject(statement, noun));
      continue;
    }
    // a pronoun that may open what was said keeps the statement as read where no antecedent stands before it, or where
    // the verb leads a list (`The Presidency concluded that COSI agreed:` / `- to put in place a Roadmap …`)
    if (noun !== null && (relative.sure || !LEADS_LIST.test(text))) kept.push(withObject(statement, noun));
    else if (!relative.sure) kept.push(statement);
  }
  return kept;
}

/**
 * The German and Dutch relative clause, its verb last: the pronoun, the body, up to four words, the verb ending the
 * clause (`…, den der Ausschuss billigte.`, `…, die der Ausschuss zur Kenntnis nahm,`, `…, dem der Ausschuss
 * zustimmte.`, `…, den der Ausschuss gebilligt hat.`, `…, dat het Comité goedkeurde.`, `…, dat het Comité heeft
 * goedgekeurd.`, `…, waarvan het Comité nota nam.`). Group 1 the body, groups 2… the verbs in VERB_LAST's order.
 */
const VERB_LAST: ReadonlyArray<readonly [string, RawStatement['verb']]> = [
  [
    String.raw`(?:billigten?|genehmigten?|(?:gebilligt|genehmigt)\s+ha(?:t|ben|tte|tten)|goedkeurden?|(?:heeft|hebben)\s+goedgekeurd|goedgekeurd\s+(?:heeft|hebben))`,
    'approved',
  ],
  [
    String.raw`(?:befürworteten?|befürwortet\s+ha(?:t|ben|tte|tten)|onderschre(?:ef|ven)|(?:heeft|hebben)\s+onderschreven|bekrachtigden?|(?:heeft|hebben)\s+bekrachtigd)`,
    'endorsed',
  ],
  [String.raw`(?:annahm(?:en)?|angenommen\s+ha(?:t|ben|tte|tten)|aannam(?:en)?|(?:heeft|hebben)\s+aangenomen)`, 'adopted'],
  [String.raw`(?:zur\s+Kenntnis\s+(?:nahm(?:en)?|genommen\s+ha(?:t|ben|tte|tten))|nota\s+(?:nam|namen|(?:heeft|hebben)\s+genomen))`, 'took-note'],
  [String.raw`(?:begrüßten?|begrüßt\s+ha(?:t|ben|tte|tten)|verwelkomden?|(?:heeft|hebben)\s+verwelkomd)`, 'welcomed'],
  [String.raw`(?:bestätigten?|bestätigt\s+ha(?:t|ben|tte|tten)|bevestigden?|(?:heeft|hebben)\s+bevestigd)`, 'confirmed'],
  [String.raw`(?:zustimmten?|zugestimmt\s+ha(?:t|ben|tte|tten)|instemden?|(?:heeft|hebben)\s+ingestemd)`, 'agreed'],
];

/** The pronouns opening such a clause: the object's (`den`, `die`, `das`, `dat`), the dative of `zustimmen`, the Dutch `waarvan`, `waarmee`. */
const VERB_LAST_PRONOUN = String.raw`den|die|das|dem|der|denen|welchen|welche|welches|welchem|dat|waarvan|waarmee|welke`;

/** A cheap test before the pattern: a comma and one of those pronouns. */
const VERB_LAST_HINT = new RegExp(String.raw`,\s*(?:${VERB_LAST_PRONOUN})\s`, 'u');

let verbLast: RegExp | null = null;

/** The pattern of such a clause with the versions' bodies (made the first time a text asks for it). */
function verbLastPattern(bodies: string): RegExp {
  verbLast ??= new RegExp(
    String.raw`,\s*(?:${VERB_LAST_PRONOUN})\s+(${bodies})((?:\s+[^\s,;:.!?]+){0,4}?)\s+(?:${VERB_LAST.map(([verb]) => `(${verb})`).join('|')})${END}(?=\s*(?:[,;:.!?]|$))`,
    'gu',
  );
  return verbLast;
}

/**
 * The decisions German and Dutch relative clauses with their verb last state (`bodies`: the versions' bodies as one
 * alternative), each with its antecedent as its object; none where the antecedent cannot be told.
 */
export function verbLastRelatives(text: string, bodies: string): RawStatement[] {
  if (!VERB_LAST_HINT.test(text)) return [];
  const found: RawStatement[] = [];
  const pattern = verbLastPattern(bodies);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const group = VERB_LAST.findIndex((_, index) => match?.[index + 3] !== undefined);
    const verb = VERB_LAST[group]?.[1];
    const dutch = /^\s*,\s*(?:dat|waarvan|waarmee|welke|die\s+(?:het|de)\s)/u.test(match[0]);
    const noun = antecedent(text, match.index, dutch ? DETERMINERS.nl : DETERMINERS.de);
    if (verb === undefined || noun === null) continue;
    found.push({ at: match.index, by: match[1] ?? '', verb, object: noun, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The participles of a German or Dutch relative clause in the passive (`…, die vom Ausschuss gebilligt wurden`, `…, die
 * door het Comité werden goedgekeurd`), each with its verb; the longer first (`voor kennisgeving aangenomen` before
 * `aangenomen`).
 */
const PASSIVE_PARTICIPLES: ReadonlyArray<readonly [RegExp, RawStatement['verb']]> = [
  [/^(?:zur\s+Kenntnis\s+genommen|voor\s+kennisgeving\s+aangenomen)$/u, 'took-note'],
  [/^(?:gebilligt|genehmigt|goedgekeurd)$/u, 'approved'],
  [/^(?:befürwortet|bekrachtigd|onderschreven)$/u, 'endorsed'],
  [/^(?:angenommen|aangenomen)$/u, 'adopted'],
  [/^(?:begrüßt|verwelkomd)$/u, 'welcomed'],
  [/^(?:bestätigt|bevestigd)$/u, 'confirmed'],
  [/^vereinbart$/u, 'agreed'],
];

/** The same participles as one alternative. */
const PARTICIPLE = String.raw`(?:zur\s+Kenntnis\s+genommen|voor\s+kennisgeving\s+aangenomen|gebilligt|genehmigt|goedgekeurd|befürwortet|bekrachtigd|onderschreven|angenommen|aangenomen|begrüßt|verwelkomd|bestätigt|bevestigd|vereinbart)`;

/** The German and Dutch passive auxiliaries: after the participle (`gebilligt wurden`, `goedgekeurd werden`) or, in Dutch, before it. */
const AFTER_PARTICIPLE = String.raw`(?:wurden?|worden\s+(?:ist|sind)|werd(?:en)?|is|zijn)`;
const BEFORE_PARTICIPLE = String.raw`(?:werd(?:en)?|is|zijn)`;

/** A cheap test before the pattern: a comma, a relative pronoun and the word an agent opens with. */
const PASSIVE_LAST_HINT = /,\s*(?:der|die|das|welche[rs]?|dat|welke)\s+(?:vom|von|door)\s/u;

let passiveLast: RegExp | null = null;

/**
 * The decisions German and Dutch relative clauses in the passive state where the clause is only the agent and the verb
 * (`…, die vom Ausschuss gebilligt wurden.`, `…, die door het Comité werden goedgekeurd.`, `agents`: group 1 the
 * agent's name after `vom`, `von der`, `door het`), each with the pronoun's antecedent as its object; none where the
 * antecedent cannot be told, or the clause says more (`…, die vom Rat im Jahr 2020 gebilligt wurden`: when, a decision
 * mentioned).
 */
export function verbLastPassiveRelatives(text: string, agents: string): RawStatement[] {
  if (!PASSIVE_LAST_HINT.test(text)) return [];
  passiveLast ??= new RegExp(
    String.raw`,\s*(?:der|die|das|welche[rs]?|dat|welke)\s+(?:${agents})\s+(?:${BEFORE_PARTICIPLE}\s+(${PARTICIPLE})|(${PARTICIPLE})\s+${AFTER_PARTICIPLE})${END}(?=\s*(?:[,;:.!?]|$))`,
    'gu',
  );
  const found: RawStatement[] = [];
  passiveLast.lastIndex = 0;
  for (let match = passiveLast.exec(text); match !== null; match = passiveLast.exec(text)) {
    const participle = (match[2] ?? match[3] ?? '').replace(/\s+/gu, ' ');
    const verb = PASSIVE_PARTICIPLES.find(([pattern]) => pattern.test(participle))?.[1];
    const dutch = /^,\s*\S+\s+door\s/u.test(match[0]);
    const noun = antecedent(text, match.index, dutch ? DETERMINERS.nl : DETERMINERS.de);
    if (verb === undefined || noun === null) continue;
    found.push({ at: match.index, by: match[1] ?? '', verb, object: noun, end: match.index + match[0].length });
  }
  return found;
}

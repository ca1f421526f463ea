/**
 * The English decision phrases of an outcome and the patterns compiled from them: each decision verb in the active voice
 * (`endorsed`, `took note of`, `will revert to`), as a participle after a passive auxiliary (`was adopted`), a passive
 * whose object follows it (`Note was taken of …`), a verb coordinated after a subject's (`… and invited Europol to …`),
 * and the words one of which every phrase holds, so that most sentences are not searched (checked when the module loads).
 */
import { AUXILIARY, BARE_OBJECT, CLAUSE_OPENING, DECISION_MAKER, NAMED_OBJECT_VERB, OBJECT_OPENING, REPORTING_VERB } from './decision-clauses.ts';
import type { DecisionVerb } from './decisions.ts';

/** What an outcome says of an exchange of views between its article and its noun (`held a first exchange of views`). */
const EXCHANGE_KIND = String.raw`(?:first|brief|short|initial|further|thorough|broad|general|open|fruitful|substantive|in-depth|strategic|useful|policy|lively|comprehensive)`;

/**
 * What a body `supported` where that is its endorsement: the paper or position put to it, after a determiner (`the
 * approach`, `the Presidency's proposal`, `these recommendations`, `the way forward set out in …`, `the idea of …`).
 */
const SUPPORTED_THING = String.raw`(?:the|this|these|its|their)\s+(?:(?:Presidency['’]s|Commission['’]s|overall|general|proposed|draft|revised|suggested|new)\s+){0,2}(?:approach|proposals?|idea|concept|way\s+forward|recommendations?|conclusions|text|draft|paper|priorities|roadmap|plan|objectives?|orientations?|initiative|continuation|suggestions?|options?|line|strategy|steps?)\b`;

/**
 * A body coming back to the item, said or reported (`will revert to`, `noted that it would revert to`): the verbs that
 * report it are `REPORTING_VERB` of decision-clauses.ts.
 */
const WILL_RETURN = String.raw`(?:(?:${REPORTING_VERB}|informed\s+(?:the\s+)?(?:COSI|[Cc]ommittee|delegations|Member\s+States))\s+(?:that\s+)?(?:it|they)(?:\s+(?:also|then))?\s+(?:will|would)|will)\s+(?:(?:revert|return|come\s+back|get\s+back)\s+to|revert\s+on)`;

/**
 * How each decision verb is written in the active voice, as regular-expression sources. `took note` takes its `of`,
 * so that its object is what was noted; every other verb's object keeps its preposition (`exchanged views on …`,
 * `agreed to …`).
 */
export const ACTIVE_PHRASES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  // a body saying it comes back to the item (`will revert to this item`, `will return to the matter`, `will revert on this
  // issue`), also as reported (`said that it will revert to COSI`, `noted that it would revert to this item`, `informed
  // delegations that it would come back to`: only a pronoun for the body that speaks after `that`): its object after `to`
  // (or `on`). First, so that `noted` or `confirmed` reporting it is read as the return, not as a note taken.
  ['will-return', WILL_RETURN],
  ['adopted', 'adopted'],
  // support given to what was put to the committee is an endorsement (`broadly supported the approach`, `expressed its
  // support for`, and so support confirmed or reiterated for such a thing, `confirmed its support for the approach`, `reiterated
  // their full support to the Presidency's initiative`, not `Frontex confirmed its support for the joint operations`); never support given to people or work (`Europol supported the Member States`, `… supported 200
  // operations`): only the position, proposal or text the item is about (`SUPPORTED_THING`)
  [
    'endorsed',
    String.raw`endorsed|gave\s+(?:its|their)\s+(?:support|green\s+light)\s+to|expressed\s+(?:(?:its|their)\s+)?(?:full\s+|broad\s+|strong\s+|general\s+|unanimous\s+)?support\s+(?:for|to)|(?:confirmed|reiterated|reaffirmed|renewed)\s+(?:its|their)\s+(?:full\s+|broad\s+|strong\s+|continued\s+|unanimous\s+)?support\s+(?:for|to)(?=\s+${SUPPORTED_THING})|supported(?=\s+${SUPPORTED_THING})`,
  ],
  // a common understanding reached is an agreement (`reached a common understanding on the way forward`)
  [
    'agreed',
    String.raw`agreed|decided|reached\s+(?:an?\s+)?(?:broad\s+|general\s+|political\s+)?(?:agreement|consensus)|reached\s+an?\s+(?:common|shared)\s+understanding`,
  ],
  ['approved', 'approved'],
  ['confirmed', 'confirmed'],
  // stock taken of a matter is a note taken of it (`took stock of the progress made`)
  ['took-note', String.raw`(?:took|taken)\s+(?:due\s+|good\s+)?note(?:\s+of)?|(?:duly\s+)?noted|acknowledged|took\s+stock\s+of`],
  // a discussion held is an exchange of views (`held a strategic discussion on`, `had a debate on`), and so is what a
  // body `discussed` (`The Committee discussed the Presidency's proposals … as set out in 13461/17`): the outcome's
  // record that the item was discussed, and of which document
  ['exchanged-views', String.raw`exchanged\s+views|discussed|(?:held|had)\s+an?\s+(?:${EXCHANGE_KIND}\s+)?(?:exchange\s+of\s+views|discussion|debate)`],
  ['welcomed', 'welcomed'],
  ['tasked', 'tasked|mandated|instructed'],
  ['invited', 'invited|called\\s+(?:up)?on'],
  // a conclusion: `concluded that …`, `concluded the discussion by …`, never a participle (`Items concluded by COSI SG`)
  ['concluded', String.raw`concluded(?=\s+(?:that|by\s+\p{Ll}+ing|the\s+(?:discussion|debate|exchange|item|point))\b)`],
  ['postponed', String.raw`postponed|deferred`],
  ['withdrawn', 'withdrew'],
];

/**
 * The auxiliary of a passive: the past (`was`, `were`) and the present perfect (`has been`, `have been`), not after a
 * modal (`would have been endorsed`).
 */
const PASSIVE_AUXILIARY = String.raw`(?:was|were|has\s+been|have(?<!\b(?:would|should|could|will|shall|may|might|must|to)\s+have)\s+been)`;

/**
 * The same verbs as participles after a passive auxiliary (`The agenda was adopted`, `Europol was tasked`, `The
 * handbook has been endorsed`); the subject is what was decided, the agent (`by …`) who decided. Modal and future
 * forms (`would be invited`) and negations are not decisions.
 */
export const PASSIVE_PHRASES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  ...(['adopted', 'endorsed', 'agreed', 'approved', 'confirmed', 'welcomed', 'tasked', 'invited'] as const).map(
    (verb) => [verb, String.raw`(?:\p{Ll}+ly\s+)?${verb}`] as const,
  ),
  ['took-note', String.raw`(?:duly\s+)?(?:noted|taken\s+note\s+of)`],
  ['postponed', String.raw`(?:\p{Ll}+ly\s+)?(?:postponed|deferred)`],
  ['withdrawn', String.raw`(?:\p{Ll}+ly\s+)?withdrawn`],
];

/** Passives whose object follows them (`Note was taken of the report`, `Views were exchanged on drugs`). */
export const OBJECT_AFTER_PASSIVES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  ['took-note', String.raw`[Nn]ote\s+was\s+taken(?:\s+of)?`],
  ['exchanged-views', String.raw`[Vv]iews\s+were\s+exchanged`],
  ['concluded', String.raw`[Ii]t\s+was\s+concluded(?=\s+that\b)`],
];

/** Any phrase of a table, one capturing group per verb in table order. */
function alternatives(phrases: ReadonlyArray<readonly [DecisionVerb, string]>): string {
  return phrases.map(([, phrase]) => `(${phrase})`).join('|');
}

/** The verb of the first capturing group from `first` on that matched, groups numbered as the phrase table. */
export function verbOf(match: RegExpExecArray, phrases: ReadonlyArray<readonly [DecisionVerb, string]>, first: number): DecisionVerb {
  const index = phrases.findIndex((_, group) => match[first + group] !== undefined);
  return phrases[index]?.[0] ?? 'adopted';
}

/**
 * Words one of which every English decision phrase holds literally (each alternative of ACTIVE_PHRASES,
 * PASSIVE_PHRASES and OBJECT_AFTER_PASSIVES, outside any optional part: checked below when the module loads). A
 * text without one has no English statement, so most sentences of an item are not searched with the patterns.
 */
const ENGLISH_VERB_WORDS = [
  ...['adopted', 'endorsed', 'agree', 'approved', 'confirmed', 'note', 'exchange', 'welcomed', 'tasked', 'invited', 'taken'],
  ...['decided', 'consensus', 'support', 'green', 'acknowledged', 'mandated', 'instructed', 'called'],
  ...['concluded', 'postponed', 'deferred', 'revert', 'return', 'back', 'withdrew', 'withdrawn', 'discussion', 'debate', 'discussed', 'understanding', 'stock'],
];

/** Any of ENGLISH_VERB_WORDS: a text without one has no English statement. */
export const ENGLISH_VERB_WORD = new RegExp(ENGLISH_VERB_WORDS.join('|'));

/** What a group or an optional part stands for in holdsVerbWord: one that always holds a word, or one that may not. */
const HOLDS_WORD = '\u0001';
const MAY_NOT = '\u0000';

/**
 * Whether every match of a phrase's source holds one of ENGLISH_VERB_WORDS: each alternative holds one as literal
 * text outside its optional parts (`?`, `*`, `{0,…}`) and lookarounds, or holds a group every alternative of which
 * does. Groups are read innermost first; the phrase tables use no escaped parenthesis or class holding one.
 */
export function holdsVerbWord(source: string): boolean {
  let text = source;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\((\?<?[=!])?(?:\?:)?([^()]*)\)([?*]|\{0[\d,]*\})?/g, (_group, lookaround, inner: string, optional) =>
      lookaround !== undefined || optional !== undefined || !holdsVerbWord(inner) ? MAY_NOT : HOLDS_WORD,
    );
  }
  const literal = text.replace(/(?:\\p\{[^}]*\}|\\.|\[[^\]]*\]|.)(?:[?*]|\{0[\d,]*\})/gu, MAY_NOT).replace(/\\p\{[^}]*\}|\\.|\[[^\]]*\]/gu, MAY_NOT);
  return literal.split('|').every((branch) => branch.includes(HOLDS_WORD) || ENGLISH_VERB_WORDS.some((word) => branch.includes(word)));
}

for (const [verb, phrase] of [...ACTIVE_PHRASES, ...PASSIVE_PHRASES, ...OBJECT_AFTER_PASSIVES])
  if (!holdsVerbWord(phrase)) throw new Error(`an English decision phrase of ${verb} can match without any of ENGLISH_VERB_WORDS: ${phrase}`);

/**
 * A pronoun opening a sentence (or a clause after `;`) as the subject of a decision verb (`It also endorsed …`, `They
 * further invited …`): the body that decided before it in the item decided (`SUBJECT_PRONOUNS`, findDecisions).
 */
const SUBJECT_PRONOUN = String.raw`(?<=^|;\s{0,3})(?:It|They)`;

/** A body (or a pronoun standing for one) opening a clause, and its decision verb. */
export const ACTIVE = new RegExp(`${CLAUSE_OPENING}(${DECISION_MAKER}|${SUBJECT_PRONOUN})${AUXILIARY}\\s+(?:${alternatives(ACTIVE_PHRASES)})\\b`, 'gu');

/** A body opening a clause, and any finite verb: the subject a verb coordinated after it shares. */
export const SUBJECT = new RegExp(`${CLAUSE_OPENING}(${DECISION_MAKER})${AUXILIARY}\\s+\\p{Ll}`, 'gu');

/**
 * A decision verb coordinated by `and` or a comma with the verb of a subject before it, opening an object (or, for
 * `invited` and `tasked`, a name: `and invited Europol to report`; after `took note of`, a document's number or a name:
 * `and took note of 9877/25 ADD 1`, whose object is then the number, not `of 9877/25 ADD 1`; an exchange of views ending
 * the sentence, `and held an exchange of views.`, whose object is the item's title; `and will return to it`, `and said
 * that it would come back to COSI`).
 */
export const COORDINATED = new RegExp(
  `(?:,|\\band)${AUXILIARY}\\s+(?:${alternatives(ACTIVE_PHRASES)})(?=\\s+${OBJECT_OPENING}|\\s+${BARE_OBJECT}|(?<=${NAMED_OBJECT_VERB})\\s+\\p{Lu}|(?<=\\bof)\\s+[\\p{N}\\p{Lu}]|(?<=\\bviews)[\\s.]*$|(?<=\\bto)\\s+(?:it\\b|\\p{Lu}))`,
  'gu',
);

/** A passive decision verb. */
export const PASSIVE = new RegExp(`\\b${PASSIVE_AUXILIARY}\\s+(?:${alternatives(PASSIVE_PHRASES)})\\b`, 'gu');

/** A passive with its object after it. */
export const OBJECT_AFTER = new RegExp(`\\b(?:${alternatives(OBJECT_AFTER_PASSIVES)})\\b`, 'gu');

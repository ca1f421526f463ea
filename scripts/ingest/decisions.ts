import type { DECISION_VERBS } from '../../src/schemas/vocabulary.ts';
import { findReferences } from './references.ts';
import { splitSentences } from './sentences.ts';

/** A decision verb of the closed vocabulary. */
export type DecisionVerb = (typeof DECISION_VERBS)[number];

/** A decision found in an agenda item: its verb, the canonical ids referenced in its sentence, and that sentence. */
export interface FoundDecision {
  verb: DecisionVerb;
  references: string[];
  sentence: string;
}

/** How each decision verb is written in the active voice, as regular-expression sources. */
const ACTIVE_PHRASES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  ['adopted', 'adopted'],
  ['endorsed', 'endorsed'],
  ['agreed', String.raw`agreed|reached\s+(?:an\s+|broad\s+)?agreement`],
  ['approved', 'approved'],
  ['confirmed', 'confirmed'],
  ['took-note', String.raw`took\s+note`],
  ['exchanged-views', String.raw`exchanged\s+views|(?:held|had)\s+an?\s+exchange\s+of\s+views`],
  ['welcomed', 'welcomed'],
  ['tasked', 'tasked'],
  ['invited', 'invited'],
];

/** Verbs that also count in the passive when the sentence's subject is what was decided on (`The agenda was adopted`). */
const PASSIVE_VERBS: ReadonlyArray<DecisionVerb> = ['adopted', 'endorsed', 'agreed', 'approved', 'confirmed'];

/**
 * Who decides: the committee as a body — `COSI`, `The Committee`, `Delegations`, `Member States`
 * (all of them, at the start of a clause), also together with CLASI at a joint meeting. The
 * Presidency is not a subject: when it welcomes or confirms something it speaks for itself, not
 * for the committee; nor are `some` or `various` delegations, which are views, not decisions.
 */
const SUBJECT = new RegExp(
  String.raw`(?:^|\bthat\s+|,\s+)(?:[Tt]he\s+)?(?:COSI|Committee|Delegations|Member\s+States)(?:\s+and\s+CLASI(?:\s+delegations|\s+delegates)?)?(?=\s)`,
  'g',
);

/** Words allowed between the subject (or `and`) and its verb. */
const AUXILIARY = String.raw`(?:\s+(?:has|have))?(?:\s+(?:also|then|further|finally|formally|unanimously|broadly|generally|subsequently|therefore|again))?`;

/** Any active decision phrase, one capturing group per verb in ACTIVE_PHRASES order. */
const ACTIVE_ALTERNATIVES = ACTIVE_PHRASES.map(([, phrase]) => `(${phrase})`).join('|');

/** A decision verb right after the subject. */
const MAIN_VERB = new RegExp(`${AUXILIARY}\\s+(?:${ACTIVE_ALTERNATIVES})\\b`, 'y');

/**
 * A further verb of the same subject, coordinated by `and` or a comma (`exchanged views … and invited
 * the Commission`). It must open an object (`the`, `to`, `on` …), which keeps participles out:
 * `approved by the Council`, `adopted in May`.
 */
const COORDINATED_VERB = new RegExp(
  String.raw`(?:,|\band)${AUXILIARY}\s+(?:${ACTIVE_ALTERNATIVES})\b(?=\s+(?:the|a|an|this|these|its|their|to|on|that|with|of|views)\b)`,
  'g',
);

/** A passive decision: a sentence about the thing decided (`The agenda …`, `It …`) whose verb is `was adopted`, unless done `by` another body. */
const PASSIVE = new RegExp(
  String.raw`^(?:The|It)\b[^:;]*?\s(?:was|were|has\s+been|have\s+been)${AUXILIARY}\s+(${PASSIVE_VERBS.join('|')})\b(?!\s+by\s+(?!COSI|the\s+Committee))`,
);

/** Text that is no part of the sentence's grammar: list bullets, emphasis and Markdown escapes. */
const MARKUP = /^(?:[-*•–]\s+)+|\*\*|\\(?=[*_[\]#])/g;

/**
 * `agreed on the importance of …` states a shared assessment, not a decision on a matter: an
 * `agreed` whose object opens (within a few words) with one of these nouns is not reported.
 */
const ASSESSMENT_OBJECT = /^\s*(?:on|that)?\s*the\s+(?:[\w'’-]+\s+){0,3}?(?:importance|need|necessity|relevance)\b/;

/** The verb of the first non-empty capturing group of a match against ACTIVE_ALTERNATIVES. */
function activeVerb(match: RegExpExecArray, firstGroup: number): DecisionVerb | null {
  for (const [index, [verb]] of ACTIVE_PHRASES.entries()) {
    if (match[firstGroup + index] !== undefined) return verb;
  }
  return null;
}

/** Whether an `agreed` ending at `end` is an assessment (see ASSESSMENT_OBJECT). */
function isAssessment(verb: DecisionVerb, sentence: string, end: number): boolean {
  return verb === 'agreed' && ASSESSMENT_OBJECT.test(sentence.slice(end, end + 80));
}

/** The decision verbs of one sentence, in the order they are written. */
function sentenceVerbs(sentence: string): DecisionVerb[] {
  const verbs = new Map<number, DecisionVerb>();
  const passive = PASSIVE.exec(sentence);
  if (passive !== null) verbs.set(passive.index + passive[0].length, passive[1] as DecisionVerb);
  const mainVerb = new RegExp(MAIN_VERB);
  for (const subject of sentence.matchAll(SUBJECT)) {
    const subjectEnd = subject.index + subject[0].length;
    mainVerb.lastIndex = subjectEnd;
    const main = mainVerb.exec(sentence);
    const candidates = main === null ? [] : [{ match: main, end: mainVerb.lastIndex }];
    for (const next of sentence.slice(subjectEnd).matchAll(COORDINATED_VERB)) {
      candidates.push({ match: next, end: subjectEnd + next.index + next[0].length });
    }
    for (const { match, end } of candidates) {
      const verb = activeVerb(match, 1);
      if (verb !== null && !isAssessment(verb, sentence, end)) verbs.set(end, verb);
    }
  }
  return [...verbs.entries()].sort(([a], [b]) => a - b).map(([, verb]) => verb);
}

/** The decisions of one agenda item's plain text, in order: each with the distinct references of its sentence. */
export function findDecisions(plainText: string): FoundDecision[] {
  const decisions: FoundDecision[] = [];
  for (const sentence of splitSentences(plainText)) {
    const clean = sentence.replace(MARKUP, '');
    const verbs = sentenceVerbs(clean);
    if (verbs.length === 0) continue;
    const references = [...new Set(findReferences(sentence).map((reference) => reference.id))];
    for (const verb of verbs) decisions.push({ verb, references, sentence });
  }
  return decisions;
}

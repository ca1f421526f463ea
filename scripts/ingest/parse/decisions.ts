import type { DECISION_VERBS } from '../../../src/schemas/vocabulary.ts';
import { findReferences } from '../../../src/shared/references.ts';
import { splitSentences } from './sentences.ts';

/** A decision verb of the closed vocabulary. */
export type DecisionVerb = (typeof DECISION_VERBS)[number];

/** A decision found in an agenda item: its verb, the canonical ids referenced in its sentence, and that sentence. */
export interface FoundDecision {
  verb: DecisionVerb;
  references: string[];
  sentence: string;
}

/**
 * How each decision verb is written in the active voice, as regular-expression sources. Every
 * `agreed` counts, `agreed on the region's strategic importance` included: the vocabulary has no
 * separate verb for a shared assessment, and the outcome records it as what the delegations agreed.
 */
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

/**
 * The same verbs in the past passive (`The agenda was adopted`, `Europol was tasked`), whoever the
 * agent: the outcome of proceedings records what happened at the meeting. Modal and future forms
 * (`would be invited`, `will be submitted for adoption`) are not decisions.
 */
const PASSIVE_PHRASES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  ...(['adopted', 'endorsed', 'agreed', 'approved', 'confirmed', 'welcomed', 'tasked', 'invited'] as const).map(
    (verb) => [verb, String.raw`(?:was|were)\s+(?:\w+ly\s+)?${verb}`] as const,
  ),
  ['took-note', String.raw`[Nn]ote\s+was\s+taken\s+of|(?:was|were)\s+taken\s+note\s+of`],
  ['exchanged-views', String.raw`[Vv]iews\s+were\s+exchanged`],
];

/** Words that make `COSI` or `Committee` name another body: `COSI SG`, `COSI Support Group`, `the Committee on Civil Liberties`. */
const NOT_THE_COMMITTEE = String.raw`\s+(?:SG|Support\s+Group|Chair|on|of|for)\b`;

/**
 * Who decides: the committee as a body — `COSI`, `The Committee`, `Delegations` (all of them), also
 * `COSI and CLASI delegations` at a joint meeting — opening a sentence, a clause (`In May 2024, COSI …`,
 * `concluded that COSI …`) or a list item. The Presidency is not a subject: when it welcomes
 * something it speaks for itself, not for the committee; nor are `Member States`, `some` or `various`
 * delegations, whose statements are views, not decisions of the committee.
 */
const SUBJECT = new RegExp(
  String.raw`(?:^|\b(?:that|and)\s+|[,;:]\s+|[-*•–]\s+)(?:[Tt]he\s+)?(?:COSI|Committee|[Dd]elegations)(?:\s+and\s+CLASI(?:\s+delegations|\s+delegates)?)?(?=\s)(?!${NOT_THE_COMMITTEE})`,
  'g',
);

/** Words allowed between the subject (or `and`) and its verb. */
const AUXILIARY = String.raw`(?:\s+(?:has|have))?(?:\s+(?:also|then|further|finally|formally|unanimously|broadly|generally|subsequently|therefore|again))?`;

/** Any phrase of a table, one capturing group per verb in table order. */
function alternatives(phrases: ReadonlyArray<readonly [DecisionVerb, string]>): string {
  return phrases.map(([, phrase]) => `(${phrase})`).join('|');
}

/** A decision verb right after the subject. */
const MAIN_VERB = new RegExp(`${AUXILIARY}\\s+(?:${alternatives(ACTIVE_PHRASES)})\\b`, 'y');

/**
 * A further verb of the same subject, coordinated by `and` or a comma (`exchanged views … and invited
 * the Commission`). It must open an object (`the`, `to`, `on` …), which keeps participles out:
 * `agreed by the LEWP`, `adopted in May`.
 */
const COORDINATED_VERB = new RegExp(
  String.raw`(?:,|\band)${AUXILIARY}\s+(?:${alternatives(ACTIVE_PHRASES)})\b(?=\s+(?:the|a|an|this|these|its|their|to|on|that|with|of|views)\b)`,
  'g',
);

/** A passive decision anywhere in the sentence. */
const PASSIVE = new RegExp(String.raw`\b(?:${alternatives(PASSIVE_PHRASES)})\b`, 'g');

/** The verb of the first capturing group that matched, groups numbered as the phrase table. */
function verbOf(match: RegExpExecArray, phrases: ReadonlyArray<readonly [DecisionVerb, string]>): DecisionVerb | null {
  const index = phrases.findIndex((_, group) => match[group + 1] !== undefined);
  return phrases[index]?.[0] ?? null;
}

/**
 * A word every phrase of both tables contains (`reached agreement`, `took note`, `exchange of views`): a sentence
 * without one has no decision and is not matched against the phrases.
 */
const VERB_WORD = /adopted|endorsed|agree|approved|confirmed|[Nn]ote|[Vv]iews|welcomed|tasked|invited/;

/** The decision verbs of one sentence, one per occurrence (keyed by where the verb ends), in the order they are written. */
function sentenceVerbs(sentence: string): DecisionVerb[] {
  if (!VERB_WORD.test(sentence)) return [];
  const verbs = new Map<number, DecisionVerb>();
  const note = (verb: DecisionVerb | null, at: number): void => {
    if (verb !== null) verbs.set(at, verb);
  };
  for (const match of sentence.matchAll(PASSIVE)) note(verbOf(match, PASSIVE_PHRASES), match.index + match[0].length);
  const mainVerb = new RegExp(MAIN_VERB);
  const subjects = [...sentence.matchAll(SUBJECT)];
  for (const [index, subject] of subjects.entries()) {
    const subjectEnd = subject.index + subject[0].length;
    mainVerb.lastIndex = subjectEnd;
    const main = mainVerb.exec(sentence);
    if (main !== null) note(verbOf(main, ACTIVE_PHRASES), mainVerb.lastIndex);
    // Coordinated verbs belong to this subject up to the next one: each stretch is scanned once.
    const stretch = sentence.slice(subjectEnd, subjects[index + 1]?.index ?? sentence.length);
    for (const next of stretch.matchAll(COORDINATED_VERB)) {
      note(verbOf(next, ACTIVE_PHRASES), subjectEnd + next.index + next[0].length);
    }
  }
  return [...verbs.entries()].sort(([a], [b]) => a - b).map(([, verb]) => verb);
}

/** List bullets at the start, emphasis and Markdown escapes: no part of a sentence's grammar. */
const MARKUP = /^(?:[-*•–]\s+)+|\*\*|__|\\(?=[*_[\]#-])/g;

/** The decisions of one agenda item's plain text, in order: each with the distinct references of its sentence. */
export function findDecisions(plainText: string): FoundDecision[] {
  const decisions: FoundDecision[] = [];
  for (const sentence of splitSentences(plainText)) {
    const verbs = sentenceVerbs(sentence.replace(MARKUP, ''));
    if (verbs.length === 0) continue;
    const references = [...new Set(findReferences(sentence).map((reference) => reference.id))];
    for (const verb of verbs) decisions.push({ verb, references, sentence });
  }
  return decisions;
}

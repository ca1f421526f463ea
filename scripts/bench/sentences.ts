import type { Citations } from './citations.ts';
import type { DecisionVerb, PlannedDecision } from './model.ts';
import type { Random } from './prng.ts';
import { ACTIONS, ACTORS, CITIES, COUNTRIES, DECISION_OBJECTS, FILLER_ENDINGS, FILLER_OBJECTS, FILLER_VERBS, TASKED_BODIES, TOPICS } from './vocabulary.ts';

/** A sentence with the decision it records, if any. */
export interface Sentence {
  text: string;
  decision: PlannedDecision | null;
}

/** Verbs of generated decisions with their share (weights sum to 100); `adopted` is kept for the agenda. */
const DECISION_MIX: readonly { verb: DecisionVerb; weight: number }[] = [
  { verb: 'endorsed', weight: 24 },
  { verb: 'took-note', weight: 30 },
  { verb: 'exchanged-views', weight: 14 },
  { verb: 'agreed', weight: 10 },
  { verb: 'approved', weight: 6 },
  { verb: 'confirmed', weight: 4 },
  { verb: 'welcomed', weight: 5 },
  { verb: 'tasked', weight: 4 },
  { verb: 'invited', weight: 3 },
];

/** Subjects a decision sentence may have. */
const DECIDERS = ['COSI', 'The Committee'] as const;

/** Phrases that start with a name and keep their capital mid-sentence. */
const NAMES = /^(?:Europol|Eurojust|Frontex|CEPOL|Interpol|Schengen|Maritime|European|EMPACT|EU\b|eu-LISA|National Firearms)/;

/** Lower-cases the first letter for use mid-sentence, unless the phrase starts with a name or an acronym. */
const lower = (phrase: string): string => (NAMES.test(phrase) || !/^[A-Z][a-z]/.test(phrase) ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1));

/** A sentence that records no decision, citing a document now and then. */
export function fillerSentence(random: Random, citations: Citations, self: string): string {
  const topic = lower(random.pick(TOPICS));
  const head = `${random.pick(ACTORS)} ${random.pick(FILLER_VERBS)} ${random.pick(FILLER_OBJECTS)} on ${topic}`;
  if (random.chance(0.18)) return `${head}, as presented in ${citations.any(random, self).written}.`;
  if (random.chance(0.12)) return `${head} at the meeting held in ${random.pick(CITIES)} on ${random.int(1, 28)} ${random.pick(['March', 'June', 'October'])}.`;
  return `${head} ${random.pick(FILLER_ENDINGS)}.`;
}

/** One decision sentence with the verb it uses and the documents it sets out. */
export function decisionSentence(random: Random, citations: Citations, self: string): Sentence {
  let roll = random.next() * 100;
  const verb = (DECISION_MIX.find((entry) => (roll -= entry.weight) < 0) ?? DECISION_MIX[0])?.verb ?? 'took-note';
  const subject = random.pick(DECIDERS);
  const object = `${random.pick(DECISION_OBJECTS)} on ${lower(random.pick(TOPICS))}`;
  const cited = (): { ref: string; references: string[] } => {
    const citation = citations.council(random, self);
    return { ref: citation.written, references: [citation.id] };
  };
  const withDocument = (phrase: string): Sentence => {
    const { ref, references } = cited();
    return { text: `${phrase} as set out in ${ref}.`, decision: { verb, references } };
  };
  const bare = (text: string): Sentence => ({ text, decision: { verb, references: [] } });
  switch (verb) {
    case 'endorsed':
      return withDocument(`${subject} endorsed ${object}`);
    case 'took-note':
      return random.chance(0.5)
        ? withDocument(`${subject} took note of ${object}`)
        : bare(`${subject} took note of the information provided by ${lower(random.pick(ACTORS))}.`);
    case 'exchanged-views':
      return bare(`${subject} exchanged views on ${lower(random.pick(TOPICS))}.`);
    case 'agreed':
      return random.chance(0.3) ? withDocument(`${subject} reached agreement on ${object}`) : withDocument(`${subject} agreed on ${object}`);
    case 'approved':
      return withDocument(`${subject} approved ${object}`);
    case 'confirmed':
      return withDocument(`${subject} confirmed ${object}`);
    case 'welcomed':
      return bare(`${subject} welcomed ${object}.`);
    case 'tasked':
      return bare(`${subject} tasked ${random.pick(TASKED_BODIES)} to ${random.pick(ACTIONS)}.`);
    default:
      return bare(`${subject} invited ${lower(random.pick(ACTORS))} to ${random.pick(ACTIONS)}.`);
  }
}

/** The decision of the first item: the agenda set out in a meeting document. */
export function agendaSentence(random: Random, citations: Citations): { text: string; decision: PlannedDecision } {
  const citation = citations.agenda(random);
  const text = random.chance(0.5) ? `The agenda was adopted as set out in ${citation.written}.` : `The agenda as set out in ${citation.written} was adopted.`;
  return { text, decision: { verb: 'adopted', references: [citation.id] } };
}

/** A point raised under "Any other business": a country and what it informed about (no decision). */
export function otherBusinessPoint(random: Random): string {
  return `${random.pick(COUNTRIES)} informed about ${random.pick(FILLER_OBJECTS)} on ${lower(random.pick(TOPICS))}, in ${random.pick(CITIES)}.`;
}

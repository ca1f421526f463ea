/**
 * The machinery a language's grammar of a decision is read with (decision-languages.ts holds the grammars): a body
 * opening a clause and its verb phrase, or a verb phrase coordinated with the verb of a body before it; how a phrase
 * gives its verb and object (`Reading`: always one verb, or a separable verb by the particle ending its clause); the
 * clause ends that bound an object; the passives (decision-passives.ts). Every pattern is bounded, so a sentence of
 * any length is read in time linear in its length.
 */
import { clauseEnds, coordinatedSubjects, LIST_COLON, objectSpans } from './decision-clauses.ts';
import { type PassiveGrammar, passiveStatements } from './decision-passives.ts';
import { trailingHowAt } from './decision-procedures.ts';
import { isEmptyObject, objectBefore, type ObjectFirst } from './object-first.ts';
import type { DecisionVerb } from './decisions.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** How a verb phrase gives its verb and object: most always the same verb; a German separable verb by its particle. */
export type Reading = (object: string) => { verb: DecisionVerb; object: string } | null;

/** A decision as a clause states it, before the object is tidied: who (null where nobody is named), the verb, the object as it stands, where. */
export interface RawStatement {
  at: number;
  by: string | null;
  verb: DecisionVerb;
  object: string;
  end: number;
}

/** One language's grammar of a decision. */
export interface Grammar {
  /**
   * Whether a text may hold one of the language's decision verbs at all: a cheap test before the patterns (a few
   * endings and words of the language; an English text passes none of them).
   */
  hint: RegExp;
  /** A body opening a clause (group 1) and a verb phrase (groups 2…, in phrase order). */
  active: RegExp;
  /** A verb phrase coordinated with the verb of a subject before it (groups 1…, in phrase order). */
  coordinated: RegExp;
  /**
   * Where the language puts its verb second (German, Dutch): a clause opened by another part (group 1: `Abschließend`,
   * `Na de discussie`), the verb phrase (groups 2…), then the body (the last group): `Abschließend nahm der Ausschuss
   * den Bericht zur Kenntnis`; else null.
   */
  inverted: RegExp | null;
  /**
   * An opening part that is no part before a verb-second verb: one that starts with a body (the subject) or holds the
   * word that coordinates verbs (`… und beauftragte die Gruppe`: the verb is coordinated, the body after it its object).
   */
  notOpening: RegExp;
  /** A body opening a clause with any verb: the subject a coordinated verb shares. */
  subject: RegExp;
  /**
   * A verb phrase (groups 1…) and its body right after it (the last group): where nothing of an object follows in its
   * clause, the object is set before them (`Poročilo je odobril Odbor.`, `Den Bericht des Vorsitzes billigte der
   * Ausschuss.`, `Het verslag keurde het comité goed.`: object-first.ts).
   */
  objectFirst: RegExp;
  /**
   * Words before a verb and its body that are no object set first: a body alone (the subject, the body after the verb
   * its object: `Der Ausschuss forderte die Kommission auf.`), or words holding the word that coordinates (`Der Vorsitz
   * und der Ausschuss …`).
   */
  notObjectFirst: RegExp;
  /** Which words before a verb and its subject are its object (`free` where the word order is, `named` in the verb-second versions). */
  objectFirstHow: ObjectFirst;
  /** Words a version marks as an object set first without a determiner (`Rapporten`, `A jelentést`: object-first.ts), or null. */
  objectMarked: RegExp | null;
  /** What stops a coordinated verb from belonging to a subject before it. */
  breaks: RegExp;
  /** Where the clause an object stands in ends (searched from the object's start). */
  clauseEnd: RegExp;
  readings: readonly Reading[];
  /** The language's passives (`Le rapport a été approuvé`, `Der Bericht wurde gebilligt`). */
  passive: PassiveGrammar;
  /**
   * Where the language puts its negation after the verb (the verb-second languages: `stimmte dem Bericht nicht zu`,
   * `godkendte ikke rapporten`, `godkände inte`, `keurde het verslag niet goed`), the negation: a verb phrase whose
   * clause holds one states no decision; else null (the others put it before the verb, which the phrases do not allow).
   */
  negation: RegExp | null;
}

/** The end of a word, for words that end in a letter outside ASCII (`\b` reads `é` as no word character). */
export const END = String.raw`(?![\p{L}\p{N}'’-])`;

/** The agencies that decide in every language, as printed. */
export const AGENCIES = String.raw`(?:Europol|Eurojust|Frontex|CEPOL|eu-LISA)${END}`;

/**
 * A body the vocabulary does not name, as a passive's agent prints it after its preposition (and article): capitalised
 * words or an acronym, a quoted name after them (`Raad`, `CATS`, `Conseil JAI`, `Gruppe „Terrorismus“`): who decided,
 * never a part of what was decided (`Het verslag werd goedgekeurd door de Raad` is the Council's approval of the report).
 */
export const OTHER_AGENT = String.raw`\p{Lu}[\p{L}\p{N}/-]*(?:\s+\p{Lu}[\p{L}\p{N}/-]*){0,3}(?:\s+[„"“«]\s?[^"”“»]{1,60}?\s?["”“»])?${END}`;

/**
 * The adverbs a version whose verbs need no subject opens a sentence with before its verb (`Asimismo, aprobó …`,
 * `Inoltre, ha approvato …`, `Além disso, aprovou …`, `Ponadto zatwierdził …`, `De asemenea, a aprobat …`): the body
 * that decided in the sentence before decided this too, as `It also endorsed …` says in English.
 */
const IMPLIED_SUBJECT_ADVERBS = {
  es: ['asimismo', 'además', 'también', 'igualmente', 'finalmente', 'por último', 'posteriormente', 'a continuación'],
  it: ['inoltre', 'infine', 'altresì', 'successivamente', 'anche'],
  pt: ['além disso', 'igualmente', 'também', 'finalmente', 'por último', 'seguidamente', 'posteriormente'],
  pl: ['ponadto', 'następnie', 'również', 'także', 'wreszcie', 'na koniec', 'dodatkowo'],
  ro: ['de asemenea', 'totodată', 'în plus', 'în final', 'ulterior', 'apoi'],
} as const;

/** A body alternative: one of a language's adverbs opening a sentence (with its comma) where the verb has no subject. */
export function impliedSubject(language: keyof typeof IMPLIED_SUBJECT_ADVERBS): string {
  const words = IMPLIED_SUBJECT_ADVERBS[language].map((adverb) => {
    const first = adverb.charAt(0);
    return `[${first.toUpperCase()}${first}]${adverb.slice(1).replace(/ /g, String.raw`\s+`)}`;
  });
  return String.raw`(?<=^|;\s{0,3})(?:${words.join('|')}),?(?=\s)`;
}

/** Whether a decision's subject as read is one of those adverbs (`Asimismo,`): it stands for the body before. */
export function isImpliedSubject(by: string): boolean {
  const adverb = by.toLowerCase().replace(/,$/, '').replace(/\s+/g, ' ');
  return Object.values(IMPLIED_SUBJECT_ADVERBS).some((adverbs: readonly string[]) => adverbs.includes(adverb));
}

/** A verb that always gives the same decision, its object as printed. */
export const always =
  (verb: DecisionVerb): Reading =>
  (object) => ({ verb, object });

/**
 * A return reported after a verb of saying and its `that` (`Předsednictví uvedlo, že se k tomuto bodu vrátí`,
 * `Formandskabet oplyste, at det ville vende tilbage til dette punkt`): a return where the clause after `that` holds
 * the version's verb of returning (`returning`, once the pronoun or clitic it may open with is off: `opener`); the
 * object the clause's other words, none where the item itself is meant (`… vrátí.`). Any other clause is no decision.
 */
export function reportedReturn(returning: string, opener = '(?!)'): Reading {
  const verb = new RegExp(String.raw`(?:^|\s)(?:${returning})${END}`, 'u');
  const opening = new RegExp(String.raw`^\s*(?:${opener})\s+`, 'u');
  return (clause) => {
    const text = clause.replace(/[\s.!?:]+$/, '').replace(opening, '');
    const match = verb.exec(text);
    if (match === null) return null;
    return { verb: 'will-return', object: `${text.slice(0, match.index).trimEnd()} ${text.slice(match.index + match[0].length).trimStart()}`.trim() };
  };
}

/** A verb of saying and its `that` before what a body said (`uvedlo, že`, `oplyste, at`): the phrase reportedReturn reads. */
export const saidThat = (saying: string, that: string): string => String.raw`(?:${saying}),?\s+(?:${that})${END}`;

/**
 * A German separable verb: its decision when its clause ends with its particle, the object the words between; a phrase
 * of how after a comma may follow the particle (`nahm … zur Kenntnis, vorbehaltlich eines Parlamentsvorbehalts von NL`),
 * kept at the object's end, where decisions.ts cuts it off as how the decision was taken. Its clause ends before a
 * comma and another verb in the past (`nahm den Bericht zur Kenntnis, dankte dem Vorsitz und billigte …`: the German
 * grammar's clause end `GERMAN_NEXT_PAST` of verb-asides.ts).
 */
export const separable =
  (particles: ReadonlyArray<readonly [RegExp, DecisionVerb]>): Reading =>
  (object) => {
    const text = object.replace(/[\s.!?:]+$/, '');
    const how = trailingHowAt(text);
    const head = text.slice(0, how);
    for (const [particle, verb] of particles) {
      const match = particle.exec(head);
      if (match !== null) return { verb, object: `${head.slice(0, match.index)}${text.slice(how)}` };
    }
    return null;
  };

/** A German perfect (`hat … zur Kenntnis genommen`): its decision by the participle ending its clause, `sich` off the object. */
export const perfect = (participles: ReadonlyArray<readonly [RegExp, DecisionVerb]>): Reading => {
  const read = separable(participles);
  return (object) => {
    const found = read(object);
    return found === null ? null : { ...found, object: found.object.replace(/^\s*sich(?=\s)/u, '') };
  };
};

/** `forderte … auf`: the object as printed (`die Kommission auf, einen Vorschlag vorzulegen`), the particle off a clause's end. */
export const calledUpon: Reading = (object) => {
  const text = object.replace(/[\s.!?:]+$/, '');
  if (/\s+auf$/.test(text)) return { verb: 'invited', object: text.replace(/\s+auf$/, '') };
  return /\sauf,\s/.test(text) ? { verb: 'invited', object: text } : null;
};

/**
 * The part a verb-second clause opens with before its verb: one to six words after the start of a text, a `;` or a `:`,
 * no comma among them (`Abschließend`, `Nach einer kurzen Aussprache`, `Na de discussie`).
 */
const OPENING_PART = String.raw`(?<=(?:^|[;:]\s{0,3})([^\s,;:.]{1,40}(?:\s[^\s,;:.]{1,40}){0,5})\s)`;

/**
 * The part a clause opens with before its subject where the subject comes before the verb (the Romance languages,
 * Polish): one to six words after the start of a text, a `;` or a `:`, no comma among them (`Al termine della
 * discussione il comitato ha approvato …`, `Następnie Komitet przyjął …`, `Tras el debate el Comité aprobó …`).
 */
const LEAD_IN = String.raw`(?<=(?:^|[;:]\s{0,3})[^\s,;:.]{1,40}(?:\s[^\s,;:.]{1,40}){0,5}\s)`;

/** Any phrase of a table, one capturing group per phrase in table order. */
function groups(phrases: readonly string[]): string {
  return phrases.map((phrase) => `(${phrase})`).join('|');
}

/**
 * A phrase of a table without its auxiliary (`elided`), where an object's determiner follows it: what a verb
 * coordinated after another of its subject may print (`… et approuvé le rapport`), no group of its own.
 */
export function elidedPhrase(source: string, elided: { auxiliary: string; object: string }): string {
  return `(?:${source.split(elided.auxiliary).join('')})(?=${elided.object})`;
}

/** The phrases of a table as one alternative without groups. */
export function anyOf(phrases: readonly string[]): string {
  return phrases.map((phrase) => `(?:${phrase})`).join('|');
}

export function grammar(spec: {
  hint: RegExp;
  opening: string;
  /** The word that coordinates two verbs of one subject (`et`, `und`); a comma does too. */
  and: string;
  body: string;
  /** A finite verb after a body: what makes it a subject. */
  finite: string;
  phrases: ReadonlyArray<readonly [string, Reading]>;
  /** Words between a body and its verb (French: `a également`), or after the verb (German: `nahm außerdem`). */
  adverb: { before: string; after: string };
  breaks: RegExp;
  clauseEnds: readonly string[];
  passive: PassiveGrammar;
  /** Whether the verb stands second, after an opening part other than its subject (German, Dutch). */
  verbSecond?: boolean;
  /** Words that make a body without an article only part of it (the Polish `niektóre delegacje`, some delegations). */
  some?: string;
  /**
   * Which words before a verb and its body are its object where nothing of one follows (object-first.ts): `free` where
   * the version has no article and puts no pronoun before its verb (Polish, the plain grammars), else `named` (German,
   * Dutch; French, Spanish, Italian, Portuguese, whose clitic before the verb, `El informe lo aprobó`, `Así lo acordó`,
   * is no object's end).
   */
  objectFirst?: ObjectFirst;
  /** Words the version marks as an object set first without a determiner (object-first.ts `objectBefore`). */
  objectMarked?: RegExp;
  /**
   * The relative pronouns after which the body opens a clause, the pronoun its object (`… som komitéen godkendte`):
   * words before the body that end with one are no object set first.
   */
  objectRelatives?: string;
  /**
   * The auxiliary a verb coordinated after another of the same subject may leave out, and what must follow its
   * participle then: an object's determiner (`Les délégations ont soutenu l'approche et approuvé le rapport.`, `… e
   * approvato la relazione`). Without the determiner the participle is an attribute (`le rapport présenté et approuvé
   * par le groupe`), no verb.
   */
  elided?: { auxiliary: string; object: string };
}): Grammar {
  const sources = spec.phrases.map(([source]) => source);
  // each phrase, coordinated, also without its auxiliary before an object (`elided`), in the same group
  const coordinatedSources =
    spec.elided === undefined
      ? sources
      : sources.map((source) =>
          spec.elided !== undefined && source.includes(spec.elided.auxiliary) ? `(?:${source})|${elidedPhrase(source, spec.elided)}` : source,
        );
  const { before, after } = spec.adverb;
  // a verb-second language puts its verb, not its subject, after an opening part; one naming a part of a body
  // (`Niektóre delegacje`) opens no subject; the body is looked for first, the words before it only where it stands
  const some = spec.some === undefined ? '' : String.raw`(?<!(?<![\p{L}])(?:${spec.some})\s)`;
  const opening = spec.verbSecond === true ? spec.opening : `(?:${spec.opening}|(?=${spec.body})${LEAD_IN}${some})`;
  // made the first time a text in the language asks for them (otherLanguagesIn): most texts are in none of them
  const active = once(() => new RegExp(`${opening}(${spec.body})${before}\\s+(?:${groups(sources)})${after}`, 'gu'));
  // `and` as a word, also where it opens with a letter outside ASCII (`és`, `и`, `και`), which `\\b` does not see
  const coordinated = once(() => new RegExp(`(?:,|(?<![\\p{L}\\p{N}])${spec.and})${before}\\s+(?:${groups(coordinatedSources)})${after}`, 'gu'));
  const inverted = once(() => (spec.verbSecond === true ? new RegExp(`${OPENING_PART}(?:${groups(sources)})${after}\\s+(${spec.body})`, 'gu') : null));
  const notOpening = once(() => new RegExp(`^(?:${spec.body})|(?<![\\p{L}])${spec.and}(?![\\p{L}])`, 'u'));
  const subject = once(() => new RegExp(`${opening}(${spec.body})\\s+${spec.finite}`, 'gu'));
  // words that end with a relative pronoun before the body are the clause the relative hangs on, no object set first
  // (`Formandskabet forelagde udkastet som komitéen godkendte`: relative-objects.ts reads the antecedent)
  const relativeLast = spec.objectRelatives === undefined ? '' : `|(?<![\\p{L}])(?:${spec.objectRelatives})$`;
  const notObjectFirst = once(() => new RegExp(`^(?:${spec.body})$|(?<![\\p{L}])${spec.and}(?![\\p{L}])${relativeLast}`, 'u'));
  const objectFirst = once(() => new RegExp(`(?<=\\S\\s{1,3})(?:${groups(sources)})${after}\\s+(${spec.body})`, 'gu'));
  const clauseEnd = once(() => new RegExp([LIST_COLON, ...spec.clauseEnds, String.raw`[\s.!?:]*$`].join('|'), 'gu'));
  return {
    hint: spec.hint,
    get active() {
      return active();
    },
    get coordinated() {
      return coordinated();
    },
    get inverted() {
      return inverted();
    },
    get notOpening() {
      return notOpening();
    },
    get subject() {
      return subject();
    },
    get objectFirst() {
      return objectFirst();
    },
    get notObjectFirst() {
      return notObjectFirst();
    },
    objectFirstHow: spec.objectFirst ?? 'named',
    objectMarked: spec.objectMarked ?? null,
    breaks: spec.breaks,
    get clauseEnd() {
      return clauseEnd();
    },
    readings: spec.phrases.map(([, reading]) => reading),
    passive: spec.passive,
    negation: spec.verbSecond === true ? spec.passive.negation : null,
  };
}

/**
 * A negation that negates no decision: "not only … but also" (`nicht nur`, `niet alleen`, `ikke kun`, `inte bara`), a
 * decision and more; and one after a comma and "but", which negates what follows it (`keurde het verslag goed, maar niet
 * de bijlage`; without the comma, `billigte ihn aber nicht`, it negates the verb).
 */
const NOT_ONLY =
  /(?<![\p{L}])(?:nicht|niet|ikke|inte)\s+(?:nur|allein|bloß|alleen|enkel|kun|blot|alene|bara|endast|enbart)(?![\p{L}])|,\s*(?:aber|jedoch|doch|maar|men)\s+(?:nicht|niet|ikke|inte)(?![\p{L}])/gu;

/** Whether the clause of a verb phrase (the words after the verb, up to its clause's end) negates it (`billigte den Bericht nicht`). */
function negated(language: Grammar, clause: string): boolean {
  return language.negation !== null && language.negation.test(clause.replace(NOT_ONLY, ' '));
}

/** A value made the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The reading of the first group from `first` on that matched. */
function readingOf(match: RegExpExecArray, language: Grammar, first: number): Reading | undefined {
  return language.readings.find((_, group) => match[first + group] !== undefined);
}

/**
 * The subjects that stand outside what the decisions read so far are about: a body inside an object is a part of it,
 * never the subject a verb coordinated after it shares (`A bizottság tudomásul vette az elnökség jelentését és
 * jóváhagyta …`: the Presidency's report, and the committee approved). One pass over both, in text order.
 */
function outsideObjects(subjects: readonly RegExpExecArray[], statements: readonly RawStatement[]): RegExpExecArray[] {
  const spans = statements.map(({ at, end }) => ({ at, end })).sort((a, b) => a.at - b.at);
  const kept: RegExpExecArray[] = [];
  let next = 0;
  let reach = -1;
  for (const subject of subjects) {
    while (next < spans.length && (spans[next]?.at ?? Infinity) < subject.index) reach = Math.max(reach, spans[next++]?.end ?? -1);
    if (reach <= subject.index) kept.push(subject);
  }
  return kept;
}

/**
 * The decisions whose object the clause sets before the verb and its subject (object-first.ts), in `found`: a verb
 * phrase and its body ending the clause (`… je odobril Odbor.`, `… billigte der Ausschuss.`) read with the words
 * before it, in place of the reading with nothing after the verb; and a body and its verb ending the clause with words
 * before the body that cite a document (`Závěry uvedené v dokumentu 13802/25 výbor schválil.`) take them as the object.
 */
function objectsFirst(language: Grammar, text: string, found: RawStatement[]): void {
  const bodyGroup = language.readings.length + 1;
  const endOf = clauseEnds(language.clauseEnd, text);
  for (const match of allMatches(language.objectFirst, text)) {
    const from = match.index + match[0].length;
    const clause = text.slice(from, endOf(from));
    const reading = readingOf(match, language, 1)?.(clause);
    if (reading === null || reading === undefined || !isEmptyObject(reading.object) || negated(language, clause)) continue;
    const object = objectBefore(text, match.index, language.objectFirstHow, language.objectMarked);
    if (object === null || language.notObjectFirst.test(object)) continue;
    const same = found.findIndex(({ at, object: after }) => at === match.index && isEmptyObject(after));
    if (same !== -1) found.splice(same, 1);
    found.push({ at: match.index, by: match[bodyGroup] ?? '', verb: reading.verb, object: lowerFirst(object), end: match.index + match[0].length });
  }
  for (const statement of found) {
    if (!isEmptyObject(statement.object) || statement.by === null) continue;
    const object = objectBefore(text, statement.at, 'named', language.objectMarked);
    if (object !== null && !language.notObjectFirst.test(object)) statement.object = lowerFirst(object);
  }
}

/** An object set first with its first letter in lower case, as the passives write their subjects. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The decisions one language's grammar reads in a clause-free text, in no particular order. */
export function statementsOf(language: Grammar, text: string): RawStatement[] {
  const found: RawStatement[] = [];
  const endOf = clauseEnds(language.clauseEnd, text);
  /** Each verb phrase's statement, its object bounded by its clause's end or the next phrase of its kind (`objectSpans`). */
  const read = (matches: readonly RegExpExecArray[], by: (match: RegExpExecArray) => string, first: number) => {
    for (const { item: match, start, end } of objectSpans(
      matches,
      (match) => match.index,
      (match) => match.index + match[0].length,
      endOf,
    )) {
      const clause = text.slice(start, end);
      const reading = readingOf(match, language, first)?.(clause);
      if (reading !== null && reading !== undefined && !negated(language, clause))
        found.push({ at: match.index, by: by(match), verb: reading.verb, object: reading.object, end });
    }
  };
  read(allMatches(language.active, text), (match) => match[1] ?? '', 2);
  if (language.inverted !== null) {
    // the verb's body is the group after the phrases
    const bodyGroup = language.readings.length + 2;
    const inverted = allMatches(language.inverted, text).filter((match) => !language.notOpening.test(match[1] ?? ''));
    read(inverted, (match) => match[bodyGroup] ?? '', 2);
  }
  found.push(...passiveStatements(language.passive, text, endOf));
  objectsFirst(language, text, found);
  const coordinated = allMatches(language.coordinated, text);
  if (coordinated.length === 0) return found;
  const subjects = outsideObjects(allMatches(language.subject, text), found);
  const breaks = allMatches(language.breaks, text).map((match) => match.index);
  const pairs = coordinatedSubjects(coordinated, subjects, breaks);
  const subjectOf = new Map(pairs.map(({ verb, subject }) => [verb, subject]));
  read(
    pairs.map(({ verb }) => verb),
    (match) => subjectOf.get(match)?.[1] ?? '',
    1,
  );
  return found;
}

import type { DECISION_VERBS } from '../../../../src/schemas/vocabulary.ts';
import { decisionMaker, isKnownDecisionMaker } from '../../../../src/shared/decision-makers.ts';
import { documentIds } from '../references/added-versions.ts';
import { withoutLeadingRedactions } from '../text/redactions.ts';
import {
  clauseEnd,
  clauseEnds,
  COORDINATION_BREAK,
  coordinatedSubjects,
  englishClauseEnds,
  objectSpans,
  passiveAgent,
  passiveClauseStart,
  previousPassive,
} from './decision-clauses.ts';
import { agendaVerb } from './decision-agenda.ts';
import { isImpliedSubject, statementsOf } from './decision-grammar.ts';
import { joined } from './decision-passives.ts';
import { type Languages, otherLanguageStatements, otherLanguagesIn } from './decision-languages.ts';
import { passiveRelativeAntecedent, withRelativeObjects } from './relative-objects.ts';
import { type Sentence, sentenceUnits, splitSentences } from '../text/sentences.ts';
import { ellipticalDecision } from './elliptical-decisions.ts';
import { supportOnly, wholeSubject, withoutCoordinatedSupport } from './delegations-support.ts';
import { isPronounObject, withAntecedent } from './pronoun-objects.ts';
import { isRecalledDecision } from './recalled-decisions.ts';
import { returnObject } from './return-objects.ts';
import { withoutProcedure } from './decision-procedures.ts';
import { withSatisfaction } from './satisfied-notes.ts';
import { withoutAside } from './verb-asides.ts';
import {
  ACTIVE,
  ACTIVE_PHRASES,
  COORDINATED,
  ENGLISH_VERB_WORD,
  OBJECT_AFTER,
  OBJECT_AFTER_PASSIVES,
  PASSIVE,
  PASSIVE_PHRASES,
  SUBJECT,
  verbOf,
} from './english-phrases.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** A decision verb of the closed vocabulary. */
export type DecisionVerb = (typeof DECISION_VERBS)[number];

/** A decision as a sentence states it: who (null where the text names nobody), the verb, and what, as printed. */
export interface Statement {
  by: string | null;
  verb: DecisionVerb;
  object: string;
}

/** A decision of an agenda item: its statement, the documents its object cites, and the item sentence that records it. */
export interface FoundDecision extends Statement {
  /** How it was taken where the text says so, as printed (`by silence procedure`, `par procédure écrite`): cut off the object. */
  procedure?: string;
  references: string[];
  /** Index of the recording sentence in the item's `sentences`. */
  sentence: number;
}

/**
 * The pronouns a version opens a sentence with for the body that decided in the sentence before (`It also endorsed …`,
 * `Il a également approuvé …`, `Er billigte außerdem …`), lower case: that body decided; with none named before, nobody
 * can be told and no decision is read.
 */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'il', 'ils', 'elle', 'elles', 'er', 'sie']);

/** A subject that stands for something named before: `it`, `they`, `most of them`. */
const PRONOUN = /^(?:(?:most|some|all|many|several|both|each|none|one|two|three|four|five)\s+of\s+)?(?:them|they|it|these|those)$/i;

/**
 * A subject that is a relative pronoun (`…, which was endorsed`): a past decision mentioned, not one of the meeting,
 * unless its clause names who decided and ends there (`…, which were endorsed by the Committee.`: passiveStatement).
 */
const RELATIVE = /(?:^|[\s,])(?:which|who|that)$/i;

/** What may follow a passive's agent where its clause ends there: nothing but punctuation. */
const NOTHING_MORE = /^[\s.,;:!?]*$/u;

/** A determiner that opens a sentence and ends up inside an object: written in lower case there (`Most MASPs` → `most MASPs`). */
const OPENING_ARTICLE = /^(?:The|A|An|Most|Some|All|Several|Many|Each|Both|This|These|Those|Its|Their|Other|Further|Any)\s/;

/** An object as it stands in a sentence: its punctuation off both ends, an opening article in lower case. */
function objectText(text: string): string {
  return text.replace(/^[\s,;:]+|[\s,;:.]+$/g, '').replace(OPENING_ARTICLE, (article) => article.toLowerCase());
}

/** A text with its first letter in lower case. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The object of a conclusion that only frames the decision after it (`concluded that` / `COSI agreed …`). */
const FRAMING_CONCLUSION = /^(?:that)?$/i;

/**
 * A passive's subject that names the item itself (`The item was postponed.`): the item's title stands for it where
 * nothing follows the verb (`The item was deferred to the next meeting` keeps its subject), as it does for `It`.
 */
const THE_ITEM = /^(?:the|this)\s+(?:item|point)$/i;

/**
 * The object of a body coming back to an item or of an item withdrawn where it is only the item itself (`will revert to
 * this item`, `will return to it`, `The item was withdrawn from the agenda`): the item's title stands for it.
 */
const ITEM_ITSELF = /^(?:(?:the|this)\s+(?:item|point|matter|issue|question)|it)(?:\s+(?:from|off)\s+the(?:\s+meeting['’]s)?\s+agenda)?$/i;

/** Verbs whose object may be only the item itself. */
const ABOUT_THE_ITEM: ReadonlySet<DecisionVerb> = new Set(['will-return', 'withdrawn']);

/** An object with the item itself given as empty, which the item's title then stands for. */
function itemObject(verb: DecisionVerb, object: string): string {
  return ABOUT_THE_ITEM.has(verb) && ITEM_ITSELF.test(object) ? '' : object;
}

/**
 * Where an item's decisions are read: the day of the meeting the outcome is of (null where it is not known), and whether
 * the text is a footnote's; a decision it dates before that day is one recalled, not taken (recalled-decisions.ts).
 */
export interface DecisionContext {
  meetingDay: string | null;
  inFootnote: boolean;
}

/** The context of an item's own text where the meeting's day is not known. */
const NO_CONTEXT: DecisionContext = { meetingDay: null, inFootnote: false };

/**
 * What each verb of one clause-free text (a sentence, the lead of a list or a point) states, in the order written;
 * none that the text recalls from an earlier meeting.
 */
function statementsIn(text: string, languages: Languages, context: DecisionContext): { at: number; statement: Statement; end: number }[] {
  const found = allStatementsIn(text, languages);
  return found.filter(({ at, end }) => !isRecalledDecision(text, at, end, context.meetingDay, context.inFootnote));
}

/** What each verb of one clause-free text states, in the order written. */
function allStatementsIn(text: string, languages: Languages): { at: number; statement: Statement; end: number }[] {
  const found: { at: number; statement: Statement; end: number }[] = [];
  // Without a verb word, no English pattern can match: none is searched for (a cheap test; most sentences fail it).
  const english = ENGLISH_VERB_WORD.test(text);
  const search = (pattern: RegExp) => (english ? allMatches(pattern, text) : []);
  const endOf = english ? englishClauseEnds(text) : () => text.length;
  /** Each verb's statement, its object bounded by its clause's end or the next verb of its kind (`objectSpans`). */
  const read = (matches: readonly RegExpExecArray[], by: (match: RegExpExecArray) => string | null, verb: (match: RegExpExecArray) => DecisionVerb) => {
    const spans = objectSpans(
      matches,
      (match) => match.index,
      (match) => match.index + match[0].length,
      endOf,
    );
    for (const { item: match, start, end } of spans) {
      const who = by(match);
      const read = verb(match);
      // an aside right after the verb (`took note, after a discussion, of the report`) is no part of the object (verb-asides.ts)
      const printed = withoutAside(text.slice(start, end), read, true);
      const statement = { by: who === null ? null : decisionMaker(who), verb: read, object: itemObject(read, objectText(printed)) };
      // `The Presidency concluded that COSI agreed: …`: the conclusion is the decision after it, read on its own
      if (statement.verb === 'concluded' && FRAMING_CONCLUSION.test(statement.object)) continue;
      found.push({ at: match.index, statement, end });
    }
  };
  read(
    search(ACTIVE),
    (match) => match[1] ?? null,
    (match) => verbOf(match, ACTIVE_PHRASES, 2),
  );
  // The subjects and breaks are looked for only in a sentence with a coordinated verb (few have one).
  const coordinated = search(COORDINATED);
  const subjects = coordinated.length === 0 ? [] : allMatches(SUBJECT, text);
  const breaks = coordinated.length === 0 ? [] : allMatches(COORDINATION_BREAK, text).map((match) => match.index);
  const pairs = coordinatedSubjects(coordinated, subjects, breaks);
  const subjectOf = new Map(pairs.map(({ verb, subject }) => [verb, subject]));
  read(
    pairs.map(({ verb }) => verb),
    (match) => subjectOf.get(match)?.[1] ?? null,
    (match) => verbOf(match, ACTIVE_PHRASES, 1),
  );
  read(
    search(OBJECT_AFTER),
    () => null,
    (match) => verbOf(match, OBJECT_AFTER_PASSIVES, 1),
  );
  for (const { at, by, verb, object, end } of otherLanguageStatements(text, languages))
    found.push({ at, statement: { by: by === null ? null : decisionMaker(by), verb, object: objectText(withoutAside(object, verb)) }, end });
  const passives = search(PASSIVE);
  passives.forEach((match, index) => {
    const passive = passiveStatement(text, match, endOf, passives[index + 1]?.index ?? text.length);
    if (passive !== null) found.push(passive);
  });
  // a body opening a relative clause decided the noun its pronoun hangs on (`…, which the Committee endorsed`)
  const relatives = withRelativeObjects(
    text,
    found,
    ({ statement }) => statement.object,
    (read, noun) => ({ ...read, statement: { ...read.statement, object: objectText(noun) } }),
  );
  return relatives.sort((a, b) => a.at - b.at);
}

/**
 * The statement of a passive decision verb: its subject (with what a pronoun stands for) and its agent, if named; what
 * follows it up to its clause's end or the next passive (`next`).
 */
function passiveStatement(
  text: string,
  match: RegExpExecArray,
  endOf: (from: number) => number,
  next: number,
): { at: number; statement: Statement; end: number } | null {
  const clauseStart = passiveClauseStart(text, match.index);
  const subject = text
    .slice(clauseStart, match.index)
    .replace(/^(?:In|On|At|During|Following|After|Before|Under)\s[^,]{0,80},\s*/, '')
    .trim()
    .replace(/,$/, '');
  if (subject === '') return null;
  const after = match.index + match[0].length;
  const agent = passiveAgent(text, after);
  const rest = agent?.end ?? after;
  const end = Math.min(endOf(rest), Math.max(rest, next));
  const complement = text.slice(rest, end).trim();
  // a relative pronoun as the subject (`…, which were endorsed by the Committee.`): what it stands for, where its clause
  // names who decided and ends there; else a decision mentioned, none of the meeting's (`…, which was adopted in 2020`)
  if (RELATIVE.test(subject)) {
    const noun = agent !== null && NOTHING_MORE.test(complement) ? passiveRelativeAntecedent(text, match.index) : null;
    if (agent === null || noun === null) return null;
    return { at: match.index, statement: { by: decisionMaker(agent.agent), verb: verbOf(match, PASSIVE_PHRASES, 1), object: objectText(noun) }, end };
  }
  const previous = PRONOUN.test(subject) || agent === null ? previousPassive(text, clauseStart) : null;
  const thing =
    /^it$/i.test(subject) || (THE_ITEM.test(subject) && complement === '')
      ? ''
      : PRONOUN.test(subject) && previous !== null
        ? `${subject} [${previous.subject}]`
        : subject;
  const by = agent?.agent ?? previous?.agent ?? null;
  const verb = verbOf(match, PASSIVE_PHRASES, 1);
  const statement = { by: by === null ? null : decisionMaker(by), verb, object: itemObject(verb, objectText(joined(thing, complement))) };
  return { at: match.index, statement, end };
}

/**
 * A list's lead that is only its points' subject (`COSI:`, `The Committee:`, `Le COSI :`, `Der Ausschuss:`), each point
 * opening with its verb: `- took note of the presentation;` / `- approved the plans set out in 14001/25.`
 */
const SUBJECT_LEAD = /^([\p{L}’' -]{2,60}?)(?:[ \t]?:)?$/u;

/** The longest object a list's lead may give its points (`of`, `the following`): a longer one is a decision of its own. */
const MAX_LEAD_OBJECT = 40;

/** The statements of one sentence; a verb whose object is the list that follows it states one decision per point. */
function sentenceStatements(text: string, lead: string | null, points: readonly string[], languages: Languages, context: DecisionContext): Read[] {
  if (lead === null)
    return statementsIn(text, languages, context).map(({ statement, end }) => ({ ...statement, start: objectStart(text, statement.object, end) }));
  const subject = SUBJECT_LEAD.exec(lead)?.[1];
  if (subject !== undefined && isKnownDecisionMaker(subject))
    return points.flatMap((point) =>
      splitSentences(point)
        .flatMap((sentence, index) => statementsIn(index === 0 ? `${subject} ${sentence}` : sentence, languages, context))
        .map(({ statement }) => ({ ...statement, start: null })),
    );
  const leading = statementsIn(lead, languages, context);
  const last = leading.at(-1);
  const spread = last !== undefined && last.end >= lead.replace(/[\s:]+$/, '').length && last.statement.object.length <= MAX_LEAD_OBJECT;
  const statements = (spread ? leading.slice(0, -1) : leading).map(({ statement }) => statement);
  let pointEnd: ((point: string) => number) | undefined;
  for (const point of points) {
    const [first = '', ...others] = splitSentences(point);
    if (spread)
      statements.push({
        ...last.statement,
        object: objectText(`${last.statement.object} ${first.slice(0, (pointEnd ??= pointEnds(lead, last, languages))(first))}`),
      });
    for (const sentence of [first, ...others]) statements.push(...statementsIn(sentence, languages, context).map(({ statement }) => statement));
  }
  return statements.map((statement) => ({ ...statement, start: null }));
}

/**
 * Where the object a list's lead gives each of its points ends in a point: where the version whose grammar read the
 * lead's verb ends a clause (`Le comité a pris note:` / `des résultats de la réunion …, qui s'est tenue le 20 novembre`,
 * `Der Ausschuss nahm Kenntnis` / `vom Ergebnis der Tagung …, die am 20. November 2017 stattfand,`), where English does
 * if none of the other versions' grammars read it.
 */
function pointEnds(lead: string, last: { at: number; statement: Statement }, languages: Languages): (point: string) => number {
  const reader = languages.find((language) => statementsOf(language, lead).some(({ at, verb }) => at === last.at && verb === last.statement.verb));
  return reader === undefined ? (point) => clauseEnd(point, 0) : (point) => clauseEnds(reader.clauseEnd, point)(0);
}

/** A statement as a sentence reads it, with where its object starts in the sentence (null where not known: a list's points). */
type Read = Statement & { start: number | null };

/**
 * Where an object starts in the text it was read from, given where its clause ends (`end`): the object as printed,
 * right before that end and the punctuation objectText takes off (`… and approved the report.`); null where the object
 * is not printed so (a passive's subject, an item's title, an article set in lower case).
 */
function objectStart(text: string, object: string, end: number): number | null {
  if (object === '') return null;
  // the punctuation objectText takes off, stepped over from the end (no pattern: a sentence may be long)
  let last = end;
  while (last > 0 && OBJECT_END_PUNCTUATION.has(text.charAt(last - 1))) last -= 1;
  const start = last - object.length;
  return start >= 0 && text.startsWith(object, start) ? start : null;
}

/** The characters objectText takes off an object's end. */
const OBJECT_END_PUNCTUATION: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', ',', ';', ':', '.']);

/**
 * A sub-point's heading on a line of its own (`(b) Way forward`, `b) Vorstellung`, `(ii) Drugs`, the Greek and Bulgarian
 * versions' letters `β) Περαιτέρω πορεία`, `б) Бъдещи действия`): its title, which an object left empty under it stands
 * for (`COSI held an exchange of views.` under `(b)` is about `Way forward`, not the item). A line that ends a sentence is
 * a point's text, not its heading.
 */
const SUB_POINT_HEADING = /^\(?(?:[a-zα-ωа-я]|[ivx]{1,5})\)[ \t]+(\S[^\n]{0,250}?)[ \t]*:?$/u;

/** A sub-point's label opening its sentence (`(a) COSI took note …`, `b) Der Ausschuss …`, `б) Дневният ред …`): no part of the clause. */
const POINT_LABEL = /^\(?(?:[a-zα-ωа-я]|[ivx]{1,5})\)[ \t]+(?=\S)/u;

/** An object that opens by naming the item itself (`the item to the next meeting`, `le point`, `dieser Punkt`, `el punto`). */
const ITEM_NAMED =
  /^(?:(?:the|this)\s+(?:item|point)|(?:le|ce)\s+point|(?:der|dieser)\s+(?:Tagesordnungs)?[Pp]unkt|(?:el|este)\s+punto|(?:il|questo)\s+punto|(?:het|dit)\s+(?:agenda)?punt|(?:o|este)\s+ponto)(?![\p{L}])/iu;

/** The title of a sub-point's heading, or null where the text is not one. */
function subPointTitle(text: string): string | null {
  const title = SUB_POINT_HEADING.exec(text)?.[1];
  return title === undefined || /[.;!?]$/.test(title) ? null : title;
}

/**
 * The decisions of one agenda item's plain text, in the order written: one per distinct (by, verb, object), each with
 * the documents its object cites and the index of its sentence; the sentences kept are those that record a decision,
 * each once. An object the text leaves empty (`COSI took note.`) is the item's title. The agenda's adoption is `adopted`
 * whichever verb the version prints (`decision-agenda.ts`). A decision the text recalls from an earlier meeting is none
 * of the item's (`context`, recalled-decisions.ts). `units`: the text's sentences, where already split (sentenceReading).
 */
export function findDecisions(
  plainText: string,
  title: string,
  context: DecisionContext = NO_CONTEXT,
  units: readonly Sentence[] = sentenceUnits(plainText),
): { sentences: string[]; decisions: FoundDecision[] } {
  const sentences: string[] = [];
  const decisions = new Map<string, FoundDecision>();
  const languages = otherLanguagesIn(plainText);
  // what a pronoun alone as an object stands for: the object of the decision before it, else the item's documents
  let previousObject: string | null = null;
  // who a pronoun as the subject stands for (`It also endorsed …`): the body named in the decision before it
  let previousBy: string | null = null;
  // the item's documents, what a pronoun stands for where no decision before it names an object: read only then
  let documents: readonly string[] | null = null;
  // what an empty object stands for: the item's title, or under a sub-point's heading, the sub-point's
  let about = title;
  // the delegations as a whole opening the sentence before, as printed: who a pronoun of support stands for
  let previousWhole: string | null = null;
  for (const { text, lead, points } of units) {
    const named = previousWhole;
    previousWhole = wholeSubject(text);
    // whose support the sentence records, read once for all its decisions
    let supporters: ((by: string | null, object?: number | null) => boolean) | undefined;
    const point = lead === null ? subPointTitle(text) : null;
    if (point !== null) about = point;
    let index: number | null = null;
    const clause = withoutLeadingRedactions(text.replace(POINT_LABEL, ''));
    const reads = sentenceStatements(clause, lead, points, languages, context);
    // a sentence that is only what became of the item (`Postponed to the next meeting.`): about the item or sub-point
    const elliptical = reads.length === 0 && lead === null && point === null ? ellipticalDecision(clause) : null;
    if (elliptical !== null) reads.push({ by: null, verb: elliptical.verb, object: elliptical.rest === '' ? '' : `${about} ${elliptical.rest}`, start: null });
    for (const { start, ...read } of reads) {
      const standsFor = read.by !== null && (SUBJECT_PRONOUNS.has(read.by.toLowerCase()) || isImpliedSubject(read.by));
      if (standsFor && previousBy === null) continue;
      const said: Statement = standsFor ? { ...read, by: previousBy } : read;
      // what the delegations as a whole supported is their position, not a decision (delegations-support.ts)
      // nor what they supported with a verb joined to this decision's (`Les délégations ont salué le rapport et soutenu …`)
      // nor what they approved with a version's verb of support read as approval (`Delegacijos pritarė …`)
      const whole = said.verb === 'endorsed' || said.verb === 'approved';
      const cut = said.verb === 'endorsed' ? said.object : withoutCoordinatedSupport(said.object);
      const supported = (whole || cut !== said.object) && (supporters ??= supportOnly(clause, named))(said.by);
      // dropped only where the verb of support itself was read as this decision, not one joined after it with its own
      // verb (`Delegations supported the approach … and approved the report.`)
      if (whole && cut === said.object && supported && supporters?.(said.by, start) === true) continue;
      const statement: Statement = supported ? { ...said, object: cut } : said;
      if (statement.by !== null) previousBy = statement.by;
      // under a sub-point, `the item` its sentence names is the sub-point (`The item was postponed to the next meeting.`)
      // what a body comes back to is written one way in every version (return-objects.ts)
      const printed =
        statement.object === ''
          ? about
          : statement.verb === 'will-return'
            ? returnObject(statement.object, about)
            : about === title
              ? statement.object
              : statement.object.replace(ITEM_NAMED, about);
      const pronoun = isPronounObject(printed);
      // a pronoun inside the object is written in lower case, as the other versions' passives write their subjects
      const taken = withoutProcedure(
        pronoun ? withAntecedent(lowerFirst(printed), previousObject, previousObject === null ? (documents ??= documentIds(plainText)) : []) : printed,
      );
      // a note taken with satisfaction is a welcome of what was noted (satisfied-notes.ts)
      const satisfied = withSatisfaction(statement.verb, taken.object);
      const object = satisfied.object;
      // a pronoun after a pronoun stands for the same antecedent: never a bracket inside a bracket, which would grow with
      // every sentence (a line of 20,000 `… de` objects wrote 20,000 nested objects: output quadratic in the text)
      if (!pronoun) previousObject = object;
      const verb = agendaVerb(satisfied.verb, object);
      const key = JSON.stringify([statement.by, verb, object]);
      if (decisions.has(key)) continue;
      index ??= sentences.push(text) - 1;
      // A document with the version added after it (`9876/25 + ADD 1`) carries both, as the item's references do.
      const references = documentIds(object);
      decisions.set(key, { ...statement, verb, object, ...(taken.procedure === null ? {} : { procedure: taken.procedure }), references, sentence: index });
    }
  }
  return { sentences, decisions: [...decisions.values()] };
}

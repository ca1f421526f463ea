/**
 * Decisions in the passive as the Council's other language versions write them: what was decided is the subject
 * (`Le rapport a été approuvé par le Comité`, `Der Bericht wurde gebilligt`, `De agenda werd goedgekeurd`), who decided
 * the agent if one is named; an impersonal passive has its object after the verb (`Il a été convenu de …`, `Es wurde
 * vereinbart, …`, `Se aprobó el orden del día`). English passives are read by decisions.ts. Every pattern is bounded
 * or reads a window of the text, so a sentence of any length is read in time linear in its length.
 */
import type { DecisionVerb } from './decisions.ts';
import { howAfterComma } from './decision-procedures.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** A decision a passive states, before its object is tidied: who (null where nobody is named), the verb, the object. */
export interface PassiveStatement {
  at: number;
  by: string | null;
  verb: DecisionVerb;
  object: string;
  end: number;
}

/** How one language writes its passives. */
export interface PassiveGrammar {
  /**
   * The auxiliary, and the participles (groups 1…, in table order) where they follow it (French, Spanish, Italian,
   * Portuguese); where the participle ends the clause (German, Dutch) the auxiliary alone.
   */
  passive: RegExp;
  verbs: readonly DecisionVerb[];
  /** The participles at the end of a clause (groups 1…, in table order), for a language that puts them last; else null. */
  participleLast: RegExp | null;
  /** The agent right after the participle, or (participle last) right after the auxiliary: its name in group 1. */
  agent: RegExp;
  /**
   * What a subject opens with: a determiner, or a plural pronoun alone (`Ils`, `Sie`, `Ze`: `pronoun-objects.ts` names what
   * it stands for). A subject that opens otherwise (`Es`, `Il`, a preposition) is none.
   */
  subject: RegExp;
  /**
   * A pronoun a version prints between the auxiliary and the participle as the subject (`Zostały one zatwierdzone`, they
   * were approved): group 1 of a match on the passive (the auxiliary, the pronoun, the participle); none where the language prints no such subject.
   */
  subjectAfter?: RegExp;
  /** Where a subject's clause starts: after `;`, `:`, a comma or a conjunction (the last match before the auxiliary). */
  clauseOpening: RegExp;
  /**
   * The relative pronouns that open a clause inside a subject (`que`, `qui`, `che`), in a version whose article is no
   * relative pronoun: a subject that holds such a clause (`El informe que figura en el documento 15720/25 fue aprobado`,
   * `Le projet, qui figure dans le document 15720/25, a été approuvé`) is read from before it. None where a version
   * reads its subject from the last opening only.
   */
  relative?: RegExp;
  /**
   * The agent a version sets with a postposition at the end of an impersonal passive's subject, right before the verb
   * (`Aruanne komitee poolt kiideti heaks`, `A jelentést a bizottság által jóváhagyták`): its name in group 1, the match
   * cut off the subject. None where the version prints no such agent.
   */
  agentBefore?: RegExp;
  /**
   * What a relative pronoun that is the passive's subject right before its auxiliary at `at` stands for (`…, qui ont été
   * approuvées par le Comité`: relative-objects.ts), null where none stands there or what it stands for cannot be told.
   * Such a passive is read only where its agent is named and its clause ends after it. None where a version's relative
   * passive is not read.
   */
  relativeSubject?: (text: string, at: number) => string | null;
  /** Negations: a passive holding one is no decision. */
  negation: RegExp;
  /** Impersonal passives with their object after them (`Il a été convenu de …`; groups 1…, in table order). */
  impersonal: RegExp;
  impersonalVerbs: readonly DecisionVerb[];
}

/** How far back a passive's subject is looked for: longer subjects are not subjects. */
const WINDOW = 300;

/** The end of a word, for words that end in a letter outside ASCII (`\b` reads `é` as no word character). */
const END = String.raw`(?![\p{L}\p{N}'’-])`;

/**
 * Where a verb-last passive's clause ends: a comma, `;`, `:`, a conjunction before another clause, or the end of the
 * window it is looked for in.
 */
const LAST_CLAUSE_END = /[,;:]|\s(?:und|aber|sondern|en|maar)\s|[\s.!?]*$/u;

/**
 * What a verb-last language may print after the participle that ends its clause: a comparison with the document that
 * sets out what was decided (`De agenda werd goedgekeurd zoals opgenomen in document CM 5123/25`, `… wie in Dokument …`).
 */
const COMPARISON = String.raw`(?:zoals|wie)`;

/** A clause's rest that compares what was decided with a document: what follows the participle, not the agent's name. */
const COMPARISON_OPENING = new RegExp(`^${COMPARISON}\\s`, 'u');

/** The words a verb-last version's agent opens with where it follows the participle (`werd goedgekeurd door het COSI`, `wurde gebilligt vom AStV`). */
const LATE_AGENT = String.raw`(?:door|vom|von|durch)`;

/** A passive's subject and what follows its verb as one object: a comma after the verb kept against the subject (`дневният ред, както е посочен …`). */
export function joined(subject: string, rest: string): string {
  const after = rest.trim();
  return after === '' ? subject : /^[,;]/.test(after) ? `${subject}${after}` : `${subject} ${after}`;
}

/** The phrases of a table as groups, in table order. */
function passiveTable(phrases: ReadonlyArray<readonly [string, DecisionVerb]>): { source: string; verbs: DecisionVerb[] } {
  return { source: phrases.map(([phrase]) => `(${phrase})`).join('|'), verbs: phrases.map(([, verb]) => verb) };
}

/** The verb of the first group from 1 on that matched. */
function verbOf(match: RegExpExecArray, verbs: readonly DecisionVerb[]): DecisionVerb | null {
  return verbs.find((_, group) => match[1 + group] !== undefined) ?? null;
}

/** How many clause openings a subject is looked for back over, where a relative clause stands inside it. */
const RELATIVE_STEPS = 4;

/** Whether a passive's subject may be `subject`: it opens with a determiner and denies nothing. */
function isSubject(language: PassiveGrammar, subject: string): boolean {
  return language.subject.test(subject) && !language.negation.test(subject);
}

/**
 * Whether the words after a clause opening are a relative clause of the noun before it, with a subject of its own: the
 * opening is the pronoun (`Le rapport que la présidence a présenté a été approuvé`: not `la présidence a présenté`), or
 * a comma before it (`Der Bericht, der in Dokument 15720/25 enthalten ist, wurde gebilligt`).
 */
function opensOwnRelative(relative: RegExp, opening: string, words: string): boolean {
  return relative.test(opening) || (opening === ',' && relative.test(words));
}

/**
 * The subject of a passive whose auxiliary starts at `at`: from its clause's opening, if it opens with a determiner;
 * else, in a version with relative pronouns, from an opening further back where the words after the one passed over are
 * a relative clause (the opening is the pronoun, `que`, or its comma, before `qui` or after the clause `que …`).
 */
function subjectBefore(language: PassiveGrammar, text: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  const before = text.slice(from, at);
  const starts = [0];
  const openings = [''];
  for (const match of allMatches(language.clauseOpening, before)) {
    starts.push(match.index + match[0].length);
    openings.push(match[0].trim());
  }
  const relative = language.relative;
  const last = starts.length - 1;
  // a subject whose relative clause after a comma is not closed by one before the auxiliary holds the passive itself
  // (`Het verslag, dat in mei werd goedgekeurd, …`: the report approved in May, none of this sentence's decisions)
  const open = relative === undefined ? null : new RegExp(String.raw`,\s*(?:${relative.source.replace(/^\^/u, '')})[^,]*$`, 'u');
  const candidate = (index: number): string | null => {
    const words = before.slice(starts[index]).trim();
    return open?.test(words) === true ? null : words.replace(/,$/u, '');
  };
  for (let k = last; k >= 0 && k >= last - RELATIVE_STEPS; k--) {
    const subject = candidate(k) ?? '';
    const whole = relative !== undefined && k > 0 && opensOwnRelative(relative, openings[k] ?? '', subject) ? candidate(k - 1) : null;
    if (whole !== null && isSubject(language, whole)) return whole.charAt(0).toLowerCase() + whole.slice(1);
    if (isSubject(language, subject)) return subject.charAt(0).toLowerCase() + subject.slice(1);
    if (relative === undefined || k === 0) return null;
    const opensRelative = (index: number) => relative.test(openings[index] ?? '') || relative.test(before.slice(starts[index]).trimStart());
    if (!opensRelative(k) && !opensRelative(k - 1)) return null;
  }
  return null;
}

/** Where the clause from `from` ends, by the language's own clause ends (`clauseEnds`: asked in text order). */
type ClauseEnd = (from: number) => number;

/** A passive whose participle follows its auxiliary: the subject, then what follows the participle and its agent. */
function participleAfter(language: PassiveGrammar, text: string, match: RegExpExecArray, clauseEnd: ClauseEnd, next: number): PassiveStatement | null {
  const verb = verbOf(match, language.verbs);
  const relative = language.relativeSubject?.(text, match.index) ?? null;
  if (relative !== null) return verb === null ? null : relativePassive(language, text, match, verb, relative, clauseEnd);
  const subject = subjectBefore(language, text, match.index) ?? language.subjectAfter?.exec(match[0])?.[1] ?? null;
  if (verb === null || subject === null) return null;
  const after = match.index + match[0].length;
  const agent = language.agent.exec(text.slice(after, after + WINDOW));
  const rest = after + (agent?.[0].length ?? 0);
  const end = Math.min(clauseEnd(rest), Math.max(rest, next));
  return { at: match.index, by: agent?.[1] ?? null, verb, object: joined(subject, text.slice(rest, end)), end };
}

/**
 * A passive whose subject is a relative pronoun standing for `noun`: a decision of `noun` where the agent is named and
 * the clause ends after it (`…, qui ont été approuvées par le Comité.`); none where it goes on (`…, qui a été adoptée
 * par le Conseil en 2020`: a decision mentioned, of when it was taken) or names nobody.
 */
function relativePassive(
  language: PassiveGrammar,
  text: string,
  match: RegExpExecArray,
  verb: DecisionVerb,
  noun: string,
  clauseEnd: ClauseEnd,
): PassiveStatement | null {
  const after = match.index + match[0].length;
  const agent = language.agent.exec(text.slice(after, after + WINDOW));
  if (agent?.[1] === undefined) return null;
  const rest = after + agent[0].length;
  const end = clauseEnd(rest);
  return /^[\s.,;:!?]*$/u.test(text.slice(rest, end)) ? { at: match.index, by: agent[1], verb, object: noun, end } : null;
}

/**
 * One verb-last passive clause from `after` (right after its auxiliary, or after the `und` / `en` that coordinates it
 * with the clause before): its participle, its agent (before the participle, `werd door het COSI goedgekeurd`, or right
 * after it, `werd goedgekeurd door het COSI`), the words between them, and where the clause ends; null where the
 * clause holds no participle or a negation.
 */
function lastClause(
  language: PassiveGrammar,
  participles: RegExp,
  text: string,
  after: number,
): { verb: DecisionVerb; agent: string | null; middle: string; end: number } | null {
  const window = text.slice(after, after + WINDOW);
  const closed = window.slice(0, LAST_CLAUSE_END.exec(window)?.index ?? window.length);
  // how the decision was taken, after the comma that ends the participle's clause (`werden goedgekeurd, onder voorbehoud
  // van een parlementair behandelingsvoorbehoud van NL`): part of the clause, kept at the object's end for decisions.ts
  const how = text.slice(after + closed.length, after + closed.length + howAfterComma(text, after + closed.length));
  const clause = closed;
  const end = after + clause.length + how.length;
  if (language.negation.test(clause)) return null;
  const participle = participles.exec(clause);
  if (participle === null) return null;
  const verb = verbOf(participle, language.verbs);
  if (verb === null) return null;
  const early = language.agent.exec(clause);
  const participleEnd = participle.index + participle[0].length;
  const late = early === null ? language.agent.exec(clause.slice(participleEnd)) : null;
  const agent = early ?? late;
  const middle = clause.slice(early?.[0].length ?? 0, participle.index).trim();
  const rest = clause.slice(participleEnd + (late?.[0].length ?? 0)).trim();
  // after an agent that follows the participle, the clause's rest is the agent's name going on in small letters (`door
  // de Groep terrorisme`), unless it compares what was decided with a document (`zoals opgenomen in …`)
  const goesOn = late !== null && rest !== '' && !COMPARISON_OPENING.test(rest);
  const comparison = goesOn ? '' : rest;
  const name = agent?.[1] === undefined ? null : goesOn ? `${agent[1]} ${rest}` : agent[1];
  return { verb, agent: name, middle: `${[middle, comparison].filter((part) => part !== '').join(' ')}${how}`, end };
}

/**
 * A verb-last passive clause coordinated after the one before by `und` / `en` with an agent of its own and no subject:
 * the same subject, decided by another body (`Der Bericht wurde vom AStV gebilligt und vom COSI zur Kenntnis genommen`).
 */
const COORDINATED_LAST = /^\s+(?:und|en)(?=\s)/u;

/**
 * A passive whose participle ends its clause: the subject, then the words between the agent and the participle; and
 * each clause coordinated after it that names its own agent, about the same subject.
 */
function participleLast(language: PassiveGrammar, participles: RegExp, text: string, match: RegExpExecArray): PassiveStatement[] {
  const subject = subjectBefore(language, text, match.index);
  if (subject === null) return [];
  const found: PassiveStatement[] = [];
  let after = match.index + match[0].length;
  let at = match.index;
  for (;;) {
    const clause = lastClause(language, participles, text, after);
    if (clause === null) break;
    found.push({ at, by: clause.agent, verb: clause.verb, object: joined(subject, clause.middle), end: clause.end });
    const coordinated = COORDINATED_LAST.exec(text.slice(clause.end, clause.end + 8));
    if (coordinated === null) break;
    after = clause.end + coordinated[0].length;
    // the coordinated clause is another decision only where it opens with its own agent
    if (!language.agent.test(text.slice(after, after + WINDOW))) break;
    at = after;
  }
  return found;
}

type Spec = Omit<PassiveGrammar, 'passive' | 'verbs' | 'participleLast' | 'impersonal' | 'impersonalVerbs'> & {
  auxiliary: string;
  participles: ReadonlyArray<readonly [string, DecisionVerb]>;
  impersonal: ReadonlyArray<readonly [string, DecisionVerb]>;
};

/** The impersonal passives of a table, each opening a word. */
function impersonalOf(phrases: ReadonlyArray<readonly [string, DecisionVerb]>): Pick<PassiveGrammar, 'impersonal' | 'impersonalVerbs'> {
  const table = passiveTable(phrases);
  return { impersonal: new RegExp(`(?<![\\p{L}])(?:${table.source})`, 'gu'), impersonalVerbs: table.verbs };
}

/** A passive grammar whose participle ends the clause (`wurde … gebilligt`, `werd … goedgekeurd`), with its `worden`. */
export function verbLastPassive({ auxiliary, participles, impersonal, ...rest }: Spec): PassiveGrammar {
  const table = passiveTable(participles);
  return {
    ...rest,
    ...impersonalOf(impersonal),
    passive: new RegExp(`(?<![\\p{L}])(?:${auxiliary})${END}`, 'gu'),
    verbs: table.verbs,
    participleLast: new RegExp(`(?:^|\\s)(?:${table.source})(?:\\s+worden)?(?:$|(?=\\s+(?:${COMPARISON}|${LATE_AGENT})\\s))`, 'u'),
  };
}

/** A passive grammar whose participle follows the auxiliary (`a été approuvé`, `fue aprobado`, `è stato approvato`). */
export function verbAfterPassive({ auxiliary, participles, impersonal, ...rest }: Spec): PassiveGrammar {
  const table = passiveTable(participles);
  return {
    ...rest,
    ...impersonalOf(impersonal),
    passive: new RegExp(`(?<![\\p{L}])(?:${auxiliary})\\s+(?:${table.source})${END}`, 'gu'),
    verbs: table.verbs,
    participleLast: null,
  };
}

/**
 * The decisions one language's passives state in a clause-free text, in no particular order; each object runs to its
 * clause's end or the next passive of its kind (as `objectSpans`).
 */
export function passiveStatements(language: PassiveGrammar, text: string, clauseEnd: ClauseEnd): PassiveStatement[] {
  const found: PassiveStatement[] = [];
  const passives = allMatches(language.passive, text);
  passives.forEach((match, index) => {
    if (language.participleLast !== null) {
      found.push(...participleLast(language, language.participleLast, text, match));
      return;
    }
    const statement = participleAfter(language, text, match, clauseEnd, passives[index + 1]?.index ?? text.length);
    if (statement !== null) found.push(statement);
  });
  const impersonals = allMatches(language.impersonal, text);
  impersonals.forEach((match, index) => {
    const verb = verbOf(match, language.impersonalVerbs);
    const start = match.index + match[0].length;
    const end = Math.min(clauseEnd(start), Math.max(start, impersonals[index + 1]?.index ?? text.length));
    // What was decided may stand before the verb (`Porządek obrad przyjęto w brzmieniu …`, `El informe se aprobó …`), and
    // then who decided it right after the verb (`Rapporten godkändes av rådet`, `Kertomus hyväksyttiin neuvostossa`).
    const subject = subjectBefore(language, text, match.index);
    // who decided, at the subject's end (`Aruanne komitee poolt kiideti heaks`): off the subject, where some is left; the
    // whole of it (`Komitee poolt lepiti kokku järeldused`): who decided, what was decided after the verb
    const early = subject === null ? null : (language.agentBefore?.exec(subject) ?? null);
    const whole = subject !== null && early !== null && early.index === 0 && early[0].trim() === subject.trim();
    const before = whole ? null : subject === null || early === null || early.index === 0 ? subject : subject.slice(0, early.index);
    const agent = before === null ? null : language.agent.exec(text.slice(start, end));
    const after = text.slice(start + (agent?.[0].length ?? 0), end);
    const by = agent?.[1] ?? (before === subject && !whole ? null : (early?.[1] ?? null));
    if (verb !== null) found.push({ at: match.index, by, verb, object: before === null ? after : joined(before, after), end });
  });
  return found;
}

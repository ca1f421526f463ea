/**
 * The grammar around a decision verb in one sentence of an outcome: who acts (a named body at the start of a clause,
 * or the agent of a passive), and where the clause that holds the object ends. Every pattern is bounded or reads a
 * window of the text, so a sentence of any length is read in time linear in its length.
 */
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** A capitalised word of a name (`Europol/EC3`, `COSI`, `EU-US`, `Member`), or `eu-LISA`, written in lower case. */
const NAME_WORD = String.raw`(?:\p{Lu}(?:[\p{L}\p{N}'’/-]|\.(?=\p{L}))*|eu-LISA)`;

/**
 * Capitalised words that open a clause without naming a body, or name only part of one ("Some delegations", "Various
 * delegations": their statements are views, not decisions).
 */
const NOT_A_NAME = String.raw`(?:The|Some|Several|Various|Many|Most|Few|A|An|One|Two|Three|Other|Others|Certain|Both|Each|Numerous|It|Its|This|That|These|Those|They|There|Then|In|On|At|For|From|Following|After|Before|During|With|As|If|When|While|Further|Furthermore|However|Also|Such|Since|Under|Given|Item|Items|Point|Points)\b`;

/** A name: capitalised words, joined by `of`, `on` or `for` (`Committee on Civil Liberties`), at most seven. */
const NAME = String.raw`(?!${NOT_A_NAME})${NAME_WORD}(?:\s+(?:(?:of|on|for)\s+(?:the\s+)?)?${NAME_WORD}){0,6}`;

/** A name's acronym in brackets after it: `(COSI)`, `(DG HOME)`, `(CoR)`. */
const ACRONYM = String.raw`\s+\(\p{Lu}[\p{L}\p{N}-]{0,11}(?:\s\p{Lu}[\p{L}\p{N}-]{0,11})?\)`;

/**
 * One body: an optional article, a name with its acronym if it prints one (`The Standing Committee on Operational
 * Cooperation on Internal Security (COSI)`), optionally its delegation(s); the delegations or Member States as such; or
 * the committee named in lower case (`the committee took note of …`); the committee's members as one (`The members of COSI
 * took note of …`).
 */
const BODY = String.raw`(?:[Tt]he\s+)?members\s+of\s+(?:the\s+)?(?:COSI|[Cc]ommittee|Standing\s+Committee)\b|(?:[Tt]he\s+)?(?:incoming\s+|outgoing\s+)?${NAME}(?:${ACRONYM})?(?:\s+(?:delegations?|delegates))?|(?:[Tt]he\s+)?delegations|(?:[Tt]he\s+)?Member\s+States|[Tt]he\s+committee(?!\s+(?:of|on|for)\s)`;

/** Who may decide: one body, or two acting together (`COSI and CLASI delegations`). */
export const DECISION_MAKER = String.raw`(?:${BODY})(?:\s+and\s+(?:${BODY}))?`;

/**
 * Where a clause may start: the start of the text, after `;`, `:` or a comma, or after `that`, `which` (a relative clause
 * whose subject is the body: relative-objects.ts gives its verb the antecedent), `and`, `while`, `but`.
 */
export const CLAUSE_OPENING = String.raw`(?<=^|[;:,]\s{0,3}|\b(?:that|which|and|while|whereas|but)\s{1,3})`;

/** Auxiliaries and adverbs allowed between a subject and its verb (`has also endorsed`, `broadly welcomed`). */
export const AUXILIARY = String.raw`(?:\s+(?:has|have))?(?:\s+(?:also|then|further|finally|formally|unanimously|broadly|generally|subsequently|therefore|again|duly))?`;

/** The agent of a passive right after its participle: `by the COSI Support Group`. */
const AGENT = new RegExp(String.raw`^\s+by\s+(${DECISION_MAKER})`, 'u');

/** Determiners, prepositions and conjunctions that open the object of a verb; a participle is not followed by one. */
export const OBJECT_OPENING = String.raw`(?:the|a|an|this|these|its|their|to|on|that|with|of|about)\b`;

/**
 * An object with no determiner, a noun in lower case (`welcomed progress`, `and invited delegations to …`): any word
 * but a preposition, a conjunction, an adverb (`…ly`, `earlier`) or a word of time, which follow a participle of an
 * object's instead (`the report, endorsed by the Council`, `…, adopted last week`, `…, agreed without amendment`).
 */
export const BARE_OBJECT = String.raw`(?!(?:by|in|at|on|for|from|with|without|under|during|after|before|following|upon|as|to|into|through|since|until|via|within|and|or|but|not|last|earlier|previously|recently|yesterday|today|here|there|above|below|\p{Ll}{1,30}ly)(?![\p{L}\p{N}-]))\p{Ll}{3,30}(?![\p{L}\p{N}-])`;

/** A past-tense verb coordinated after `and`: regular ones, and the irregular ones outcomes use. */
const PAST_VERB = String.raw`(?:\p{Ll}+ed|took|held|made|gave|reached|drew|said|saw|felt|spoke|undertook)`;

/**
 * The verbs an outcome reports what a body said with (`said that`, `noted that it would revert`): after `and` they open
 * a clause of their own (`took note of the report and said that it was satisfied …`), whatever follows them.
 */
export const REPORTING_VERB = String.raw`(?:said|stated|noted|indicated|announced|explained|added|confirmed|replied|underlined|stressed|emphasi[sz]ed|recalled|pointed\s+out|expressed|reiterated)`;

/** The decision verbs as a comma may coordinate them (`took note of the reports, welcomed the reporting`). */
const DECISION_VERB = String.raw`(?:adopted|endorsed|agreed|approved|confirmed|(?:took|taken)\s+note(?:\s+of)?|exchanged\s+views|welcomed|tasked|invited|(?:${REPORTING_VERB}\s+(?:that\s+)?(?:it|they)\s+(?:will|would)|will)\s+(?:revert|return|come\s+back|get\s+back))`;

/** The auxiliary of a verb coordinated in the present perfect (`and has taken note of …`). */
const PERFECT = String.raw`(?:ha(?:s|ve)\s+)?`;

/**
 * The decision verbs whose object is who is asked to act (`invited Europol to report`, `tasked Frontex with …`): a
 * name may open their object, where the other verbs' objects open with a determiner or preposition.
 */
export const NAMED_OBJECT_VERB = String.raw`(?:tasked|invited)`;

/**
 * A colon before a list whose points open with a small Roman numeral, a letter or a figure and a closing bracket
 * (`… as set out in 13461/17: i) to improve …; ii) …`, `: (a) …`, `: 1) …`): it ends the clause, so that the object is
 * what the list is about, not its first points up to the `;` that closes one of them. Every language's clause ends.
 */
export const LIST_COLON = String.raw`\s*:(?=\s+\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s)`;

/**
 * A clause of when something was decided, after its object (`… when the Presidency presented its report`, `… lorsque
 * la présidence a présenté …`, `… quando la Presidenza ha presentato …`, `…, als der Vorsitz … vorstellte`): one of a
 * version's `conjunctions` after a space or comma, but not after one of `notAfter`, a preposition or a verb of knowing,
 * where the question it opens is the object (`the information on when …`, `la question de savoir quand …`). Every
 * version's clause ends; no decision is read inside such a clause (it may recall an earlier one).
 */
export function whenClause(conjunctions: string, notAfter: string): string {
  return String.raw`(?<!(?<![\p{L}])(?:${notAfter})),?\s+(?:${conjunctions})(?![\p{L}\p{N}-])`;
}

/**
 * What ends the clause an object stands in: `;`, `:` before a list's points (`LIST_COLON`) or a clause (`: this meeting was …`; not the colon of a title,
 * `counter-terrorism: priorities and way forward`), a relative or contrasting clause (`, which …`, `, while …`),
 * a decision verb after a comma, `and` before another clause (a coordinated verb, `exchanged views` ending the text, `invited` or `tasked` before a name, a body and its verb, or a subject of up to eight words and an
 * auxiliary: `and a first draft of the Protocol would …`, a verb reporting what was said: `and said that …`), or the end of the text with its closing punctuation.
 */
const CLAUSE_END = new RegExp(
  [
    String.raw`\s*;`,
    LIST_COLON,
    String.raw`\s*:(?=\s+(?:(?!(?:that|which|who)\b)[^\s,;:]+\s+){0,6}?(?:was|were|is|are|has|have|had|would|will|${PAST_VERB})\b)`,
    String.raw`,\s*(?:which|who|whereas|while|whilst)\b`,
    // a participle clause after the object, what the body did besides (`…, welcoming and supporting the ongoing cooperation`)
    String.raw`,\s+(?=(?:welcoming|supporting|underlining|stressing|emphasi[sz]ing|highlighting|recalling|acknowledging|reiterating|encouraging|urging|noting\s+that)\b)`,
    String.raw`\s+(?:while|whilst|whereas)\s`,
    whenClause('when', 'on|of|about|as|to|from|until|since|know|knowing|decide|deciding'),
    String.raw`,\s+(?=${PERFECT}(?:also\s+)?${DECISION_VERB}\s+(?:${OBJECT_OPENING}|${BARE_OBJECT}))`,
    String.raw`,?\s+and\s+(?=${PERFECT}(?:also\s+|further\s+|then\s+)?${DECISION_VERB}\s+${BARE_OBJECT})`,
    String.raw`,?\s+and\s+(?=${PERFECT}(?:also\s+|further\s+|then\s+)?(?:${DECISION_VERB}|${PAST_VERB})\s+${OBJECT_OPENING})`,
    String.raw`,?\s+and\s+(?=${PERFECT}(?:also\s+|further\s+|then\s+)?${NAMED_OBJECT_VERB}\s+\p{Lu})`,
    String.raw`,?\s+and\s+(?=${PERFECT}(?:also\s+|then\s+)?exchanged\s+views[\s.]*$)`,
    String.raw`,?\s+and\s+(?=(?:(?!(?:that|which|who)\b)[^\s,;:]+\s+){1,8}?(?:was|were|would|will|is|are|has|have|had|should|could|may|might)\s)`,
    // the same body's intention coordinated after the object (`took note of the comments and will take them into account`)
    String.raw`,?\s+and\s+(?=(?:also\s+)?(?:will|would|shall)\s+(?:also\s+|further\s+)?\p{Ll})`,
    String.raw`,?\s+and\s+(?=(?:${DECISION_MAKER})\s+${PAST_VERB}\b)`,
    String.raw`,?\s+and\s+(?=${PERFECT}(?:also\s+|then\s+|further\s+)?${REPORTING_VERB}\s)`,
    String.raw`[\s.!?:]*$`,
  ].join('|'),
  'gu',
);

/** Where the clause that starts at `from` ends: the object of a verb is `text.slice(from, clauseEnd(text, from))`. */
export function clauseEnd(text: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  return CLAUSE_END.exec(text)?.index ?? text.length;
}

/**
 * Where the clauses of one text end, by a global pattern of clause ends, asked from starts in text order: the end found
 * from `from` is the end from every start between `from` and it too (a pattern's match at a place does not depend on
 * where its search began), so one scan serves all the objects that start in one clause.
 */
export function clauseEnds(pattern: RegExp, text: string): (from: number) => number {
  let searched = { from: Infinity, end: -1 };
  return (from) => {
    if (from < searched.from || from > searched.end) {
      pattern.lastIndex = from;
      searched = { from, end: pattern.exec(text)?.index ?? text.length };
    }
    return searched.end;
  };
}

/** The English clause ends of one text (`clauseEnds` of `CLAUSE_END`). */
export const englishClauseEnds = (text: string): ((from: number) => number) => clauseEnds(CLAUSE_END, text);

/**
 * The object of each of a sentence's verbs of one kind, in text order: from its start to its clause's end, or to the
 * next verb of the same kind where that comes first (a sentence repeating one verb gives each its own object, not the
 * rest of the sentence each): what keeps a sentence of any length read in time linear in its length.
 */
export function objectSpans<T>(
  found: readonly T[],
  at: (item: T) => number,
  start: (item: T) => number,
  endOf: (from: number) => number,
): Array<{ item: T; start: number; end: number }> {
  return found.map((item, index) => {
    const from = start(item);
    const next = found[index + 1];
    return { item, start: from, end: Math.min(endOf(from), next === undefined ? Infinity : Math.max(from, at(next))) };
  });
}

/** What stops a verb coordinated with `and` from belonging to a subject before it: a new clause of another kind. */
export const COORDINATION_BREAK = /[;:]|,\s*(?:which|who|whereas|while|whilst)\b|\b(?:while|whilst|whereas)\b/g;

/**
 * Each verb coordinated after a subject (`COSI took note of …, welcomed …`) with the subject it shares: the nearest
 * subject before it, unless a break (a new clause of another kind) stands between them. Subjects, breaks and
 * coordinated verbs come in text order: one pass over each keeps a long sentence linear.
 */
export function coordinatedSubjects(
  coordinated: readonly RegExpExecArray[],
  subjects: readonly RegExpExecArray[],
  breaks: readonly number[],
): Array<{ verb: RegExpExecArray; subject: RegExpExecArray }> {
  const pairs: Array<{ verb: RegExpExecArray; subject: RegExpExecArray }> = [];
  let subject = -1;
  let nextBreak = 0;
  for (const match of coordinated) {
    while ((subjects[subject + 1]?.index ?? Infinity) < match.index) subject += 1;
    const opening = subjects[subject];
    if (opening === undefined) continue;
    while ((breaks[nextBreak] ?? Infinity) < opening.index) nextBreak += 1;
    if ((breaks[nextBreak] ?? Infinity) < match.index) continue;
    pairs.push({ verb: match, subject: opening });
  }
  return pairs;
}

/** How far back a passive's subject, or the clause before it, is looked for: longer subjects are not subjects. */
const WINDOW = 600;

/** Where a passive's clause starts: after `;`, `:`, `and` or `that`, else the start of the window. */
const PASSIVE_OPENING = /(?:[;:]|,?\s\s?and|\bthat)\s+/g;

/** The start of the clause whose passive verb starts at `at`. */
export function passiveClauseStart(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  let start = from;
  for (const match of allMatches(PASSIVE_OPENING, text.slice(from, at))) start = from + match.index + match[0].length;
  return start;
}

/** The agent named right after a passive participle, and where the text after it goes on. */
export function passiveAgent(text: string, at: number): { agent: string; end: number } | null {
  const match = AGENT.exec(text.slice(at, at + WINDOW));
  return match === null ? null : { agent: match[1] ?? '', end: at + match[0].length };
}

/**
 * The clause before a passive one joined to it by `and`, when it is a passive too: its subject (the antecedent of a
 * `them` in ours) and its agent (`Fourteen MASPs were discussed by the COSI Support Group and most of them were adopted`).
 */
export function previousPassive(text: string, clauseStart: number): { subject: string; agent: string | null } | null {
  const before = text.slice(Math.max(0, clauseStart - WINDOW), clauseStart);
  if (!/,?\s+and\s+$/.test(before)) return null;
  const clause = before.replace(/,?\s+and\s+$/, '');
  const opening = allMatches(PASSIVE_OPENING, clause).at(-1);
  const own = opening === undefined ? clause : clause.slice(opening.index + opening[0].length);
  const passive = new RegExp(String.raw`^(.+?)\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:\s+by\s+(${DECISION_MAKER}))?`, 'u').exec(own);
  return passive === null ? null : { subject: passive[1] ?? '', agent: passive[2] ?? null };
}

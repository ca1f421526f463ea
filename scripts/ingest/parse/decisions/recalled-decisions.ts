/**
 * A decision an outcome recalls rather than records: one taken at an earlier meeting, dated before the meeting the
 * outcome is of (`¹ COSI approved the plan on 3 March 2025 (doc. 6789/25).`, `On 3 March 2025, COSI approved …`, `Le
 * 3 mars 2025, le COSI a approuvé …`, or in the item's own text by a day closing its clause: `COSI approved the plan on 3
 * March 2025.`), or reported after a verb of recalling (`The Presidency recalled that COSI
 * approved …`, `a rappelé que le COSI avait …`, `erinnerte daran, dass …`). Every pattern reads a bounded window.
 */
import { parseDates } from '../text/date-expressions.ts';
import { endsWithProcedure } from './decision-procedures.ts';

/** A day, its month in words and its year, day first (`3 March 2025`, `3. März 2025`, `3 de marzo de 2025`, `3 marca 2025 r.`). */
const DAY_DATE = /(?<![\p{L}\p{N}])\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?(?:\s+de)?\s+\d{4}(?!\d)/gu;

/**
 * The words a version opens a sentence with before the day its decision was taken (`On`, `At its meeting on`, `Le`,
 * `Lors de sa réunion du`, `Am`, `In seiner Sitzung vom`, `El`, `En su reunión del`, `Il`, `Nella riunione del`, `Op`,
 * `Em`, `Na reunião de`, `W dniu`, `Dnia`), up to the day.
 */
const DATED_OPENING = new RegExp(
  String.raw`^(?:${[
    String.raw`On`,
    String.raw`At\s+(?:its|the)\s+(?:\p{L}+\s+)?meeting\s+(?:on|of)`,
    String.raw`Le`,
    String.raw`Lors\s+de\s+(?:sa|la)\s+(?:\p{L}+\s+)?réunion\s+du`,
    String.raw`Am`,
    String.raw`In\s+(?:seiner|der)\s+(?:\p{L}+\s+)?Sitzung\s+vom`,
    String.raw`El`,
    String.raw`En\s+(?:su|la)\s+(?:\p{L}+\s+)?reunión\s+del`,
    String.raw`Il`,
    String.raw`Nella\s+(?:sua\s+)?(?:\p{L}+\s+)?riunione\s+del`,
    String.raw`Op`,
    String.raw`Tijdens\s+(?:zijn|de)\s+(?:\p{L}+\s+)?vergadering\s+van`,
    String.raw`Em`,
    String.raw`Na\s+(?:sua\s+)?(?:\p{L}+\s+)?reunião\s+de`,
    String.raw`W\s+dniu`,
    String.raw`Dnia`,
    String.raw`Na\s+posiedzeniu\s+(?:w\s+dniu|z\s+dnia)`,
  ].join('|')})\s+$`,
  'u',
);

/**
 * The word that makes a day a document's rather than a decision's (`the report of 3 March 2025`, `le rapport du 3 mars`,
 * `den Bericht vom 3. März`, `el informe del 3 de marzo`, `la relazione del`, `het verslag van`, `o relatório de`): a day
 * after it dates no decision, unless a meeting is what it dates (`at its meeting of 3 March 2025`, MEETING_OF).
 */
const OF_THE_DAY = /(?<![\p{L}])(?:of|du|des|vom|del|della|dello|dell['’]|van|de|z|ze)\s+$/u;

/** A meeting the day after it is the day of (`meeting of`, `réunion du`, `Sitzung vom`, `reunión del`, `riunione del`, `vergadering van`, `reunião de`, `posiedzeniu z dnia`). */
const MEETING_OF =
  /(?<![\p{L}])(?:meeting|réunion|Sitzung|Tagung|reunión|riunione|vergadering|reunião|posiedzeni[ua](?:\s+z\s+dnia)?)\s+(?:of|du|vom|del|van|de|z)\s+$/iu;

/**
 * The verbs of recalling a clause of a past decision follows (`recalled that`, `reminded delegations that`, `rappelé
 * que`, `erinnerte daran, dass`, `recordó que`, `ricordato che`, `herinnerde eraan dat`, `recordou que`, `przypomniał,
 * że`), right before the decision's body.
 */
const RECALLING =
  /(?:(?:recalled|reminded(?:\s+(?:the\s+)?(?:delegations|COSI|[Cc]ommittee|Member\s+States))?|recalling|reminding)\s+that|rappel(?:é|ant)\s+qu(?:e\s|['’])|erinnerte(?:\s+daran)?,?\s+dass|(?:recordó|recordando)\s+que|ricordat[oa]\s+che|herinnerde(?:\s+eraan)?\s+dat|(?:recordou|relembrou)\s+que|przypomniał[aoy]?,?\s+że)\s*$/u;

/**
 * A verb of recalling with the thing recalled as its object (`The Presidency recalled the conclusions, which the
 * Committee endorsed`, `a rappelé les conclusions`, `erinnerte an die Schlussfolgerungen`, `recordó`, `ha ricordato`,
 * `herinnerde aan`, `recordou`, `przypomniał`): a relative clause on that object tells of a decision taken before.
 */
const RECALLING_OBJECT =
  /(?<![\p{L}])(?:recalled|reminded|recalling|rappel(?:é|ant|le)|erinnerte|(?:recordó|recordando)|ricordat[oa]|herinnerde|(?:recordou|relembrou)|przypomniał[aoy]?)(?![\p{L}])/u;

/** Whether the clause a relative clause hangs on recalls its object (RECALLING_OBJECT): the relative's decision is one recalled. */
export function recallsObject(clause: string): boolean {
  return RECALLING_OBJECT.test(clause);
}

/**
 * The words that date a clause's verb right before its day (`on`, `le`, `am`, `el`, `il`, `op`, `em`, `w dniu`, `dnia`),
 * or a meeting's (`at its meeting of`, MEETING_OF): in the item's own text a day after them that closes the decision's
 * clause dates the decision (`COSI approved the plan on 3 March 2025.`).
 */
const ON_THE_DAY = /(?<![\p{L}])(?:on|le|am|el|il|op|em|w\s+dniu|dnia)\s+$/u;

/**
 * A participle or relative before the dating word, which makes the day its object's (`the report presented on 3 March
 * 2025`, `le rapport présenté le 3 mars 2025`, `el informe presentado el`, `la relazione presentata il`, `which was
 * held on`): the day is then no decision's.
 */
const OBJECT_DATED =
  /(?:\p{L}ed|held|made|sent|built|given|taken|written|drawn|shown|\p{L}(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|iti|ite))\s+\S+\s+$/u;

/**
 * A relative or temporal clause between a decision's verb and a day, which makes the day that clause's (`the conference
 * that took place on 12 November 2021`, `la conférence qui a eu lieu le`, `la conferencia que tuvo lugar el`, `la
 * conferenza che si è svolta il`, `konferencja, która odbyła się w dniu`); the verb-final versions' relative clauses
 * (German, Dutch) put their verb after the day, which no closing day does.
 */
const RELATIVE =
  /(?<![\p{L}])(?:that|which|who|whom|where|when|qui|que|qu['’]|dont|où|lorsque|quand|cual|cuales|donde|cuando|che|cui|dove|quando|onde|który|która|które|którym|którą|gdzie|kiedy)(?![\p{L}])/u;

/** What may follow the day that closes a clause: the Polish year's `r.`, a bracket (`(doc. 6789/25)`), the clause's end. */
const CLOSING = /^(?:\s+r\.)?(?:\s*\([^()]{0,80}\))?[\s.;:!?]*$/u;

/** How far back from a clause's end its closing day, and before that day a relative clause, are looked for. */
const TAIL = 240;

/**
 * Whether a decision's clause (from its body or verb to its end) closes with a day before the meeting that dates its
 * verb: only the last part of the clause is read (a closing day stands at its end), so a clause of any length is read
 * in time linear in its length.
 */
function closesWithEarlierDay(clause: string, meetingDay: string): boolean {
  const from = Math.max(0, clause.length - TAIL);
  const tail = clause.slice(from);
  return decisionDays(tail).some(({ at, day }) => {
    if (day >= meetingDay) return false;
    const date = DAY_DATE_AT.exec(tail.slice(at));
    if (date === null || !CLOSING.test(tail.slice(at + date[0].length))) return false;
    const before = clause.slice(Math.max(0, from + at - TAIL), from + at);
    if (!ON_THE_DAY.test(before) && !MEETING_OF.test(before)) return false;
    // the day a written or silence procedure ended is when the body decided between meetings: recorded, not recalled
    return !OBJECT_DATED.test(before) && !RELATIVE.test(before) && !endsWithProcedure(before);
  });
}

/** One day-first date at the start of a text (DAY_DATE, anchored). */
const DAY_DATE_AT = new RegExp(`^${DAY_DATE.source}`, 'u');

/** How far before a decision its recalling verb is looked for. */
const WINDOW = 160;

/** The longest opening before a decision's body that may date it (`Lors de sa réunion du 3 mars 2025, le COSI …`). */
const MAX_OPENING = 100;

/** The first day of each day-first date in `text` that dates what is said (not a document's day), with where it stands. */
function decisionDays(text: string): { at: number; day: string }[] {
  if (!/\d{4}/.test(text)) return [];
  const days: { at: number; day: string }[] = [];
  for (const match of text.matchAll(DAY_DATE)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (OF_THE_DAY.test(before) && !MEETING_OF.test(before)) continue;
    const day = parseDates(match[0])[0];
    if (day !== undefined) days.push({ at: match.index, day });
  }
  return days;
}

/**
 * Whether the decision read in `text` from `at` (its body or verb) to `end` (its object's end) is one recalled: after a
 * verb of recalling; dated before `meetingDay` by the words opening its sentence; or, in a footnote (`inFootnote`),
 * dated so anywhere in its clause. With no meeting day known, only the verb of recalling tells.
 */
export function isRecalledDecision(text: string, at: number, end: number, meetingDay: string | null, inFootnote: boolean): boolean {
  const before = text.slice(Math.max(0, at - WINDOW), at);
  if (RECALLING.test(before)) return true;
  if (meetingDay === null) return false;
  // a sentence's opening is short (`At its meeting on 3 March 2025,`): a decision further in has none of its own, but
  // its clause may close with its day
  if (at > MAX_OPENING && !inFootnote) return closesWithEarlierDay(text.slice(at, end), meetingDay);
  const opening = text.slice(0, Math.min(at, MAX_OPENING));
  const opened = decisionDays(opening).some(({ at: dayAt, day }) => day < meetingDay && DATED_OPENING.test(opening.slice(0, dayAt)));
  if (opened) return true;
  if (inFootnote) return decisionDays(text.slice(at, end)).some(({ day }) => day < meetingDay);
  return closesWithEarlierDay(text.slice(at, end), meetingDay);
}

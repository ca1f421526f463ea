/**
 * A decision an outcome recalls rather than records: one taken at an earlier meeting, dated before the meeting the
 * outcome is of (`¹ COSI approved the plan on 3 March 2025 (doc. 6789/25).`, `On 3 March 2025, COSI approved …`, `Le
 * 3 mars 2025, le COSI a approuvé …`), or reported after a verb of recalling (`The Presidency recalled that COSI
 * approved …`, `a rappelé que le COSI avait …`, `erinnerte daran, dass …`). Every pattern reads a bounded window.
 */
import { parseDates } from './date-expressions.ts';

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
  // a sentence's opening is short (`At its meeting on 3 March 2025,`): a decision further in has none of its own
  if (at > MAX_OPENING && !inFootnote) return false;
  const opening = text.slice(0, Math.min(at, MAX_OPENING));
  const opened = decisionDays(opening).some(({ at: dayAt, day }) => day < meetingDay && DATED_OPENING.test(opening.slice(0, dayAt)));
  if (opened) return true;
  return inFootnote && decisionDays(text.slice(at, end)).some(({ day }) => day < meetingDay);
}

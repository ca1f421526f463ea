/**
 * The body's first list marker a text extraction printed between a column of labels and their values (`From:` …
 * `Subject:`, `1.`, then the values), and how the values under it end: one line each unless one wraps, the subject
 * where the marker's paragraph or part opens.
 */
import { titleEnd } from './body-start.ts';
import { isCorrespondentLine } from './correspondent-lines.ts';
import type { FoundLabel } from './header-labels.ts';
import { DATE } from '../text/head-anchors.ts';
import { valueLength } from './value-shapes.ts';

/**
 * The body's first list marker printed between labels printed first and their values (`From:` … `Subject:`, `1.`, then
 * the values): a number (`1.`), a Roman numeral (`I.`), a letter (`(a)`, `a)`, the Greek and Bulgarian versions' `α)`,
 * `а)`) or a dash (`–`), alone on its line, or, on a page run into one line, one space before the first value
 * (`Subject: 1. General Secretariat …`, see displacedMarker).
 */
const DISPLACED_MARKER = /^(\s*)(\d{1,2}\.|[IVX]{1,4}\.|\([a-zα-ωа-я]\)|[a-zα-ωа-я]\)|[–—-])(?:[ \t]*\n\s*|[ \t]+(?=\S))/u;

/**
 * The body's first list marker displaced before the values of `group` (DISPLACED_MARKER), or null. On the marker's own
 * line only where the marker opens no value of the first label's shape (a day, `Datum:` / `16. April 2024`, is a
 * value, not paragraph 16) and, for a number, that value follows it by its shape (a sender, a day) or the label is the
 * subject's.
 */
export function displacedMarker(raw: string, group: readonly FoundLabel[]): RegExpExecArray | null {
  const marker = DISPLACED_MARKER.exec(raw);
  const at = marker?.[1]?.length ?? 0;
  if (marker === null || marker[0].includes('\n', at)) return marker;
  const first = group[0];
  if (first === undefined) return null;
  if (valueLength(first.field, raw, at) > 0) return null;
  // a number may open a value (a day, `16. April 2024`): the value's shape must follow it
  return first.field === 'subject' || !/\d/.test(marker[2] ?? '') || valueLength(first.field, raw, marker[0].length) > 0 ? marker : null;
}

/** How far into the text after the labels a subject's meeting date is looked for (a subject's length). */
const SUBJECT_REACH = 400;

/** A date right before a capital, and the spaces between: the meeting's date that ends an outcome's subject, the first item's title after it. */
const MEETING_DATE_THEN_TITLE = new RegExp(String.raw`(?<![\p{L}\d])${DATE}(?:[ \t]+r\.)?[ \t]+(?=["“(]?\p{Lu})`, 'u');

/**
 * Where an outcome's subject that ends with its meeting's date ends, before item 1's title run on into it (`… Internal
 * Security (COSI) on 18 March 2025 Adoption of the agenda …`: the title after the date's spaces); null where no date is
 * followed by a capital (a subject whose words go on after the date, `… 18. ja 19. novembril 2025 toimunud …`).
 */
export function datedSubjectEnd(rest: string): number | null {
  const dated = MEETING_DATE_THEN_TITLE.exec(rest.slice(0, SUBJECT_REACH));
  return dated === null ? null : dated.index + dated[0].length;
}

/** A capital opening the next words after spaces: a title or sentence goes on after a name. */
const CAPITAL_NEXT = /^[ \t]+["“(]?\p{Lu}/u;

/** A Roman numeral closed by a dot: the marker of a part, whose heading in capitals follows it. */
const ROMAN_MARKER = /^[IVX]{1,4}\.$/;

/** How far back from a subject's end a part's heading in capitals is looked for. */
const HEADING_REACH = 120;

/** A heading in capitals ending a text after a word that is none (`… the roadmap INTRODUCTION`, `… prochaines étapes CONTEXTE`). */
const CAPITALS_HEADING_END = /(?<=[\p{Ll}\d)”"'’][ \t]+)\p{Lu}[\p{Lu}\d ,'’–-]*\p{Lu}[ \t]*$/u;

/**
 * Where the paragraph or part whose list marker (`marker`) a page run into one line printed before the header's values
 * opens after the subject (`To: Subject: 1. General Secretariat … Delegations Standing Committee … (COSI) Adoption of
 * the agenda …`): after a Council body's name the vocabulary knows, as an outcome's subject names its meeting, before a
 * capital; for a part's Roman numeral at the heading in capitals the subject runs on into (`Subject: I. Presidency … -
 * Follow-up of the roadmap INTRODUCTION`); else at the sentence opener after the subject's words (`… on the compromise
 * text On 3 March 2026 the Presidency …`, as a title runs into its text: titleEnd); null where none is found.
 */
export function displacedSubjectEnd(rest: string, marker: string): number | null {
  const named = valueLength('to', rest, 0);
  if (named > 0 && CAPITAL_NEXT.test(rest.slice(named))) return named + (/^[ \t]+/.exec(rest.slice(named))?.[0].length ?? 0);
  const dated = datedSubjectEnd(rest);
  if (dated !== null) return dated;
  // a heading is a few words: looked for in the subject's last characters only
  const from = Math.max(0, rest.length - HEADING_REACH);
  const heading = ROMAN_MARKER.test(marker) ? CAPITALS_HEADING_END.exec(rest.slice(from)) : null;
  if (heading !== null) return from + heading.index;
  const opening = /^\s*/.exec(rest)?.[0].length ?? 0;
  const end = titleEnd(rest.slice(opening));
  return end === null ? null : opening + end;
}

/**
 * The offset of the line break that ends the `count`th value of `text` from `from`, one line each unless one but the
 * last wraps, or null where the text ends before it: a line opening with a bracket goes on from the line above (`… on Internal Security` /
 * `(COSI)`), and so does one that goes on with a sender's or recipient's name of the vocabulary (`… w zakresie
 * Bezpieczeństwa` / `Wewnętrznego (COSI)`) or under a line that ends in a word in small letters, itself no sender or
 * recipient of its own (`Ständiger Ausschuss … im Bereich der inneren` / `Sicherheit (COSI)`; not `het voorzitterschap`
 * / `Delegaties`).
 */
export function lineEnd(text: string, from: number, count: number): number | null {
  let at = from - 1;
  for (let value = 0; value < count; value += 1) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return null;
    // the last value (the subject) is one line: item 1's title follows it (`… posėdžio rezultatai` / `Darbotvarkės priėmimas`)
    for (; value < count - 1;) {
      const next = text.indexOf('\n', at + 1);
      const below = text.slice(at + 1, next === -1 ? text.length : next);
      const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
      if (next === -1 || !goesOnBelow(line, below)) break;
      at = next;
    }
  }
  return at;
}

/** The length of the value at `at` read as `length`, with the lines it wraps onto (goesOnBelow) where it ends its line. */
export function wrappedLength(text: string, at: number, length: number): number {
  let end = at + length;
  for (;;) {
    const lineEndAt = text.indexOf('\n', end);
    if (lineEndAt === -1 || text.slice(end, lineEndAt).trim() !== '') return end - at;
    const next = text.indexOf('\n', lineEndAt + 1);
    const below = text.slice(lineEndAt + 1, next === -1 ? text.length : next);
    if (!goesOnBelow(text.slice(text.lastIndexOf('\n', lineEndAt - 1) + 1, lineEndAt), below)) return end - at;
    end = next === -1 ? text.length : next;
  }
}

/** A value's line ending in a word in small letters (`… der inneren`, `… on the`), cut where the value wraps. */
const SMALL_WORD_END = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*[ \t]*$/u;

/** Whether `below` is the rest of a value whose line `line` wrapped (lineEnd). */
function goesOnBelow(line: string, below: string): boolean {
  const start = below.trimStart();
  if (start === '' || line.trim() === '') return false;
  if (start.startsWith('(')) return true;
  // a name of the vocabulary wrapped between two capitalised words (`… w zakresie Bezpieczeństwa` / `Wewnętrznego (COSI)`)
  const trimmed = line.trim();
  if (valueLength('to', `${trimmed} ${start}`, 0) > trimmed.length + 1) return true;
  return SMALL_WORD_END.test(line) && !isCorrespondentLine(line) && !isCorrespondentLine(below);
}

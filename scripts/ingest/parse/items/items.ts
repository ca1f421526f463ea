import { isPlausibleDate } from '../../../../src/shared/dates.ts';
import { parseDates } from '../text/date-expressions.ts';
import { DATE_WITH_WEEKDAY, MONTH } from '../text/head-anchors.ts';
import { plainText } from '../text/inline.ts';
import type { SourceLine } from '../normalise.ts';
import { titleAsPrinted } from './printed-title.ts';
import { romanParts } from './roman-parts.ts';
import { contentsLines } from './contents-lines.ts';
import { headsItemsBelow, namesDayPart } from './between-items.ts';
import { isDaysLine } from '../header/summary-record-opening.ts';
import { append } from '../../../../src/shared/lists.ts';
import { AGENDA_SECTION_PATTERNS, ANY_OTHER_BUSINESS } from '../text/agenda-headings.ts';
import { LEADING_TIME } from '../text/vocabulary.ts';
import { dayHoursApart, isHoursLine, isWordedHoursLine } from './day-hours.ts';
import { jointItem, type NumberStyle, wordedItem } from '../text/item-numbers.ts';

/** A numbered agenda line: `1. Title`, `6.1. Title`, `3.1 Title`, with `#` and bold around it already allowed for. */
const NUMBERED = /^(\d{1,5}(?:\.\d{1,3}){0,4})(\.?)[ \t]+(\S.*)$/;

/**
 * The capital letter and dot an older notice of a meeting held in parts prints before each part's day (`A. THURSDAY 9
 * JUNE 2016 (10.00)`, `B. THURSDAY 9 JUNE 2016 (14.30)`), kept in the heading as printed.
 */
const PART_LETTER = String.raw`[A-F]\.[ \t]{1,3}`;

/**
 * A day heading: `18 November 2025`, `Tuesday 18th November 2025`, `19 November 2025 (morning)`, German `16. April 2024`,
 * and a date with its weekday as any official language prints it (`16 kwietnia 2024 r.`, `Dienstag, 17. Februar 2026`,
 * `terça-feira, 17 de fevereiro de 2026`, `2026. február 17., kedd`: the header's dates, `DATE_WITH_WEEKDAY`).
 */
const DAY_HEADING = new RegExp(
  String.raw`^(?:${PART_LETTER})?(?:(?:\p{L}+,?[ \t]+)?\d{1,2}(?:st|nd|rd|th|er|\.)?[ \t]+\p{L}+\.?[ \t]+\d{4}|${DATE_WITH_WEEKDAY})(?:[ \t]*\([^()]{0,40}\))?$`,
  'u',
);

/** A date closing with a dot after its year but none after its day (`21 November 2022.`): a wrapped sentence's end, never a heading (Croatian `17. veljače 2026.` is). */
export const SENTENCE_END_DATE = /(?<![\d.])\d{1,2}[ \t]\D*\d{4}\.$/u;

/** An agenda heading this long is a sentence, not a heading. */
const MAX_HEADING_LENGTH = 120;

/** A line longer than this is text, never a heading (the longest seed title has 259 characters). */
const MAX_LINE_OF_HEADING = 500;

/** The most a printed item number may skip ahead (withdrawn items leave gaps). */
const MAX_NUMBER_STEP = 3;

/** An agenda item as the agenda structures it, before its text is rendered. */
export interface AgendaItem {
  number: string | null;
  title: string;
  /** The heading line's title as printed (number and heading marks cut off, bold toggles kept), for the record's text. */
  printedTitle: SourceLine;
  /** The number as printed where the version words it or closes it with a bracket (`Item 1:`, `Punkt 1:`, `1)`). */
  printedNumber?: string;
  section: string | null;
  day: string | null;
  /** The day heading as printed over it (`Martes, 15 de julio de 2025`, `WEDNESDAY 6 MARCH 2024`), plain, or null. */
  dayPrinted: string | null;
  /** The time planned for it as printed before its number (`10.00 – 10.10`), or null. */
  time: string | null;
  /** The hours of its day printed above it, its day's first item (`10.00 – 13.00`; day-hours.ts), no slot of its own: printed before its text as a time is. */
  dayHours?: string;
  /** The item's body lines (blank lines kept), footnote definitions already removed. */
  lines: SourceLine[];
  /** Source line of the item's heading. */
  line: number;
}

/** A line as an agenda heading sees it: no `#` marks, no bold, no trailing colon, single spaces. */
function headingPlain(text: string): string {
  return plainText(text.replace(/^[ \t]{0,3}#{1,6}[ \t]+/, '').replace(/\*\*/g, ''))
    .replace(/ ?:$/, '')
    .trim();
}

/**
 * The number, its style and the title of a numbered agenda line (`1. Title`, `3.1 Title`, and as some versions
 * number their items, `1) Title`, `Item 1: Title`, `Punkt 1: Titel`: `item-numbers.ts`), or null.
 */
function numberedHeading(text: string): { number: string; style: NumberStyle; title: string; printedNumber?: string; last?: string } | null {
  const bare = text
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/, '')
    .replace(/\*\*/g, '')
    .trim();
  // items the meeting took together are one item: its first number, the numbers as printed, the last for the next item
  const joint = jointItem(bare);
  if (joint !== null) {
    const { numbers, style, printedNumber } = joint;
    return { number: numbers[0] ?? '', style, title: plainText(joint.title).replace(/ ?:$/, '').trim(), printedNumber, last: numbers.at(-1) ?? '' };
  }
  const worded = wordedItem(bare);
  if (worded !== null) return { ...worded, title: plainText(worded.title).replace(/ ?:$/, '').trim() };
  // a day's hours (`10.00 – 13.00 uur`) are no item numbered `10.00`
  const match = isHoursLine(bare) ? null : NUMBERED.exec(bare);
  if (match === null) return null;
  const [, number = '', dot, rest = ''] = match;
  if (dot === '' && !number.includes('.')) return null;
  const title = plainText(rest).replace(/ ?:$/, '').trim();
  return title === '' ? null : { number, style: 'dot', title };
}

/**
 * Whether a numbered line numbers the agenda's items: the first item's style (`1.`, `1)`, `Item 1:`) is the agenda's,
 * so that under `Item 1:` titles a paragraph numbered `1.`, and under `1.` titles a list numbered `1)`, stays text. The
 * numbers of items taken together (`Items 3 and 4:` among `3.` titles) have a shape no paragraph has: any style.
 */
function inStyle(style: NumberStyle | null, heading: { style: NumberStyle; last?: string }): boolean {
  return style === null || style === heading.style || heading.last !== undefined;
}

/** The agenda's style after a heading: the first item's, where items taken together do not set it. */
function styleAfter(style: NumberStyle | null, heading: { style: NumberStyle; last?: string }): NumberStyle {
  return heading.last === undefined ? heading.style : (style ?? heading.style);
}

/**
 * The numbered item a row plans beside its time (`10.00 – 10.10  1.  Adoption of the agenda`), or null. A timed row
 * without a number that may follow (`11.30 – 11.45  Coffee break`) is no item: it stays a line of the item above it,
 * where the notice prints it, and so does a single time set with a dot that has the shape of an item number (`3.10`).
 */
function timedItem(
  text: string,
  previous: string | null,
): { time: string; number: string; style: NumberStyle; title: string; printed: string; last?: string } | null {
  const timed = LEADING_TIME.exec(text.replace(/\*\*/g, '').trim());
  if (timed === null) return null;
  const [, time = '', , rest = ''] = timed;
  const heading = numberedHeading(rest);
  return heading !== null && followsInAgenda(previous, heading.number) ? { time, ...heading, printed: titleAsPrinted(rest, true) } : null;
}

/** A number without its dot and the title after it (`17	Any other business`, as the register prints an agenda's last item). */
const DOTLESS = /^(\d{1,2})[ \t]+(\S.*)$/u;

/** A title that opens as one does: a capital and a small letter, or a word in capitals (`Any other business`, `AOB`, `Divers`). */
const TITLE_OPENING = /^["“„«(]?\p{Lu}(?:\p{Ll}|\p{Lu})/u;

/** A month's name opening what follows a number (`17 March 2026 in Brussels`, `17 mars`): the number is a day. */
const MONTH_OPENING = new RegExp(String.raw`^(?:${MONTH})(?![\p{L}])`, 'u');

/**
 * The item a number printed without its dot numbers (`17 Any other business` after `16. Information …`, as the register
 * prints an agenda's last item after a tab), or null. It is one only where it goes on from the item above (16 → 17) in an
 * agenda numbered with dots, and its title is any other business in a version's words or stands right under the
 * heading of the item above (nothing between: an agenda's titles one under the other), opening as a title does and no
 * day's month (`17 March 2026 …`); a number opening a line of an item's text is a quantity (`17 Member States have
 * replied`), a day or a piece of a document's number (`ST` / `17 2026 INIT`), and stays there.
 */
function dotlessItem(
  text: string,
  previous: string | null,
  style: NumberStyle | null,
  underHeading: boolean,
): { number: string; style: NumberStyle; title: string } | null {
  if (previous === null || style !== 'dot' || previous.includes('.')) return null;
  const match = DOTLESS.exec(headingPlain(text));
  if (match === null) return null;
  const [, number = '', title = ''] = match;
  if (Number(number) !== Number(previous) + 1 || !TITLE_OPENING.test(title) || MONTH_OPENING.test(title)) return null;
  return ANY_OTHER_BUSINESS.test(title) || underHeading ? { number, style: 'dot', title } : null;
}

/** Whether `next` may follow `previous` in an agenda: the next number at some level, or the first sub-item. */
export function followsInAgenda(previous: string | null, next: string): boolean {
  if (previous === null) return true;
  const before = previous.split('.').map(Number);
  const after = next.split('.').map(Number);
  for (let level = 0; level < after.length; level += 1) {
    const was = before[level];
    const now = after[level] ?? 0;
    if (was === undefined) return now >= 1 && now <= MAX_NUMBER_STEP && after.length === level + 1;
    if (now === was) continue;
    return now > was && now <= was + MAX_NUMBER_STEP && after.slice(level + 1).every((part) => part >= 1 && part <= MAX_NUMBER_STEP);
  }
  return false;
}

/** The ISO date a line of day-heading shape names, plausible or not, or null. */
export function dayHeadingDate(text: string): string | null {
  if (!holdsYearDigits(text)) return null;
  const plain = headingPlain(text);
  if (!DAY_HEADING.test(plain) || SENTENCE_END_DATE.test(plain)) return null;
  const days = parseDates(plain);
  return days.length === 1 ? (days[0] ?? null) : null;
}

/**
 * Whether a line holds the four digits of a year, which every date of a day heading prints (`17 February 2026`,
 * `2026. február 17., kedd`). Its words hold no digit the line does not (markers and bold toggles are dropped, never
 * added), so a line with fewer (most lines of text) is no day heading, and is not read for one.
 */
function holdsYearDigits(text: string): boolean {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57 && ++digits === YEAR_DIGITS) return true;
  }
  return false;
}

const YEAR_DIGITS = 4;

/** The ISO date of a day heading line, or null; a date outside the plausible years heads no day, and its line stays text. */
export function dayHeading(text: string): string | null {
  const date = dayHeadingDate(text);
  return date !== null && isPlausibleDate(date) ? date : null;
}

/** The agenda heading (`Items for discussion:`) a line is, as printed (heading marks and bold read, its colon kept), or null. */
export function agendaSection(text: string): string | null {
  const plain = headingPlain(text);
  if (plain.length > MAX_HEADING_LENGTH) return null;
  return AGENDA_SECTION_PATTERNS.some((pattern) => pattern.test(plain)) ? printedHeading(text) : null;
}

/** A heading line as printed, for the record: heading marks and bold toggles read as markup, every other character kept. */
function printedHeading(text: string): string {
  return plainText(titleAsPrinted(text, false));
}

// Every body line lands in the preamble, in an item's lines, or is a heading the items carry
// (title, section, day).

/** The agenda items in document order, each under the last agenda heading and day heading above it; lines before the first are the preamble. */
export function parseAgenda(lines: readonly SourceLine[]): { preamble: SourceLine[]; items: AgendaItem[] } {
  const preamble: SourceLine[] = [];
  const items: AgendaItem[] = [];
  let section: string | null = null;
  let day: string | null = null;
  let dayPrinted: string | null = null;
  let previousNumber: string | null = null;
  let style: NumberStyle | null = null;
  const nextText = (index: number): string => {
    for (let next = index + 1; next < lines.length; next += 1) {
      const text = lines[next]?.text ?? '';
      if (text !== '') return text;
    }
    return '';
  };
  const previousText = (index: number): string => {
    for (let before = index - 1; before >= 0; before -= 1) {
      const text = lines[before]?.text ?? '';
      if (text !== '') return text;
    }
    return '';
  };
  const parts = romanParts(lines);
  const contents = contentsLines(lines);
  // The lines between a part's heading and its first item, which open that item's text (where no item follows, they
  // stay where they were: after the item above, or in the preamble).
  let held: SourceLine[] | null = null;
  const opened = (): SourceLine[] => {
    const taken = held ?? [];
    held = null;
    return taken;
  };
  const release = (): void => {
    append(items[items.length - 1]?.lines ?? preamble, opened());
  };
  // A day's hours in words right under its heading (`17. Februar 2026` / `10.00 – 18.00 Uhr`): the next item's `dayHours`.
  let hours: string | null = null;
  const push = (item: AgendaItem): void => {
    items.push(hours === null ? item : { ...item, dayHours: hours });
    hours = null;
  };
  lines.forEach((entry, index) => {
    if (entry.text.length > MAX_LINE_OF_HEADING || contents.has(index)) {
      (held ?? items[items.length - 1]?.lines ?? preamble).push(entry);
      return;
    }
    const part = parts.get(index);
    if (part === 'heading') {
      // A part may number its items afresh.
      section = printedHeading(entry.text);
      previousNumber = null;
      release();
      held = [];
      return;
    }
    if (part === 'item') {
      const printed = { text: titleAsPrinted(entry.text, true), line: entry.line };
      const number = /[IVX]+/.exec(entry.text)?.[0] ?? null;
      push({ number, title: headingPlain(printed.text), printedTitle: printed, section, day, dayPrinted, time: null, lines: opened(), line: entry.line });
      return;
    }
    const timed = timedItem(entry.text, previousNumber);
    if (timed !== null && inStyle(style, timed)) {
      const { time, number, title, printed } = timed;
      push({ number, title, printedTitle: { text: printed, line: entry.line }, section, day, dayPrinted, time, lines: opened(), line: entry.line });
      previousNumber = timed.last ?? number;
      style = styleAfter(style, timed);
      return;
    }
    // A German day heading (`16. April 2024`) or meeting's days (`26. und 28. November 2025`) has the shape of a numbered line: the date comes first.
    // (the days are read only on a line with a number's shape, the few that need them)
    const numbered = dayHeading(entry.text) === null ? numberedHeading(entry.text) : null;
    const heading = numbered !== null && !isDaysLine(entry.text) ? numbered : null;
    if (heading !== null && inStyle(style, heading) && followsInAgenda(previousNumber, heading.number)) {
      push({
        number: heading.number,
        title: heading.title,
        printedTitle: { text: titleAsPrinted(entry.text, true), line: entry.line },
        ...(heading.printedNumber === undefined ? {} : { printedNumber: heading.printedNumber }),
        section,
        day,
        dayPrinted,
        time: null,
        lines: opened(),
        line: entry.line,
      });
      previousNumber = heading.last ?? heading.number;
      style = styleAfter(style, heading);
      return;
    }
    const last = items[items.length - 1];
    const dotless =
      held === null && last !== undefined
        ? dotlessItem(
            entry.text,
            previousNumber,
            style,
            last.lines.every(({ text }) => text === ''),
          )
        : null;
    if (dotless !== null) {
      push({
        number: dotless.number,
        title: dotless.title,
        printedTitle: { text: titleAsPrinted(entry.text, true), line: entry.line },
        section,
        day,
        dayPrinted,
        time: null,
        lines: [],
        line: entry.line,
      });
      previousNumber = dotless.number;
      return;
    }
    const plain = headingPlain(entry.text);
    if (ANY_OTHER_BUSINESS.test(plain)) {
      const next = numberedHeading(nextText(index));
      if (next !== null && inStyle(style, next) && followsInAgenda(previousNumber, next.number)) section = printedHeading(entry.text);
      else {
        const printed = { text: titleAsPrinted(entry.text, false), line: entry.line };
        push({ number: null, title: plain, printedTitle: printed, section, day, dayPrinted, time: null, lines: opened(), line: entry.line });
      }
      return;
    }
    const sectionHeading = agendaSection(entry.text);
    if (sectionHeading !== null) {
      section = sectionHeading;
      return;
    }
    const date = dayHeading(entry.text);
    if (date !== null) {
      day = date;
      dayPrinted = headingPlain(entry.text);
      return;
    }
    if (hours === null && held === null && isWordedHoursLine(plain) && dayHeading(previousText(index)) !== null && numberedHeading(nextText(index)) !== null) {
      hours = plain;
      return;
    }
    // The part of the meeting a day heading names right above its first item (`COSI Support Group`) is the section of the items below it.
    const dayFirst = parts.size === 0 && held === null && dayHeading(previousText(index)) !== null ? numberedHeading(nextText(index)) : null;
    if (dayFirst !== null && inStyle(style, dayFirst) && followsInAgenda(previousNumber, dayFirst.number) && namesDayPart(entry.text)) {
      section = printedHeading(entry.text);
      return;
    }
    // A heading between two items (outside the parts, whose title is the section) is the section of the items below it.
    const next = parts.size === 0 && items.length > 0 && held === null ? numberedHeading(nextText(index)) : null;
    if (next !== null && inStyle(style, next) && followsInAgenda(previousNumber, next.number) && headsItemsBelow(previousText(index), entry.text)) {
      section = printedHeading(entry.text);
      return;
    }
    (held ?? items[items.length - 1]?.lines ?? preamble).push(entry);
  });
  release();
  return { preamble, items: dayHoursApart(items) };
}

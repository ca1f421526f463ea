/** A list run into a page's line: its items each on a line of their own. */
import { opensWithOpener, titleEnd } from '../header/body-start.ts';
import { footnoteDefinition } from '../footnotes/footnotes.ts';
import type { SourceLine } from '../normalise.ts';
import { SYMBOL_BULLETS } from '../text/vocabulary.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/**
 * A bullet inside a line, between spaces, before an item's text: `•`, `▪`, `◦` and the symbol fonts' bullets, which no
 * running text prints (`… COSI is invited to: • take note …; • exchange views …`).
 */
const BULLET_INSIDE = new RegExp(String.raw`(?<=\S[ \t]{1,40})[•▪◦${SYMBOL_BULLETS}](?=[ \t]{1,40}\S)`, 'gu');

/**
 * A dash inside a line that opens a list's item, or the `o` a word processor's second-level list prints for its
 * bullet: after a lead-in's colon or an item's semicolon (and a short word joining the last item, `; and`, `; et`,
 * `; und`, `; i`), between spaces (`… invited to: – take note …; – exchange views …`, `… namely: o background checks
 * …; o access …`). A dash in running text or a title (`Western Balkans – Exchange of views`) follows neither.
 */
const DASH_INSIDE = /(?<=([:;])(?:[ \t]{1,5}\p{Ll}{1,4})?[ \t]{1,40})[-–o](?=[ \t]{1,40}\S)/gu;

/** The fewest dashes after a colon and semicolons that make a list of them (one dash after a colon may be a title's). */
const DASH_ITEMS = 2;

/**
 * A dash inside a line after a sentence's end (after a word, a year, a document's number or a bracket: not a day's or
 * a point's dot, `am 13. -`), between spaces, before a capital: a list
 * of dash items each a sentence (`… the report. - Member States welcomed …. - The Commission …`), as plain `pdftotext`
 * prints a dash list and a page run into one line joins it. The dash of running text or of a title follows no full stop.
 */
const SENTENCE_DASH = /(?<=(?:\p{L}|\d{3}|\/\d{2}|[)"”’\]])[.!?]["'”’)]?[ \t]{1,5})[-–](?=[ \t]{1,40}["“(]?\p{Lu})/gu;

/** How far apart two dashes after sentences' ends may stand and still be one list's items (an item of a few sentences). */
const SENTENCE_ITEM_REACH = 600;

/**
 * A line with each list item run into it on a line of its own, after the lead-in and right under each other as a list
 * prints them (all keep the line's number): at each bullet, at each dash of a run that opens after a colon and
 * goes on after semicolons, two dashes or more (`COSI is invited to: – take note …; – exchange views …`), and at each
 * point of a run lettered in sequence the same way (`… agreed that: (a) the priorities …; (b) the plans …`), the text
 * after the last item's first sentence a paragraph of its own after a blank line; other lines as they are, a footnote's too (its list is read with it: `footnote-blocks.ts`).
 */
export function bulletsApart(entry: SourceLine): SourceLine[] {
  if (footnoteDefinition(entry.text) !== null) return [entry];
  const dashed = dashCuts(entry.text);
  const cuts = [...bulletCuts(entry.text), ...dashed.map(({ at }) => at), ...letterCuts(entry.text)].sort((a, b) => a - b);
  const afterSentence = new Set(dashed.filter(({ after }) => after === '.').map(({ at }) => at));
  if (cuts.length === 0) return [entry];
  const last = cuts[cuts.length - 1] ?? 0;
  // The list ends with its last item's first sentence: the text after it is a paragraph of its own.
  const sentence = LAST_ITEM_END.exec(entry.text.slice(last));
  // Only a sentence that opens after it is cut off (a paragraph's number after it is `splitParagraphs`' to cut).
  const end = sentence !== null && SENTENCE_OPENS.test(entry.text.slice(last + sentence.index + sentence[0].length)) ? sentence : null;
  const bounds = [0, ...cuts, end === null ? entry.text.length : last + end.index + end[0].length];
  const items = bounds
    .slice(0, -1)
    .flatMap((start, index) => {
      const text = entry.text.slice(start, bounds[index + 1]).trim();
      return afterSentence.has(start) ? titleApart(text) : [text];
    })
    .filter((text, index, all) => text !== '' || (index > 0 && all[index - 1] !== ''))
    .flatMap(stackedApart)
    .map((text) => ({ text, line: entry.line }));
  const after = entry.text.slice(bounds[bounds.length - 1]).trim();
  if (after === '') return items;
  // plain `pdftotext` printed the next paragraph's number under the last item's label (`(c) 3. the funding … The draft …`)
  const lastItem = items[items.length - 1] as SourceLine;
  const stacked = STACKED_NUMBER.exec(lastItem.text);
  const [item, rest] =
    stacked === null
      ? [lastItem.text, after]
      : [
          lastItem.text.slice(0, stacked.index + (stacked[1] ?? '').length) + lastItem.text.slice(stacked.index + stacked[0].length),
          `${stacked[2] ?? ''} ${after}`,
        ];
  return [...items.slice(0, -1), { text: item, line: entry.line }, { text: '', line: entry.line }, { text: rest, line: entry.line }];
}

/**
 * An item that holds the next paragraph's number under its label (`• 3. partnerships … operators. The Presidency
 * invites …:`, a list going on after it) as the item up to its first sentence's end, a blank, and the paragraph with
 * its number; other items as they are (the last item's paragraph is `bulletsApart`'s to set apart).
 */
function stackedApart(text: string): string[] {
  const stacked = STACKED_NUMBER.exec(text);
  if (stacked === null) return [text];
  const body = stacked[0].length;
  const sentence = LAST_ITEM_END.exec(text.slice(body));
  if (sentence === null) return [text];
  const end = body + sentence.index + sentence[0].length;
  if (!SENTENCE_OPENS.test(text.slice(end))) return [text];
  const label = stacked[1] ?? '';
  return [`${label}${text.slice(body, end)}`, '', `${stacked[2] ?? ''} ${text.slice(end).trim()}`];
}

/**
 * A list item's label right before a paragraph's number and its own text in small letters (`(c) 3. the funding …`,
 * the Greek and Bulgarian versions' `γ) 3. η χρηματοδότηση …`, `в) 3. финансирането …`, `• 5. partnerships …`, `– 5. …`): plain `pdftotext` printed the last item's label and the next paragraph's number
 * one under the other before their texts; the number is the paragraph's after the item. Groups: the label and its
 * space, the number.
 */
const STACKED_NUMBER = new RegExp(String.raw`^((?:\(?(?:[a-zα-ωа-я]|[ivx]{1,4})\)|[•▪◦–-${SYMBOL_BULLETS}])[ \t]+)(\d{1,2}\.)[ \t]+(?=\p{Ll})`, 'u');

/**
 * A sentence's end (`… logistical hubs. The Committee …`): where a list's last item ends; not a paragraph's number
 * (`… ports. 3. On 4 March …`), which `splitParagraphs` cuts before, nor the second of two days before their month
 * (`… vom 16./17. November 2017`, `… am 7.-8. Dezember`).
 */
const LAST_ITEM_END = /(?<!(?:^|[ \t])(?:\d{1,2}\.?[/–-])?\d{1,2}(?:\.\d{1,2})?)[.!?]["'”’)\]]{0,2}(?=[ \t])/u;

/**
 * A sentence's first word: a capital and a small letter (`The Committee …`), the Greek article of one letter before a
 * word (`Η Προεδρία …`), or an acronym before a word in small letters (`COSI is invited …`).
 */
const SENTENCE_OPENS = /^[ \t]+["“(]?(?:\p{Lu}\p{Ll}|[ΗΟ][ \t]+\p{L}|\p{Lu}{2,8}[ \t]+\p{Ll})/u;

function bulletCuts(text: string): number[] {
  if (!/[•▪◦\uF000-\uF0FF]/u.test(text)) return [];
  return allMatches(BULLET_INSIDE, text).map((match) => match.index);
}

/**
 * The offsets of the dashes of runs of dashed items: each run opens after a colon and goes on after semicolons, or
 * after sentences' ends before a capital (SENTENCE_DASH: `… as follows: - The Presidency sent …. - By 13 March …`), or
 * opens and goes on after sentences' ends alone, each within SENTENCE_ITEM_REACH of the last (`… the report. - Member
 * States welcomed …. - The Commission …`).
 */
function dashCuts(text: string): { at: number; after: string }[] {
  if (!text.includes(':') && !/[.!?]["'”’)]?[ \t]{1,5}[-–][ \t]/u.test(text)) return [];
  const dashes = [
    ...allMatches(DASH_INSIDE, text).map((match) => ({ at: match.index, after: match[1] ?? '' })),
    ...allMatches(SENTENCE_DASH, text).map((match) => ({ at: match.index, after: '.' })),
  ].sort((a, b) => a.at - b.at);
  const cuts: { at: number; after: string }[] = [];
  let run: { at: number; after: string }[] = [];
  for (const dash of dashes) {
    if (dash.after === ':') {
      if (run.length >= DASH_ITEMS) cuts.push(...run);
      run = [dash];
    } else if (dash.after === ';' && run.length > 0) run.push(dash);
    else if (dash.after === '.') {
      if (run.length > 0 && dash.at - (run[run.length - 1]?.at ?? 0) <= SENTENCE_ITEM_REACH) run.push(dash);
      else {
        if (run.length >= DASH_ITEMS) cuts.push(...run);
        run = [dash];
      }
    }
  }
  if (run.length >= DASH_ITEMS) cuts.push(...run);
  return withFirstItems(text, cuts);
}

/** A dash between a space and a capital: where a list's first item may open. */
const DASH_BEFORE_CAPITAL = /(?<=\s)[-–](?=[ \t]{1,40}["“(]?\p{Lu})/gu;

/** A sentence's end inside a text, before a capital. */
const SENTENCE_END_INSIDE = /(?<=(?:\p{L}|\d{3}|\/\d{2}|[)"”’\]])[.!?]["'”’)]?)[ \t]{1,5}["“(]?\p{Lu}/u;

/**
 * The cuts with the first item of each run of dashes after sentences' ends: the dash before the run's first whose item
 * opens as a sentence does and is one sentence (`… Stand der Arbeiten - Der Vorsitz hat … übermittelt. - Bis zum …`,
 * the list right under a subject run into the line), within SENTENCE_ITEM_REACH; a subject's part after a dash (`–
 * État des travaux`) opens no sentence.
 */
function withFirstItems(text: string, cuts: { at: number; after: string }[]): { at: number; after: string }[] {
  const firsts: { at: number; after: string }[] = [];
  cuts.forEach((cut, index) => {
    if (cut.after !== '.' || (index > 0 && (cuts[index - 1]?.at ?? -Infinity) >= cut.at - SENTENCE_ITEM_REACH)) return;
    const from = Math.max(0, cut.at - SENTENCE_ITEM_REACH);
    const before = allMatches(DASH_BEFORE_CAPITAL, text.slice(from, cut.at)).pop();
    if (before === undefined) return;
    const item = text.slice(from + before.index + 1, cut.at).trim();
    if (opensWithOpener(item) && !SENTENCE_END_INSIDE.test(item)) firsts.push({ at: from + before.index, after: '.' });
  });
  return firsts.length === 0 ? cuts : [...firsts, ...cuts].sort((a, b) => a.at - b.at);
}

/**
 * A dash item after a sentence's end whose title runs on into its text (`– EU threat assessment … counter-terrorism The
 * suggested way forward … was endorsed.`, a sub-heading's item over its paragraph: body-start.ts titleEnd) as the item
 * up to the title's end, a blank, and the text; other items, and an item opening as a sentence does, as they are.
 */
function titleApart(text: string): string[] {
  // An item opening as a sentence does holds no title (`– By 13 March 2026, 20 Member States had replied.`).
  const end = opensWithOpener(text.replace(/^[-–][ \t]+/u, '')) ? null : titleEnd(text);
  return end === null ? [text] : [text.slice(0, end).trimEnd(), '', text.slice(end)];
}

/**
 * A point's letter or Roman numeral inside a line, after a lead-in's colon or a point's semicolon (and a short word
 * joining the last point, `; and`, `; et`, `; und`), before its text: `(a)`, `b)`, `(ii)`, the Greek version's `α)`,
 * `β)` after its raised dot (`·`), the Bulgarian `а)`, `б)`; points a sentence runs through after commas (`… in 13461/17: i) to improve …, ii)
 * to increase …`) are printed so. Groups: the punctuation, the label.
 */
const LETTER_INSIDE = /(?<=([:;·\u0387])(?:[ \t]{1,5}\p{Ll}{1,4})?[ \t]{1,40})\(?([a-z]|[α-ω]|[а-я]|[ivx]{2,4})\)(?=[ \t]{1,40}\S)/gu;

/** The Roman numerals of points, in order. */
const ROMAN_POINTS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The label that follows `label` in its sequence (`b` after `a`, `ii` after `i`), in a Roman one where `roman`. */
function nextLabel(label: string, roman: boolean): string {
  if (roman) return ROMAN_POINTS[ROMAN_POINTS.indexOf(label) + 1] ?? '';
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/**
 * The offsets of the labels of runs of lettered points: each run opens with `(a)` or `(i)` after a colon and goes on
 * with the next label in sequence after a semicolon, two points or more.
 */
function letterCuts(text: string): number[] {
  if (!text.includes(':') || !text.includes(')')) return [];
  const cuts: number[] = [];
  let run: number[] = [];
  let expected = '';
  let roman = false;
  for (const match of allMatches(LETTER_INSIDE, text)) {
    const label = match[2] ?? '';
    if (match[1] === ':' && (label === 'a' || label === 'α' || label === 'а' || label === 'i')) {
      if (run.length >= DASH_ITEMS) cuts.push(...run);
      run = [match.index];
      roman = label === 'i';
    } else if (run.length > 0 && match[1] !== ':' && label === expected) run.push(match.index);
    else continue;
    expected = nextLabel(label, roman);
  }
  if (run.length >= DASH_ITEMS) cuts.push(...run);
  return cuts;
}

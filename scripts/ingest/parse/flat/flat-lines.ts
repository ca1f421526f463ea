import { introductionEnd, isTitleWord, opensWithOpener, titleEnd } from '../header/body-start.ts';
import { namesDayPart } from '../items/between-items.ts';
import { readsAsClause } from '../items/clause-opening.ts';
import { questionAfterTitle } from './question-opening.ts';
import { bulletsApart } from './flat-bullets.ts';
import { CONTENTS_RUN, contentsColumnEnd, contentsHeadingApart, opensAfterContents } from './flat-contents.ts';
import { recitalsApart } from './flat-recitals.ts';
import { flatVocabulary, joinFlatHyphens } from '../text/flat-hyphens.ts';
import { AGENDA_HEADING, OTHER_BUSINESS_AMBIGUOUS_PRINTED, OTHER_BUSINESS_PRINTED, SESSION_PART_PRINTED } from '../text/agenda-headings.ts';
import { DATE, DATE_WITH_WEEKDAY, MONTH, WEEKDAY, WEEKDAY_BEFORE } from '../text/head-anchors.ts';
import { FLAT_FOOTNOTE_GAP, FLAT_NUMBER_GAP } from '../footnotes/foot-footnotes.ts';
import { SENTENCE_END_DATE } from '../items/items.ts';
import { INSTITUTIONS } from '../text/header-vocabulary.ts';
import { MEETING_LABELS } from '../text/label-vocabulary.ts';
import { otherBusinessTextAt } from './other-business-text.ts';
import { withheldAfterTitle } from '../text/redactions.ts';
import type { SourceLine } from '../normalise.ts';
import {
  ANNEX_WORDS,
  DATE_JOINERS,
  DATE_PREPOSITION_END,
  DOCUMENT_NUMBER_SOURCE,
  HOUR_IN_BRACKETS,
  ITEM_MARK_SOURCE,
  MARKING_SOURCE,
  POSSIBLE_MARK_SOURCE,
  PRO_MEMORIA_MARK_SOURCE,
  TIME_RANGE,
  HOUR_WORD_BEFORE,
  TIME_SLOT,
  WORDED_HOURS_SPAN,
} from '../text/vocabulary.ts';
import { ADDENDA_RANGE, REGISTER_DOCUMENT } from '../items/item-rows.ts';
import { JOINT_DOTTED_SOURCE, JOINT_WORDED_SOURCE, jointNumbers, WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { wordedCuts } from './flat-worded-items.ts';
import { romanCuts } from './flat-roman-headings.ts';
import { flatTableReader, type FlatTable } from './flat-table-rows.ts';
import { headingWrapsJoined } from './flat-heading-wraps.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { annexNumberAt } from '../header/commission-tail.ts';

/** A line this long that holds numbered paragraphs is a page run into one line (a paragraph of a clean export is shorter). */
export const FLAT_LINE = 400;

/**
 * The mark a notice prints before an item's title to call a note under its items, before the title's capital: `(*)
 * Terrorist …`, `* Migrant …`, `(**) Questions …`, a bracketed mark glued to the title too (`(*)Terrorist …`).
 */
const CALL_BEFORE_TITLE = String.raw`(?:\(\*{1,3}\)[ \t]*|\*{1,3}\)?[ \t]+)["“(]?\p{Lu}`;

/**
 * A paragraph or item number inside a line, before a capital, a possible or pro memoria item's mark, the mark that calls
 * a note (`CALL_BEFORE_TITLE`) or a passage a public version withholds: `2. The United Kingdom …`, `3. Implementation of
 * …`, `6.1. EU Threat …`, `7. (poss.) EMPACT …`, `8. (p.m.) EU Policy Cycle …`, `4. (*) Terrorist …`, `3. […]`;
 * also before the next paragraph's number or at the line's end, a paragraph withheld and left blank (`4. 5. In the light
 * …`, `… suspects. 4.` ending a page: `blankParagraph`); the numbers of items taken together, `4. and 5. Migrant …`,
 * `Items 3 and 4 – Schengen …`.
 */
const NUMBERED = new RegExp(
  String.raw`(?<=\s)(${JOINT_DOTTED_SOURCE}|${JOINT_WORDED_SOURCE}|\d{1,2}\.(?:\d{1,2}\.?)?)(?:[ \t]+(?=["“(]?\p{Lu}|${ITEM_MARK_SOURCE}|${CALL_BEFORE_TITLE}|\[(?:…|\.{3})\]|\d{1,2}\.[ \t])|[ \t]*$)`,
  'gu',
);

/**
 * What every match of `NUMBERED` opens with after its space: a number closed by a dot (`4.`, `6.1.`, `4. and 5.`) or the
 * word of items taken together (`Items 3 and 4`). A line without one holds no numbered paragraph and is not searched
 * for `NUMBERED` at every space: 2,117 of the 17,602 lines of a page's length in the 2,000 benchmark documents hold one.
 * Asked as two searches (`opensNumbered`), the number's space matched rather than looked back at: a line holds one of
 * the two exactly where it holds the two joined, and the number's short search is not held up at every character by
 * the words' (over the 12,468 lines of a page's length of the 2,000 benchmark documents, 36 CPU ms against 14).
 */
const DOTTED_OPENING = /\s\d{1,3}\./u;
const JOINT_OPENING = new RegExp(String.raw`(?<=\s)(?:${JOINT_WORDED_SOURCE})`, 'u');

/** Whether a line holds what a match of `NUMBERED` opens with. */
function opensNumbered(text: string): boolean {
  return DOTTED_OPENING.test(text) || JOINT_OPENING.test(text);
}

/** The next paragraph's number right after a number: the number's paragraph is left blank (`4. 5. In the light …`). */
const BLANK_BEFORE = /^(\d{1,2})\.[ \t]/;

/**
 * Whether a number found by `NUMBERED` has no text after it (another number, the line's end): then it is a paragraph
 * left blank only before the next number in sequence (a date `17. 5. 2026` is none) or, at the line's end, after a
 * sentence's end (`… suspects. 4.`; not `… see point 4.`).
 */
function blankParagraph(text: string, match: RegExpExecArray | RegExpMatchArray): { blank: boolean; inSequence: boolean } {
  const at = (match.index ?? 0) + match[0].length;
  const number = levels(match[1] ?? '');
  if (at >= text.length)
    return { blank: true, inSequence: number.length === 1 && SENTENCE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 24), match.index)) };
  const next = BLANK_BEFORE.exec(text.slice(at, at + 8));
  if (next === null) return { blank: false, inSequence: true };
  return { blank: true, inSequence: number.length === 1 && Number(next[1]) === (number[0] ?? 0) + 1 };
}

/** A line that opens with the numbers of items taken together after the word for items (`Items 3 and 4 – …`). */
const JOINT_WORDED_OPENING = new RegExp(String.raw`^[ \t]*${JOINT_WORDED_SOURCE}`, 'u');

/** A piece that opens with an item's or paragraph's number, also items taken together (`Items 3 and 4 –`): its sub-points and notes are looked for. */
const NUMBERED_PIECE = new RegExp(String.raw`^(?:\d|${JOINT_WORDED_SOURCE})`, 'u');

/** A line that opens with an item or paragraph number: the number the next cut must follow. */
const LEADING = new RegExp(String.raw`^[ \t]*(${JOINT_DOTTED_SOURCE}|${JOINT_WORDED_SOURCE}|\d{1,2}\.(?:\d{1,2}\.?)?)[ \t]+\S`, 'u');

/**
 * What an agenda prints above an item and a page run into one line right before its number, each on its own line in
 * print: the day heading in any official language (`… (COSI) 26 September 2024 1. Adoption …`, `Dienstag, 17. Februar
 * 2026`, `2026. február 17., kedd`, with the hour the meeting opens: `Tuesday 3 March 2026 (10.00)`, `(9.30 Uhr)`, or the part of
 * the day in words: `(morning session)`; its hours after it with the version's word, which a notice prints on a line of
 * their own under the day's heading: `17 februari 2026 kl. 10.00 – 13.00`, `17. Februar 2026 10.00 – 13.00 Uhr`,
 * `WORDED_HOURS_SPAN`, no item's slot), the heading of the
 * items below (`Items for discussion`, `Bespreekpunten`, `Items for information/endorsement`) or the part of the meeting (`Joint COSI–SCIFA session`), and the
 * time planned, which stays on the item's row (`Tuesday 17 February 2026 10.00 1. Adoption …`).
 */
/** An English heading of the items below in other words than the usual ones: `Items for information/endorsement`, `Items for approval or discussion`. */
const ITEMS_FOR = String.raw`(?:Items?|Points?)[ \t](?:for|requiring|under)[ \t]\p{Ll}[\p{Ll}/-]*(?:[ \t](?:and|or)[ \t]\p{Ll}[\p{Ll}/-]*)?`;

/** The capital letter and dot an older notice of a meeting held in parts prints before each part's day (`A. THURSDAY 9 JUNE 2016 (10.00)`). */
const PART_LETTER = String.raw`[A-F]\.[ \t]{1,3}`;

/**
 * The part of the day a day heading names in brackets after its date, in words (`Tuesday 3 March 2026 (morning
 * session)`, `(afternoon)`, `(après-midi)`, `(Vormittag)`, `(sesión de tarde)`), as a summary record of a meeting over
 * several sessions heads each: letters and spaces only, no figure (an hour is `HOUR_IN_BRACKETS`).
 */
const SESSION_IN_BRACKETS = String.raw`\(\p{L}[\p{L}'’ -]{2,38}\)`;

const BEFORE_ITEM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<day>(?:${PART_LETTER})?${DATE_WITH_WEEKDAY}(?:[ \t]+(?:${HOUR_IN_BRACKETS}|${SESSION_IN_BRACKETS}))?)[ \t]+(?:(?<hours>${WORDED_HOURS_SPAN})[ \t]+)?)?(?:(?<heading>${AGENDA_HEADING}|${SESSION_PART_PRINTED}|${ITEMS_FOR}):?[ \t]+)?(?:(?<time>${TIME_SLOT})[ \t]+)?$`,
  'du',
);

/**
 * A day heading and the part of the meeting held that day right before an item's number, as a notice of a meeting held
 * in two parts prints them over that day's first item (`… Tuesday 10 March 2026 (10.00) COSI Support Group 1. Adoption
 * …`), the day with its weekday or its hour (a bare date is a header's value: `… 22 November 2021 Delegations …`): the part a run of words in the shape of a heading (no digit, no sentence's end), none of the headings
 * `BEFORE_ITEM` reads, and the time planned after it. Tried where `BEFORE_ITEM` finds no day heading.
 */
const DAY_AND_PART_BEFORE_ITEM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<day>(?:${PART_LETTER})?(?:(?:${WEEKDAY_BEFORE}${DATE}|${DATE},?[ \t]{1,3}${WEEKDAY})(?:[ \t]+${HOUR_IN_BRACKETS})?|${DATE_WITH_WEEKDAY}[ \t]+${HOUR_IN_BRACKETS}))[ \t]+(?!(?:${AGENDA_HEADING}|${SESSION_PART_PRINTED}|${ITEMS_FOR}):?[ \t])(?<part>\p{Lu}[\p{L}'’()&,–/ -]{1,119})[ \t]+(?:(?<time>${TIME_SLOT})[ \t]+)?$`,
  'du',
);

/**
 * A notice's time label and its colon right before a time (`Time: 10.00 1. Adoption …`, `Heure : 10.00`, `Ώρα: 10.00`,
 * MEETING_LABELS' time labels in the 24 languages), maybe with the word a version prints before the hour (`Tidspunkt:
 * kl. 10.00`, `Kellonaika: klo 10.00`, `Laiks: plkst. 10.00`): the time is the label's value, which ends there, not a
 * time planned for the item after it.
 */
const TIME_LABEL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...MEETING_LABELS].flatMap(([label, field]) => (field === 'time' ? [label] : [])).join('|')})[ \t]*:[ \t]*(?:\p{L}{1,6}\.?[ \t]+)?$`,
  'iu',
);

/**
 * The word a version prints before an hour right before a time (`kl. 10.00 – 18.00`, `klo 10.00 – 18.00`, `plkst. 10.00
 * – 18.00`): the hours are a notice's (its `Time:` row's value printed under the venue, `… 1048 Bryssel kl. 10.00 – 18.00
 * 1. …`), never a time planned for the item after them, and stay with their word.
 */
const HOUR_WORD_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])${HOUR_WORD_BEFORE}[ \t]+$`, 'iu');

/** The most characters looked back from an item's number for what stands before it (`BEFORE_ITEM`). */
const BEFORE_ITEM_REACH = 160;

/**
 * Where the day heading, its hours with the version's word, the heading and the time an item's number follows begin
 * (`BEFORE_ITEM`), each null when none stands there; a date ending a sentence (`… comments by 21 November 2022. 2. COSI
 * …`) or going on one (`… on 3 and 4 March 2026 1. …`) is no day heading, nor are the hours after it its own.
 */
function beforeItem(text: string, cut: number): { day: number | null; heading: number | null; hours: number | null; time: number | null } {
  const from = Math.max(0, cut - BEFORE_ITEM_REACH);
  const before = text.slice(from, cut);
  const plain = BEFORE_ITEM.exec(before)?.indices?.groups ?? {};
  const withPart = plain['day'] === undefined ? DAY_AND_PART_BEFORE_ITEM.exec(before) : null;
  const part = withPart?.indices?.groups?.['part'];
  const found =
    withPart?.indices?.groups !== undefined && part !== undefined && namesDayPart(before.slice(part[0], part[1]))
      ? { ...withPart.indices.groups, heading: part }
      : plain;
  const at = (part: string): number | null => {
    const span = found[part];
    return span === undefined ? null : from + span[0];
  };
  const date = found['day'];
  const endsSentence =
    date !== undefined &&
    (SENTENCE_END_DATE.test(text.slice(from + date[0], from + date[1])) || goesOnIntoDate(text.slice(Math.max(0, from + date[0] - 24), from + date[0])));
  const time = at('time');
  const labelled = time !== null && TIME_LABEL_BEFORE.test(text.slice(Math.max(0, time - 64), time));
  const worded = time !== null && HOUR_WORD_RIGHT_BEFORE.test(text.slice(Math.max(0, time - 12), time));
  return { day: endsSentence ? null : at('day'), heading: at('heading'), hours: endsSentence ? null : at('hours'), time: labelled || worded ? null : time };
}

/**
 * A day and a joiner right before a date: the date is a range's last day (`3 and 4 March 2026`, `3. und 4. März`), in
 * the official languages' words (DATE_JOINERS: `18 и`, `18. a`, `18 και`, `18 și`, `18. in`), with the article the
 * Irish and Maltese days take (`an 18 agus an 19 Samhain`, `tat-18 u d-19 ta' Novembru`).
 */
const DAY_JOINED_BEFORE = new RegExp(
  String.raw`\d\.?[ \t]*(?:[-–&]|(?:${[...DATE_JOINERS].filter((word) => /\p{L}/u.test(word)).join('|')})(?:[ \t]+(?:an|d-))?)$`,
  'u',
);

/**
 * A word and its comma right before a date: the place a subject names before its meeting's day (`… Internal Security,
 * Brussels, 11 December 2025`, `… inneren Sicherheit, Brüssel, 11. Dezember 2025`); no heading opens after a comma.
 */
const PLACE_COMMA_BEFORE = /\p{L}{2,},$/u;

/** Whether the text before a date goes on into it (`… held in Brussels on 3 and 4 March 2026`, `…, Brussels, 11 December 2025`): a sentence's date, no day heading. */
function goesOnIntoDate(before: string): boolean {
  const text = before.trimEnd();
  return DATE_PREPOSITION_END.test(text) || DAY_JOINED_BEFORE.test(text) || PLACE_COMMA_BEFORE.test(text);
}

/** The end of a sentence or clause just before a number: `… as set out in 14470/25. 2. …`. */
const SENTENCE_BEFORE = /[.;:!?]["'”’)\]]{0,2}\s*$/;

/**
 * What a first item `1.` may also follow: a closing bracket, a heading or value in capitals, a year, the place a
 * subject names after its meeting's date (`(COSI) 1.`, `INTRODUCTION 1.`, `2024 1.`, `… 29 April 2024 in Brussels 1.`,
 * `… am 3. und 4. März 2026 in Brüssel 1.`, `… 2024 te Brussel 1.`, `… 2024 à Bruxelles 1.`), the header's last
 * distribution code printed after the subject (`… (COSI) JAI 1297 COSI 240 1.`, `… COMIX 852 1.`).
 */
const FIRST_AFTER = /(?:\)|(?<![\p{L}])\p{Lu}{2,}|(?<![\p{L}])\p{Lu}[\p{Lu}\d]{1,15}[ \t]\d{1,5}|\b\d{4}(?:[ \t]+\p{Ll}{1,4}[ \t]+\p{Lu}\p{Ll}+)?)\s+$/u;

/**
 * A day and its month right before a first item `1.`: a day heading that ends in its month, as the Latvian versions
 * print a date (`2026. gada 17. martā 1. Darba kārtības pieņemšana …`, a notice's agenda run into one line).
 */
const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}\.[ \t]{1,3}(?:${MONTH})\s+$`, 'u');

/** A paragraph's first word after its number: a capital (`1. At its meeting …`). */
const CAPITAL_AFTER = /^["“(¿¡]?\p{Lu}/u;

/**
 * A later page run into one line that opens with a Council header of its own, as a partial declassification (`EXT 1`)
 * reprints the header of the document it releases (`Council of the European Union Brussels, 3 May 2019 (OR. en)
 * 8812/19 LIMITE … Subject: …`): its paragraph 1 follows the reprinted subject with no sentence's end before it.
 */
const REPRINTED_HEADER = new RegExp(
  String.raw`^[ \t]*(?:${INSTITUTIONS.slice(0, -1)
    .map(({ pattern }) => pattern)
    .join('|')})[ \t]+\p{L}{3,}`,
  'iu',
);

/**
 * Two labels printed first right before a number (`To: Subject: 1.`, `n. doc. prec.: Oggetto: 1.`, `Destinataire :
 * Objet : 1.`): plain `pdftotext` printed the body's first number between a header's labels and their values, and a page
 * run into one line keeps it there; it is no paragraph opening there (label-values.ts sets it back before the body).
 */
const LABELS_BEFORE = /\S[ \t]?:[ \t]+[^\s:]+[ \t]?:[ \t]*$/u;

/** A document number's version suffix right before a number: `REV 1.`, `COR 1.` is the suffix's number, never a paragraph's. */
const SUFFIX_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${VERSION_SUFFIX_WORDS})\s*$`, 'u');

/**
 * A page's abbreviation in a citation of the Official Journal right before a number (`OJ L 119, 4.5.2016, p. 1.`,
 * `S. 1.`, `s. 1.`, `σ. 1.`, `стр. 1.`, `pag. 1.`, `lch. 1.`, `blz. 1.`, `str. 1.`): the number is the page's, never a
 * paragraph's or an item's, where a page run into one line prints the citation's footnote before its footer.
 */
const PAGE_BEFORE = /(?<![\p{L}])(?:pp?|[Ss]|σ|стр|pag|lch|blz|str)\.[ \t]*$/u;

/** The longest title an agenda run into one line prints between two item numbers (with the documents under it). */
const TITLE_RUN = 240;

/** A possible or pro memoria item's or sub-point's mark (`(poss.) Pact …`, `(p.m.) EU Policy Cycle …`): its dot ends no sentence. */
const ITEM_MARK = new RegExp(String.raw`${ITEM_MARK_SOURCE}[ \t]+`, 'gu');

/** A sentence's end inside a run of text (`… adopted. The …`): such a run is no agenda title. */
const SENTENCE_INSIDE = /[.;!?]["'”’)\]]{0,2}\s+["“(¿¡]?\p{Lu}/u;

/** Dot leaders before a page number (`1. Adoption of the agenda... 3`): a run holding them is a table of contents' line, no agenda title. */
const LEADERS = /\.{3}|…/;

/** The fewest items in sequence that make a line's numbered runs an agenda (`1. … 2. … 3. …`). */
const AGENDA_ITEMS = 3;

/** What a line must hold to be worth looking for an agenda in: a third item's number. */
const THIRD_ITEM = /\s3\.[ \t]/;

/** A month's name right after a number: the number is a day (`17. Februar 2026`), never an item's. */
const MONTH_AFTER = new RegExp(String.raw`^(?:${MONTH})(?![\p{L}])`, 'u');

/** The most words an item's title run into its text is looked at for where the text opens. */
const TITLE_WORDS_REACH = 30;

/** A word of a title's end or a clause's start: lower case (`dagsordenen`), capitalised (`Komitéen`, `L'ordre`). */
const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const CAPITALISED_WORD = /^["“(]?\p{Lu}[\p{L}'’-]*$/u;

/**
 * An object set first whose first word a comma follows, the pronoun repeating it after a second comma (`Доклада,
 * изготвен от председателството, го одобри Комитетът.`, object-first.ts): its first word opens the clause.
 */
const FRAMED_OBJECT_WORD = /^\p{Lu}[\p{L}-]*,$/u;
const FRAMED_OBJECT = /^[^,.;:]+,[^,.;:]+,[ \t]+(?:τον|την|το|τους|τις|τα|го|я|ги)[ \t]+\p{L}/u;

/**
 * What a clause's first word may be followed by where a title ran into it: a word in lower case, or a Council
 * document's number (`… torjunta Asiakirjassa 13802/25 esitetyt päätelmät …`, `… tiedotus Asiakirjassa 13802/25 oleva
 * kertomus hyväksyttiin`, an object set first citing its document); never an act's number (`Direktiivi 2016/681`).
 */
const CLAUSE_SECOND_WORD = /^(?:\p{Ll}|\d{1,5}\/(?:\d{1,2}\/)?\d{2}(?![\d/]))/u;

/**
 * A title's last word closing the brackets it ends on after a word in small letters or a figure (`(2011. gada 1.
 * jūlijs–31. decembris)`, `(2011 m. liepos 1 d.–gruodžio 31 d.)`, `(1 July to 31 December 2011)`).
 */
const BRACKETED_END = /^[\p{Ll}\d][^()\s]*\.?\)$/u;

/** An acronym in capitals (`UE`, `EMPACT`, `COSI`). */
const ACRONYM = /^["“(]?\p{Lu}{2,}$/u;

/** A year or a range of years a title ends on (`2014-2017`, `2022–2025`, `2026`). */
const YEARS = /^(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?$/u;

/**
 * A range of years in brackets a heading ends on (`(2012-2013)`, `(2014–2017)`): a capitalised word after it opens the
 * paragraph under the heading (`Afslutningen af den første EU-politikcyklus (2012-2013) EU-politikcyklussen for …`).
 */
const BRACKETED_YEARS = /^\((?:19|20)\d{2}[-–](?:19|20)?\d{2}\)$/u;

/**
 * The Council's verb in capitals opening an operative paragraph of conclusions, before a word in small letters
 * (`INVITA al COSI a revisar …`, `CALLS ON the Member States …`, `INVITE les États membres …`): one sentence, whatever
 * capitalised word stands inside it (`… de las presentes Conclusiones antes …`).
 */
const OPERATIVE_VERB = /^\p{Lu}{4,}(?:[ \t]+\p{Lu}{2,})?[ \t]+\p{Ll}{1,4}[ \t]/u;

/**
 * Where the text under an item's title opens in any language, the title and its first sentence run into one line: a
 * capitalised word with a lower-case one after it (a clause's subject and verb, `Dagsordenen blev …`, `L'ordre du jour
 * a …`, `Komitéen noterede …`) right after a lower-case word a title does not go on after (`of`, `de`, `za` do), or a
 * clause's subject with its verb (`readsAsClause`) right after the years or the brackets a title ends on; only
 * in a piece that ends a sentence or a lead-in's colon (`2. A delegációkhoz intézett kérdések Az elnökség felkéri a
 * COSI-t, hogy … a következő kérdéseket:`, the questions after it a piece of their own); in a part's piece (`part`) also
 * right after its heading's one word. Null where no such word is among the first words.
 */
function clauseAfterTitle(text: string, part = false): number | null {
  // the sentence's end may carry a footnote's call (`… 13802/25.^1`)
  if (!/[.!?:]["'”’)\]]{0,2}(?:\^\d{1,3})?$/u.test(text.trimEnd()) || OPERATIVE_VERB.test(text)) return null;
  const words = [...text.matchAll(/\S+/gu)].slice(0, TITLE_WORDS_REACH + 1);
  const sentenceEnd = FIRST_SENTENCE.exec(text)?.[0].length ?? text.length;
  for (let index = 1; index + 1 < words.length; index += 1) {
    const before = words[index - 1]?.[0] ?? '';
    const word = words[index];
    const after = words[index + 1]?.[0] ?? '';
    // a part's heading of one word (`II. Wprowadzenie Zgodnie z art. 71 …`) ends before the clause's subject too
    const heading = part && index === 1 && CAPITALISED_WORD.test(before);
    if (word === undefined) continue;
    // a title ending on its years (`… priorytety na lata 2014-2017 Komitet uzgodnił …`) ends before a clause's subject
    if ((YEARS.test(before) || BRACKETED_END.test(before)) && readsAsClause(text.slice(word.index))) return word.index;
    // a heading ending on a range of years in brackets (`… EU-politikcyklus (2012-2013) EU-politikcyklussen for …`) ends
    // before the paragraph's capitalised first word
    if (BRACKETED_YEARS.test(before) && CAPITALISED_WORD.test(word[0])) return word.index;
    if ((!LOWER_WORD.test(before) || isTitleWord(before)) && !heading) continue;
    const capitalised = CAPITALISED_WORD.test(word[0]) || (FRAMED_OBJECT_WORD.test(word[0]) && FRAMED_OBJECT.test(text.slice(word.index, sentenceEnd)));
    if (!capitalised || !CLAUSE_SECOND_WORD.test(after)) continue;
    // an acronym after a noun is that noun's attribute (`Cykl polityki UE dotyczący …`, the EU's policy cycle), no
    // clause's subject, unless its verb follows it (`… handlu COSI zatwierdził …`)
    if (ACRONYM.test(word[0]) && !readsAsClause(firstClause(text, word.index, sentenceEnd))) continue;
    // a name the title goes on with, in the case a clause's subject never takes (`Projekt konkluzji Rady w sprawie …`,
    // `Sprawozdanie Komisji na temat …`), is passed over where a clause's known subject and verb follow it in the same
    // sentence (`… handlu narkotykami Komitet zatwierdził …`)
    return readsAsClause(firstClause(text, word.index, sentenceEnd)) ? word.index : (knownClauseAfter(text, words, index + 1, sentenceEnd) ?? word.index);
  }
  return null;
}

/**
 * A piece's first word when capitalised, with the spaces after it, before an article a sentence opens with where no
 * title goes on with one in capitals: the Hungarian `A`, `Az` and the Greek `Η`, `Ο`, `Οι`, `Το`, `Τα`.
 */
const HEADING_WORD = /^["“(]?\p{Lu}[\p{L}'’-]*[ \t]+(?=(?:Az?|Η|Ο|Οι|Το|Τα)[ \t])/u;

/**
 * Where the text under a heading of one word opens with an article and a clause's known subject and verb after it
 * (`readsAsClause`), the two run into one line: `Bevezetés Az elnökség emlékezteti a delegációkat …`, whose name
 * further on (`… arra, hogy Europol értékelése szerint …`) is no sentence's start. Null where the words after the
 * heading read as no clause.
 */
function clauseAfterHeadingWord(text: string): number | null {
  const heading = HEADING_WORD.exec(text);
  if (heading === null) return null;
  const end = FIRST_SENTENCE.exec(text)?.[0].length ?? text.length;
  return readsAsClause(firstClause(text, heading[0].length, end)) ? heading[0].length : null;
}

/** How many characters of a sentence from a candidate's word are read for its clause: its subject and verb stand there. */
const CLAUSE_REACH = 300;

/** The words from `at` to the first sentence's `end`, at most CLAUSE_REACH of them: what `readsAsClause` reads, bounded. */
function firstClause(text: string, at: number, end: number): string {
  return text.slice(at, Math.min(Math.max(end, at), at + CLAUSE_REACH));
}

/** The Slovenian perfect's auxiliary, a clitic second in its clause (object-first.ts CLITIC_AUXILIARY). */
const CLITIC_AUXILIARY = /^(?:je|so|sta)$/u;

/**
 * Where, from the word `from` on and before `end`, a clause opens whose subject the versions name with its verb
 * (`readsAsClause`) after a word in lower case a title does not go on after; null where none does.
 */
function knownClauseAfter(text: string, words: readonly RegExpExecArray[], from: number, end: number): number | null {
  for (let index = from; index + 1 < words.length; index += 1) {
    const word = words[index];
    if (word === undefined || word.index >= end) return null;
    const before = words[index - 1]?.[0] ?? '';
    // the Slovenian auxiliary, second in its clause, before the committee follows the object set first (`… kriminalu
    // Sklepe iz dokumenta 13802/25 je Odbor odobril.`): the clause opens before it, not at the committee
    if (CLITIC_AUXILIARY.test(before)) continue;
    if (LOWER_WORD.test(before) && !isTitleWord(before) && CAPITALISED_WORD.test(word[0]) && readsAsClause(firstClause(text, word.index, end)))
      return word.index;
  }
  return null;
}

/**
 * The documents an agenda item run into one line prints after its title, up to the piece's end: `… Presidency 5512/26`,
 * in the register's forms too (`… third countries 6120/26 ADD 1 REV 2 WK 2345/2026 INIT`, `… COM(2026) 85 final`, `6010/26 ADD 1-3`,
 * `6640/26 + COR 1`, `6010/26, 6011/26 and 6012/26`, `8731/25 és 8732/25`), after the word for a document (`Dok. 8731/25`),
 * each maybe followed by its distribution codes as older agendas print them (`9402/13 JAI 355 COSI 52`) and by its
 * marking (`9355/16 LIMITE`, `9340/16 JAI 471 COSI 97 LIMITE`, as the notices of 2010–2019 print a document's line).
 */
const DOCUMENT_LISTED = String.raw`(?:${REGISTER_DOCUMENT}|${DOCUMENT_NUMBER_SOURCE}(?:(?<=ADD[ \t]?\d{1,2})${ADDENDA_RANGE})?)(?:[ \t]+[A-Z][A-Z0-9]{1,15}(?:-[A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}(?![\p{L}\p{N}/]))*(?:[ \t]+${MARKING_SOURCE}(?![\p{L}\p{N}]))?`;
const DOCUMENTS_AFTER = new RegExp(
  String.raw`(?<=\S)[ \t]+(?:(?:[Dd]ocs?|[Dd]oks?|[Дд]ок|έγγρ)\.?:?[ \t]+)?${DOCUMENT_LISTED}(?:,?[ \t]+(?:(?:and|et|und|y|e|en|i|og|och|ja|és|oraz|și|a|и|και|ir|un|in|u|agus)[ \t]+)?${DOCUMENT_LISTED})*,?$`,
  'u',
);

/**
 * The offsets of the numbers of an agenda run into one line (`1. Adoption of the agenda 2. Information from the
 * Presidency 5512/26 3. Any other business`): items 1, 2, 3 … in sequence, the first where a first item may stand,
 * each title short and without a sentence's end or a table of contents' dot leaders, no month after a number; at least three. A sentence that merely
 * holds `2.` (`… items 1 and 2. Delegations agreed.`) or a date is no such run.
 */
function agendaCuts(text: string): ReadonlySet<number> {
  const cuts = new Set<number>();
  if (!text.includes('3.') || !THIRD_ITEM.test(text)) return cuts;
  // The items' numbers found so far (where each stands, where its title begins).
  let chain: Array<{ at: number; title: number; last: number }> = [];
  const close = (): void => {
    if (chain.length >= AGENDA_ITEMS) for (const { at } of chain) cuts.add(at);
    chain = [];
  };
  for (const match of allMatches(NUMBERED, text)) {
    const { first: number, last: lastNumber } = numbersOf(match[1] ?? '');
    if (number.length !== 1 || MONTH_AFTER.test(text.slice(match.index + match[0].length)) || blankParagraph(text, match).blank) continue;
    const preceding = text.slice(Math.max(0, match.index - 24), match.index);
    if (SUFFIX_BEFORE.test(preceding) || PAGE_BEFORE.test(preceding)) continue;
    // the body's first number printed between labels and their values stays for the header to read (`To: Subject: 1. General …`)
    if (LABELS_BEFORE.test(preceding)) continue;
    // a Commission document's annexes in its cell (`COM(2025) 123 final - PIELIKUMI 1.–3. KOMISIJAS …`) number no paragraph
    if (annexNumberAt(text, match.index)) continue;
    const item = { at: match.index, title: match.index + match[0].length, last: lastNumber[0] ?? 0 };
    const last = chain[chain.length - 1];
    // The day, heading and time the item's number follows are no part of the title above it.
    const before = last === undefined ? null : beforeItem(text, match.index);
    const run =
      last === undefined ? '' : text.slice(last.title, Math.max(last.title, before?.day ?? before?.heading ?? before?.hours ?? before?.time ?? match.index));
    if (
      last !== undefined &&
      number[0] === last.last + 1 &&
      run.length <= TITLE_RUN &&
      !SENTENCE_INSIDE.test(run.replace(ITEM_MARK, '').replace(ROMAN_DOT_INSIDE, '')) &&
      !LEADERS.test(run)
    ) {
      chain.push(item);
      continue;
    }
    if (number[0] === 1) {
      close();
      chain = [item];
    }
  }
  close();
  return cuts;
}

/**
 * The levels of a number as printed, first and last: `6.1.` → [6, 1] both; items taken together, `4. and 5.` → [4]
 * then [5], the next item following the last.
 */
function numbersOf(printed: string): { first: number[]; last: number[] } {
  const joint = jointNumbers(printed);
  if (joint !== null) return { first: [joint.first], last: [joint.last] };
  const number = levels(printed);
  return { first: number, last: number };
}

/** An item's number as its levels: `6.1.` → [6, 1]. */
function levels(printed: string): number[] {
  return printed
    .split('.')
    .filter((part) => part !== '')
    .map(Number);
}

/** Whether `next` follows `previous` in an outline: the next number at the same level, a first sub-number, or the next top number after a sub-number. */
function follows(previous: readonly number[], next: readonly number[]): boolean {
  const [top = 0, sub] = previous;
  if (next.length === 1) return next[0] === top + 1;
  if (next[0] !== top) return false;
  return sub === undefined ? next[1] === 1 : next[1] === sub + 1;
}

/** How far after a part's Roman numeral its heading's title may run before the part's first numbered paragraph. */
const ROMAN_TITLE_REACH = 120;

/**
 * Whether the number at `at` is the first paragraph under a part's Roman heading (`romans`: where the line's parts'
 * numerals stand): its numeral stands up to ROMAN_TITLE_REACH before it, no sentence's end between (`I. Introduction
 * 1. Article 71 …`, a title in mixed case that no capitals set apart).
 */
function underRomanHeading(text: string, at: number, romans: readonly number[]): boolean {
  return romans.some((roman) => roman < at && at - roman <= ROMAN_TITLE_REACH && !/[.!?;:]\s/u.test(text.slice(text.indexOf(' ', roman), at)));
}

/** How many first numbers of a line are looked at as the body's first part after its contents (`opensAfterContents`): a line holds one contents. */
const CONTENTS_LOOKS = 4;

/**
 * The offsets where a line is cut before its numbered paragraphs in sequence, and the last number it holds; `romans`
 * are where the line's parts' Roman numerals stand; `earlier`, the end of the page lines before (where the contents
 * the body's first part follows may have begun); `table`, the numbered table the line holds, whose rows' numbers are
 * passed over.
 */
function cutsOf(
  text: string,
  before: readonly number[] | null,
  romans: readonly number[] = [],
  headed = false,
  earlier = '',
  table: FlatTable | null = null,
): { cuts: number[]; last: readonly number[] | null } {
  if (!opensNumbered(text)) return { cuts: [], last: before };
  const cuts: number[] = [];
  const agenda = agendaCuts(text);
  let previous = before;
  // the sequence a list numbered from 1 inside a paragraph broke off (`2. … set out below. 1. High-risk … 3. Trafficking
  // … 11 actions 3. Next steps`): its next number resumes it after the list's last row
  let outer: readonly number[] | null = null;
  let contentsLooks = 0;
  let columnEnd = -1;
  for (const match of allMatches(NUMBERED, text)) {
    // a numbered table's rows number no paragraph (`flat-table-rows.ts`)
    if (table !== null && match.index >= table.from && match.index <= table.to) continue;
    const { first: number, last } = numbersOf(match[1] ?? '');
    // a day before its month (`Datum: 17. Februar 2026 (10.00) und 18. Februar 2026`) is no paragraph's number
    if (number.length === 1 && MONTH_AFTER.test(text.slice(match.index + match[0].length))) continue;
    // a number before another is a paragraph left blank only before the next in sequence (a date `17. 5. 2026` is none)
    if (!blankParagraph(text, match).inSequence) continue;
    const preceding = text.slice(Math.max(0, match.index - 24), match.index);
    if (SUFFIX_BEFORE.test(preceding) || PAGE_BEFORE.test(preceding)) continue;
    // the body's first number printed between labels and their values stays for the header to read (`To: Subject: 1. General …`)
    if (LABELS_BEFORE.test(preceding)) continue;
    // a Commission document's annexes in its cell (`COM(2025) 123 final - PIELIKUMI 1.–3. KOMISIJAS …`) number no paragraph
    if (annexNumberAt(text, match.index)) continue;
    // a table of contents' numbers plain `pdftotext` printed as a column apart from their titles, their pages after them
    // (`3.10 Cybercrime 16 4. 5. 5.1 … 8. 17 19 …`): none is a part's, up to the column's end
    if (match.index < columnEnd) continue;
    const column = contentsColumnEnd(text, match.index);
    if (column !== null) {
      columnEnd = column;
      continue;
    }
    const first =
      number.length === 1 &&
      (SENTENCE_BEFORE.test(preceding) ||
        (number[0] === 1 &&
          (FIRST_AFTER.test(preceding) ||
            MONTH_BEFORE.test(preceding) ||
            (headed && cuts.length === 0 && CAPITAL_AFTER.test(text.slice(match.index + match[0].length))))) ||
        underRomanHeading(text, match.index, romans) ||
        (number[0] === 1 && contentsLooks++ < CONTENTS_LOOKS && opensAfterContents(text, match.index, match[1] ?? '', earlier)));
    const restart = first && number[0] === 1;
    const resumes = outer !== null && previous !== null && !follows(previous, number) && follows(outer, number);
    if (!agenda.has(match.index) && !resumes && !(previous === null ? first : follows(previous, number) || restart)) continue;
    cuts.push(match.index);
    if (restart && previous !== null && !follows(previous, number)) outer = previous;
    else if (resumes) outer = null;
    previous = last;
  }
  return { cuts, last: previous };
}

/**
 * The lines of a document whose pages were run into one line each: when one line as long as a page holds numbered
 * paragraphs, every line is cut before its numbered paragraphs or items (numbers in outline sequence, counted on from
 * the lines before — so that the short last page is cut as the others — the first after a sentence's end, and the
 * items of an agenda whose titles follow each other without a sentence's end: `agendaCuts`), and an item's title is
 * cut from its text where a sentence opener follows it on the same line, or from the documents printed after it; the
 * pieces are separated by blank lines and keep the line's number. In other documents only a line holding an agenda
 * is cut, at its items; the rest are returned as they are. An annex's heading opening a page's line is set on a line
 * of its own whether or not the pages hold numbered paragraphs, and so are draft conclusions' author and recitals
 * (`flat-recitals.ts`). The lists run into a page's line are then cut at their
 * items' bullets (`flat-bullets.ts`). In every document, the footnotes foot-footnotes.ts marked at
 * the end of a page run into one line (`… 13802/25. ^1 Also circulated …`) are first given a line each.
 */
export function splitFlatLines(lines: readonly SourceLine[], pageEnds: ReadonlySet<number> = new Set()): SourceLine[] {
  const notesApart = starNotesApart(lines.flatMap(footnotesApart));
  if (!lines.some((entry) => entry.text.length >= FLAT_LINE || pageEnds.has(entry.line))) return splitParagraphs(notesApart, false);
  const apart = notesApart.flatMap(rulesApart);
  // The annexes' headings and the lists first, so that no item's title is looked for past a bullet; whether the pages
  // hold paragraphs is read on them whole (an older note's pages may hold none: `Delegations will find attached …`).
  const flat = hasFlatParagraphs(apart, pageEnds);
  const split = splitParagraphs(apart.flatMap(annexApart).flatMap(recitalsApart).flatMap(bulletsApart).flatMap(bulletHeadingApart), flat);
  // a contents heading left at the end of the paragraph above its entries goes on a line of its own
  return flat ? contentsHeadingApart(split) : split;
}

/**
 * A bulleted point opening with a capital (`• EU threat assessment …`, `• Entwurf von Schlussfolgerungen …`), as
 * `bulletsApart` sets a list run into a page's line on lines of its own: its heading, then its text.
 */
const CAPITAL_BULLET = /^[•▪◦][ \t]+(?=["“]?\p{Lu})/u;

/**
 * A sub-point's heading after its bullet and the sentence the outcome prints under it, run into one line with the page
 * (`• EU threat assessment in the field of counter-terrorism: way forward … The suggested way forward … was
 * endorsed.`, `• Entwurf von Schlussfolgerungen des Rates zur Stärkung des ATLAS-Verbunds Der Ausschuss einigte sich …`):
 * the heading on its line, a blank, and the text a paragraph of its own, as the page prints them, where an opener or a
 * clause marks the text's start after words that read as a title (`openerAfterTitle`, `clauseAfterTitle`, as a numbered
 * title's text is found). Other lines, a point that is a sentence from its first word, as they are.
 */
function bulletHeadingApart(entry: SourceLine): SourceLine[] {
  const bullet = CAPITAL_BULLET.exec(entry.text);
  if (bullet === null) return [entry];
  const rest = entry.text.slice(bullet[0].length);
  const found = openerAfterTitle(rest, false) ?? clauseAfterTitle(rest, false);
  if (found === null || found === 0 || OBJECT_OF_VERB.test(rest.slice(found)) || !readsAsTitle(rest.slice(0, found), rest.slice(found))) return [entry];
  return [
    { text: `${bullet[0]}${rest.slice(0, found).trim()}`, line: entry.line },
    { text: '', line: entry.line },
    { text: rest.slice(found).trim(), line: entry.line },
  ];
}

/** The fewest parts' Roman headings in sequence (`I.`, then `II.` after a sentence's end) that make a line as long as a page one run into a line. */
const ROMAN_PARTS = 2;

/**
 * Whether a page run into one line holds numbered paragraphs: the document's pages were run into one line each. A page is
 * a line as long as one, or a line a footer ended (`pageEnds`, however short: an outcome's page of one item, `… CM
 * 5123/25. 14342/21 JAI.1 RS/sl 1 EN`), which also holds paragraphs where it opens with its one item's number.
 */
function hasFlatParagraphs(lines: readonly SourceLine[], pageEnds: ReadonlySet<number>): boolean {
  return lines.some((entry) => {
    const footed = pageEnds.has(entry.line);
    if (entry.text.length < FLAT_LINE && !footed) return false;
    const romans = romanCuts(entry.text, 0);
    // a report's parts under Roman headings with no numbered paragraph under them (`I. Introduction Under Article 71 … II. Main activities During …`)
    return romans.numerals.length >= ROMAN_PARTS || cutsOf(entry.text, null, romans.numerals).cuts.length > 0 || (footed && LEADING.test(entry.text));
  });
}

/**
 * A page run into one line with the notes it marks with stars run into its last sentence (`… presented by INTCEN* and …
 * next steps. * Restricted session: Member States and the Commission only.`, the footer as `inline-footers.ts` reads it),
 * however short the page (a last page of a few lines, a one-page note): each note after a sentence's end, its mark
 * (`*`, `(*)`, `**)`) printed earlier in the document and before a capital, the note ending in a sentence's end at the
 * line's end or before the next such note, set on a line of its own after a blank line (`starNotes` of `item-marks.ts`
 * reads it then, in any document), and so is the NB block after the last one (`… may be taken. NB: Delegations …`);
 * other lines as they are.
 */
function starNotesApart(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => entry.text.includes('*'))) return [...lines];
  const marks = firstMarks(lines);
  return lines.flatMap((entry, index) => {
    if (!entry.text.includes('*')) return [entry];
    const text = entry.text.trimEnd();
    const called = calledBefore(marks, index);
    const endsSentence = (end: number): boolean => NOTE_END.test(text.slice(Math.max(0, end - 8), end).trimEnd());
    const starts = [...text.matchAll(MARKED_NOTE_INSIDE)].map((match) => ({ at: match.index, mark: match[1] ?? match[2] ?? '' }));
    const cuts = starts.filter(({ at, mark }, position) => called(mark, at) && endsSentence(at) && endsSentence(starts[position + 1]?.at ?? text.length));
    if (cuts.length === 0) return [entry];
    // the NB block the last note's sentence is followed by (`… may be taken. NB: Delegations …`) is no part of it
    const last = (cuts.at(-1) as { at: number }).at;
    const block = NOTE_INSIDE.exec(text.slice(last));
    const blockAt = block === null || !endsSentence(last + block.index) ? [] : [last + block.index];
    const bounds = [0, ...cuts.map(({ at }) => at), ...blockAt, text.length];
    return bounds.slice(0, -1).flatMap((start, position) => {
      const piece = { text: text.slice(start, bounds[position + 1]).trim(), line: entry.line };
      return position === 0 ? [piece] : [{ text: '', line: entry.line }, piece];
    });
  });
}

/** A separator rule a page run into one line prints between its parts: underscores alone between spaces (`… Any other business _________ NB: …`). */
const FLAT_RULE = /[ \t]_{3,}(?=[ \t]|$)/g;

/**
 * A line of a document whose pages run into one line each (or a piece of one, its star notes set apart) cut at each
 * separator rule, a blank line in the rule's place (all keep the line's number): a rule carries no text, as one on a
 * line of its own (normalise.ts THEMATIC_BREAK), so that `… Any other business _________ NB: …` gives the item no text
 * of underscores. Other lines as they are.
 */
function rulesApart(entry: SourceLine): SourceLine[] {
  if (!entry.text.includes('___')) return [entry];
  const pieces = entry.text.split(FLAT_RULE);
  if (pieces.length === 1) return [entry];
  return pieces.flatMap((piece, index) => [...(index === 0 ? [] : [{ text: '', line: entry.line }]), { text: piece.trim(), line: entry.line }]);
}

/** A footnote foot-footnotes.ts marked right before a flat page's footer, after the sentence or the list's item that ends the page: `… 13802/25. ^1 Also …`, `• […]; ^1 …`. */
const MARKED_FOOTNOTE = new RegExp(String.raw`(?<=[.!?;]["'”’)\]]{0,2}(?:\^\d{1,3})?${FLAT_FOOTNOTE_GAP})\^\d{1,3}[ \t]+(?=\S)`, 'g');

/**
 * A footnote a public version withholds whole, marked after the page's last word, the sentence the page break cut (`…
 * est convenu de le ^1 […]`): taken only where its call stands before it on the line, as MARKED_AFTER_GAP.
 */
const MARKED_WITHHELD = /(?<=\S[ \t]{1,40})\^(\d{1,3})[ \t]+(?=\[(?:…|\.{3})\])/gu;

/**
 * A footnote marked after the page's last word, inside the sentence the page break cut (`… while one delegation (HU) ^1
 * Also circulated as WK 2345/2026.`, foot-footnotes.ts CUT_FOOTNOTE): taken only where its call stands before it on the
 * line, as MARKED_AFTER_GAP.
 */
const MARKED_IN_CUT_SENTENCE = /(?<=[\p{L}\p{N})\]][ \t])\^(\d{1,3})[ \t]{1,40}(?=\p{Lu})/gu;

/** A footnote marked after a sentence's end, as MARKED_FOOTNOTE finds it, tested once. */
const FOOTNOTE_BEFORE = new RegExp(MARKED_FOOTNOTE.source, 'u');

/** A footnote's mark opening a line. */
const FOOTNOTE_OPENING = /^[ \t]*\^\{?\d/u;

/** The most characters of a footnote MARKED_IN_CUT_SENTENCE finds at a page's end (foot-footnotes.ts CUT_FOOTNOTE's 300, and some). */
const CUT_FOOTNOTE_TAIL = 400;

/**
 * The footnote MARKED_IN_CUT_SENTENCE finds at the end of a line of a page's text, its call standing before it, printed
 * glued (`^1`) or a space apart (`2026. ^{1} COSI …`): only the line's last 400 characters are looked at, and only the
 * last such mark; none on a line a footnote opens.
 */
function cutSentenceFootnotes(entry: SourceLine): RegExpExecArray[] {
  // a line a footnote opens, or one holding a footnote before, is the page's footnotes there, not its text (`… Committee^2.
  // ^1 Contract signed … research ^2 The next …`)
  if (FOOTNOTE_OPENING.test(entry.text)) return [];
  const from = Math.max(0, entry.text.length - CUT_FOOTNOTE_TAIL);
  const last = [...entry.text.slice(from).matchAll(MARKED_IN_CUT_SENTENCE)].at(-1);
  if (last === undefined) return [];
  const at = from + last.index;
  if (FOOTNOTE_BEFORE.test(entry.text.slice(0, at))) return [];
  const mark = last[1] ?? '';
  const called = entry.text.lastIndexOf(`^${mark}`, at - 1) >= 0 || entry.text.lastIndexOf(`^{${mark}}`, at - 1) >= 0;
  return called ? [Object.assign(last, { index: at })] : [];
}

/**
 * A footnote foot-footnotes.ts marked after a title that ends in no sentence, where `-layout`'s gap follows its number
 * (`… systems ^1      This item …`): taken only where its call stands before it on the line, so that a call `-layout`
 * prints apart from its table cell's word (`Germany ^3   37`) stays in its row.
 */
const MARKED_AFTER_GAP = new RegExp(String.raw`(?<=\S${FLAT_FOOTNOTE_GAP})\^(\d{1,3})${FLAT_NUMBER_GAP}(?=[\p{Lu}\p{N}"“„«]|https?:\/\/)`, 'gu');

/** A line with the footnotes marked at its end each on a line of its own after a blank line (all keep the line's number); other lines as they are. */
export function footnotesApart(entry: SourceLine): SourceLine[] {
  if (!entry.text.includes('^')) return [entry];
  const afterGap = [...entry.text.matchAll(MARKED_AFTER_GAP), ...entry.text.matchAll(MARKED_WITHHELD)].filter(
    (match) => entry.text.lastIndexOf(`^${match[1] ?? ''}`, match.index - 1) >= 0,
  );
  const inCut = cutSentenceFootnotes(entry);
  const starts = [
    ...new Set([
      ...[...entry.text.matchAll(MARKED_FOOTNOTE)].map((match) => match.index),
      ...afterGap.map((match) => match.index),
      ...inCut.map((match) => match.index),
    ]),
  ].sort((a, b) => a - b);
  if (starts.length === 0) return [entry];
  const bounds = [0, ...starts, entry.text.length];
  return bounds.slice(0, -1).flatMap((start, index) => {
    const text = entry.text.slice(start, bounds[index + 1]).trim();
    return index === 0
      ? [{ text, line: entry.line }]
      : [
          { text: '', line: entry.line },
          { text, line: entry.line },
        ];
  });
}

/** The lines cut at their numbered paragraphs where they are pages run into one line (`flat`: `splitFlatLines`), else at an agenda's items. */
function splitParagraphs(lines: readonly SourceLine[], flat: boolean): SourceLine[] {
  if (!flat) {
    // A shorter page run into one line is cut at its agenda alone (items numbered with a word or a bracket: two at least).
    const agendaOf = (text: string): number[] => {
      const worded = wordedCuts(text, null).cuts;
      return [...agendaCuts(text), ...(worded.length >= 2 ? worded : [])].sort((a, b) => a - b);
    };
    if (!lines.some((entry) => agendaOf(entry.text).length > 0)) return [...lines];
    const marks = firstMarks(lines);
    return lines.flatMap((entry, index) => {
      const agenda = agendaOf(entry.text);
      return agenda.length === 0 ? [entry] : pieces(entry, [...new Set(agenda)], calledBefore(marks, index));
    });
  }
  let previous: readonly number[] | null = null;
  let previousWorded: number | null = null;
  let previousRoman = 0;
  let words: ReadonlySet<string> | undefined;
  const vocabulary = (): ReadonlySet<string> => (words ??= flatVocabulary(lines.map((entry) => entry.text)));
  const split = lines.map((entry) => ({ ...entry, text: joinFlatHyphens(entry.text, vocabulary) }));
  const marks = firstMarks(split);
  const tableOf = flatTableReader();
  // the end of the lines before (the contents the body's first part follows may have begun pages before)
  let earlier = '';
  return split.flatMap((entry, index) => {
    const table = tableOf(entry.text);
    const leading = LEADING.exec(entry.text);
    if (leading !== null) previous = numbersOf(leading[1] ?? '').last;
    const parts = romanCuts(entry.text, previousRoman);
    previousRoman = parts.last;
    // a later page reprinting a Council header (an EXT 1's released document): its first paragraph after the subject
    const headed = REPRINTED_HEADER.test(entry.text);
    const numbered = cutsOf(entry.text, headed ? null : previous, parts.numerals, headed, earlier, table);
    earlier = `${earlier} ${entry.text}`.slice(-CONTENTS_RUN);
    previous = numbered.last;
    const worded = wordedCuts(entry.text, previousWorded);
    previousWorded = worded.last;
    const rows = new Set(table?.starts ?? []);
    const cuts = [...new Set([...numbered.cuts, ...worded.cuts, ...parts.cuts, ...rows])].sort((a, b) => a - b);
    // a page's line that opens with the last item, the NB block run into its title (`7. Any other business NB: …`), is cut there too
    const closing = cuts.length === 0 && leading !== null && NOTE_INSIDE.test(entry.text.slice(0, TITLE_RUN));
    // a page's line that opens with items taken together (`Items 3 and 4 – Schengen … COSI endorsed …`) is cut as any numbered piece
    const joint = cuts.length === 0 && leading !== null && JOINT_WORDED_OPENING.test(entry.text);
    // and one that opens with an item and holds the unnumbered "any other business" after it (`3. Drogen … 14001/25. Sonstiges a) …`)
    const otherBusiness = cuts.length === 0 && leading !== null && OTHER_BUSINESS_INSIDE.test(entry.text);
    if (cuts.length === 0 && !closing && !joint && !otherBusiness) return leading === null ? [entry] : loneItem(entry, calledBefore(marks, index));
    return pieces(entry, cuts, calledBefore(marks, index), rows);
  });
}

/** The longest title `loneItem` cuts from its sentence. */
const LONE_TITLE = 160;

/**
 * A page's line that opens with an item's number and holds no other (the last item of a page: `3. Drugs COSI endorsed
 * the report …`): cut as a numbered piece is where its title reads as one — not longer than `LONE_TITLE`, no clause's
 * comma in it, no lead's colon closing it (a numbered paragraph: `5. Vor diesem Hintergrund werden die Delegationen
 * ersucht, zu antworten: The questions …`); else whole.
 */
function loneItem(entry: SourceLine, called: (mark: string, at: number) => boolean): SourceLine[] {
  const cut = pieces(entry, [], called);
  const title = cut[0]?.text ?? '';
  return cut.length > 1 && title.length <= LONE_TITLE && !/,\s|[,;:]$/.test(title) ? cut : [entry];
}

/**
 * An annex's heading opening a page run into one line, before its title (`ANNEX Draft Council Conclusions …`, `ANLAGE II
 * Fahrplan …`, `I. MELLÉKLET …`, and the title in capitals as older documents print it: `ANNEX DRAFT WORK PROGRAMME …`,
 * `ANNEXE PROJET DE …`, two words in capitals, so that neither a footer's `ANNEX JAI.1` nor a bare `ANNEX II` is cut): on a
 * line of its own, as printed, so that the annex is a section.
 */
const ANNEX_OPENING = new RegExp(
  String.raw`^(?:(?:[IVX]{1,5}|\d{1,2})\.?[ \t]+)?(?:${ANNEX_WORDS.join('|')})(?:[ \t]+(?:[IVX]{1,5}|\d{1,2}))?(?=[ \t]+["“„«(]?(?:\p{Lu}\p{Ll}|\p{Lu}{2,}[ \t]+\p{Lu}{2,}))`,
  'u',
);

/** A page's line cut after the annex heading it opens with (`ANNEX_OPENING`, maybe set in), a blank line between; any other line as it is. */
function annexApart(entry: SourceLine): SourceLine[] {
  // `-layout` sets the heading in from the margin, centred
  const text = entry.text.trimStart();
  const heading = ANNEX_OPENING.exec(text)?.[0];
  if (heading === undefined) return [entry];
  return [
    { text: heading, line: entry.line },
    { text: '', line: entry.line },
    { text: text.slice(heading.length).trim(), line: entry.line },
  ];
}

/** Whether a mark at an offset of the line at `line` is printed earlier in the document too. */
function calledBefore(marks: FirstMarks, line: number): (mark: string, at: number) => boolean {
  return (mark, at) => {
    const first = marks.get(mark);
    return first !== undefined && (first.line < line || (first.line === line && first.at < at));
  };
}

/**
 * A line cut at `cuts`, a day heading right before an item on its own line, each numbered piece's title cut from its
 * text; the pieces a numbered table's header row and rows open at `rows` (`flat-table-rows.ts`) each whole on a line,
 * as printed.
 */
function pieces(
  entry: SourceLine,
  cuts: readonly number[],
  called: (mark: string, at: number) => boolean,
  rows: ReadonlySet<number> = new Set(),
): SourceLine[] {
  const starts = cuts.flatMap((cut) => {
    if (rows.has(cut)) return [cut];
    const { day, heading, hours, time } = beforeItem(entry.text, cut);
    return [day, heading, hours, time ?? cut].filter((start) => start !== null);
  });
  const bounds = [0, ...starts, entry.text.length];
  return bounds
    .slice(0, -1)
    .flatMap((start, index): Array<{ text: string; row: boolean }> => {
      const end = bounds[index + 1] ?? entry.text.length;
      const raw = entry.text.slice(start, end);
      if (rows.has(start)) return raw.trim() === '' ? [] : [{ text: raw.trim(), row: true }];
      const offset = start + raw.length - raw.trimStart().length;
      // a heading's title -layout wrapped under itself is read over its line break (`flat-heading-wraps.ts`)
      const piece = headingWrapsJoined(entry.text, offset, end).trimEnd();
      return (piece === '' ? [] : subPoints(piece, (mark, at) => called(mark, offset + at)))
        .flatMap(dotlessOtherBusinessApart)
        .flatMap(dotlessTitleApart)
        .flatMap(otherBusinessApart)
        .flatMap(otherBusinessPoints)
        .flatMap(dashedPoints)
        .flatMap(timedRowApart)
        .map((text) => ({ text, row: false }));
    })
    .flatMap((piece, index) => [
      ...(index === 0 ? [] : [{ text: '', line: entry.line }]),
      ...(piece.row ? [{ text: piece.text, line: entry.line }] : titleAndText(piece.text, entry.line)),
    ]);
}

/** A lettered sub-point's label inside a piece, before a capital, an item's mark or a note's call: `(a) Report …`, `b) (poss.) Follow-up …`, `b) (p.m.) …`, `b) (*) Sachstand`. */
const SUB_POINT_INSIDE = new RegExp(
  String.raw`(?<=\s)(\(?)([a-z]|[α-ωа-я]|[ivx]{2,4})\)[ \t]+(?=["“¿¡]?\p{Lu}|${ITEM_MARK_SOURCE}|${CALL_BEFORE_TITLE})`,
  'gu',
);

/**
 * A sub-point's letter before a title in small letters, as a notice prints a point's verb (`a) presentation by Europol`,
 * the Greek version's `α) παρουσίαση από την Ευρωπόλ`, the Bulgarian's `а) представяне от Европол`). Groups: the letter.
 */
const LOWER_POINT_INSIDE = /(?<=\s)\(?([a-z]|[α-ωа-я])\)[ \t]+(?=\p{Ll})/gu;

/** The fewest words a sub-point's title has when it opens in small letters (`a) and b) of Article 3` are no points). */
const LOWER_POINT_WORDS = 2;

/**
 * The offsets of the sub-points of a notice's item whose titles open in small letters, run into one line (`3. EMPACT
 * … plans a) presentation by Europol b) exchange of views doc. 6701/26 …`): letters in sequence from `a` (or from `α`,
 * `а` in their alphabets), each point's title two words or more; none where they are fewer than two.
 */
function lowerPointCuts(piece: string): number[] {
  const found = [...piece.matchAll(LOWER_POINT_INSIDE)];
  const cuts: number[] = [];
  let first = 'a';
  for (const [index, match] of found.entries()) {
    const letter = match[1] ?? '';
    if (cuts.length === 0 && FIRST_LETTERS.has(letter)) first = letter;
    if (letter !== expectedLabel(false, cuts.length, first)) continue;
    const end = found[index + 1]?.index ?? piece.length;
    const words = piece
      .slice(match.index + match[0].length, end)
      .trim()
      .split(/\s+/u).length;
    if (words < LOWER_POINT_WORDS) return [];
    cuts.push(match.index);
  }
  return cuts.length >= 2 ? cuts : [];
}

/** Sub-points numbered in lower-case Roman numerals, in sequence: `(i)`, `(ii)`, `(iii)` …. */
const ROMAN_LABELS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The first letters a run of sub-points opens with: the Latin `a`, the Greek `α`, the Cyrillic `а` (the Bulgarian version's). */
const FIRST_LETTERS: ReadonlySet<string> = new Set(['a', 'α', 'а']);

/**
 * The label a sub-point in sequence after `count` others takes: a letter of the alphabet its run opened in (`c`, `γ`,
 * `в`, after `first`) or, in a Roman sequence, a numeral (`iii`).
 */
function expectedLabel(roman: boolean, count: number, first = 'a'): string {
  return roman ? (ROMAN_LABELS[count] ?? '') : String.fromCharCode(first.charCodeAt(0) + count);
}

/**
 * A row an agenda plans without a number beside its time slot, run into the item or point above it (`b) Way forward
 * 13.00 – 14.30 Lunch`, `… 5512/26 11.00 – 11.15 Pause café`): the slot of two times after a word or a document, before a capital, where no
 * item's number follows it (the time of a numbered item stands on the item's row already). `-layout` keeps its columns'
 * spaces around the slot (`9301/25 11.30 – 11.45    Coffee break`).
 */
const TIMED_ROW_INSIDE = new RegExp(String.raw`(?<=[\p{L}\p{N})])[ \t]{1,12}${TIME_RANGE}[ \t]{1,12}(?=\p{Lu})`, 'u');

/** A numbered or lettered piece cut before the row without a number run into it (`TIMED_ROW_INSIDE`); any other piece whole. */
function timedRowApart(piece: string): string[] {
  // a point's letter in any version's alphabet (`b)`, `β)`, `б)`)
  const found = /^(?:\d|\(?(?:[a-z]{1,4}|[α-ωа-я])\))/u.test(piece) ? TIMED_ROW_INSIDE.exec(piece) : null;
  return found === null ? [piece] : [piece.slice(0, found.index).trim(), piece.slice(found.index).trim()];
}

/** A sub-point's label and its title's capital after a title: `(a) Presentation`, `a) Vorstellung`. */
const POINT_AFTER = String.raw`\(?[a-z]\)[ \t]+["“¿¡]?\p{Lu}`;

/**
 * An unnumbered "any other business" after the sentence that ends an item, and the sentence that opens its text (`… ADD 1.
 * Any other business The Presidency …`), or ending the piece, its sub-points cut from it (`… 14001/25. Sonstiges` /
 * `a) Vorstellung …`); a title a sentence may open with (`Divers`, `Varios`) only before a sub-point or at the end.
 */
const OTHER_BUSINESS_INSIDE = new RegExp(
  String.raw`(?<=[.!?]["'”’)\]]{0,2}[ \t]{1,3})(?:(?:${OTHER_BUSINESS_PRINTED})(?:[ \t]+(?=\p{Lu}\p{Ll}|${POINT_AFTER})|[ \t]*$)|(?:${OTHER_BUSINESS_AMBIGUOUS_PRINTED})(?:[ \t]+(?=${POINT_AFTER})|[ \t]*$))`,
  'u',
);

/** A numbered "any other business", its time and marks around the number (`12. AOB`, `3. (ggf.) p.m. AOB`, `9.30 – 10.00 3. Sonstiges`): the piece's own title, however it ends. */
const NUMBERED_OTHER_BUSINESS = new RegExp(
  String.raw`^(?:${TIME_SLOT}[ \t]+)?\d{1,2}\.(?:\d{1,2}\.?)?[ \t]*(?:${ITEM_MARK_SOURCE}[ \t]+){0,3}(?:${OTHER_BUSINESS_PRINTED}|${OTHER_BUSINESS_AMBIGUOUS_PRINTED})(?![\p{L}\p{N}])`,
  'u',
);

/** An item's number opening a piece (`16. …`, `16.      …` as -layout sets the title apart). Group: the number. */
const PIECE_NUMBER = /^(\d{1,2})\.[ \t]/u;

/**
 * "Any other business" numbered without its dot run into a piece (`… 16. Information from the Presidency 17 Any other
 * business`, as the register prints an agenda's last item `17` and a tab), at its end, before a sub-point or before the
 * capital that opens the text under it (`… 17 Egyebek A bizottság …`, `… 17 Kwalunkwe punt ieħor L-aġenda …`). Groups:
 * the number, the title no sentence opens with, the title a sentence may open with (`Divers`, `Varios`: before a
 * capital only after a sentence's end, `dotlessOtherBusinessApart`).
 */
const DOTLESS_OTHER_BUSINESS = new RegExp(
  String.raw`(?<=\s)(\d{1,2})[ \t]+(?:(${OTHER_BUSINESS_PRINTED})|(${OTHER_BUSINESS_AMBIGUOUS_PRINTED}))(?:[ \t]+(?=["“„«(]?\p{Lu}|${POINT_AFTER})|[ \t]*$)`,
  'gu',
);

/**
 * A number without its dot before what opens as a title does (`… 16. Information from the Presidency 17 Exchange of
 * views …`, as the register prints an agenda's last item after a tab): a capital and a small letter, or a word in
 * capitals, after a space; the word before it ends no clause (`Presidency, 17 Member States …`). Group: the number.
 */
const DOTLESS_TITLE = /(?<=[^\s,;:][ \t]{1,40})(\d{1,2})[ \t]+(?=["“„«(]?\p{Lu}(?:\p{Ll}|\p{Lu}))/gu;

/** How far before and after a number its neighbouring words are looked at. */
const WORD_REACH = 40;

/**
 * A numbered piece cut before a number printed without its dot where that number goes on from the piece's and stands
 * right after the piece's title (`16. Information from the Presidency 17 Exchange of views on …` → item 16's title,
 * then item 17), as the other shapes read it where the number's line stands right under the title above (items.ts
 * dotlessItem): never where the piece's text has begun before it (`16. Information … Following the questionnaire … 17
 * Member States have replied`, a quantity in the item's text), after a word a title goes on after (`on 17 …`), before
 * a day's month (`17 March 2026`), or before figures (`ST 17 2026 INIT`, a document number's piece). Any other business
 * is cut so before (dotlessOtherBusinessApart), after a sentence too.
 */
function dotlessTitleApart(piece: string): string[] {
  const number = PIECE_NUMBER.exec(piece);
  if (number === null) return [piece];
  const next = String(Number(number[1]) + 1);
  if (!piece.includes(` ${next} `) && !piece.includes(`\t${next}`)) return [piece];
  const titleStart = number[0].length;
  for (const match of piece.matchAll(DOTLESS_TITLE)) {
    if (match[1] !== next) continue;
    const end = match.index + match[0].length;
    // the words right before it, looked at within a bounded reach (a piece of any length is read in linear time)
    const before = piece.slice(Math.max(titleStart, match.index - WORD_REACH), match.index);
    const word = /(\S+)\s*$/u.exec(before)?.[1] ?? '';
    if (word === '' || isTitleWord(word) || SENTENCE_END_BEFORE.test(before) || MONTH_AFTER.test(piece.slice(end, end + WORD_REACH))) continue;
    // the item's text begun before the number (a sentence's opener after the title): the number is the text's
    const text = titleEnd(piece.slice(titleStart));
    if (text !== null && titleStart + text < match.index) return [piece];
    return [piece.slice(0, match.index).trim(), piece.slice(match.index).trim()];
  }
  return [piece];
}

/** A sub-point's letter opening what follows a title (`a) Presentation …`). */
const POINT_OPENING = new RegExp(`^${POINT_AFTER}`, 'u');

/** A sentence's end right before a number (`… (14470/1/25 REV 1). 17 Divers …`). */
const SENTENCE_END_BEFORE = /[.!?]["'”’)\]]{0,2}[ \t]+$/u;

/**
 * A numbered piece cut before "any other business" numbered without its dot where that number goes on from the piece's,
 * and after it where the text under it follows (`16. Information from the Presidency 17 Any other business` → item 16's
 * title, then item 17; `… (14470/1/25 REV 1). 17 Any other business The Presidency …` → item 16's text, item 17's title,
 * its text: items.ts reads a number without its dot as an item's where it goes on from the item above); any other
 * piece whole (`12. … 17 Divers …`).
 */
function dotlessOtherBusinessApart(piece: string): string[] {
  const number = PIECE_NUMBER.exec(piece)?.[1];
  if (number === undefined) return [piece];
  for (const match of piece.matchAll(DOTLESS_OTHER_BUSINESS)) {
    if (Number(match[1]) !== Number(number) + 1) continue;
    const end = match.index + match[0].length;
    // a title a sentence may open with (`Divers`, `Varios`) before a capital only after a sentence's end: an item's text goes on under it
    const rest = piece.slice(end);
    if (match[3] !== undefined && rest !== '' && !POINT_OPENING.test(rest) && !SENTENCE_END_BEFORE.test(piece.slice(0, match.index))) continue;
    return [piece.slice(0, match.index).trim(), match[0].trim(), piece.slice(end).trim()].filter((part) => part !== '');
  }
  return [piece];
}

/** A numbered piece cut before and after the unnumbered "any other business" run into its text; any other piece whole. */
function otherBusinessApart(piece: string): string[] {
  const found = NUMBERED_PIECE.test(piece) ? OTHER_BUSINESS_INSIDE.exec(piece) : null;
  // A numbered "any other business" (`12. AOB`) is the piece's own title.
  if (found === null || NUMBERED_OTHER_BUSINESS.test(piece)) return [piece];
  const end = found.index + found[0].length;
  return [piece.slice(0, found.index).trim(), found[0].trim(), piece.slice(end).trim()].filter((part) => part !== '');
}

/** A dash opening a point of an item's "any other business" run into its line (`… business – Information from …`). */
const DASH_POINT = /[ \t]+[–—-][ \t]+(?=["“]?\p{L})/gu;

/**
 * A numbered "any other business" with its points run into its line (`5. Any other business – Information from the
 * Commission … – Information from the Presidency …`) cut before each point's dash, as the notice prints them one under
 * the other: "any other business" has no subtitle a dash could open. Any other piece whole.
 */
function otherBusinessPoints(piece: string): string[] {
  const title = NUMBERED_OTHER_BUSINESS.exec(piece);
  if (title === null || !/^[ \t]+[–—-][ \t]/u.test(piece.slice(title[0].length))) return [piece];
  const rest = piece.slice(title[0].length);
  const starts = [...rest.matchAll(DASH_POINT)].map((match) => match.index);
  const bounds = [...starts, rest.length];
  return [title[0], ...starts.map((start, index) => rest.slice(start, bounds[index + 1]).trim())];
}

/** A dash opening a point of an item run into its line, before a word (` - presentation by …`, ` – exchange of views`, ` - Gedankenaustausch`). Group: the dash. */
const ITEM_DASH_POINT = /[ \t]+([–—-])[ \t]+(?=["“]?\p{L})/gu;

/** The longest point a dash opens in an item's title run into one line (a notice's point is a few words). */
const DASH_POINT_LENGTH = 100;

/** A sentence's end after a word (`… adopted. The …`): a piece holding one is a paragraph, no item's title with its points. */
const WORD_SENTENCE_END = /\p{Ll}{2,}[.!?]["'”’)\]]{0,2}(?:\s|$)/u;

/**
 * The fewest dashes of one kind a title must print of its own for one dash of another kind after them to open its one
 * point: one (`2. Counter-terrorism – state of play - presentation by the EU Counter-Terrorism Coordinator 6802/26`).
 */
const OWN_DASHES_BEFORE_ONE_POINT = 1;

/** Whether the dashes before `from` (the title's own) are all of one kind. */
function ownDashesAlike(dashes: readonly RegExpMatchArray[], from: number): boolean {
  return dashes.slice(0, from).every((match) => match[1] === dashes[0]?.[1]);
}

/**
 * An item's title run into one line with the points a notice prints under it, each after a dash,
 * and the documents under the last (`2. Firearms trafficking – implementation of the EU action plan - presentation by
 * the Commission - exchange of views 6701/26`), cut before each point's dash as the notice prints them one under the
 * other: the points are the last run of two or more dashes of one kind after a dash of another that is the title's own
 * (`–` then `-`), or, all of one kind, the dashes after the first where three or more stand in the title (the title's
 * own dash first), or one dash of another kind after one or more of the title's own of one kind (`3. Migrant smuggling –
 * Global Alliance – follow-up - information from the Presidency 6512/26`, `2. Counter-terrorism – state of play -
 * presentation by …`: a title does not change its dash for its last part); the documents after the last point a line of
 * their own. A title whose dashes are all of one kind with one point after them, or a piece that ends a sentence (a
 * paragraph), is left whole.
 */
function dashedPoints(piece: string): string[] {
  if (!NUMBERED_PIECE.test(piece) || !/[ \t][–—-][ \t]/u.test(piece)) return [piece];
  const documents = DOCUMENTS_AFTER.exec(piece);
  const title = documents === null ? piece : piece.slice(0, documents.index);
  const mark = markBeforeDash(title);
  if (WORD_SENTENCE_END.test(mark === null ? title : `${title.slice(0, mark.index)}${title.slice(mark.index + mark[0].length)}`)) return [piece];
  const dashes = [...title.matchAll(ITEM_DASH_POINT)];
  if (mark !== null)
    return (
      cutAtDashes(
        title,
        documents,
        dashes.filter((match) => (match.index ?? 0) >= mark.index + mark[0].length),
      ) ?? [piece]
    );
  if (dashes.length < 2) return [piece];
  const listed = pointListingDocuments(title, dashes);
  if (listed !== null) return cutAtDashes(title, documents, dashes.slice(listed)) ?? [piece];
  const kind = dashes.at(-1)?.[1];
  let first = dashes.length - 1;
  while (first > 0 && dashes[first - 1]?.[1] === kind) first -= 1;
  const from = first > 0 ? first : dashes.length >= 3 ? 1 : null;
  if (from === null || (dashes.length - from < 2 && !(from >= OWN_DASHES_BEFORE_ONE_POINT && ownDashesAlike(dashes, from)))) return [piece];
  return cutAtDashes(title, documents, dashes.slice(from)) ?? [piece];
}

/**
 * The first of an item's dashed points where a point lists its documents before the next point's dash, of the same
 * kind as its own (`3. EU Policy Cycle … crime - Interim Strategic Assessment 5678/18 - Approval`): the notice prints
 * the documents under the point they go with and the next point under them, and a title prints no document before a
 * dash of its own; null where no documents stand so between two dashes of one kind.
 */
function pointListingDocuments(title: string, dashes: readonly RegExpMatchArray[]): number | null {
  for (let index = 1; index < dashes.length; index += 1) {
    const before = dashes[index - 1];
    const after = dashes[index];
    if (before === undefined || after === undefined || before[1] !== after[1]) continue;
    const segment = title.slice((before.index ?? 0) + before[0].length, after.index);
    if (DOCUMENTS_AFTER.test(segment)) return index - 1;
  }
  return null;
}

/** A possible or pro memoria item's mark ending a piece, before the documents listed after it (`… final report 2011 (p.m.)`). */
const MARK_AT_END = new RegExp(String.raw`[ \t](?:${POSSIBLE_MARK_SOURCE}|${PRO_MEMORIA_MARK_SOURCE})$`, 'u');

/**
 * A numbered piece that ends in a possible or pro memoria item's mark, the documents after it aside (`2. Cooperation
 * between JHA agencies - final report 2011 (p.m.)`, `4. … (poss.) 7011/12 JAI 130 COSI 11`): an item's title whole, as
 * the notice prints the mark at the end of the title's line (the dot of `(p.m.)` ends no sentence, and no text follows
 * it); the documents a line of their own. Null for any other piece.
 */
function markedTitle(piece: string): string[] | null {
  if (!piece.includes(')')) return null;
  const documents = DOCUMENTS_AFTER.exec(piece);
  const title = documents === null ? piece : piece.slice(0, documents.index);
  if (!MARK_AT_END.test(title)) return null;
  return documents === null ? [title] : [title, documents[0].trim()];
}

/**
 * A possible or pro memoria item's mark closing its title right before a dash, on a page run into one line (`4. Internal
 * security strategy - draft report on its implementation (poss.) - Information from the Commission 7011/12 …`): the
 * notice prints the mark at the end of the title's line and the points under it, so whatever dash follows the mark
 * opens a point, of the title's own kind or not.
 */
const MARK_BEFORE_DASH = new RegExp(String.raw`[ \t](?:${POSSIBLE_MARK_SOURCE}|${PRO_MEMORIA_MARK_SOURCE})(?=[ \t]+[–—-][ \t]+["“]?\p{L})`, 'u');

/** The mark closing a title before its first dashed point in `title` (see `MARK_BEFORE_DASH`), with a space before it, or null. */
function markBeforeDash(title: string): RegExpExecArray | null {
  return title.includes(')') ? MARK_BEFORE_DASH.exec(title) : null;
}

/**
 * `title` cut before each of `dashes` (the points' dashes), as the notice prints its points one under the other, then
 * `documents` a line of their own; null where there is no dash or a point is longer than a notice's point is.
 */
function cutAtDashes(title: string, documents: RegExpExecArray | null, dashes: readonly RegExpMatchArray[]): string[] | null {
  const starts = dashes.map((match) => match.index ?? 0);
  if (starts.length === 0) return null;
  const bounds = [...starts, title.length];
  const points = starts.map((start, index) => title.slice(start, bounds[index + 1]).trim());
  if (points.some((point) => point.length > DASH_POINT_LENGTH)) return null;
  return [title.slice(0, starts[0]).trim(), ...points.flatMap(pointAndDocuments), ...(documents === null ? [] : [documents[0].trim()])];
}

/** A point cut from a line, and the documents it prints after its words a line of their own, as the notice prints them under it (`- Presentation by Eurojust 8421/13 JAI 270 COSI 38`). */
function pointAndDocuments(point: string): string[] {
  const documents = DOCUMENTS_AFTER.exec(point);
  return documents === null ? [point] : [point.slice(0, documents.index), documents[0].trim()];
}

/** The NB block a notice prints under its last item, run into the item's line (`9. Any other business NB: Delegations …`). */
const NOTE_INSIDE = /(?<=[ \t])N\.?B\.?[ \t]*:[ \t]+(?=\p{Lu})/u;

/**
 * The note a notice prints under its items for those it marks, run into the last item's line (`6. Any other business
 * (*) This item will be discussed … below.`, `… Delegates Portal. * Item on which …`): its mark after a space, before a
 * capital, the note one sentence or more up to the NB block or the piece's end, and the same mark printed earlier in
 * the document, where it calls the note (`… INTCEN (*)`, `… third countries*`): a mark printed once is no note.
 */
const MARKED_NOTE_INSIDE = /(?<=[ \t])(?:\((\*{1,3})\)|(\*{1,3})\)?)[ \t]+(?=\p{Lu})/gu;

/**
 * An item's number or a sub-point's label right before a mark, a possible item's mark between (`4. (*) Terrorist …`,
 * `(b) (poss.) * Follow-up …`): the mark calls a note from its title, it opens none. Looked at in `LABEL_REACH` characters.
 */
const CALL_AFTER_LABEL = new RegExp(String.raw`(?:^|\s)(?:\d{1,2}\.(?:\d{1,2}\.?)?|\(?(?:[a-z]|[ivx]{1,4})\))[ \t]+(?:${ITEM_MARK_SOURCE}[ \t]+)?$`, 'u');
const LABEL_REACH = 40;

/** Every run of stars, for where each mark is first printed. */
const STARS = /\*{1,3}/g;

/** A sentence's end closing a note (`… regulations below.`), and one a note after the NB block follows. */
const NOTE_END = /[.!?]["'”’)\]]{0,2}$/u;

/** Where a document first prints each mark (`*`, `**`): the line's index and the offset in it. */
type FirstMarks = ReadonlyMap<string, { line: number; at: number }>;

function firstMarks(lines: readonly SourceLine[]): FirstMarks {
  const first = new Map<string, { line: number; at: number }>();
  lines.forEach((entry, line) => {
    if (!entry.text.includes('*')) return;
    for (const match of entry.text.matchAll(STARS)) if (!first.has(match[0])) first.set(match[0], { line, at: match.index });
  });
  return first;
}

/** The marked notes of a piece (`MARKED_NOTE_INSIDE`): where each opens, the first after the item's title, any other after a sentence's end. */
function markedNotesInside(piece: string, calledBefore: (mark: string, at: number) => boolean): number[] {
  if (!piece.includes('*')) return [];
  // Each note ends before the NB block after it, else at the piece's end; both ends are looked at through a short window, so that a piece is read in linear time.
  const block = NOTE_INSIDE.exec(piece)?.index ?? -1;
  const endsSentence = (end: number): boolean => NOTE_END.test(piece.slice(Math.max(0, end - 8), end).trimEnd());
  const starts: number[] = [];
  for (const match of piece.matchAll(MARKED_NOTE_INSIDE)) {
    const mark = match[1] ?? match[2] ?? '';
    if (!calledBefore(mark, match.index) || CALL_AFTER_LABEL.test(piece.slice(Math.max(0, match.index - LABEL_REACH), match.index))) continue;
    if (starts.length > 0 && !endsSentence(match.index)) continue;
    if (endsSentence(block > match.index ? block : piece.length)) starts.push(match.index);
  }
  return starts;
}

/**
 * A numbered piece cut before its lettered sub-points, as an agenda prints each on its own line (`3. Schengen: state
 * of play (a) Report … ST 6512 2026 INIT (b) (poss.) Follow-up …`, `(i) … (ii) …`): the labels in sequence from `a` or `i`, all bracketed
 * alike, two at least, each before a capital; and before the notes run into it, each a piece: the NB block and the
 * notes on the items the notice marks (`markedNotesInside`). Any other piece whole.
 */
function subPoints(piece: string, calledBefore: (mark: string, at: number) => boolean): string[] {
  const numbered = /^\d/.test(piece);
  const block = numbered ? NOTE_INSIDE.exec(piece.slice(0, TITLE_RUN)) : null;
  const marked = numbered ? markedNotesInside(piece, calledBefore) : [];
  const notes = [...marked, ...(block === null ? [] : [block.index])].sort((a, b) => a - b);
  const first = notes[0];
  if (first !== undefined) {
    const bounds = [...notes, piece.length];
    const apart = bounds.slice(0, -1).map((start, index) => piece.slice(start, bounds[index + 1]).trim());
    return [...subPoints(piece.slice(0, first).trim(), () => false), ...apart.filter((text) => text !== '')];
  }
  if (!NUMBERED_PIECE.test(piece) || !piece.includes(')')) return [piece];
  const cuts: number[] = [];
  let bracket: string | null = null;
  let roman = false;
  let opening = 'a';
  for (const match of piece.matchAll(SUB_POINT_INSIDE)) {
    const [, open = '', label = ''] = match;
    if (label === expectedLabel(roman, cuts.length, opening) && (bracket === null || open === bracket)) {
      cuts.push(match.index);
      bracket = open;
    } else if (FIRST_LETTERS.has(label) || (label === 'i' && cuts.length < 2)) {
      // A first letter, or a first numeral where no sequence of two has begun.
      cuts.length = 0;
      cuts.push(match.index);
      bracket = open;
      roman = label === 'i';
      opening = roman ? 'a' : label;
    }
  }
  if (cuts.length < 2) cuts.splice(0, cuts.length, ...lowerPointCuts(piece));
  if (cuts.length < 2) return romanPoints(piece);
  const bounds = [0, ...cuts, piece.length];
  return bounds.slice(0, -1).flatMap((start, index) => romanPoints(piece.slice(start, bounds[index + 1]).trim()));
}

/** A list's small Roman numeral with a dot inside a piece, before a capital: `i. Report …`, `ii. Exchange …`. */
const ROMAN_DOT_INSIDE = /(?<=\s)([ivx]{1,4})\.[ \t]+(?=["“]?\p{Lu})/gu;

/**
 * A piece cut before the points it numbers `i.`, `ii.` … under its title, as a word processor numbers a point's own
 * points (`a) State of play i. Report by the Commission ii. Exchange of views`): in sequence from `i`, two at least; any
 * other piece whole.
 */
function romanPoints(piece: string): string[] {
  if (!piece.includes('i.')) return [piece];
  const cuts: number[] = [];
  for (const match of piece.matchAll(ROMAN_DOT_INSIDE)) {
    if (match[1] === ROMAN_LABELS[cuts.length]) cuts.push(match.index);
    else if (match[1] === 'i') cuts.splice(0, cuts.length, match.index);
  }
  if (cuts.length < 2) return [piece];
  const bounds = [0, ...cuts, piece.length];
  return bounds
    .slice(0, -1)
    .map((start, index) => piece.slice(start, bounds[index + 1]).trim())
    .filter((text) => text !== '');
}

/** A clause's end inside a sentence: what comes before a title's cut never ends so. */
const CLAUSE_END = /[,;]$/;

/** A text's first sentence, up to its end (`Member States?`), or the whole text. */
const FIRST_SENTENCE = /^[^.!?]*/u;

/**
 * Names before an infinitive's particle (`COSI to follow up …`, `Europol and CEPOL to develop …`, `Europol et le CEPOL
 * à élaborer …`): the object of the verb before them (a Council conclusions' operative paragraph, `3. INVITES COSI to
 * follow up these conclusions.`), no sentence's subject, so no text opening under a title.
 */
const OBJECT_OF_VERB =
  /^["“]?\p{Lu}[\p{L}'’-]*,?(?:[ \t]+(?:(?:and|or|et|ou|und|e|y)[ \t]+)?(?:(?:the|le|la|les)[ \t]+)?\p{Lu}[\p{L}'’-]*,?){0,5}[ \t]+(?:to|à)[ \t]+\p{Ll}/u;

/** A text up to its first sentence's end, a day's dot (`seit dem 1. Januar 2010`) none. */
const BEFORE_SENTENCE_END = /^(?:[^.!?]|(?<=\d)\.)*/u;

/** A word in lower case: a sentence has one, its verb at least (`The Presidency informed …`). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}/u;

/**
 * Whether a numbered piece cut at a sentence opener gives a title and its text: the title ends in no comma (`2. At its
 * meeting on 17 September 2025, COSI held …` is one sentence), does not open as a sentence's clause (`5. The Presidency
 * invites COSI …`, `Der Ausschuss nahm Kenntnis …`, `Udvalget tog Europols …`: `readsAsClause`), and the text holds a
 * word in lower case in its first sentence (`(a) What measures … with the other Member States?` is one question).
 */
function readsAsTitle(title: string, text: string): boolean {
  if (CLAUSE_END.test(title.trimEnd()) || (readsAsClause(title) && !yearsBeforeClause(title, text))) return false;
  return LOWER_CASE_WORD.test(FIRST_SENTENCE.exec(text)?.[0] ?? '');
}

/** A range of years (`2014-2017`, `2022–2025`). */
const YEAR_RANGE = /^(?:19|20)\d{2}[-–](?:19|20)?\d{2}$/u;

/**
 * Whether a title that opens as a clause does (`The EU policy cycle 2014-2017`) ends on a range of years right before
 * a clause (`On the basis of the first SOCTA, the Council adopted …`): a sentence would have ended before that clause,
 * so the words before it are a heading's.
 */
function yearsBeforeClause(title: string, text: string): boolean {
  return YEAR_RANGE.test(title.trimEnd().split(/\s/u).pop() ?? '') && readsAsClause(text);
}

/** A capitalised word and a lower-case one after it: a clause's subject (`A bizottság tudomásul …`, `Výbor vzal …`). */
const SUBJECT_AND_WORD = /^["“(]?\p{Lu}[\p{L}'’-]*[ \t]+\p{Ll}/u;

/** A sentence's end before a space, whatever follows (`… in May 2024. tools …`): no title holds one. */
const STOP_INSIDE = /[.!?][ \t]/;

/**
 * Where the text of a title run into one line with it begins at a passage withheld (`Divers [...]`, `[…] […]`: the
 * withheld text, printed where its text would stand), or after the marks that withhold the title's rest (`Information
 * from the Presidency: […] The Committee took note …`, where a sentence's subject opens after them). Not inside a sentence
 * withheld in part (`3. The Presidency has consulted … their assessment, DELETED, and …`: a clause, a sentence's end,
 * or a comma before the mark) nor after a word a title goes on from (`… between the DELETED`: a table's cell withheld
 * in part); null then.
 */
function withheldText(rest: string): number | null {
  const marks = withheldAfterTitle(rest);
  if (marks === null) return null;
  if (marks.inTitle) {
    const after = rest.slice(marks.end).trimStart();
    return opensWithOpener(after) || readsAsClause(FIRST_SENTENCE.exec(after)?.[0] ?? after) || SUBJECT_AND_WORD.test(after) ? marks.end : null;
  }
  const title = rest.slice(0, marks.at).trimEnd();
  if (CLAUSE_END.test(title) || STOP_INSIDE.test(title) || readsAsClause(title)) return null;
  return isTitleWord(title.split(/\s/u).pop() ?? '') ? null : marks.at;
}

/**
 * A title closed by a colon right before a point after a dash (`Counter-terrorism: – Draft Council conclusions on …`,
 * the outcome's points, each with its text, printed under the title after an en or em dash): the title ends at the
 * colon, the points are its text. No sentence's end before the colon, and no clause (`The Committee agreed on the
 * following: – …` is one paragraph).
 */
const TITLE_BEFORE_DASHED_POINTS = /^[^.!?:\n]{1,160}:(?=[ \t]+[–—][ \t]+["“]?\p{Lu})/u;

/**
 * Where a sentence opener marks the text's start after the title (`titleEnd`); but where the words before it and after
 * it give no title and text (`readsAsTitle`), the opener is a word inside the text's first sentence (the committee after
 * an object set first: `Борба с организираната престъпност Доклада на председателството го одобри Комитетът.`), and the
 * text starts where a clause follows the title's words (`clauseAfterTitle`), if one does before the opener.
 */
function openerAfterTitle(rest: string, part: boolean): number | null {
  const opener = titleEnd(rest);
  if (opener === null) return opener;
  // the words before the opener that end a sentence hold the text's first sentence after the title (`Zwalczanie
  // przestępczości zorganizowanej Komitet zatwierdził … 13802/25. Delegacje poparły …`): the text starts at its clause
  const before = rest.slice(0, opener);
  if (readsAsTitle(before, rest.slice(opener))) return (STOP_BEFORE_OPENER.test(before) ? clauseAfterTitle(before, part) : null) ?? opener;
  const clause = clauseAfterTitle(rest, part);
  return clause !== null && clause < opener ? clause : opener;
}

/** Words before an opener that end a sentence (`… 13802/25. `), a footnote's call or a closing quote after its stop. */
const STOP_BEFORE_OPENER = /[.!?]["'”’)\]]{0,2}(?:\^\d{1,3})?\s+$/u;

/** A part's Roman numeral opening a piece (`II. `). */
const ROMAN_PART = /^[IVX]{1,4}\.[ \t]/;

/** A piece's number, part's Roman numeral or letter, and the marks before its title (`4. (*) `, `II. `, `b) (poss.) ** `, `Item 2: `, `2) `): no part of the title a text opener is looked for in. */
const NUMBER_AND_MARKS = new RegExp(
  String.raw`^(?:${JOINT_DOTTED_SOURCE}|${JOINT_WORDED_SOURCE}|${WORDED_NUMBER_SOURCE}|\d{1,2}\.(?:\d{1,2}\.?)?|[IVX]{1,4}\.|\(?(?:[a-z]|[α-ωа-я]|[ivx]{2,4})\))[ \t]+(?:${ITEM_MARK_SOURCE}[ \t]+)?(?:(?:\(\*{1,3}\)|\*{1,3}\)?)[ \t]+)?`,
  'u',
);

/**
 * A numbered or lettered piece cut into its title and text where an opener marks the text's start, the documents after
 * its title a line of their own either way; other pieces whole.
 */

function titleAndText(piece: string, line: number): SourceLine[] {
  const number = NUMBER_AND_MARKS.exec(piece);
  if (number === null) return [{ text: piece, line }];
  const marked = markedTitle(piece);
  if (marked !== null) return marked.map((text) => ({ text, line }));
  const rest = piece.slice(number[0].length);
  // a question is one sentence from its first word (a questionnaire's `1. Hat Ihr Mitgliedstaat eine Behörde benannt?`),
  // unless a title runs on into it (`2. Questions to delegations Do Member States agree …?`, `Ερωτήσεις προς τις
  // αντιπροσωπίες Είναι τα κράτη μέλη …;`): the question opens at its verb or question's word
  const question = questionAfterTitle(rest);
  const found =
    question ??
    (rest.charAt(BEFORE_SENTENCE_END.exec(rest)?.[0].length ?? 0) === '?'
      ? null
      : (clauseAfterHeadingWord(rest) ??
        openerAfterTitle(rest, ROMAN_PART.test(number[0])) ??
        introductionEnd(rest) ??
        clauseAfterTitle(rest, ROMAN_PART.test(number[0]))));
  // The documents an agenda item prints under its title; an opener among them is a code of theirs (`9402/13 JAI 355 COSI 52`).
  const documents = DOCUMENTS_AFTER.exec(piece);
  const amongDocuments = found !== null && documents !== null && number[0].length + found > documents.index;
  // a numbered "any other business" and the sentence after it (`4. Divers Aucun point n'a été soulevé.`, `4. AOB None.`)
  const otherBusiness = otherBusinessTextAt(rest);
  const opened =
    otherBusiness ??
    (found !== null &&
    !amongDocuments &&
    // a part's heading is no verb before its object (`I. Introduction Conformément à l'article …`)
    (ROMAN_PART.test(number[0]) || !OBJECT_OF_VERB.test(rest.slice(found))) &&
    readsAsTitle(rest.slice(0, found), rest.slice(found))
      ? found
      : null);
  const withheld = withheldText(rest);
  // a title closed by a colon over its dashed points ends there, before any other start of its text
  const colon = TITLE_BEFORE_DASHED_POINTS.exec(rest)?.[0].length ?? null;
  const introduced = colon !== null && !readsAsClause(rest.slice(0, colon - 1)) ? colon : null;
  const end =
    introduced !== null && (documents === null || number[0].length + introduced < documents.index)
      ? introduced
      : withheld !== null && (opened === null || withheld < opened) && (documents === null || number[0].length + withheld < documents.index)
        ? withheld
        : opened;
  if (end === null) {
    return documents === null
      ? [{ text: piece, line }]
      : [
          { text: piece.slice(0, documents.index), line },
          { text: documents[0].trim(), line },
        ];
  }
  // the documents printed under the title, before the text (`2. EMPACT – state of play 13990/25 COSI took note …`): a line of their own
  const title = `${number[0]}${rest.slice(0, end).trim()}`;
  const listed = DOCUMENTS_AFTER.exec(title);
  const heading =
    listed === null
      ? [{ text: title, line }]
      : [
          { text: title.slice(0, listed.index), line },
          { text: listed[0].trim(), line },
        ];
  return [...heading, { text: '', line }, { text: rest.slice(end).trim(), line }];
}

import { append } from '../../../../src/shared/lists.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { MONTH } from './head-anchors.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

/** A single letter or dotted initials before the final dot: `p`, `e.g`, `i.e`, `U.S`. */
const INITIALS = /^(?:[A-Za-z]\.)*[A-Za-z]$/;

/** Candidate sentence ends inside a paragraph: terminal punctuation with any closing quotes, brackets or emphasis, before whitespace. A run of dots is only tried from its start, so a dotted leader line stays linear. */
const CANDIDATE_END = /(?<![.!?])[.!?]+[)\]"'”’*_]*(?=\s)/g;

/** Text that ends a sentence, closing quotes, brackets and emphasis aside. */
const TERMINATED = /[.!?][)\]"'”’*_]*\s*$/;

/** The first line of a list item: a bullet (`-`, `*`, `•`, `–`) or a letter or number in brackets (`a)`, `(ii)`). */
const LIST_ITEM = /^\s*(?:[-*•–]\s|\(?[a-z0-9]{1,4}\)\s)/;

/** Prefixes that make an ordinary lower-case word of a name (`non-EU`, `pre-COVID`, `intra-Schengen`), after `etc.` or `incl.` mid-sentence. */
const NAME_PREFIXES = String.raw`(?:non|pre|post|anti|pro|intra|extra|inter|pan|cross|trans|sub|co|ex|mid|multi|un)-`;

/**
 * A name written in lower case but for a capital inside it (`eu-LISA`, `eu-LISA's`, `eIDAS`, `ePrivacy`, `iOS`): it
 * starts a sentence as it stands, where an ordinary lower-case word goes on with the one before.
 */
const LOWER_CASE_NAME = new RegExp(String.raw`^(?!${NAME_PREFIXES})\p{Ll}[\p{L}\p{N}'’-]*?\p{Lu}`, 'u');

/** How much of the text after a candidate end is read to tell the next word: more than the longest lower-case name. */
const NEXT_WORD_WINDOW = 40;

/**
 * A day's number, as the word before a dot: `am 9. Dezember 2025`, `vom 3. März`; the second of two days as German
 * prints them, the first with its dot and a slash or dash (`am 7./8. Dezember 2017`, `vom 7.-8. Dezember`).
 */
const DAY_NUMBER = /^(?:\d{1,2}\.?[/–-])?\d{1,2}$/;

/**
 * A month's name in any official language and its year opening the text after a day's dot (the German capitalises the
 * month: `9. Dezember 2025`); without its year the month may open a sentence (`… points 1 to 4. May we …`).
 */
const MONTH_NEXT = new RegExp(String.raw`^(?:${MONTH})[ \t]+\d{4}(?![\p{N}])`, 'u');

/**
 * The Polish year's abbreviation after its year, as the text before its dot ends (`… 30 stycznia 2026 r`): it ends a
 * sentence where a capital follows (`… w dniach 29 i 30 stycznia 2026 r. COSI przyjął do wiadomości …`), as the
 * Bulgarian `2026 г.` does, unless the sentence so far is the date alone (YEARS_DATE_ONLY).
 */
const YEARS_ABBREVIATION = /(?<![\p{L}\p{N}])\d{4}[ \u00a0]r$/u;

/** A sentence so far that is only a date, maybe after a preposition of two words at most: `W dniu 3 marca 2026 r`, `Od 1 stycznia 2026 r`, `W dniach 29 i 30 stycznia 2026 r`. */
const YEARS_DATE_ONLY = /^(?:\p{L}{1,8}[ \u00a0]){0,2}\d{1,2}(?:[ \u00a0](?:i|-|–)[ \u00a0]\d{1,2}|[-–]\d{1,2})?[ \u00a0]\p{L}{3,12}[ \u00a0]\d{4}[ \u00a0]r$/u;

/** How much of the sentence before a year's `r.` is read to tell a date alone: more than the longest YEARS_DATE_ONLY. */
const YEARS_DATE_WINDOW = 60;

/**
 * The Hungarian page after its number, as the text before its dot ends (`… 2016.5.24., 53. o`, oldal): a letter alone,
 * read as an initial elsewhere, it ends a sentence where a capital follows (`… 53. o. Lásd még …`).
 */
const PAGE_AFTER_NUMBER = /(?<![\p{L}\p{N}])\d{1,5}\.[ \u00a0]o$/u;

/** A character that ends the word before a dot when read backwards: whitespace or an opening bracket. */
const WORD_BOUNDARY = /[\s([]/;

/** WORD_BOUNDARY's answer for each ASCII character, read from the pattern itself: most characters before a dot are ASCII. */
const ASCII_BOUNDARY: readonly boolean[] = Array.from({ length: 128 }, (_, code) => WORD_BOUNDARY.test(String.fromCharCode(code)));

/** Whether the UTF-16 unit `code` is a WORD_BOUNDARY character. */
function isWordBoundary(code: number): boolean {
  return code < 128 ? (ASCII_BOUNDARY[code] ?? false) : WORD_BOUNDARY.test(String.fromCharCode(code));
}

/** A block of lines: a paragraph, or a list (consecutive list items with their wrapped lines, blank lines between items allowed). */
interface Block {
  list: boolean;
  lines: string[];
}

function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block | undefined;
  let blank = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    const item = LIST_ITEM.test(line);
    const continues = current !== undefined && (item ? current.list : !blank);
    if (current === undefined || !continues) {
      current = { list: item, lines: [] };
      result.push(current);
    }
    current.lines.push(line);
    blank = false;
  }
  return result;
}

/** Whether the dot ending `before` belongs to an abbreviation rather than ending a sentence. */
function endsWithAbbreviation(before: string): boolean {
  const word = lastWord(before).replace(/^[*_"'“‘]+/, '');
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

/**
 * The word just before a dot: what follows the last whitespace or opening bracket. Read backwards from the end, since a
 * `$`-anchored pattern would be tried from every position of the text.
 */
function lastWord(before: string): string {
  let start = before.length;
  while (start > 0 && !isWordBoundary(before.charCodeAt(start - 1))) start -= 1;
  return before.slice(start);
}

/**
 * The sentences of one paragraph or list item, split at terminal punctuation followed by a character that is not a
 * lower-case letter, or by a lower-case name; never at an abbreviation's dot or a day's before its month.
 */
function paragraphSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of allMatches(CANDIDATE_END, text)) {
    const end = match.index + match[0].length;
    const next = text.slice(end, end + NEXT_WORD_WINDOW).trimStart();
    if (/^\p{Ll}/u.test(next) && !LOWER_CASE_NAME.test(next)) continue;
    if (
      match[0].startsWith('.') &&
      endsWithAbbreviation(text.slice(Math.max(start, match.index - 40), match.index)) &&
      !endsYearsSentence(text, start, match.index, next) &&
      !(/^\p{Lu}/u.test(next) && PAGE_AFTER_NUMBER.test(text.slice(Math.max(start, match.index - 9), match.index)))
    )
      continue;
    // a day's dot before its month is no sentence's end (`… in seiner Sitzung am 9. Dezember 2025 auf die Frage …`)
    if (match[0] === '.' && MONTH_NEXT.test(next) && DAY_NUMBER.test(lastWord(text.slice(Math.max(start, match.index - 8), match.index)))) continue;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences;
}

/**
 * Whether the dot at `at` after a year's `r` ends the sentence opened at `start`: a capital follows and the sentence so
 * far is more than the date (`Komisja przedstawiła sprawozdanie z 3 marca 2026 r. COSI …`, where `Od 1 stycznia 2026
 * r. Europol …` goes on).
 */
function endsYearsSentence(text: string, start: number, at: number, next: string): boolean {
  if (!/^\p{Lu}/u.test(next)) return false;
  const before = text.slice(Math.max(start, at - 8), at);
  if (!YEARS_ABBREVIATION.test(before)) return false;
  if (at - start > YEARS_DATE_WINDOW) return true;
  return !YEARS_DATE_ONLY.test(text.slice(start, at).trim());
}

/**
 * Whitespace other than single spaces between words: a text without it needs trimming only. `\s` but the space, its
 * characters named (as `[^\S ]` they were searched twice as slowly).
 */
const UNCOLLAPSED = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Whitespace collapsed to single spaces, ends trimmed. */
function collapse(text: string): string {
  return (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * One sentence of a plain text. A sentence that introduces a list (`COSI agreed:` and its points) keeps its parts:
 * the text before the list and each point without its bullet, so that what is said of each point can be read apart.
 */
export interface Sentence {
  /** The whole sentence, trimmed, its whitespace collapsed to single spaces. */
  text: string;
  /** The text before the list, collapsed; null for a sentence without a list. */
  lead: string | null;
  /** The list's points, each collapsed and without its bullet; empty for a sentence without a list. */
  points: string[];
}

/**
 * The sentences of a plain text, in order, each trimmed with its whitespace collapsed to single spaces.
 * Paragraphs (blocks separated by a blank line) and list items always end sentences; inside them a
 * sentence ends at `.`, `!` or `?` followed by whitespace and a character that is not a lower-case
 * letter or by a lower-case name (`eu-LISA`, `eIDAS`), unless the dot ends an abbreviation (`No.`,
 * `e.g.`, `Art.`, `p.`). Dots inside numbers (`6.4.2021`, `6.1`) are never followed by whitespace. A sentence left open before a list
 * (`The Committee took note of`, `COSI agreed:`) extends over the whole list.
 */
export function splitSentences(text: string): string[] {
  return sentenceUnits(text).map((sentence) => sentence.text);
}

/** The sentences of a plain text as splitSentences cuts them, a sentence that introduces a list with its lead and points. */
export function sentenceUnits(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const plain = (value: string): Sentence => ({ text: value, lead: null, points: [] });
  let open: string | undefined;
  for (const block of blocks(text)) {
    if (block.list && open !== undefined) {
      const points = splitListItems(block.lines).map((point) => collapse(point.replace(LIST_ITEM, '')));
      sentences.push({ text: collapse(`${open} ${block.lines.join('\n')}`), lead: collapse(open), points });
      open = undefined;
      continue;
    }
    if (open !== undefined) sentences.push(plain(collapse(open)));
    open = undefined;
    const units = block.list ? splitListItems(block.lines) : [block.lines.join('\n')];
    for (const unit of units)
      append(
        sentences,
        paragraphSentences(unit).map((sentence) => plain(collapse(sentence))),
      );
    const last = sentences.at(-1)?.text;
    if (!block.list && last !== undefined && !TERMINATED.test(last)) open = sentences.pop()?.text;
  }
  if (open !== undefined) sentences.push(plain(collapse(open)));
  return sentences.filter((sentence) => sentence.text !== '');
}

/**
 * The sentences of a title above a body (`${title}\n\n${body}`, an item's or a section's text as its citations read it),
 * `units` being the body's own (sentenceUnits of `body`): the title's sentences, then the body's. The blank line ends the
 * title's block and its last sentence, so that a body opening with a paragraph is read as it is alone; one opening with a
 * list item is split again with its title, whose open sentence leads the list (`Conclusions on …` / `- …`) or whose own
 * list it continues.
 */
export function titledSentences(title: string, body: string, units: readonly Sentence[]): string[] {
  if (opensWithListItem(body)) return splitSentences(`${title}\n\n${body}`);
  return [...splitSentences(title), ...units.map((sentence) => sentence.text)];
}

/** Whether the first line of a text that is not blank is a list item, as blocks reads it. */
function opensWithListItem(text: string): boolean {
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return LIST_ITEM.test(line);
    if (end === -1) return false;
    start = end + 1;
  }
  return false;
}

/** The items of a list block, each with its wrapped lines. */
function splitListItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (LIST_ITEM.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}

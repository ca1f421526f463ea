/**
 * A cover note's sender, recipient and subject where a copy lost those three labels but kept the others, as a viewer
 * copies the header table (`Secretary-General of the European Commission, signed by Ms Martine DEPREZ, Director` /
 * `date of receipt: 3 October 2025` / `Ms Thérèse BLANCHET, Secretary-General of the Council of the European Union` /
 * `No. Cion doc.: SWD(2025) 123 final` / the subject): the labels kept anchor the rows that lost theirs. The sender is the
 * line right above the first label kept, the recipient the lines under the day a date's label gives, the subject the
 * lines under the Commission document's number; each only where it has the shape that row has in every version (a
 * person's name in capitals and an office after a comma, a subject after a number). Plain `pdftotext` prints a blank line
 * after each row: the recipient is then the paragraph under the day, the subject the paragraph under the number; a page
 * run into one line prints the sender after the kind line's last word.
 */
import { documentIds } from '../references/added-versions.ts';
import { parseDates } from '../text/date-expressions.ts';
import type { LabelBlock, LabelValue } from './label-values.ts';
import { holdsUnreadText } from './reference-values.ts';
import { BLANK_LINE } from './value-shapes.ts';

/** A person's surname as a header prints it, in capitals (`DEPREZ`, `AYET PUIGARNAU`, `TRANHOLM-MIKKELSEN`, `DEPREZOVÁ`). */
const SURNAME = /(?<![\p{L}])\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*(?![\p{L}])/u;

/** A letter in small type: a person-and-office line holds words in small letters, a kind line in capitals none. */
const SMALL_LETTER = /\p{Ll}/u;

/** A line that ends a sentence: the body's, never a sender's or recipient's. */
const SENTENCE_END = /[.!?:;]$/;

/** The most characters of a sender's or recipient's line (the longest office the versions print is below 120). */
const MAX_PERSON_LINE = 200;

/**
 * A person's given name and surname closing a line, as the versions that print the office first and the signatory last
 * print a cover note's sender (`Europos Komisijos generalinės sekretorės vardu – direktorė Martine DEPREZ`, `Euroopan
 * komission pääsihteerin puolesta johtaja Martine DEPREZ`), with no comma.
 */
const NAME_AT_END = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*$/u;

/**
 * Whether a line is a person with an office, as a cover note's sender or recipient prints it (`Secretary-General of the
 * European Commission, signed by Ms Martine DEPREZ, Director`, `Thérèse BLANCHET, az Európai Unió Tanácsának
 * főtitkára`): a surname in capitals, a comma (or the given name and surname closing the line, NAME_AT_END), words in
 * small letters, no sentence's end.
 */
export function isPersonLine(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= MAX_PERSON_LINE &&
    (text.includes(',') || NAME_AT_END.test(text)) &&
    SURNAME.test(text) &&
    SMALL_LETTER.test(text) &&
    !SENTENCE_END.test(text)
  );
}

/** A word of capitals and the spaces after it (the kind line's last word, `NOTE`, `ÜBERMITTLUNGSVERMERK`): where a sender run on after it may open. */
const AFTER_CAPITALS = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])[ \t]+(?=\S)/gu;

/** A figure: a person-and-office line has none (a date, a number or a code before it is the header's). */
const FIGURE = /\p{N}/u;

/**
 * The sender printed without its label right above the first label kept: its line's start and its text, or null. On a
 * page run into one line, the sender is the run right before the label that opens after a word of capitals (the kind
 * line's last, `… COVER NOTE Secretary-General of the European Commission, signed by …, Director date of receipt: …`),
 * with a title, a given name or an office first and no figure in it: the longest such run.
 */
export function senderAbove(plain: string, blockStart: number): { start: number; text: string } | null {
  const before = plain.slice(0, blockStart).trimEnd();
  const start = before.lastIndexOf('\n') + 1;
  const text = before.slice(start);
  if (start > 0 && isPersonLine(text)) return { start: start + (text.length - text.trimStart().length), text: text.trim() };
  for (const match of text.matchAll(AFTER_CAPITALS)) {
    const at = match.index + match[0].length;
    const rest = text.slice(at);
    if (rest.length <= MAX_PERSON_LINE && !FIGURE.test(rest) && opensPersonLine(rest)) return { start: start + at, text: rest.trim() };
  }
  return null;
}

/** The most characters of a value's first part (a day, a document's number) before the row that lost its label. */
const MAX_HEAD = 60;

/**
 * A value cut where the row that lost its label begins: after its first line, or, where a copy joined the two lines
 * (`3 октомври 2025 г. г-жа Thérèse BLANCHET, …`), at a space within MAX_HEAD characters where the part before is what
 * `head` accepts and the part after what `rest` accepts, the first such space or the last (`longestFirst`); the offset
 * of the rest in the value, or null.
 */
function cutValue(
  value: string,
  head: (text: string) => boolean,
  rest: (text: string) => boolean,
  longestFirst: boolean,
): { first: string; rest: string; at: number } | null {
  const lead = value.length - value.trimStart().length;
  const text = value.trim();
  const breakAt = text.indexOf('\n');
  const spaces = [...text.slice(0, MAX_HEAD).matchAll(/[ \t]+/g)].map((space) => space.index);
  const cuts = breakAt !== -1 ? [breakAt] : longestFirst ? spaces.reverse() : spaces;
  for (const cut of cuts) {
    const first = text.slice(0, cut).trim();
    const after = text.slice(cut);
    const trimmed = after.trimStart();
    if (first !== '' && trimmed !== '' && head(first) && rest(trimmed))
      return { first, rest: trimmed.trimEnd(), at: lead + cut + (after.length - trimmed.length) };
  }
  return null;
}

/** A person-and-office line's first word: a title or a given name, two letters or more, not all capitals (`Ms`, `г-жа`, `Thérèse`). */
const PERSON_OPENING = /^[\p{L}][\p{L}.ª-]*[\p{Ll}ª][\p{L}.ª-]*(?=[ \t,])/u;

/** Whether a text is a person with an office opening with a title or given name (never with the rest of a day, `г.`, `r.`). */
function opensPersonLine(text: string): boolean {
  return PERSON_OPENING.test(text) && isPersonLine(text);
}

/**
 * The paragraph of `text` that opens at `from` after blank lines, up to the next blank line, where `accepts` takes it
 * (trimmed): its start, its text as printed and where it ends; null otherwise.
 */
function paragraphAt(text: string, from: number, accepts: (paragraph: string) => boolean): { start: number; text: string; end: number } | null {
  const lead = /^\s*/.exec(text.slice(from))?.[0].length ?? 0;
  const start = from + lead;
  const blank = BLANK_LINE.exec(text.slice(start));
  const end = blank === null ? text.length : start + blank.index;
  const paragraph = text.slice(start, end);
  return paragraph.trim() !== '' && accepts(paragraph.trim()) ? { start, text: paragraph.trimEnd(), end } : null;
}

/** The most characters of a subject printed under the Commission document's number in a paragraph of its own. */
const MAX_SUBJECT = 600;

/** Whether a paragraph may be the subject under the Commission document's number: no sentence's end closes it, no paragraph number opens it. */
function isSubjectParagraph(text: string): boolean {
  return text.length <= MAX_SUBJECT && !SENTENCE_END.test(text) && !/^\d{1,2}\.[ \t]/.test(text);
}

/** Whether a value's first part is a Commission document's number and nothing else (`SWD(2025) 123 final`). */
function isNumberOnly(text: string): boolean {
  return documentIds(text).length > 0 && !holdsUnreadText(text);
}

/**
 * The block's values with the rows that lost their labels read out of the values they ran into: the lines under a
 * day after a label (`date of receipt: 3 October 2025` / `Ms Thérèse BLANCHET, …`) as the recipient where they are a
 * person with an office, the lines under the Commission document's number (`No. Cion doc.: SWD(2025) 123 final` /
 * `COMMISSION STAFF WORKING DOCUMENT …`) as the subject; the sender above the block (`senderAbove`) first.
 */
export function withUnlabelledRows(block: LabelBlock, sender: { start: number; text: string } | null, text: string): LabelBlock {
  const values: LabelValue[] = sender === null ? [] : [{ field: 'from', label: '', value: sender.text, start: sender.start }];
  let otherText = block.otherText;
  let recipient = false;
  let subject = false;
  for (const value of block.values) {
    const isDay = !recipient && value.field === 'other' && parseDates(value.value).length > 0;
    const day = !recipient && value.field === 'other' ? cutValue(value.value, (part) => parseDates(part).length > 0, opensPersonLine, false) : null;
    // a number the whole value is (`SWD(2025) 123 final`) is never cut inside (`SWD(2025) 123` / `final`)
    const number = !subject && value.field === 'commission' && !isNumberOnly(value.value.trim()) ? cutValue(value.value, isNumberOnly, () => true, true) : null;
    if (day !== null) {
      recipient = true;
      values.push({ ...value, value: day.first }, { field: 'to', label: '', value: day.rest, start: value.start + day.at });
      continue;
    }
    if (number !== null) {
      subject = true;
      values.push({ ...value, value: number.first }, { field: 'subject', label: '', value: number.rest, start: value.start + number.at });
      continue;
    }
    values.push(value);
    // plain `pdftotext`: the recipient is the paragraph under the day, after a blank line
    const under = isDay ? otherText.find((other) => other.start > value.start && other.start <= value.start + value.value.length + 1) : undefined;
    const person = under === undefined ? null : paragraphAt(under.text, 0, opensPersonLine);
    if (under !== undefined && person !== null && under.text.slice(person.end).trim() === '') {
      recipient = true;
      values.push({ field: 'to', label: '', value: person.text, start: under.start + person.start });
      otherText = otherText.filter((other) => other !== under);
    }
  }
  // plain `pdftotext`: the subject is the paragraph under the Commission document's number, where the block ended
  const last = block.values[block.values.length - 1];
  const below = !subject && last?.field === 'commission' && isNumberOnly(last.value.trim()) ? paragraphAt(text, block.end, isSubjectParagraph) : null;
  if (below === null) return { ...block, values, otherText };
  values.push({ field: 'subject', label: '', value: below.text, start: below.start });
  return { ...block, values, otherText, end: below.end + 1 };
}

/**
 * A notice's page footer that plain `pdftotext` printed in two pieces, kept apart by a page run into one line: its
 * number before the page's last row of items (`… 10.00 – 11.30 CM 3105/25 4. (posiblemente) Proyecto …`), its page
 * and language ending the line (`… sobre la 1 ES`).
 */
import type { WithoutFooters } from './inline-footers.ts';
import { FOOTER_LANGUAGES, MARKING_SOURCE } from './vocabulary.ts';

/** A page's number and language ending a line, after text, its marking maybe before them: the second piece of a footer printed in two. */
const PAGE_AND_LANGUAGE_AT_END = new RegExp(String.raw`(?<=\S)([ \t]+${MARKING_SOURCE})?[ \t]+\d{1,3}[ \t]+${FOOTER_LANGUAGES}[ \t]*$`);

/** The first document number of a line (`CM 3105/25`, `6890/26`): on a notice's first page, its own number under its date. */
const FIRST_NUMBER = /(?<![^ \t])(?:CM[ \t])?\d{1,6}(?:\/\d{1,2})?\/\d{2,4}(?![0-9])/;

/** A notice's number standing as a word of its own (`CM 3105/25`, `CM 1234/1/26 REV 1`), a notice's footer's first piece. */
const NOTICE_NUMBER = /(?<![^ \t])CM[ \t]\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:REV|ADD|COR)[ \t]?\d{1,2}){0,3}(?![^ \t])/g;

/**
 * The line without a notice's footer printed in two pieces, or null where it holds none: the line ends in a page's
 * number and language (its marking maybe before them), and the last notice number inside it is one its page already
 * printed (its first page's header: the line's first document number) or one an earlier page's footer did (`seen`, which
 * collects the numbers read): a notice an outcome or another notice cites is none. A footer whole with its marking
 * between number and page (`CM 1420/25 LIMITE 1 DE`) is taken out too.
 * The text on both sides of the number is joined with one space; the page ends there.
 */
export function removeSplitNoticeFooter(text: string, seen: Set<string>): WithoutFooters | null {
  if (!text.includes('CM')) return null;
  const end = PAGE_AND_LANGUAGE_AT_END.exec(text);
  if (end === null) return null;
  const numbers = [...text.slice(0, end.index).matchAll(NOTICE_NUMBER)].map((match) => ({
    at: match.index,
    printed: match[0],
    number: match[0].replace(/[ \t]+/g, ' '),
  }));
  const last = numbers[numbers.length - 1];
  // The page's own number is the line's first document number, printed again by the footer.
  const own = numbers.length > 1 && numbers[0]?.at === FIRST_NUMBER.exec(text)?.index && numbers[0]?.number === last?.number;
  if (last === undefined || (!own && !seen.has(last.number))) return null;
  const before = text.slice(0, last.at).trimEnd();
  const after = text.slice(last.at + last.printed.length, end.index).trim();
  // A number right before the page's number is the footer whole, which inline-footers.ts reads but with its marking between.
  if (after === '' && end[1] === undefined) return null;
  seen.add(last.number);
  return { text: [before, after].filter((part) => part !== '').join(' '), endsPage: true };
}

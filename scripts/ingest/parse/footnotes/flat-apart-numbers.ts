/** Footnote numbers plain `pdftotext` printed apart from their texts, on a page run into one line, set back before them. */
import { splitSentences } from '../text/sentences.ts';
import { DOCUMENT_NUMBER_SOURCE } from '../text/vocabulary.ts';
import { wrappedAddressEnd } from '../text/flat-hyphens.ts';

/**
 * A run of footnote numbers printed apart after the sentence that ends a page run into one line (`… février 2026. 1 2
 * COM(2020) 605 final. Doc. 5512/26.`), or after the word where the page break cut its last sentence (`… torture or
 * other 4 5 6 7 10583/24. …`, `… organised crime, 11 12 …`; after a call glued to the full stop, `… (eu-LISA).42 40 41 42 …`): one to nine numbers one space apart, before a text opening with a capital, a digit, a
 * bracket or an address. Groups: the run.
 */
const APART_RUN = /(?<=(?:[.!?]["'”’)\]]{0,2}\d{0,3}|\p{L}[,;:]?)[ \t]{1,3})((?:\d{1,3}[ \t]{1,3}){1,9})(?=["“„«(]?[\p{Lu}\p{N}]|https?:\/\/)/gu;

/**
 * Such a run whose first number plain `pdftotext` glued to the page's last word, where it dropped the hyphen that cut
 * that word at the page's end (`… on working proced1 2 3 16515/09. 10010/20. 13575/23.`, `ures` opening the next page):
 * the word's letters, then the run (its first number glued, one to eight more apart). Groups: the run.
 */
const GLUED_RUN = /(?<=\p{L})(\d{1,3}(?:[ \t]{1,3}\d{1,3}){1,8}[ \t]{1,3})(?=["“„«(]?[\p{Lu}\p{N}]|https?:\/\/)/gu;

/** A page's text that ends a sentence (`… 2026.`, `… (COSI).”`, its call glued after the full stop, `… (eu-LISA).42`). */
const ENDS_SENTENCE = /[.!?]["'”’)\]]{0,2}\d{0,3}[ \t]*$/u;

/**
 * A text that ends with a figure and its dot (`13083/1/20 REV 1.`), after which a number one space apart reads as a
 * paragraph's number's footnote number (`3.1 2 …`), not a footnote's.
 */
const ENDS_WITH_FIGURE = /(?:^|[ \t])\d{1,2}\.[ \t]*$/u;

/** `-layout`'s gap between a footnote's number and its text, which a `-layout` page run into one line keeps. */
const LAYOUT_GAP = '      ';

/**
 * A page's text before its footer (`foot`) with the last run of footnote numbers printed apart, in sequence, each set
 * back before its text (`1 2 COM(2020) 605 final. Doc. 5512/26.` → `1 COM(2020) 605 final. 2 Doc. 5512/26.`), where
 * the texts after the run pair with its numbers (`pairedTexts`): as many sentences as numbers, or as many opening with
 * a document's number or an address, the first among them. A run of one number is set back only where it is `next`,
 * the number the page's footnotes go on from. Where the run follows a word the page break cut (`… or other 4 5 …`,
 * `… working proced1 2 …`), the first footnote is set apart by `-layout`'s gap, as a `-layout` page run into one line
 * prints it there, and a word whose hyphen plain `pdftotext` dropped to glue the number to it gets it back (`… working
 * proced- 1      16515/09. 2 …`). Other texts as they are.
 */
export function apartNumbersRestacked(foot: string, next: number | null = null): string {
  if (!/\d[ \t]{1,3}[\d\p{Lu}h]/u.test(foot)) return foot;
  // The last run in sequence: of two numbers or more, or of `next` alone (`of 13 June` in a footnote's text is none).
  const run = [...foot.matchAll(APART_RUN), ...foot.matchAll(GLUED_RUN)]
    .map((match) => ({ match, numbers: runNumbers(match[1] ?? '') }))
    .filter(({ numbers }) => numbers.length > 1 || numbers[0] === next)
    .sort((a, b) => a.match.index - b.match.index)
    .at(-1);
  if (run === undefined) return foot;
  const { match, numbers } = run;
  const texts = pairedTexts(withAddresses(withAbbreviations(splitSentences(foot.slice(match.index + (match[1] ?? '').length)))), numbers.length);
  if (texts === null) return foot;
  const space = foot.length - foot.trimEnd().length;
  const before = foot.slice(0, match.index);
  const glued = /\p{L}$/u.test(before);
  const cut = glued || !ENDS_SENTENCE.test(before);
  const footnotes = texts.map((text, index) => {
    const apart = index === 0 ? cut : !ENDS_SENTENCE.test(texts[index - 1] ?? '') || ENDS_WITH_FIGURE.test(texts[index - 1] ?? '');
    return `${numbers[index] ?? ''}${apart ? LAYOUT_GAP : ' '}${text}`;
  });
  return `${before}${glued ? '- ' : ''}${footnotes.join(' ')}${foot.slice(foot.length - space)}`;
}

/** The numbers of a run, or none where one is not the one before it and one (`1 3`). */
function runNumbers(run: string): number[] {
  const numbers = run
    .trim()
    .split(/[ \t]+/u)
    .map(Number);
  return numbers.some((number, index) => index > 0 && number !== (numbers[index - 1] ?? 0) + 1) ? [] : numbers;
}

/** A footnote's text that opens with a document's number or an address (`16754/24.`, `WK 2345/2026`, `https://…`). */
const OPENS_WITH_REFERENCE = new RegExp(String.raw`^(?:${DOCUMENT_NUMBER_SOURCE}(?![\p{N}/])|https?:\/\/)`, 'u');

/**
 * The texts of `count` footnotes out of the sentences after their numbers: the sentences themselves where they are as
 * many; else, where exactly `count` of them open with a document's number or an address and the first does, each such
 * sentence with the others after it (`16754/24.`, `8665/21. The ten (10) EU crime priorities … are: …`), as the
 * Council's footnotes cite a document and may say more of it; null where the pairing is uncertain.
 */
function pairedTexts(sentences: readonly string[], count: number): string[] | null {
  if (sentences.length === count) return [...sentences];
  if (sentences.length < count) {
    const apart = sentences.flatMap(bareReferences);
    return apart.length === count ? apart : null;
  }
  const opening = sentences.map((sentence) => OPENS_WITH_REFERENCE.test(sentence.trim()));
  if (opening[0] !== true || opening.filter(Boolean).length !== count) return null;
  const texts: string[] = [];
  sentences.forEach((sentence, index) => {
    if (opening[index] === true) texts.push(sentence.trim());
    else texts[texts.length - 1] = `${texts.at(-1) ?? ''} ${sentence.trim()}`;
  });
  return texts;
}

/** A document's number, its dot allowed (`10854/15`, `9798/15.`, `14470/1/25 REV 1`), each as it stands in a sentence. */
const BARE_REFERENCE = new RegExp(String.raw`${DOCUMENT_NUMBER_SOURCE}\.?(?=[ \t]|$)`, 'gu');

/**
 * A sentence made of document numbers alone (`10854/15 9798/15`: footnotes that cite a document each, printed without
 * a full stop, so that no sentence ends between them) cut into one text a number, a number's suffix with it (`9798/15
 * ADD 1`); any other sentence as it is.
 */
function bareReferences(sentence: string): string[] {
  const trimmed = sentence.trim();
  const pieces = [...trimmed.matchAll(BARE_REFERENCE)].map((match) => match[0]);
  return pieces.length > 1 && pieces.join(' ') === trimmed.replace(/[ \t]+/gu, ' ') ? pieces : [sentence];
}

/** A piece of one short word and its dot: an abbreviation (`Dok.`, `Bkz.`, `Pkt.`), no sentence. */
const ABBREVIATION = /^\p{L}{1,5}\.$/u;

/** Sentences with a one-word piece, an abbreviation the sentence reader does not know (`Dok.`, `Bkz.`), joined to the next (`Dok. 5512/26.`). */
function withAbbreviations(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  let open = '';
  for (const sentence of sentences) {
    if (ABBREVIATION.test(sentence.trim())) open = `${open}${sentence.trim()} `;
    else {
      joined.push(`${open}${sentence}`);
      open = '';
    }
  }
  return open === '' ? joined : [...joined, open.trim()];
}

/** Where an address begins in a footnote's text (`https://www.europol.europa.eu/…`). */
const ADDRESS = /(?<=^|[ \t])https?:\/\//gu;

/** What opens a text after an address: a capital, a figure, a quote or bracket before one, or another address. */
const OPENS_AFTER_ADDRESS = /^[ \t]+(?:["“„«(]?[\p{Lu}\p{N}]|https?:\/\/)/u;

/**
 * Sentences with the addresses a footnote gives alone set apart from the texts beside them (`https://…networks
 * 11153/24.` → `https://…networks`, `11153/24.`): a text ends before an address and after one where a capital, a figure
 * or another address follows it; the rest of an address its line wrapped stays with it (`…/main-reports/
 * decoding-eus-…`, `…-how-eu %E2%80%99s-…`: `wrappedAddressEnd`).
 */
function withAddresses(sentences: readonly string[]): string[] {
  return sentences.flatMap((sentence) => {
    if (!sentence.includes('://')) return [sentence];
    const cuts = new Set<number>();
    let after = 0;
    for (const address of sentence.matchAll(ADDRESS)) {
      if (address.index < after) continue;
      cuts.add(address.index);
      after = wrappedAddressEnd(sentence, address.index);
      if (OPENS_AFTER_ADDRESS.test(sentence.slice(after, after + 10))) cuts.add(after);
    }
    const bounds = [...new Set([0, ...cuts, sentence.length])].sort((a, b) => a - b);
    return bounds
      .slice(0, -1)
      .map((start, index) => sentence.slice(start, bounds[index + 1]).trim())
      .filter((piece) => piece !== '');
  });
}

/** A page run into one line with the words hyphenation cut at its former line ends made whole where the document says how it spells them. */
import { SUSPENDED_BEFORE, isCompoundHead, isHyphenationBreak, isLanguageHyphen, printsLower, vocabularyOf, wordRest } from './hyphenation.ts';
import { isMalteseArticleCut } from './maltese-articles.ts';

/**
 * A word cut at a line’s end and its rest after the space a page run into one line puts there, or `-layout`’s gap (`Com- mission`, `mid-
 * term`; `-layout`'s justified `op - erators`), the word maybe a compound's last part after its own hyphen (`cyber-at- tacks`):
 * each begins where a word or a compound's part begins, so that a line is read in linear time.
 */
const CUT_INSIDE = /(?<![\p{L}\p{N}]|(?<![\p{L}])-)(\p{L}+)([ \t]?-[ \t]+)(\p{Ll}\p{L}*)/gu;

/**
 * An acronym's compound cut after its hyphen, a capital after it (`EU- Koordinator`, `COSI- Unterstützungsgruppe`):
 * hyphenation cuts no word before a capital. Groups: the acronym, the capitalised word.
 */
const ACRONYM_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}{2,})-[ \t]+(\p{Lu}\p{Ll}+)/gu;

/** A word before a hyphen at a former line's end and a capital after it (`tal- Unjoni`, `fl- Anness`): Maltese's article's, in a Maltese document. */
const ARTICLE_BEFORE_CAPITAL = /(?<![\p{L}\p{N}-])(\p{Ll}+)-([ \t]+)(?=\p{Lu})/gu;

/** A compound cut at its own hyphen, repeated before its second part after the former line's end (`polsko- -niemieckiego`). */
const REPEATED_HYPHEN = /(?<=\p{L})-[ \t]+(?=-\p{Ll})/gu;

/** A `-layout` gap between a table’s columns: eight spaces or more (a justified line’s spaces are fewer), or a tab. */
const COLUMN_GAP = /[ ]{8,}|\t/;

/** The column gaps of a text, in order. */
const COLUMN_GAPS = /[ ]{8,}|\t/g;

/** The longest line of a table's cell (a page's line): the column gaps around a cut are looked for this far. */
const CELL_LINE = 90;

/** What a cell's line does not hold: a line break or a sentence's end (`2022. 7.3.`). */
const CELL_BREAK = /\n|[.!?]\s+\S/;

/**
 * Whether the cut from `start` to `end` (its rest one space after it, at the margin) stands in a `-layout` table's row
 * run into the page's line: a column gap before it and one after the words that follow it, each a cell's line away
 * (`…      effective law enforcement, which presented 42 recommenda- tools available to law enforcement      tions in
 * May 2024.`): the words after the cut are the next row line's first cell, the cut word's rest stands in its column
 * further on. It is left as printed.
 */
function inTableRow(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CELL_LINE), start);
  const after = text.slice(end, end + CELL_LINE);
  const gapBefore = lastGapEnd(before);
  const gapAfter = COLUMN_GAP.exec(after);
  // each side a cell's line: no line break or sentence's end between the cut and the gaps
  return gapBefore !== null && gapAfter !== null && !CELL_BREAK.test(before.slice(gapBefore)) && !CELL_BREAK.test(after.slice(0, gapAfter.index));
}

/** Where the last column gap of `text` ends, or null. */
function lastGapEnd(text: string): number | null {
  let end: number | null = null;
  for (const gap of text.matchAll(COLUMN_GAPS)) end = gap.index + gap[0].length;
  return end;
}

/**
 * An address a footnote's line wrapped before an escaped character, each rest after the space a page run into one line
 * puts at the former line's end or `-layout`'s gap (`https://…/leveraging-legitimacy-how-eu %E2%80%99s-most-…`, `…JHAAN%20Final%20report
 * %202023.pdf`): an address holds no space, and its lines are joined without one, as `joinWrappedLine` joins them.
 */
const WRAPPED_ADDRESS = /https?:\/\/\S+(?:[ \t]{1,40}%[0-9A-Fa-f]{2}\S*)+/gu;

/**
 * The text of a page run into one line with each word hyphenation cut made whole where the document spells it whole
 * and never hyphenated (`Com- mission` → `Commission`, `Dir- ective` → `Directive`), or, its hyphen glued to it, where
 * it spells neither it nor its rest as `isHyphenationBreak` reads a full line's cut (`sensit- ive` → `sensitive`, not
 * `pre- and post-`, `cross- border`, `EU- wide`), and a compound the document spells
 * with its hyphen joined so, as is a compound whose first part hyphenation never cuts (`mid- term`, `cross- border`, `EU- wide`:
 * `isCompoundHead`; Maltese's article in a Maltese document, `fir- rigward`: `isMalteseArticleCut`; a compound its
 * language writes with its hyphen, `politie- eenheden`, `sud- orientales`: `isLanguageHyphen`) but before a
 * suspended hyphen's word (`pre- and post-`), and an acronym's (`EU- Koordinator` →
 * `EU-Koordinator`; not before a word the document prints in small letters elsewhere: `MTIC- At svække …`), a compound's hyphen repeated before its second part as Polish and Czech print it kept once
 * (`polsko- -niemieckiego` → `polsko-niemieckiego`), and Maltese's article before a capital in a Maltese document (`tal- Unjoni` → `tal-Unjoni`); any
 * other (`Europol - presentation`) as printed; an address wrapped before an escaped character or cut at a hyphen or a
 * slash joined again (`WRAPPED_ADDRESS`, `joinAddressCuts`). `vocabulary` gives the document's vocabulary (`vocabularyOf`), asked for only where a cut is found.
 */
export function joinFlatHyphens(line: string, vocabulary: () => ReadonlySet<string>): string {
  const unwrapped = line.includes(' %') ? line.replace(WRAPPED_ADDRESS, (address) => address.replace(/[ \t]+/gu, '')) : line;
  const addressed = unwrapped.includes('://') || unwrapped.includes('www.');
  const text = addressed && (unwrapped.includes('- ') || unwrapped.includes('/ ')) ? joinAddressCuts(unwrapped, vocabulary) : unwrapped;
  if (!text.includes('- ')) return text;
  const once = text.replace(REPEATED_HYPHEN, '');
  return once
    .replace(CUT_INSIDE, (whole, head: string, cut: string, tail: string, at: number) => {
      // A suspended hyphen's word after it (`pré- et post-`, `Grenz- und Küstenwache`): no word's rest.
      if (SUSPENDED_BEFORE.has(tail.toLowerCase())) return whole;
      if (!COLUMN_GAP.test(cut) && inTableRow(once, at, at + whole.length)) return whole;
      const words = vocabulary();
      // A hyphen glued to its word ended a line (the space or `-layout`'s indent after it the line break's): a cut as hyphenation makes one.
      if (isHyphenationBreak(`${head}-`, tail, words, cut.startsWith('-'))) return `${head}${wordRest(`${head}-`, tail, words)}`;
      // A compound's first part (`mid- term`, `cross- border`, `EU- wide`) goes on after its line's end.
      // So does Maltese's article in a Maltese document (`fir- rigward`, `lis- servizzi`), and a compound its language writes
      // with its hyphen (`politie- eenheden`, `sud- orientales`: compound-hyphens.ts).
      const compound = cut.startsWith('-') && (isCompoundHead(head) || isMalteseArticleCut(head, tail, words) || isLanguageHyphen(head, tail, words));
      return compound || words.has(`${head}-${tail}`.toLowerCase()) ? `${head}-${tail}` : whole;
    })
    .replace(ACRONYM_COMPOUND, (whole, head: string, tail: string) => {
      // a word the document prints in small letters elsewhere opens a sentence or a table's cell after the cut (`MTIC- At
      // svække …`: a cell's compound cut, `MTIC-` / `svig`, before the next cell's first word): left as printed, unless
      // the document spells that compound
      const words = vocabulary();
      const compound = `${head}-${tail}`;
      return printsLower(words, tail.toLowerCase()) && !words.has(compound.toLowerCase()) ? whole : compound;
    })
    .replace(ARTICLE_BEFORE_CAPITAL, (whole, head: string, gap: string, at: number, joined: string) => {
      const tail = joined.charAt(at + whole.length);
      if (COLUMN_GAP.test(gap) || !isMalteseArticleCut(head, tail, vocabulary())) return whole;
      return inTableRow(joined, at, at + whole.length) ? whole : `${head}-`;
    });
}

/** Where an address begins (`https://…`, `www.…`), at a word's start. */
const ADDRESS_START = /(?<![^ \t(<])(?:https?:\/\/|www\.)/g;

/** The rest of an address's piece up to the next space. */
const ADDRESS_PIECE = /\S*/y;

/**
 * The gap after an address's piece that ends on a hyphen or a slash, the space a page run into one line puts at the former line's
 * end or `-layout`'s gap, before the address's rest (`…/decoding-eus-most-threatening-criminal-net- works`).
 */
const ADDRESS_GAP = /[ \t]{1,40}(?=[\p{L}\p{N}])/uy;

/** An address's rest after a slash: a piece that holds an address's own character before its end, and no address of its own. */
const ADDRESS_REST = /^(?!https?:|www\.)[\p{L}\p{N}][^\s/%_=?&#-]{0,150}[/%_=?&#-]/u;

/** The gap a former line's end left inside an address, before its rest or an escaped character (`%E2`). */
const WRAP_GAP = /[ \t]{1,40}(?=[\p{L}\p{N}%])/uy;

/** An address's rest after a hyphen a line's end cut it at: a piece opening with a small letter. */
const ADDRESS_WORD_REST = /^\p{Ll}/u;

/**
 * Where the address that begins at `start` ends on a page run into one line (`text.length` at most): its first piece up
 * to a space, then each rest a former line's end cut from it after a slash (`…/main-reports/ decoding-eus-…`, a piece of
 * an address: `ADDRESS_REST`), a hyphen (`…criminal-net- works`, a small letter) or before an escaped character
 * (`…how-eu %E2%80%99s-…`). Read piece after piece, in time linear in the address's length.
 */
export function wrappedAddressEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    ADDRESS_PIECE.lastIndex = at;
    at += ADDRESS_PIECE.exec(text)?.[0].length ?? 0;
    WRAP_GAP.lastIndex = at;
    const gap = WRAP_GAP.exec(text);
    if (gap === null) return at;
    const rest = text.slice(at + gap[0].length, at + gap[0].length + 200);
    const end = text.charAt(at - 1);
    const goesOn = /^%[0-9A-Fa-f]{2}/u.test(rest) || (end === '/' && ADDRESS_REST.test(rest)) || (end === '-' && ADDRESS_WORD_REST.test(rest));
    if (!goesOn) return at;
    at += gap[0].length;
  }
}

/** The word a hyphen ends a piece with (`net` of `…-criminal-net-`). */
const CUT_HEAD = /(\p{L}*)-$/u;

/**
 * An address cut at a hyphen or a slash on a page run into one line joined again without the space, as
 * `joinWrappedLine` joins a footnote's lines: a word of it hyphenation cut made whole where the document spells it whole
 * (`criminal-net- works` → `criminal-networks`), the address's own hyphen kept (`financial-and- economic-crime` →
 * `financial-and-economic-crime`), its slash where a piece of an address follows (`…/main-reports/ decoding-eus-…`).
 * Each address is read once, piece after piece, so that a line is read in time linear in its length.
 */
function joinAddressCuts(text: string, vocabulary: () => ReadonlySet<string>): string {
  let joined = '';
  let from = 0;
  for (const start of text.matchAll(ADDRESS_START)) {
    if (start.index < from) continue;
    let at = start.index;
    for (;;) {
      ADDRESS_PIECE.lastIndex = at;
      at += ADDRESS_PIECE.exec(text)?.[0].length ?? 0;
      const end = text.charAt(at - 1);
      if (end !== '-' && end !== '/') break;
      ADDRESS_GAP.lastIndex = at;
      const gap = ADDRESS_GAP.exec(text);
      if (gap === null) break;
      // After a slash, only a piece of an address goes on (`JHAAN%20Final…`, `decoding-eus-…`), not another address or a word.
      if (end === '/' && !ADDRESS_REST.test(text.slice(at + gap[0].length, at + gap[0].length + 200))) break;
      const head = CUT_HEAD.exec(text.slice(Math.max(from, at - 40), at))?.[1] ?? '';
      const tail = /^\p{L}+/u.exec(text.slice(at + gap[0].length, at + gap[0].length + 40))?.[0] ?? '';
      const whole = head !== '' && tail !== '' && isHyphenationBreak(`${head}-`, tail, vocabulary(), false);
      joined += text.slice(from, whole ? at - 1 : at);
      from = at + gap[0].length;
      at = from;
    }
  }
  return from === 0 ? text : joined + text.slice(from);
}

/** A word's cut inside a page run into one line: the hyphen and the space or gap the line break left after it. */
const CUT_GAP = /(?<=\p{L}[ \t]?-)[ \t]+(?=\p{Ll})/gu;

/**
 * The vocabulary (`vocabularyOf`) of pages run into one line each, the rest of a word cut at a former line's end
 * (`ive` of `sensit- ive`) no word of it, as it is none where the lines are kept.
 */
export function flatVocabulary(texts: readonly string[]): Set<string> {
  return vocabularyOf(texts.map((text) => (text.includes('- ') ? text.replace(CUT_GAP, '\n') : text)));
}

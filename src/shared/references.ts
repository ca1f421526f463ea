import type { REFERENCE_TYPES } from '../schemas/vocabulary.ts';
import { CELEX_TYPE_LETTERS, celexNumber, celexUrl, commissionUrl, councilRegisterUrl, fullYear, type SeriesSuffix } from './official-url.ts';
import {
  ACT_HEAD,
  ACT_ITEM,
  ACT_LIST_NEXT,
  ACT_BEFORE_KIND,
  ACT_PARTS,
  COMMISSION_PARTS,
  COMMISSION_REFERENCE,
  COMMISSION_SERIES_NAMES,
  COMMISSION_SERIES_NATIONAL,
  FOREIGN_ACT,
  FOREIGN_ACT_ITEM as FOREIGN_ACT_ITEM_SOURCE,
  FOREIGN_ACT_PARTS,
  FOREIGN_KIND_AT,
  FOREIGN_LIST_NEXT,
  JOURNAL_FIRST,
  JOURNAL_START,
  KIND_AFTER_AT,
  OFFICIAL_JOURNAL,
  REGISTER_PARTS,
  REGISTER_REFERENCE,
  REGISTER_START,
  SERIES_PARTS,
  SERIES_PREFIXES,
  SERIES_REFERENCE,
  SERIES_SUFFIX,
  SPACES_AFTER_PREFIX,
  WEB_ADDRESS,
} from './reference-patterns.ts';
import { allMatches } from './all-matches.ts';
import { IDENTIFIER_FIRST, IDENTIFIER_REFERENCE, IDENTIFIER_START, identifierReference, PROCEDURE, procedureReference } from './identifier-references.ts';
import { journalReference } from './official-journal.ts';
import { englishTag, NUMBER_WORDS, type ActKind } from './act-forms.ts';
import { AUTHOR_AFTER_AT, authorBetween, formOf, REACH_BEFORE_KIND, wordsBeforeKind, type ActAuthor, type ActForm } from './act-authors.ts';

/** The kind of a referenced document. */
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** A reference: canonical id, type and official URL where that address is certain (none for `C(2025) 1234 final`, `PE 123.456`). */
export interface CanonicalReference {
  id: string;
  type: ReferenceType;
  url?: string | undefined;
}

/** A reference found in a text, with the UTF-16 offsets of its matched text. */
export interface FoundReference extends CanonicalReference {
  start: number;
  end: number;
}

/** The series code of each register prefix in the Council's URLs, and the reference type it gives. */
const SERIES = {
  ST: { code: 'ST', type: 'council' },
  CM: { code: 'CM', type: 'meeting' },
  WK: { code: 'WK', type: 'working' },
  EUCO: { code: 'EUCO', type: 'european-council' },
  // The meeting room documents: Council documents of a series of their own, `SN 2345/25` at `…/SN-2345-2025-INIT/…`.
  SN: { code: 'SN', type: 'council' },
  // The Article 50 documents (`XT 20001/25` at `…/XT-20001-2025-INIT/…`), the delegations' documents (`DS 1234/25` at
  // `…/DS-1234-2025-INIT/…`) and the texts agreed with the Parliament (`PE-CONS 12/25` at `…/PE-CONS-12-2025-INIT/…`).
  XT: { code: 'XT', type: 'council' },
  DS: { code: 'DS', type: 'council' },
  'PE-CONS': { code: 'PE-CONS', type: 'council' },
} as const satisfies Record<string, { code: string; type: ReferenceType }>;

/** Characters that may surround a single reference given to canonicalReference: markup and punctuation. */
const SURROUNDING_MARKUP = /^[\s*_.,;:()[\]#\\]*$/;

/** The parts of a Council register reference. */
interface SeriesParts {
  prefix: keyof typeof SERIES;
  number: string;
  revisionIndex: string | undefined;
  year: string;
  suffixes: SeriesSuffix[];
}

/** The parts of a Council register reference as written; a middle index without REV gets its REV suffix. */
function parseSeries(text: string): SeriesParts | null {
  const parts = SERIES_PARTS.exec(text);
  if (parts === null) return null;
  const [, prefix = 'ST', number = '', revisionIndex, year = '', rest = ''] = parts;
  const suffixes = allMatches(SERIES_SUFFIX, rest).map(([, kind, index]) => ({ kind, index: Number(index) }) as SeriesSuffix);
  // A middle index without its REV suffix still names that revision: 5572/1/25 is 5572/1/25 REV 1.
  // (The two can disagree only in a typo; the REV suffix as written wins then.)
  const revision = suffixes.find((suffix) => suffix.kind === 'REV');
  if (revisionIndex !== undefined && revision === undefined) suffixes.push({ kind: 'REV', index: Number(revisionIndex) });
  // And a REV suffix without the middle index names the revision the Council numbers with it: 6120/26 ADD 1 REV 2 is
  // 6120/2/26 ADD 1 REV 2, one document (one register address) under one id, as its own header prints it.
  return { prefix: prefix as keyof typeof SERIES, number, revisionIndex: revisionIndex ?? revision?.index.toString(), year, suffixes };
}

/**
 * The parts of a number in the register's form (`ST 9876 2025 REV 1`) as the document prints its own number: the year on two
 * digits but for working documents (`9876/25`, `WK 13949/2021`), a revision's index in the middle (`9876/1/25 REV 1`).
 */
function parseRegister(text: string): SeriesParts | null {
  const parts = REGISTER_PARTS.exec(text);
  if (parts === null) return null;
  const [, prefix = 'ST', number = '', year = '', rest = ''] = parts;
  const suffixes = allMatches(SERIES_SUFFIX, rest).map(([, kind, index]) => ({ kind, index: Number(index) }) as SeriesSuffix);
  const revision = suffixes.find((suffix) => suffix.kind === 'REV');
  return {
    prefix: prefix as keyof typeof SERIES,
    number,
    revisionIndex: revision === undefined ? undefined : String(revision.index),
    year: prefix === 'WK' ? year : year.slice(2),
    suffixes,
  };
}

/**
 * Whether a number of the main series without suffixes is a range of two years as the Council prints them (`2024/25`,
 * `the 2025/26 cycle`, `1999/00`): the first year and the next one's last two digits. The main series numbers its documents
 * from 5000 up each year, so the range is no document; one printed with its series, `ST 2024/25`, is.
 */
function isYearRange(parts: SeriesParts): boolean {
  const first = Number(parts.number);
  return parts.prefix === 'ST' && parts.suffixes.length === 0 && first >= 1950 && first < 2100 && Number(parts.year) === (first + 1) % 100;
}

/**
 * The year of a number as its id writes it, whichever way the text printed it: in full for the working documents, which
 * print theirs so (`WK 13949/2021`, and `WK 13949/21` cited short), on two digits for every other series, as they print
 * theirs (`CM 1204/26`, and `CM 1204/2026` cited long): one document, one id and one page.
 */
function idYear(prefix: keyof typeof SERIES, written: string): string {
  if (prefix === 'WK') return String(fullYear(written));
  return written.length === 4 ? written.slice(2) : written;
}

/** Canonical id (series prefix but no `ST`, suffixes spaced as `REV 1`), type and register URL of a Council reference. */
function seriesReference(parts: SeriesParts): CanonicalReference {
  const series = SERIES[parts.prefix];
  const prefix = parts.prefix === 'ST' ? '' : `${parts.prefix} `;
  // The working documents print a revision after their number only (`WK 5678/2025 REV 1`): no middle index, however written.
  const middle = parts.revisionIndex === undefined || parts.prefix === 'WK' ? '' : `/${parts.revisionIndex}`;
  const suffixes = parts.suffixes.map((suffix) => ` ${suffix.kind} ${suffix.index}`).join('');
  return {
    id: `${prefix}${parts.number}${middle}/${idYear(parts.prefix, parts.year)}${suffixes}`,
    type: series.type,
    url: councilRegisterUrl(series.code, Number(parts.number), fullYear(parts.year), parts.suffixes),
  };
}

/** Both spellings of a Commission document as `COM/2023/516 final` (`SWD/2022/170 final` …), with its EUR-Lex URL. */
function commissionReference(text: string): CanonicalReference | null {
  const parts = COMMISSION_PARTS.exec(text);
  if (parts === null) return null;
  const [, printed = 'COM', year = '', number = ''] = parts;
  const series = printed in COMMISSION_SERIES_NATIONAL ? COMMISSION_SERIES_NATIONAL[printed as keyof typeof COMMISSION_SERIES_NATIONAL] : printed;
  return { id: `${series}/${year}/${Number(number)} final`, type: 'commission', url: commissionUrl(Number(year), Number(number), series) };
}

/** A plausible year of an act: four digits 1950–2099, or two digits (acts before 1999). */
function isActYear(written: string): boolean {
  if (written.length === 2) return true;
  const year = Number(written);
  return written.length === 4 && year >= 1950 && year < 2100;
}

/**
 * An act named by its singular head (`Council Decision`) and its number part (`2010/131/EU`).
 * `No` puts the number first (`(EC) No 1049/2001`), otherwise the year comes first (`(EU) 2024/1689`,
 * `2000/31/EC`); when that reading gives an impossible year, the other one is taken.
 */
function actReference(head: string, item: string): CanonicalReference | null {
  const itemText = item.replace(/\s+/g, ' ').replace(/\bNo\. /, 'No ');
  const parts = ACT_PARTS.exec(itemText);
  if (parts === null) return null;
  const [, , numberFirst, first = '', second = ''] = parts;
  let [year, number] = numberFirst === undefined ? [first, second] : [second, first];
  if (!isActYear(year) && isActYear(number)) [year, number] = [number, year];
  if (!isActYear(year)) return null;
  const kind = /Regulation/.test(head) ? 'regulation' : /Directive/.test(head) ? 'directive' : 'decision';
  const letter = CELEX_TYPE_LETTERS[/Framework/.test(head) ? 'framework-decision' : kind];
  return {
    id: `${head} ${itemText}`,
    type: kind,
    url: celexUrl(celexNumber(fullYear(year), letter, Number(number))),
  };
}

/**
 * An act printed in another language (`(UE) 2016/794`, `(WE) nr 1049/2001`, `2009/371/JAI`) of a kind, named as English
 * names it (`Regulation (EU) 2016/794`, `Regulation (EC) No 1049/2001`, `Decision 2009/371/JHA`) so that every language
 * version of a citation links the same act.
 */
function foreignActReference(kind: ActKind, item: string, by: { author: ActAuthor | null; form: ActForm | null } = NO_AUTHOR): CanonicalReference | null {
  const parts = FOREIGN_ACT_PARTS.exec(item.replace(/\s+/g, ' '));
  if (parts === null) return null;
  const [, jurisdiction, numberWord, first = '', second = '', series] = parts;
  const year = Number(numberWord === undefined ? first : second);
  const bracket = jurisdiction === undefined ? '' : `(${englishTag(jurisdiction, year)}) `;
  const tag = series === undefined ? '' : `/${englishTag(series, year)}`;
  const form = kind === 'Framework Decision' ? null : by.form;
  const head = [by.author, form, kind].filter((word) => word !== null).join(' ');
  return actReference(head, `${bracket}${numberWord === undefined ? '' : 'No '}${first}/${second}${tag}`);
}

/** An act whose text names neither author nor form. */
const NO_AUTHOR = { author: null, form: null } as const;

/**
 * The author and form of an act of another language found at `start`–`end` (its head, the kind and the words up to the
 * number, is `head`), as English names them before the kind (act-authors.ts), and how far they widen the act's text:
 * the words before the kind (`Rådets`, `εκτελεστικός`) from `start - before`, the author's name after the number
 * (`du Conseil`) up to `end`.
 */
function foreignAuthor(
  text: string,
  head: string,
  start: number,
  end: number,
  floor: number,
): { author: ActAuthor | null; form: ActForm | null; start: number; end: number } {
  const before = wordsBeforeKind(text.slice(Math.max(floor, start - REACH_BEFORE_KIND), start));
  AUTHOR_AFTER_AT.lastIndex = end;
  const after = AUTHOR_AFTER_AT.exec(text);
  const between = authorBetween(head);
  if (between === null && /parl[ae]m|parlaimint|κοινοβουλ|парламент/iu.test(head)) return { ...NO_AUTHOR, start, end };
  const afterAuthor: ActAuthor | null = after === null ? null : after[1] !== undefined ? 'Council' : 'Commission';
  return {
    author: between ?? before.author ?? afterAuthor,
    form: formOf(head) ?? before.form,
    start: start - before.length,
    end: after === null ? end : AUTHOR_AFTER_AT.lastIndex,
  };
}

/** The kind a matched head starts with (`nařízení …` a regulation), or the kind a Hungarian act ends with (`… rendelet`). */
function kindAt(patterns: readonly (readonly [ActKind, RegExp])[], text: string, at: number): ActKind {
  for (const [kind, pattern] of patterns) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return kind;
  }
  return 'Decision';
}

/** The singular head of an act or list of acts, whitespace normalised: `Regulations ` → `Regulation`. */
function singularHead(head: string): string {
  return head.trim().replace(/\s+/g, ' ').replace(/s$/, '');
}

/**
 * What stands near the start of a reference without a slash: the name of a Commission series (`COM(2023) 516`, `KOM(2007)
 * 839`), a number in the register's form (`ST 14978 2016`), the Official Journal's name and series (`OJ L 135`) or the
 * start of an identifier (`C(2025) 1234`, `32016R0794`, `ECLI:`, `PE 123.456`: identifier-references.ts).
 */
const SLASHLESS_START = `${COMMISSION_SERIES_NAMES.join('|')}|${REGISTER_START}|${JOURNAL_START}|${IDENTIFIER_START}`;

/**
 * What every form of reference contains: a number with a slash (register numbers, acts, `COM/2023/516`) or the start of a
 * slashless one. A text without either holds no reference and is not scanned: most sentences and titles. Only the scan
 * `everywhere` asks it: the skipping scan's resumePoints looks for the first slash and the first slashless start anyway,
 * finds neither in such a text and gives no point to scan from, so asking first would read the text twice.
 */
const MAY_CITE = new RegExp(`/|${SLASHLESS_START}`);

/** Every character a slashless reference's start opens with: a series name's first letter, an Official Journal's, an identifier's. */
const SLASHLESS_FIRST = `[${[...new Set([...COMMISSION_SERIES_NAMES, ...SERIES_PREFIXES].map((name) => name.charAt(0)))].join('')}${JOURNAL_FIRST}${IDENTIFIER_FIRST}]`;

/**
 * The start of a slashless reference, searched from a given index: the skipping scan's one read of a whole text. It looks
 * ahead for one of SLASHLESS_FIRST before trying the alternatives: the same starts, in some 23 % less of findReferences'
 * CPU in the ingest than the alternatives tried at every character.
 */
const SERIES_NAME = new RegExp(`(?=${SLASHLESS_FIRST})(?:${SLASHLESS_START})`, 'g');

/**
 * Where the next slashless reference's start stands from `from` on, or -1. A Commission series name glued to a letter
 * before it or without a bracket or slash after it (`JOINT`, `SECURITY`, `KOMISE`) starts no Commission document: it is
 * passed over. (A reference holding one, an act of another language in capitals, holds a slash too, and is found from that.)
 */
function nextSeriesName(text: string, from: number): number {
  SERIES_NAME.lastIndex = from;
  for (let name = SERIES_NAME.exec(text); name !== null; name = SERIES_NAME.exec(text)) {
    if (!COMMISSION_NAME_AT.test(name[0]) || startsCommissionDocument(text, name.index, name.index + name[0].length)) return name.index;
  }
  return -1;
}

/** A Commission series name, as SERIES_NAME finds it (a number in the register's form starts otherwise). */
const COMMISSION_NAME_AT = new RegExp(`^(?:${COMMISSION_SERIES_NAMES.join('|')})$`);

/** Whether the series name at `start`–`end` may start a Commission document: no Latin letter before it, `(` or `/` after it, one space between at most. */
function startsCommissionDocument(text: string, start: number, end: number): boolean {
  if (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) return false;
  const after = isSpace(text.charCodeAt(end)) ? end + 1 : end;
  const code = text.charCodeAt(after);
  return code === 40 || code === 47;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * One scan over the text; web addresses are matched only to be skipped. Leftmost match wins, so `EUCO 50/24` is never also
 * `50/24`. The last alternative, `stop`, matches nothing where a slash or a slashless reference's start stands and no
 * reference starts: there the scan ends, so that a slash that is in no reference (`FR/dk`, `and/or`) does not make the
 * scanner read on to the next reference (see resumePoints).
 */
const REFERENCES_SOURCE = `(?<web>${WEB_ADDRESS})|(?<com>${COMMISSION_REFERENCE})|${IDENTIFIER_REFERENCE}|(?<journal>${OFFICIAL_JOURNAL})|(?<act>${ACT_HEAD}${ACT_ITEM})|(?<foreignAct>${FOREIGN_ACT})|(?<actAfter>${ACT_BEFORE_KIND})|(?<procedure>${PROCEDURE})|(?<series>${SERIES_REFERENCE})|(?<register>${REGISTER_REFERENCE})`;
const SCANNER_SOURCE = `${REFERENCES_SOURCE}|(?<stop>(?=/|${SLASHLESS_START}))`;

/**
 * The scanner's alternatives that can hold a slash after digits that are no act's number (see earliestStart), and its
 * stop: the same matches as the scanner where only those can start, at a fraction of its cost a character.
 */
const NUMBER_SCANNER_SOURCE = `(?<web>${WEB_ADDRESS})|(?<procedure>${PROCEDURE})|(?<series>${SERIES_REFERENCE})|(?<stop>(?=/|${SLASHLESS_START}))`;

/** The scanners and the sticky patterns of findReferences, compiled once; every call sets their lastIndex first. */
const SCANNER = new RegExp(SCANNER_SOURCE, 'g');
const NUMBER_SCANNER = new RegExp(NUMBER_SCANNER_SOURCE, 'g');
const EVERYWHERE_SCANNER = new RegExp(REFERENCES_SOURCE, 'g');

/**
 * The scanner's alternatives that can start far before the slash or series name of their reference (an act, its head
 * and words before its number; a web address, from its word), in the scanner's order, and its stop: what the scanner
 * finds where no other reference can start (see matchFrom). The stop ends the search at that slash or name at the latest.
 */
const ACT_SCANNER = new RegExp(
  `(?<web>${WEB_ADDRESS})|(?<act>${ACT_HEAD}${ACT_ITEM})|(?<foreignAct>${FOREIGN_ACT})|(?<actAfter>${ACT_BEFORE_KIND})|(?<stop>(?=/|${SLASHLESS_START}))`,
  'g',
);
const HEAD_AT = new RegExp(ACT_HEAD, 'y');
const LIST_AT = new RegExp(ACT_LIST_NEXT, 'y');
const FOREIGN_ITEM_AT = new RegExp(`(?:${FOREIGN_ACT_ITEM_SOURCE})$`);
const FOREIGN_ITEM_HEAD = new RegExp(`^(?:${FOREIGN_ACT_ITEM_SOURCE})`);
const FOREIGN_LIST_AT = new RegExp(FOREIGN_LIST_NEXT, 'y');

/**
 * How far before its first slash (or its Commission series name) a reference can start: the longest act head and jurisdiction
 * (`Commission Implementing Regulations (EU, Euratom) No. 1234/`) is 68 characters, an act of another language with the
 * words between its kind and number (`täytäntöönpanoasetuksen` and four words of 20 letters, `(EU, Euratom) Uimh. 1234/`) some
 * 150; register numbers are shorter.
 */
const REACH_BEFORE_SLASH = 160;

/**
 * The digits of a register number stand at most this far after its start: its longest series prefix and the spaces
 * after it (`PE-CONS  12/25`, 9 characters); they are at most 6.
 */
const REACH_BEFORE_DIGITS = Math.max(...SERIES_PREFIXES.map((prefix) => prefix.length)) + SPACES_AFTER_PREFIX;
const MOST_DIGITS = 6;

/**
 * How far before the digits of an act's number its jurisdiction's closing bracket may stand: three spaces, the longest
 * word for "No" (`Uimh.`, `αριθ.`) and three spaces again are 11 characters; more, to be safe.
 */
const BRACKET_BEFORE_DIGITS = 16;

/** The characters of the words for "No" (`No.`, `Nr.`, `n°`, `αριθ.`, `№` …) that may stand between an act's bracket and number. */
const NUMBER_WORD_CODES = new Set(
  ['No.', ...NUMBER_WORDS]
    .join('')
    .replace(/[\\?]/g, '')
    .split('')
    .map((character) => character.charCodeAt(0)),
);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether an act's number can hold the slash at `slash` after digits starting at `digits`: an act's first number has 2 to
 * 4 digits, and a jurisdiction in brackets before it (`(EU) 2024/1689`, `(WE) nr 1049/2001`: only spaces and a word for
 * "No" between) or a series tag after its second number (`2000/31/EC`, `2009/371/JAI`: 1 to 4 digits, a slash and no digit).
 */
function mayBeAct(text: string, digits: number, slash: number): boolean {
  if (slash - digits < 2 || slash - digits > 4) return false;
  for (let at = digits - 1; at >= Math.max(0, digits - BRACKET_BEFORE_DIGITS); at -= 1) {
    const code = text.charCodeAt(at);
    if (code === 41) return true;
    if (!isSpace(code) && !NUMBER_WORD_CODES.has(code)) break;
  }
  let after = slash + 1;
  while (after <= slash + 4 && isDigit(text.charCodeAt(after))) after += 1;
  return after > slash + 1 && text.charCodeAt(after) === 47 && after + 1 < text.length && !isDigit(text.charCodeAt(after + 1));
}

/**
 * The earliest index at which a reference whose first slash is the one at `slash` may start, and the scanner that finds
 * it. Every form but a web address (which starts at its word, wherever that is) and a Commission document (which starts at
 * its series name, found before the slash: `JOIN /2020/5`) puts digits right before its first slash. A register number's
 * series and spaces (`EUCO 50/24`) are at most 6 characters before the digits; an act's head can start REACH_BEFORE_SLASH
 * before its slash, where its number may hold the slash (mayBeAct).
 */
function earliestStart(text: string, slash: number): Resume {
  let digits = slash;
  while (digits > slash - MOST_DIGITS - 1 && digits > 0 && isDigit(text.charCodeAt(digits - 1))) digits -= 1;
  if (digits === slash) return { at: slash, scanner: NUMBER_SCANNER };
  return mayBeAct(text, digits, slash)
    ? { at: slash - REACH_BEFORE_SLASH, scanner: SCANNER, othersFrom: digits - REACH_BEFORE_DIGITS }
    : { at: digits - REACH_BEFORE_DIGITS, scanner: NUMBER_SCANNER };
}

/**
 * Where a scan resumes, and with which scanner: the whole one, or NUMBER_SCANNER where no other reference can start;
 * `othersFrom`, where only an act or a web address can start before it (ACT_SCANNER).
 */
interface Resume {
  at: number;
  scanner: RegExp;
  othersFrom?: number;
}

/**
 * The scanner's next match from a resume point. Where only an act or a web address can start before `othersFrom` (the
 * digits before the slash, less a register number's series and spaces; the series name), ACT_SCANNER looks for those
 * alone there: a match it finds before `othersFrom` is the scanner's own (no other alternative can start before it, and
 * the scanner tries them in the same order); else the whole scanner reads on from `othersFrom`.
 */
function matchFrom(text: string, { at, scanner, othersFrom }: Resume): RegExpExecArray | null {
  if (othersFrom !== undefined && othersFrom > at) {
    ACT_SCANNER.lastIndex = at;
    const act = ACT_SCANNER.exec(text);
    if (act !== null && act.index < othersFrom) return act;
    scanner.lastIndex = othersFrom;
  } else scanner.lastIndex = at;
  return scanner.exec(text);
}

/** Whitespace and the characters that end a web address: the scanner's web alternative never crosses one. */
function endsWord(code: number): boolean {
  return isSpace(code) || code === 34 || code === 60 || code === 62;
}

/** What `\s` matches in a pattern. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Where a scan of `text` should resume after `from` (the end of the last match, or the slash or series name where the last
 * scan stopped): at the start of the word (run of characters a web address may hold) in which a reference holding the next
 * slash or Commission series name (`COM`, `SWD` …) may start, never before `from`; null when neither is left. Every
 * reference contains a slash or a series name, and a web address holding one starts no later than its word, so the scanner
 * finds from there exactly the match it would find from `from`, or stops at that slash or name when no reference starts
 * before or at it: the text between, most of it, is not scanned. A reference holding a series name may start
 * REACH_BEFORE_SLASH before it (an act of another language in capitals, `NAŘÍZENÍ KOMISE (EU) …`); one holding a slash
 * first, as earliestStart says. The next series name is remembered, so that a long text without one is searched for it once.
 */
function resumePoints(text: string): (from: number) => Resume | null {
  let com = nextSeriesName(text, 0);
  // The next slash is remembered as the next series name is: searched again only once the scan has passed it, or from
  // an earlier point than last time, so that a long text with few slashes is not read to its end at every resume.
  let slashFrom = 0;
  let slash = text.indexOf('/');
  return (from) => {
    if (com !== -1 && com < from) com = nextSeriesName(text, from);
    if (from < slashFrom || (slash !== -1 && slash < from)) slash = text.indexOf('/', from);
    slashFrom = from;
    if (slash === -1 && com === -1) return null;
    const resume: Resume =
      slash === -1 || (com !== -1 && com < slash) ? { at: com - REACH_BEFORE_SLASH, scanner: SCANNER, othersFrom: com } : earliestStart(text, slash);
    let start = Math.max(from, resume.at);
    while (start > from && !endsWord(text.charCodeAt(start - 1))) start -= 1;
    return { ...resume, at: start };
  };
}

/** The most numbers a range printed with its year once may name (`9876-9879/25`): as many as number-ranges.ts allows. */
const MOST_IN_SHORT_RANGE = 30;

/**
 * The two ends of a range of the main series printed with its year once (`9876-9879/25`, `9876 – 9879/25`), found at
 * `start` as `printed`, its first number `first`: the first under the last one's year at the first's figures, the last
 * at its own (number-ranges.ts lists those between). Where the two make no range (the last not above the first, too
 * far apart, the first a year as in `2024-2025/26`, the last with a version), the last alone where a space stands
 * before it (`COSI 180 – 9879/25`), else none, as a number glued to a hyphen is none.
 */
function shortRange(text: string, first: string, start: number, printed: string): FoundReference[] {
  const lastStart = first.length + printed.slice(first.length).search(/[1-9]/);
  const parts = parseSeries(printed.slice(lastStart));
  if (parts === null) return [];
  const last = { ...seriesReference(parts), start: start + lastStart, end: start + printed.length };
  const from = Number(first);
  const to = Number(parts.number);
  const isRange =
    parts.suffixes.length === 0 && parts.revisionIndex === undefined && to > from && to - from < MOST_IN_SHORT_RANGE && !(from >= 1950 && from < 2100);
  if (isRange) return [{ ...seriesReference({ ...parts, number: first }), start, end: start + first.length }, last];
  return isSpace(text.charCodeAt(last.start - 1)) && !isYearRange(parts) ? [last] : [];
}

/**
 * Every reference in a text, in order of appearance, non-overlapping; numbers inside web addresses are not references.
 * The text is scanned only where a reference may start (resumePoints); `everywhere` scans all of it after the last
 * reference with the whole scanner, as the tests do to check that the two find the same.
 */
export function findReferences(text: string, scan: 'skipping' | 'everywhere' = 'skipping'): FoundReference[] {
  const found: FoundReference[] = [];
  if (scan === 'everywhere' && !MAY_CITE.test(text)) return found;
  const add = (reference: CanonicalReference | null, start: number, end: number): void => {
    if (reference !== null) found.push({ ...reference, start, end });
  };
  const resumeAt =
    scan === 'skipping' ? resumePoints(text) : (from: number): Resume | null => (from < text.length ? { at: from, scanner: EVERYWHERE_SCANNER } : null);
  let from: number;
  for (let resume = resumeAt(0); resume !== null; resume = resumeAt(from)) {
    const match = matchFrom(text, resume);
    if (match === null) break;
    const start = match.index;
    const end = start + match[0].length;
    from = end;
    const groups = match.groups ?? {};
    if (groups['stop'] !== undefined) {
      from = start + 1;
    } else if (groups['procedure'] !== undefined) {
      add(procedureReference(match[0]), start, end);
    } else if (groups['rangeFirst'] !== undefined) {
      for (const end of shortRange(text, groups['rangeFirst'], start, match[0])) found.push(end);
    } else if (groups['series'] !== undefined) {
      const parts = parseSeries(match[0]);
      add(parts === null || (isYearRange(parts) && /^[0-9]/.test(match[0])) ? null : seriesReference(parts), start, end);
    } else if (groups['register'] !== undefined) {
      const parts = parseRegister(match[0]);
      add(parts === null ? null : seriesReference(parts), start, end);
    } else if (groups['com'] !== undefined) {
      add(commissionReference(match[0]), start, end);
    } else if (
      groups['commissionAct'] !== undefined ||
      groups['celex'] !== undefined ||
      groups['ecli'] !== undefined ||
      groups['parliament'] !== undefined ||
      groups['association'] !== undefined
    ) {
      const group =
        groups['commissionAct'] !== undefined
          ? 'commissionAct'
          : groups['celex'] !== undefined
            ? 'celex'
            : groups['ecli'] !== undefined
              ? 'ecli'
              : groups['parliament'] !== undefined
                ? 'parliament'
                : 'association';
      add(identifierReference(group, match[0]), start, end);
    } else if (groups['journal'] !== undefined) {
      add(journalReference(match[0]), start, end);
    } else if (groups['foreignAct'] !== undefined) {
      const kind = kindAt(FOREIGN_KIND_AT, text, start);
      const item = FOREIGN_ITEM_AT.exec(match[0])?.[0] ?? '';
      const by = foreignAuthor(text, match[0].slice(0, match[0].length - item.length), start, end, found[found.length - 1]?.end ?? 0);
      add(foreignActReference(kind, item, by), by.start, by.end);
      from = by.end;
      FOREIGN_LIST_AT.lastIndex = by.end;
      for (let next = FOREIGN_LIST_AT.exec(text); next !== null; next = FOREIGN_LIST_AT.exec(text)) {
        const listed = next[1] ?? '';
        add(foreignActReference(kind, listed, by), FOREIGN_LIST_AT.lastIndex - listed.length, FOREIGN_LIST_AT.lastIndex);
        from = FOREIGN_LIST_AT.lastIndex;
      }
    } else if (groups['actAfter'] !== undefined) {
      const kind = kindAt(KIND_AFTER_AT, match[0], 0);
      // Hungarian names the author between the number and the kind (`tanácsi`), or before the number (`A Tanács 2009/371/IB határozata`).
      const words = match[0].slice((FOREIGN_ITEM_HEAD.exec(match[0])?.[0] ?? '').length);
      const before = wordsBeforeKind(text.slice(Math.max(found[found.length - 1]?.end ?? 0, start - REACH_BEFORE_KIND), start));
      const author = /parl[ae]m/iu.test(words) ? null : (authorBetween(words) ?? before.author);
      add(
        foreignActReference(kind, match[0], { author, form: formOf(words) }),
        start - (author === before.author && before.author !== null ? before.length : 0),
        end,
      );
    } else if (groups['act'] !== undefined) {
      HEAD_AT.lastIndex = start;
      const headText = HEAD_AT.exec(text)?.[0] ?? '';
      const head = singularHead(headText);
      add(actReference(head, match[0].slice(headText.length)), start, end);
      if (!/s\s*$/.test(headText)) continue;
      LIST_AT.lastIndex = end;
      for (let next = LIST_AT.exec(text); next !== null; next = LIST_AT.exec(text)) {
        const item = next[1] ?? '';
        add(actReference(head, item), LIST_AT.lastIndex - item.length, LIST_AT.lastIndex);
        from = LIST_AT.lastIndex;
      }
    }
  }
  return found;
}

/** The canonical form of one written reference (`14470/1/25 REV1`, `[13685/21](#)`), or null when the text is not exactly one reference. */
export function canonicalReference(raw: string): CanonicalReference | null {
  const found = findReferences(raw);
  const [only] = found;
  if (found.length !== 1 || only === undefined) return null;
  if (!SURROUNDING_MARKUP.test(raw.slice(0, only.start) + raw.slice(only.end))) return null;
  return { id: only.id, type: only.type, ...(only.url === undefined ? {} : { url: only.url }) };
}

/** Where the Council's register keeps a document: its series prefix, full year, and URL in one language version. */
export interface RegisterLocation {
  series: keyof typeof SERIES;
  year: number;
  url: string;
}

/**
 * The register location of a Council register reference (`CM 4578/2/24 REV2` → `CM`, 2024, `…/CM-4578-2024-REV-2/fr/pdf`)
 * in a language version under a register base address (the Council's own unless given); null for any other reference.
 */
export function registerLocation(id: string, language?: string, base?: string): RegisterLocation | null {
  const reference = canonicalReference(id);
  const isSeries = reference !== null && Object.values(SERIES).some((series) => series.type === reference.type);
  const parts = isSeries ? parseSeries(reference.id) : null;
  if (parts === null) return null;
  const year = fullYear(parts.year);
  return { series: parts.prefix, year, url: councilRegisterUrl(SERIES[parts.prefix].code, Number(parts.number), year, parts.suffixes, language, base) };
}

/**
 * The key shared by all versions of one Council register document: number and year without
 * revision or corrigendum (`14470/1/25 REV 1` → `14470/25`); an addendum and an amendment are documents of their own
 * (`13217/23 ADD 1 REV 1` → `13217/23 ADD 1`, `9887/25 AMD 1` → `9887/25 AMD 1`), never a version of the document they
 * add to or amend. Commission documents and legal acts have no versions here: null.
 */
export function familyKey(id: string): string | null {
  const reference = canonicalReference(id);
  if (reference === null) return null;
  if (
    reference.type === 'commission' ||
    reference.type === 'regulation' ||
    reference.type === 'directive' ||
    reference.type === 'decision' ||
    reference.type === 'official-journal' ||
    reference.type === 'celex' ||
    reference.type === 'case-law' ||
    reference.type === 'parliament' ||
    reference.type === 'association' ||
    reference.type === 'procedure'
  )
    return null;
  const parts = parseSeries(reference.id);
  if (parts === null) return null;
  const prefix = parts.prefix === 'ST' ? '' : `${parts.prefix} `;
  const own = parts.suffixes.filter((suffix) => suffix.kind === 'ADD' || suffix.kind === 'AMD').map(({ kind, index }) => ` ${kind} ${index}`);
  return `${prefix}${parts.number}/${parts.year}${own.join('')}`;
}

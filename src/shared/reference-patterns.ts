/**
 * The written forms of the references the ingest recognises, as named regular-expression sources.
 *
 * Every pattern is anchored on a fixed keyword or on digits, has bounded whitespace runs and no
 * quantified group that contains another unbounded quantifier, so scanning is linear in the input
 * (issue 4: a 100,000-character line or a 5 MB file must not make the matcher backtrack).
 */

import { KINDS_AFTER_NUMBER, KINDS_BEFORE_NUMBER, JURISDICTION_TAGS, LIST_JOINERS, NUMBER_WORDS, SERIES_TAGS, SHARED_TAGS, type ActKind } from './act-forms.ts';
import { ASSOCIATION_SERIES } from './association-series.ts';
import { VERSION_SUFFIX_WORDS } from './version-suffixes.ts';

/** The kinds of act, framework decisions before the decisions their names contain. */
const ACT_KINDS: readonly ActKind[] = ['Framework Decision', 'Regulation', 'Directive', 'Decision'];

/**
 * A reference may not be glued on its left to a letter, digit, slash, dot or hyphen: then it is part of a URL path, a date
 * or a CELEX number; but for a hyphen after a Council number's year, the range it closes (`9267/25-9270/25`).
 */
const NOT_GLUED_LEFT = String.raw`(?<![A-Za-z0-9_/.]|(?<![0-9]/[0-9]{2})-)`;

/** Nor on its right to a letter, digit or slash (`2024/1689` is not the Council number `2024/16`). Superscript footnote marks may follow. */
const NOT_GLUED_RIGHT = String.raw`(?![A-Za-z0-9_/])`;

/**
 * Series prefixes of Council registers: meeting documents, working documents, European Council documents, the meeting
 * room documents (`SN 2345/25`), the Article 50 documents (`XT 20001/25`), the delegations' documents (`DS 1234/25`),
 * the texts agreed with the Parliament (`PE-CONS 12/25`), each a series of its own (not `2345/25`), and the optional
 * `ST` of the main series.
 */
export const SERIES_PREFIXES = ['CM', 'WK', 'EUCO', 'SN', 'XT', 'DS', 'PE-CONS', 'ST'] as const;
const SERIES_PREFIX = `(?:${SERIES_PREFIXES.join('|')})`;

/** The most spaces a series prefix and its number's digits may stand apart (`EUCO  50/24`), as SERIES_NUMBER allows. */
export const SPACES_AFTER_PREFIX = 2;

/**
 * The Council's other series, whose numbers the register does not keep under the main series: those of the association
 * and stabilisation councils and the other joint bodies (`UE-UA 2101/19`, `UE-MD 2002/25`, `ACP-UE 2103/25`, `EEE 1601/25`: association-series.ts), which the archive does not read as references, and
 * those it reads with their prefix (SERIES_PREFIX: `SN`, `DS`, `XT`, `PE-CONS`). A number after one of their names is
 * no document of the main series (`XT 21001/19` is not `21001/19`).
 */
const NOT_OTHER_SERIES = String.raw`(?<!(?<![A-Za-z])(?:SN|DS|XT|PE-CONS|${ASSOCIATION_SERIES})[ \t\u00a0]{1,2})`;

/**
 * What may stand right after a number's slash: nothing, or the line's end or the one space a page run into one line
 * leaves where a word processor wrapped the number after its slash (`14470/` / `25` → `14470/ 25`).
 */
const AFTER_SLASH = String.raw`[ \n]?`;

/** The middle revision index of `14470/1/25 REV 1`. */
const REVISION_INDEX = String.raw`(?:/${AFTER_SLASH}[1-9][0-9]?)?`;

/**
 * The dash between the two numbers of a range printed with its year once, after the last (`9876-9879/25`,
 * `9876–9879/25`, `9876 – 9879/25`): one space at most on either side. references.ts reads the first number (group
 * `rangeFirst`) under the last one's year, and number-ranges.ts the numbers between.
 */
const SHORT_RANGE_DASH = String.raw`[ \u00a0]?[-‐‑–][ \u00a0]?`;

/**
 * A Council register number. With a series prefix any number and a two- or four-digit year
 * (`WK 13949/2021`, `EUCO 50/24`). Without one, at least three digits and a two-digit year: the main
 * series numbers from 5000 up each year, and a stricter form keeps ratios like `50/50` and
 * regulation numbers like `2024/1689` out.
 */
const SERIES_NUMBER =
  String.raw`(?:${SERIES_PREFIX}\s{0,${SPACES_AFTER_PREFIX}}[1-9][0-9]{0,5}${REVISION_INDEX}/${AFTER_SLASH}(?:[0-9]{4}|[0-9]{2})` +
  String.raw`|${NOT_OTHER_SERIES}(?:(?<rangeFirst>[1-9][0-9]{2,5})${SHORT_RANGE_DASH})?[1-9][0-9]{2,5}${REVISION_INDEX}/${AFTER_SLASH}[0-9]{2})${NOT_GLUED_RIGHT}`;

/**
 * Version suffixes, at most three (`ADD 1 REV 1`): revision, addendum, corrigendum, the version made public in part
 * (`EXT 1`), the declassification (`DCL 1`) and an amendment (`AMD 1`: src/shared/version-suffixes.ts); `REV1` is tolerated, and a line break may separate the number from them.
 */
const SERIES_SUFFIXES = String.raw`(?:\s{0,10}(?:${VERSION_SUFFIX_WORDS})\s{0,2}[1-9][0-9]?(?![0-9])){0,3}`;

/** A Council register reference: `16515/09`, `14470/1/25 REV 1`, `CM 4578/2/24 REV 2`, `WK 13949/2021`, `EUCO 50/24`. */
export const SERIES_REFERENCE = `${NOT_GLUED_LEFT}${SERIES_NUMBER}${SERIES_SUFFIXES}`;

/** A space between the parts of a number in the register's form; a PDF may print it as a no-break space. */
const REGISTER_SPACE = String.raw`[ \t\u00a0]{1,2}`;

/**
 * A Council document number in the form the register and its exports print it (`ST 14978 2016 INIT`, `ST 9876 2025 REV 1`,
 * `CM 2345 2020 INIT`, `WK 13949 2021 ADD 1`): series, number and full year apart, then `INIT` for the first version or
 * its version suffixes. Without `INIT` or a suffix, `ST 14978 2016` could be any three figures, so one is required.
 */
export const REGISTER_REFERENCE =
  String.raw`${NOT_GLUED_LEFT}${SERIES_PREFIX}${REGISTER_SPACE}[1-9][0-9]{0,5}${REGISTER_SPACE}(?:19|20)[0-9]{2}` +
  String.raw`(?:${REGISTER_SPACE}INIT|(?:${REGISTER_SPACE}(?:${VERSION_SUFFIX_WORDS})${REGISTER_SPACE}[1-9][0-9]?(?![0-9])){1,3})${NOT_GLUED_RIGHT}`;

/** Where a number in the register's form may start: its series, a number and a full year (a cheap search before the scan). */
export const REGISTER_START = String.raw`${SERIES_PREFIX}${REGISTER_SPACE}[1-9][0-9]{0,5}${REGISTER_SPACE}(?:19|20)[0-9]{2}`;

/** Parts of a number in the register's form already found: series, number, full year, and the rest (`INIT` or its suffixes). */
export const REGISTER_PARTS = /^(CM|WK|EUCO|SN|XT|DS|PE-CONS|ST)\s+([0-9]+)\s+([0-9]{4})([\s\S]*)$/;

/** Parts of a series reference already found: prefix, number, revision index, year, and the rest (its suffixes). */
export const SERIES_PARTS = /^(?:(CM|WK|EUCO|SN|XT|DS|PE-CONS|ST)\s*)?([0-9]+)(?:\/\s?([0-9]+))?\/\s?([0-9]+)([\s\S]*)$/;

/** One version suffix inside the rest of a series reference. */
export const SERIES_SUFFIX = new RegExp(String.raw`(${VERSION_SUFFIX_WORDS})\s*([0-9]+)`, 'g');

/**
 * The Commission's other numbered series a Council cover note transmits: staff working documents (`SWD(2025) 123 final`),
 * the older SEC series (`SEC(2011) 567 final`) and joint communications with the High Representative (`JOIN(2020) 5 final`),
 * written like its COM documents.
 */
export const COMMISSION_SERIES = ['COM', 'SWD', 'SEC', 'JOIN'] as const;

/**
 * The national names of two series in the language versions before 2010 (`KOM(2007) 839 endgültig`, `SEK(2007) 839 slutlig`
 * in Danish, German, Swedish, Finnish, Czech, Slovak, Slovenian, Estonian, Lithuanian, Polish), and the series they name.
 */
export const COMMISSION_SERIES_NATIONAL = { KOM: 'COM', SEK: 'SEC' } as const;

/** Every name a Commission series is printed under, English and national. */
export const COMMISSION_SERIES_NAMES = [...COMMISSION_SERIES, ...Object.keys(COMMISSION_SERIES_NATIONAL)];

/**
 * The word for "final" after a Commission document's number in each language version (English, French, Spanish,
 * Portuguese, Romanian `final`; Maltese `finali`; German `endgültig`; Danish `endelig`; Swedish `slutlig`; Finnish
 * `lopullinen`; Dutch `definitief`; Italian `definitivo`; Polish `wersja ostateczna`; Czech `v konečném znění`; Slovak
 * `v konečnom znení`; Slovenian `konč.`; Estonian `lõplik`; Lithuanian `galutinis`; Latvian `galīgā redakcija`;
 * Hungarian `végleges`; Greek `τελικό`; Bulgarian `окончателен`): part of the reference, as `final` is.
 */
const COMMISSION_FINAL_WORDS = [
  'final',
  'finali',
  'endgültig',
  'endelig',
  'slutlig',
  'lopullinen',
  'definitief',
  'definitivo',
  'wersja ostateczna',
  'v konečném znění',
  'v konečnom znení',
  'konč\\.',
  'lõplik',
  'galutinis',
  'galīgā redakcija',
  'végleges',
  'τελικό',
  'окончателен',
];

/** No letter of the Latin, Greek or Cyrillic scripts may follow the word for "final" (`finally`, `definitivos` are other words). */
const NO_LETTER_AFTER = String.raw`(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`;

/** The word for "final" of any language version after a Commission document's number, no letter after it. */
export const COMMISSION_FINAL = String.raw`(?:${COMMISSION_FINAL_WORDS.join('|')})${NO_LETTER_AFTER}`;

/**
 * A Commission document of any of its series: `COM/2023/516 final`, `COM(2023) 516 final`, `SWD(2022) 170 final`, `JOIN/2020/5`,
 * `KOM(2016) 123 endgültig`, and EUR-Lex's slashed form with the number on four digits (`COM/2017/0382 final`); the word for
 * "final" is optional in the text.
 */
export const COMMISSION_REFERENCE = String.raw`(?<![A-Za-z])(?:${COMMISSION_SERIES_NAMES.join('|')})\s?(?:\(\s?(?:19|20)[0-9]{2}\s?\)\s?[1-9][0-9]{0,3}|/(?:19|20)[0-9]{2}/(?:[1-9][0-9]{0,3}|0[0-9]{3}))(?![0-9])(?:\s{1,3}${COMMISSION_FINAL})?`;

/** Series (as printed), year and number of a Commission document already found. */
export const COMMISSION_PARTS = /^(COM|SWD|SEC|JOIN|KOM|SEK)\s?(?:\(\s?|\/)([0-9]{4})(?:\s?\)\s?|\/)([0-9]+)/;

/**
 * The head of a legal act: optional author, optional form, then the act's kind, singular or plural
 * (`Council Decision`, `Commission Implementing Regulation`, `Framework Decision`, `Regulations`).
 */
export const ACT_HEAD = String.raw`(?<![A-Za-z])(?:(?:Council|Commission)\s{1,3})?(?:(?:Implementing|Delegated|Framework)\s{1,3})?(?:Regulation|Directive|Decision)s?\s{1,3}`;

/** Jurisdiction tags in brackets before an act's number: `(EU)`, `(EC)`, `(EEC)`, `(EU, Euratom)`, `(CFSP)`. */
const ACT_JURISDICTION = String.raw`\((?:EU|EC|EEC|EU,\s?Euratom|Euratom|ECSC|CFSP)\)\s{1,3}`;

/** Series tags after an act's number: `2000/31/EC`, `2010/131/EU`, `2008/615/JHA`. */
const ACT_SERIES_TAG = String.raw`/(?:EU|EC|EEC|JHA|CFSP|Euratom|ECSC)`;

/** The number of an act: `No 1049/2001`, `2024/1689`. */
const ACT_NUMBER = String.raw`(?:No\.?\s{1,3})?[0-9]{2,4}/[0-9]{1,4}`;

/**
 * One act after its head: `(EU) 2024/1689`, `(EC) No 1049/2001`, `2000/31/EC`. The jurisdiction in
 * brackets or the series tag must be there: a bare `2002/946` (as in the malformed
 * `Framework Decision 2002/946 JHA`) is not recognised as an act.
 */
export const ACT_ITEM = String.raw`(?:${ACT_JURISDICTION}${ACT_NUMBER}(?:${ACT_SERIES_TAG})?|${ACT_NUMBER}${ACT_SERIES_TAG})(?![0-9/])`;

/**
 * The next act of a plural list (`Regulations (EC) No 300/2008, (EU) No 167/2013 and (EU) 2018/858`):
 * each act of the list is reported on its own, named with the singular head of the list
 * (`Regulation (EU) No 167/2013`), its offsets those of its own number. The list ends at the first
 * element that is not an act, so `… and Directives 2014/90/EU` starts a new list.
 */
export const ACT_LIST_NEXT = String.raw`(?:\s{0,2},\s{0,3}|\s{1,3}and\s{1,3})(${ACT_ITEM})`;

/** Parts of one act already found: jurisdiction, the `No` marker, the two numbers and the series tag. */
export const ACT_PARTS = /^(?:\(([^)]*)\)\s*)?(No\.?\s*)?([0-9]+)\/([0-9]+)(?:\/([A-Za-z]+))?$/;

/** Web addresses: numbers inside them are never references, so the scanner consumes them whole. */
export const WEB_ADDRESS = String.raw`(?:https?://|www\.)[^\s<>"]+`;

/** The letters of the scripts the Official Journal prints in: Latin with its accented forms, Greek and Cyrillic. */
const LETTER = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u1F00-\u1FFF\u0400-\u04FF`;

/**
 * The name of the Official Journal of the European Union in each language version's citations: `OJ` (English), `JO`
 * (French, Portuguese, Romanian), `ABl.` (German), `DO` (Spanish), `GU` (Italian), `PB` (Dutch), `Dz.U.` (Polish),
 * `Úř. věst.` (Czech), `Ú. v. EÚ` (Slovak), `UL` (Slovenian), `HL` (Hungarian), `ELT` (Estonian), `OV` (Latvian), `OL`
 * (Lithuanian), `EUVL` (Finnish), `EUT` (Swedish, Danish), `ΕΕ` (Greek), `ОВ` (Bulgarian), `ĠU` (Maltese), `IO`
 * (Irish), `SL` (Croatian).
 */
const JOURNAL_NAMES = [
  'OJ',
  'JO',
  String.raw`ABl\.`,
  'DO',
  'GU',
  'PB',
  String.raw`Dz\.[ \u00a0]?U\.`,
  String.raw`Úř\.[ \u00a0]?věst\.`,
  String.raw`Ú\.[ \u00a0]?v\.(?:[ \u00a0]EÚ)?`,
  'UL',
  'HL',
  'ELT',
  'OV',
  'OL',
  'EUVL',
  'EUT',
  'ΕΕ',
  'ОВ',
  'ĠU',
  'IO',
  'SL',
];

/** The letters an Official Journal's name opens with (each name's first character is a letter, never a pattern's). */
export const JOURNAL_FIRST = [...new Set(JOURNAL_NAMES.map((name) => name.charAt(0)))].join('');

/** A space inside an Official Journal citation; a PDF may print it as a no-break space. */
const JOURNAL_SPACE = String.raw`[ \u00a0]`;

/** Where an Official Journal citation starts: the journal's name and its series (`OJ L `, `ABl. C `, `JO L,`). */
export const JOURNAL_START = String.raw`(?<![${LETTER}0-9])(?:${JOURNAL_NAMES.join('|')})${JOURNAL_SPACE}[LC](?=[ \u00a0,])`;

/**
 * An Official Journal citation of an issue: its series and number (a special edition's letter after it: `C 123 I`;
 * the page after a slash in older citations: `L 135/53 of 24.5.2016`),
 * then the day it appeared in the form of each language (`24.5.2016`; Hungarian `2016.5.24`, Lithuanian `2016 5 24`),
 * a short word between (`du`, `vom`, `de`, `del`, `van`, `z`, `af`, `της`); or, since October 2023, the act's own
 * number in the series (`OJ L, 2024/1689`, the day after it taken in: `, 12.7.2024`). The page after it stays text.
 * An issue with its page but no day (`OJ L 135/53`, `ABl. C 202/1`) is matched last, so that its number and page are
 * not read as a Council document (`135/53`): without its year the issue has no address (journalReference gives null).
 */
export const OFFICIAL_JOURNAL =
  String.raw`${JOURNAL_START}(?:${JOURNAL_SPACE}[1-9][0-9]{0,2}(?:${JOURNAL_SPACE}?[A-Z]{1,2})?(?:/[1-9][0-9]{0,3})?(?![0-9A-Za-z])\.?,?${JOURNAL_SPACE}{1,2}(?:[${LETTER}]{1,4}${JOURNAL_SPACE}{1,2})?` +
  String.raw`(?:[1-3]?[0-9]\.${JOURNAL_SPACE}?[01]?[0-9]\.${JOURNAL_SPACE}?(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[. ]${JOURNAL_SPACE}?[01]?[0-9][. ]${JOURNAL_SPACE}?[1-3]?[0-9])(?![0-9])` +
  String.raw`|,${JOURNAL_SPACE}(?:19|20)[0-9]{2}/[1-9][0-9]{0,4}(?![0-9/])(?:,?${JOURNAL_SPACE}{1,2}(?:[${LETTER}]{1,4}${JOURNAL_SPACE}{1,2})?[1-3]?[0-9]\.${JOURNAL_SPACE}?[01]?[0-9]\.${JOURNAL_SPACE}?(?:19|20)[0-9]{2}(?![0-9]))?` +
  String.raw`|${JOURNAL_SPACE}[1-9][0-9]{0,2}(?:${JOURNAL_SPACE}?[A-Z]{1,2})?/[1-9][0-9]{0,3}(?![0-9/]))`;

/** Parts of an Official Journal citation already found: the series, then the number, edition and day (`135`, `I`, `24.5.2016`) or the act's year and number. */
export const JOURNAL_PARTS = new RegExp(
  String.raw`[ \u00a0]([LC])(?:[ \u00a0]([0-9]+)(?:[ \u00a0]?([A-Z]{1,2}))?(?:/[0-9]+)?(?![0-9A-Za-z])[\s\S]*?(?:([0-9]{1,2})\.[ \u00a0]?([0-9]{1,2})\.[ \u00a0]?([0-9]{4})|([0-9]{4})[. ][ \u00a0]?([0-9]{1,2})[. ][ \u00a0]?([0-9]{1,2}))$|,[ \u00a0]([0-9]{4})/([0-9]+)(?![0-9]))`,
);

/** A form of act-forms.ts as a pattern, in lower case, with its first letter capital and in capitals: `*` takes the word's endings. */
function formVariants(form: string): string[] {
  const source = (text: string): string =>
    text
      .replaceAll('.', '\\.')
      .replaceAll(' ', String.raw`\s{1,3}`)
      .replaceAll('*', `[${LETTER}]{0,8}`);
  return [...new Set([form, form.charAt(0).toUpperCase() + form.slice(1), form.toUpperCase()])].map(source);
}

/** Every form of the given kinds, longest first, as one alternation (factored: the same matches, tried faster). */
function kindAlternation(kinds: readonly (readonly string[])[]): string {
  const forms = kinds.flat().sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${factoredAlternatives(forms.flatMap(formVariants))})`;
}

/** A pattern that opens with no literal character matched once: with its syntax, a surrogate (half of one), or a quantified character. */
const NOT_LITERAL = /^(?:[\\[\](){}.*+?|^$]|[\ud800-\udfff]|.[*+?{])/s;

/**
 * Alternatives of a pattern joined with those opening with the same literal character factored (`Regulation|Règlement`
 * … `R(?:egulation|èglement)`), recursively, so that a place of a text is tried against each first character once
 * rather than against every alternative. The same matches: two alternatives opening with different characters never
 * match at the same place, so moving one past the other changes nothing, and those opening alike keep their order; one
 * opening otherwise (with a class, a group, an escape, a quantified character, or empty) is moved past by none.
 */
function factoredAlternatives(sources: readonly string[]): string {
  const out: string[] = [];
  let groups = new Map<string, string[]>();
  const close = (): void => {
    for (const [first, rests] of groups) out.push(rests.length === 1 ? `${first}${rests[0] ?? ''}` : `${first}(?:${factoredAlternatives(rests)})`);
    groups = new Map();
  };
  for (const source of sources) {
    if (source === '' || NOT_LITERAL.test(source)) {
      close();
      out.push(source);
      continue;
    }
    const first = source.charAt(0);
    const rests = groups.get(first);
    if (rests === undefined) groups.set(first, [source.slice(1)]);
    else rests.push(source.slice(1));
  }
  close();
  return out.join('|');
}

/** The kind words of one kind in every language that puts them before the number. */
export function foreignKindForms(kind: ActKind): string[] {
  return Object.values(KINDS_BEFORE_NUMBER).flatMap((forms) => forms[kind]);
}

/** A kind word of any language that puts it before the number. */
const FOREIGN_KIND = kindAlternation(ACT_KINDS.map(foreignKindForms));

/** Every jurisdiction tag printed in brackets (longest first), and every series tag printed after a number. */
const BRACKET_TAGS = [...Object.keys(JURISDICTION_TAGS), ...Object.keys(SERIES_TAGS), ...SHARED_TAGS, 'EEC'].sort((a, b) => b.length - a.length);
const FOREIGN_JURISDICTION = String.raw`\((?:${BRACKET_TAGS.join('|')})(?:,\s?(?:Euratom|Ευρατόμ|Евратом))?\)\s{1,3}`;
const FOREIGN_SERIES_TAG = String.raw`/(?:${BRACKET_TAGS.join('|')})(?![${LETTER}])`;
const FOREIGN_NUMBER = String.raw`(?:(?:No\.?|${NUMBER_WORDS.join('|')})\s{0,3})?[0-9]{2,4}/[0-9]{1,4}`;

/**
 * One act after a kind word of another language: `(UE) 2016/794`, `(WE) nr 1049/2001`, `2009/371/JAI`, `(ΚΕΠΠΑ) 2022/351`;
 * as in English the bracketed tag or the series tag must be there.
 */
export const FOREIGN_ACT_ITEM = String.raw`(?:${FOREIGN_JURISDICTION}${FOREIGN_NUMBER}(?:${FOREIGN_SERIES_TAG})?|${FOREIGN_NUMBER}${FOREIGN_SERIES_TAG})(?![0-9/])`;

/**
 * An act named in another language, the kind first: the kind word, at most four words that are no kind word (the authors
 * or form Czech, Polish or French print between: `nařízení Evropského parlamentu a Rady (EU) 2016/794`,
 * `règlement d'exécution (UE) 2019/1234`), then the act.
 */
export const FOREIGN_ACT = String.raw`(?<![${LETTER}])${FOREIGN_KIND}(?:\s{1,3}(?!(?:${FOREIGN_KIND}|(?:Regulation|Directive|Decision)s?)(?![${LETTER}]))[${LETTER}'’-]{1,20}){0,4}?\s{1,3}${FOREIGN_ACT_ITEM}`;

/** The Hungarian act, the number first: `(EU) 2016/794 rendelet`, `2010/131/EU tanácsi határozat`, `az (EU) 2016/794 európai parlamenti és tanácsi rendeletnek`. */
export const ACT_BEFORE_KIND = String.raw`(?<![${LETTER}0-9/])${FOREIGN_ACT_ITEM}(?:\s{1,3}[a-záéíóöőúüű]{1,20}){0,4}?\s{1,3}${kindAlternation(ACT_KINDS.map((kind) => KINDS_AFTER_NUMBER[kind]))}(?![${LETTER}])`;

/** The next act of a list in another language: `décisions 2009/371/JAI, 2009/934/JAI et 2009/968/JAI`. */
export const FOREIGN_LIST_NEXT = String.raw`(?:\s{0,2},\s{0,3}|\s{1,3}(?:${LIST_JOINERS.join('|')})\s{1,3})(${FOREIGN_ACT_ITEM})`;

/** The kind each form names, framework decisions first: sticky patterns over a matched act's head. */
export const FOREIGN_KIND_AT: readonly (readonly [ActKind, RegExp])[] = ACT_KINDS.map(
  (kind) => [kind, new RegExp(kindAlternation([foreignKindForms(kind)]) + `(?![${LETTER}])`, 'y')] as const,
);

/** The kind of a Hungarian act, by the word after its number. */
export const KIND_AFTER_AT: readonly (readonly [ActKind, RegExp])[] = ACT_KINDS.map(
  (kind) => [kind, new RegExp(`${kindAlternation([KINDS_AFTER_NUMBER[kind]])}$`)] as const,
);

/** Parts of an act of another language already found: bracketed tag, the word for "No", the two numbers and the series tag. */
export const FOREIGN_ACT_PARTS = new RegExp(String.raw`^(?:\(([^)]*)\)\s*)?((?:No\.?|${NUMBER_WORDS.join('|')})\s*)?([0-9]+)/([0-9]+)(?:/(\S+))?`);

/**
 * References written as identifiers rather than as Council numbers or acts: a Commission document of its C series
 * (`C(2025) 1234 final`), a CELEX number (`32016R0794`), a European Case Law Identifier (`ECLI:EU:C:2024:123`), a
 * European Parliament document (`PE 123.456`) and an association council's document (`UE-UA 2101/25`). Each keeps its kind; it gets an official address only where that address
 * is certain (EUR-Lex's for a CELEX number and for a decision of the Union's courts), and none otherwise.
 *
 * Every pattern starts on a fixed keyword or digits and has bounded runs only: linear on any input.
 */
import { ASSOCIATION_SERIES, associationSeries } from './association-series.ts';
import { celexUrl, ecliUrl, procedureUrl } from './official-url.ts';
import { COMMISSION_FINAL } from './reference-patterns.ts';
import type { CanonicalReference } from './references.ts';
import { VERSION_SUFFIX_WORDS } from './version-suffixes.ts';

/** Not glued on the left to a letter, digit, underscore, slash, dot or hyphen: then it is part of a path, a code or a word. */
const NOT_GLUED_LEFT = String.raw`(?<![A-Za-z0-9_/.\-])`;

/**
 * The letter of the Commission's C series in each language version: `C` in most, `K` in the German, Danish, Swedish,
 * Finnish, Polish, Czech and Estonian ones (`K(2007) 839 endgültig`), the Greek capital kappa `Κ` and the Cyrillic `С`
 * of the Bulgarian one.
 */
const C_SERIES_LETTER = '[CKΚС]';

/**
 * A Commission document of its C series (its decisions and delegated and implementing acts as adopted), as every language
 * version prints it: `C(2025) 1234 final`, `C (2024) 987`, the older `C(97) 3742`, `K(2007) 839 endgültig`, `Κ(2007) 839
 * τελικό`. EUR-Lex publishes only some of them, at no address the number alone gives: the reference is kept without a
 * link, under the English `C(2007) 839 final`.
 */
const COMMISSION_ACT = String.raw`${NOT_GLUED_LEFT}(?<![\u0370-\u03ff\u0400-\u04ff])${C_SERIES_LETTER}\s?\(\s?(?:(?:19|20)[0-9]{2}|[0-9]{2})\s?\)\s?[1-9][0-9]{0,4}(?![0-9])(?:\s{1,3}${COMMISSION_FINAL})?`;

/**
 * A CELEX number, the EUR-Lex identifier of a document: its sector (1–9), year, one or two capital letters of its type
 * and its number on four digits (`32016R0794`, `62014CJ0362`, `52020DC0795`), a corrigendum's `R(01)` after it.
 */
const CELEX = String.raw`${NOT_GLUED_LEFT}[1-9](?:19|20)[0-9]{2}[A-Z]{1,2}[0-9]{4}(?:R\([0-9]{2}\))?(?![A-Za-z0-9_/])`;

/**
 * A European Case Law Identifier: `ECLI`, the country code (`EU` for the Union's courts), the court, the year and the
 * decision's ordinal number (letters, digits, dots between: `ECLI:NL:HR:2009:BH1234`, `ECLI:FR:CC:2019:2019.778.QPC`).
 */
const ECLI = String.raw`(?<![A-Za-z0-9])ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:(?:19|20)[0-9]{2}:[A-Za-z0-9]{1,25}(?:\.[A-Za-z0-9]{1,25}){0,4}(?![A-Za-z0-9])`;

/**
 * A European Parliament document by its PE number (`PE 123.456`, `PE765.432v01-00`). The Parliament's address of a
 * document is not made from this number: the reference is kept without a link.
 */
const PARLIAMENT = String.raw`${NOT_GLUED_LEFT}PE\s?[1-9][0-9]{2}\.[0-9]{3}(?:v[0-9]{2}-[0-9]{2})?(?![0-9A-Za-z])`;

/**
 * The prefix of a joint body's series (association-series.ts): an association or stabilisation council's, `UE-` and the
 * partner's two-letter code (`UE-UA`), the ACP-EU bodies' `ACP-UE` and the EEA's `EEE`, a hyphen printed as a dash too.
 */
const ASSOCIATION_PREFIX = ASSOCIATION_SERIES;

/**
 * A document of an association or stabilisation council's series, with its versions: `UE-UA 2101/25`, `UE-MD 1056/1/25
 * REV 1`, `UE-GE 3001/24 ADD 1`. The register keeps these series apart from its main one (`UE-UA 2101/25` is not
 * `2101/25`) at no address certain from the number: the reference is kept without a link, a page of its own listing the
 * papers that cite it.
 */
const ASSOCIATION = String.raw`${NOT_GLUED_LEFT}${ASSOCIATION_PREFIX}[ \t\u00a0]{1,3}[1-9][0-9]{0,5}(?:/[1-9][0-9]?)?/[0-9]{2}(?![0-9/])(?:[ \t]{1,3}(?:${VERSION_SUFFIX_WORDS})[ \t]?[1-9][0-9]?(?![0-9])){0,3}`;

/** A version suffix of an association's number and its figure, apart or not (`REV1`, `REV 1`). */
const SPACED_SUFFIX = new RegExp(String.raw`(${VERSION_SUFFIX_WORDS}) ?([0-9])`, 'g');

/** The five forms as one alternation of named groups, for the reference scanner. */
export const IDENTIFIER_REFERENCE = `(?<commissionAct>${COMMISSION_ACT})|(?<celex>${CELEX})|(?<ecli>${ECLI})|(?<parliament>${PARLIAMENT})|(?<association>${ASSOCIATION})`;

/** Where one of the five may start (a cheap search before the scan): all but CELEX start on a keyword, CELEX on its whole shape. */
export const IDENTIFIER_START = String.raw`${C_SERIES_LETTER}\s?\(\s?[0-9]{2}|[1-9](?:19|20)[0-9]{2}[A-Z]{1,2}[0-9]{4}|ECLI:|PE\s?[1-9][0-9]{2}\.[0-9]|${ASSOCIATION_PREFIX}[ \t\u00a0]`;

/** The characters IDENTIFIER_START's alternatives open with, as a character class's contents: a C series letter, CELEX's first digit, `A`, `E`, `P`, `U`. */
export const IDENTIFIER_FIRST = `${C_SERIES_LETTER.slice(1, -1)}1-9AEPU`;

const COMMISSION_ACT_PARTS = /^[CKΚС]\s?\(\s?([0-9]+)\s?\)\s?([0-9]+)/u;
const CELEX_PARTS = /^[1-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:R\([0-9]{2}\))?/;
const PARLIAMENT_PARTS = /^PE\s?([0-9]{3}\.[0-9]{3}(?:v[0-9]{2}-[0-9]{2})?)/;

/**
 * The procedures an interinstitutional file's number names in its brackets, as the Legislative Observatory codes them
 * in every language: ordinary legislative procedure (`COD`), consultation (`CNS`), consent (`APP`), non-legislative
 * enactment (`NLE`), budget (`BUD`), discharge (`DEC`), the cooperation and assent procedures before 2009 (`SYN`,
 * `AVC`), interinstitutional agreements (`ACI`), regulatory procedure with scrutiny (`RPS`), delegated acts (`DEA`),
 * implementing acts (`DCE`), own-initiative reports and legislative initiatives (`INI`, `INL`), resolutions (`RSP`).
 */
const PROCEDURE_CODES = ['COD', 'CNS', 'APP', 'NLE', 'BUD', 'DEC', 'SYN', 'AVC', 'ACI', 'RPS', 'DEA', 'DCE', 'INI', 'INL', 'RSP'];

/**
 * An interinstitutional file's procedure as Council papers print it: its year, its number on four figures and its code
 * in brackets (`2023/0123(COD)`, `2023/0123 (COD)`, `2008/0242 ( CNS )`). Starting on four figures and a slash, it is
 * matched by the number scanner (references.ts) as well as the whole one. Groups: year, number, code.
 */
export const PROCEDURE = String.raw`(?<![A-Za-z0-9_/.\-])((?:19|20)[0-9]{2})/([0-9]{4})[ \u00a0]?\([ \u00a0]?(${PROCEDURE_CODES.join('|')})[ \u00a0]?\)`;

/** The parts of a procedure already found: year, number, code. */
const PROCEDURE_PARTS = /^([0-9]{4})\/([0-9]{4})[ \u00a0]?\([ \u00a0]?([A-Z]{3})/;

/** The procedure found by PROCEDURE, under one id however printed (`2023/0123(COD)`), with its Legislative Observatory address. */
export function procedureReference(text: string): CanonicalReference | null {
  const parts = PROCEDURE_PARTS.exec(text);
  if (parts === null) return null;
  const id = `${parts[1] ?? ''}/${parts[2] ?? ''}(${parts[3] ?? ''})`;
  return { id, type: 'procedure', url: procedureUrl(id) };
}

/** The parts of an association council's number already found: the partner's code and the number with its versions. */
const ASSOCIATION_PARTS = /^(\S+)\s+(\S+(?:\s+\S+)*)$/;

/** The groups of IDENTIFIER_REFERENCE. */
export type IdentifierGroup = 'commissionAct' | 'celex' | 'ecli' | 'parliament' | 'association';

/** The reference an identifier found by IDENTIFIER_REFERENCE names, by the name of the group that matched it. */
export function identifierReference(group: IdentifierGroup, text: string): CanonicalReference | null {
  if (group === 'association') {
    const parts = ASSOCIATION_PARTS.exec(text);
    // one id however printed: `UE-UA 2101/25`, spaces single, a suffix's figure spaced (`REV1` → `REV 1`)
    const number = parts?.[2]?.replace(/\s+/g, ' ').replace(SPACED_SUFFIX, '$1 $2');
    const series = associationSeries(parts?.[1] ?? '');
    return series === null || number === undefined ? null : { id: `${series} ${number}`, type: 'association' };
  }
  if (group === 'commissionAct') {
    const parts = COMMISSION_ACT_PARTS.exec(text);
    return parts === null ? null : { id: `C(${parts[1] ?? ''}) ${Number(parts[2])} final`, type: 'commission' };
  }
  if (group === 'celex') {
    const celex = CELEX_PARTS.exec(text)?.[0];
    return celex === undefined ? null : { id: `CELEX ${celex}`, type: 'celex', url: celexUrl(celex) };
  }
  if (group === 'ecli') return { id: text, type: 'case-law', ...(text.startsWith('ECLI:EU:') ? { url: ecliUrl(text) } : {}) };
  const parts = PARLIAMENT_PARTS.exec(text);
  return parts === null ? null : { id: `PE ${parts[1] ?? ''}`, type: 'parliament' };
}

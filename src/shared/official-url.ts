/** Official addresses of referenced documents: the Council's public register and EUR-Lex. */
import type { VersionSuffixKind } from './version-suffixes.ts';

/** The Council register's document URL; `{id}` is e.g. `ST-14470-2025-REV-1`. */
export const COUNCIL_REGISTER = 'https://data.consilium.europa.eu/doc/document/';

/** The language version the archive links to: the register publishes every language, English is the working one. */
const REGISTER_LANGUAGE = 'en';

/** EUR-Lex's English text page; followed by `CELEX:…`, `COM:…` or `OJ:…`. */
const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=';

/** Two-digit years from this value up are read as 19xx, below it as 20xx. */
const CENTURY_PIVOT = 50;

/** The four-digit year of a two- or four-digit year as written: `25` → 2025, `99` → 1999, `2021` → 2021. */
export function fullYear(written: string): number {
  const year = Number(written);
  if (written.length > 2) return year;
  return year >= CENTURY_PIVOT ? 1900 + year : 2000 + year;
}

/** A version suffix of a Council document: `ADD 1` → `ADD-1`. */
export interface SeriesSuffix {
  kind: VersionSuffixKind;
  index: number;
}

/**
 * The register URL of a Council document: series code, number, full year, then its suffixes or `INIT` (the middle
 * revision index is not part of it), in a language version (English unless given) under a register base address
 * (the Council's own unless given: `npm run fetch` may be pointed at another).
 */
export function councilRegisterUrl(
  series: string,
  number: number,
  year: number,
  suffixes: readonly SeriesSuffix[],
  language: string = REGISTER_LANGUAGE,
  base: string = COUNCIL_REGISTER,
): string {
  const version = suffixes.length === 0 ? 'INIT' : suffixes.map((suffix) => `${suffix.kind}-${suffix.index}`).join('-');
  return `${base}${series}-${number}-${year}-${version}/${language}/pdf`;
}

/**
 * The EUR-Lex URL of a Commission document of any of its series, addressed as EUR-Lex addresses them by series, year
 * and number: `COM(2023) 516 final` → `…?uri=COM:2023:516:FIN`, `SWD(2022) 170 final` → `…?uri=SWD:2022:170:FIN`.
 */
export function commissionUrl(year: number, number: number, series = 'COM'): string {
  return `${EUR_LEX}${series}:${year}:${number}:FIN`;
}

/** CELEX sector-3 type letters of the act forms the ingest recognises. */
export const CELEX_TYPE_LETTERS = {
  regulation: 'R',
  directive: 'L',
  decision: 'D',
  'framework-decision': 'F',
} as const;

/** The CELEX number of a secondary-law act: sector 3, year, type letter, number on four digits (`32024R1689`). */
export function celexNumber(year: number, letter: string, number: number): string {
  return `3${year}${letter}${String(number).padStart(4, '0')}`;
}

/** The EUR-Lex URL of a CELEX number. */
export function celexUrl(celex: string): string {
  return `${EUR_LEX}CELEX:${celex}`;
}

/**
 * The EUR-Lex address of an issue of the Official Journal, by series, year and number (on three figures, a special
 * edition's letter after it): `OJ L 135, 24.5.2016` → `…?uri=OJ:L:2016:135:TOC`, `OJ C 123 I` → `OJ:C:2025:123I:TOC`.
 */
export function journalIssueUrl(series: string, year: number, number: number, edition: string): string {
  return `${EUR_LEX}OJ:${series}:${year}:${String(number).padStart(3, '0')}${edition}:TOC`;
}

/** The EUR-Lex address of an act the Official Journal publishes under its own number since October 2023: `OJ L, 2024/1689` → `…?uri=OJ:L_202401689`. */
export function journalActUrl(series: string, year: number, number: number): string {
  return `${EUR_LEX}OJ:${series}_${year}${String(number).padStart(5, '0')}`;
}

/**
 * The EUR-Lex address of a decision of the Court of Justice of the European Union by its European Case Law Identifier
 * (`ECLI:EU:C:2024:123` → `…?uri=ecli:ECLI:EU:C:2024:123`): EUR-Lex holds every ECLI of the `EU` country code, and no other.
 */
export function ecliUrl(ecli: string): string {
  return `${EUR_LEX}ecli:${ecli}`;
}

/** The Legislative Observatory's page of a procedure, by its reference (`2023/0123(COD)`). */
const LEGISLATIVE_OBSERVATORY = 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=';

/** The Legislative Observatory's address of an interinstitutional procedure: `2023/0123(COD)` → `…?reference=2023/0123(COD)`. */
export function procedureUrl(reference: string): string {
  return `${LEGISLATIVE_OBSERVATORY}${reference}`;
}

/**
 * Document numbers as readers type them, and the words the page that holds a document carries so that any of those
 * spellings finds it first: the search page reads a query such as `ST 15912 2025` as `15912/25` before asking Pagefind,
 * and each page holds its number's search forms in a hidden `numbers` metadata field that Pagefind ranks highly.
 */
import { VERSION_SUFFIX_WORDS } from '../shared/version-suffixes.ts';

/** Register series whose numbers readers type; ST (the main series) is written without its prefix. */
const SERIES = ['ST', 'CM', 'WK', 'EUCO'] as const;

/** A register series. */
type Series = (typeof SERIES)[number];

/** Series whose canonical numbers carry a four-digit year (`WK 13949/2021`); the others use two (`15912/25`, `CM 4578/2/24`). */
const FOUR_DIGIT_YEAR: ReadonlySet<Series> = new Set(['WK']);

/** Version suffixes as typed, `REV1`, `rev 1`, `-REV-1`, one to three of them. */
const SUFFIXES = String.raw`((?:[\s-]*(?:${VERSION_SUFFIX_WORDS})[\s-]*\d{1,2}){0,3})`;

/** The slash form: `15912/25`, `15912/2025`, `ST 15912/25`, `14470/1/25 REV1`, `CM 4578/2/24`, `WK 13949/2021`. */
const SLASHED = new RegExp(String.raw`^(?:(ST|CM|WK|EUCO)[\s-]*)?(\d{1,6})(?:/(\d{1,2}))?/(\d{4}|\d{2})${SUFFIXES}$`, 'i');

/** The register's own spelling, as in its addresses: `ST 15912 2025`, `ST-15912-2025-INIT`, `CM 4578 2024 REV 2`. */
const SPACED = new RegExp(String.raw`^(ST|CM|WK|EUCO)[\s-]+(\d{1,6})[\s-]+(\d{4}|\d{2})(?:[\s-]+INIT)?${SUFFIXES}$`, 'i');

/** A number without its year, `15912` or `CM 4578`: three digits at least, so that a year or an item number is not read as one. */
const BARE = /^(?:(ST|CM|WK|EUCO)\s*)?(\d{3,6})$/i;

/** One suffix inside the suffixes matched. */
const SUFFIX = new RegExp(String.raw`(${VERSION_SUFFIX_WORDS})[\s-]*(\d{1,2})`, 'gi');

/** A document number read from a query: what to search for, and the wider search to try when that finds nothing. */
export interface NumberQuery {
  /** The number as the archive writes it (`14470/1/25 REV 1`, `CM 4578/2/24`), or the bare number typed. */
  readonly search: string;
  /** The number without year or suffixes (`14470`, `CM 4578`): the search to fall back on. */
  readonly bare: string;
}

/** The prefix a series is written with in a canonical number. */
function prefixOf(series: Series): string {
  return series === 'ST' ? '' : `${series} `;
}

/** A two- or four-digit year as the series writes it. */
function yearFor(series: Series, year: string): string {
  if (FOUR_DIGIT_YEAR.has(series)) return year.length === 4 ? year : `20${year}`;
  return year.slice(-2);
}

/** The series a typed prefix names, ST when there is none. */
function seriesOf(prefix: string | undefined): Series {
  const upper = (prefix ?? 'ST').toUpperCase();
  return SERIES.find((series) => series === upper) ?? 'ST';
}

/** Typed suffixes as the archive writes them, `REV 1 ADD 1`; a REV's index is the number's middle index unless one was typed. */
function suffixParts(typed: string): { suffixes: string; revision: string | null } {
  const found = [...typed.matchAll(SUFFIX)].map(([, kind = '', index = '']) => [kind.toUpperCase(), String(Number(index))] as const);
  const revision = found.find(([kind]) => kind === 'REV')?.[1] ?? null;
  return { suffixes: found.map(([kind, index]) => ` ${kind} ${index}`).join(''), revision };
}

/**
 * The document number a query is, in any of the spellings readers use, or null when the query is words: `15912/25`,
 * `15912` and `ST 15912 2025` all give `15912/25` (or `15912`); `14470/1/25 REV1` gives `14470/1/25 REV 1`.
 */
export function readNumberQuery(query: string): NumberQuery | null {
  const text = query.trim().replace(/\s+/g, ' ');
  const slashed = SLASHED.exec(text);
  const spaced = slashed === null ? SPACED.exec(text) : null;
  if (slashed !== null || spaced !== null) {
    const [series, number, middle, year, typed] =
      slashed !== null
        ? [seriesOf(slashed[1]), slashed[2] ?? '', slashed[3], slashed[4] ?? '', slashed[5] ?? '']
        : [seriesOf(spaced?.[1]), spaced?.[2] ?? '', undefined, spaced?.[3] ?? '', spaced?.[4] ?? ''];
    const { suffixes, revision } = suffixParts(typed);
    const index = middle === undefined ? revision : String(Number(middle));
    const prefix = prefixOf(series);
    const digits = String(Number(number));
    return { search: `${prefix}${digits}${index === null ? '' : `/${index}`}/${yearFor(series, year)}${suffixes}`, bare: `${prefix}${digits}` };
  }
  const bare = BARE.exec(text);
  if (bare === null) return null;
  const number = `${prefixOf(seriesOf(bare[1]))}${String(Number(bare[2]))}`;
  return { search: number, bare: number };
}

/**
 * The words the page of a document holds so that its number, in the forms `readNumberQuery` gives, finds it: the
 * canonical number's words and the bare number (`15912/25 15912`, `CM 4578/2/24 REV 2 4578`), each word once. Numbers of
 * acts and Commission documents are given as they are.
 */
export function numberSearchForms(id: string): string {
  const read = readNumberQuery(id);
  if (read === null) return id;
  return [...new Set([...id.split(' '), ...read.bare.split(' ')])].join(' ');
}

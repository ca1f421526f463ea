import { PUBLIC_ACCESS_STAMPS, PUBLIC_STEMS } from '../text/header-vocabulary.ts';

/** The stamp of a public version as printed and the day the Council gave access, ISO (null where the stamp prints none). */
export interface PublicAccess {
  printed: string;
  date: string | null;
}

/** Where a stamp stands in the text read, and what it says. */
export interface FoundPublicAccess extends PublicAccess {
  start: number;
  end: number;
}

/** The day printed after the stamp, in brackets (`(12.05.2025)`, `(2.5.2025)`). Groups: day, month, year. */
const STAMP_DAY = String.raw`[ \t\n]*\((\d{1,2})\.(\d{1,2})\.(\d{4})\)`;

/** A stamp of the vocabulary, in any case, its words apart by spaces or line breaks, with its day where it prints one. */
const KNOWN_STAMP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${Object.values(PUBLIC_ACCESS_STAMPS)
    .map((stamp) =>
      stamp
        .split(' ')
        .map(escaped)
        .join(String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`),
    )
    .join('|')})(?![\p{L}\p{N}])(?:${STAMP_DAY})?`,
  'iu',
);

/**
 * The stamp's shape where its words are not the vocabulary's (a wording the register changed, a language version
 * written otherwise): a line of three to twelve words in capitals ending in the day in brackets, one of them a word for
 * "public" (PUBLIC_STEMS). Groups: the words, day, month, year.
 */
const STAMP_SHAPE = /^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’,-]+){2,11})[ \t]*\((\d{1,2})\.(\d{1,2})\.(\d{4})\)[ \t]*$/mu;

/** A word for "public" in any official language. */
const PUBLIC_WORD = new RegExp(PUBLIC_STEMS.join('|'), 'iu');

/** How many small letters a stamp's line of capitals may hold (the Irish `bPOBAL`, a `de`). */
const SMALL_LETTERS = 3;

/**
 * The public-access stamp of the part of a header above its labels (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC
 * (12.05.2025)`, `DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH (20.03.2025)`), or null: first a stamp of the vocabulary,
 * else a line of capitals of the stamp's shape. Guarantee: `printed` is the text between `start` and `end`, its
 * spaces and line breaks one space each.
 */
export function publicAccessStamp(text: string): FoundPublicAccess | null {
  // Every stamp holds a word for "public": most headers are let go after one quick look.
  if (!PUBLIC_WORD.test(text)) return null;
  const known = KNOWN_STAMP.exec(text);
  const shaped = known === null ? STAMP_SHAPE.exec(text) : null;
  const words = shaped?.[1] ?? '';
  const found = known ?? (shaped !== null && small(words) <= SMALL_LETTERS && PUBLIC_WORD.test(words) ? shaped : null);
  if (found === null) return null;
  const [day, month, year] = known === null ? found.slice(2, 5) : found.slice(1, 4);
  const start = found.index + (found[0].length - found[0].trimStart().length);
  const end = found.index + found[0].trimEnd().length;
  return { printed: text.slice(start, end).replace(/\s+/g, ' '), date: isoDay(day, month, year), start, end };
}

/** The ISO day of a day, month and year as printed, null where there is none or it is no day of the calendar. */
function isoDay(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  if (day === undefined || month === undefined || year === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** How many small letters a text holds. */
function small(text: string): number {
  return (text.match(/\p{Ll}/gu) ?? []).length;
}

/** A word as a pattern that matches it literally. */
function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

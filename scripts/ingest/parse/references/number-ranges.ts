import { canonicalReference, type FoundReference } from '../../../../src/shared/references.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/**
 * The words for "to" that join the two ends of a range of numbers in the official languages (`9876/25 to 9879/25`,
 * French `à` and `au`, German `bis`, Spanish and Italian `al`, Portuguese `até`, Dutch `tot` and `t/m`, Czech and Slovak
 * `až`, Polish, Slovenian and Croatian `do`, Romanian `până la`, Greek `έως`, Bulgarian `до`, Danish `til`, Swedish
 * `till`, Estonian `kuni`, Latvian `līdz`, Lithuanian `iki`, Maltese `sa`, Irish `go`), and the dashes (`9876/25-9879/25`,
 * `9876/25 – 9879/25`, as Finnish and Hungarian print a range). The bare `a` of Spanish, Italian and Portuguese is Czech,
 * Slovak and Polish for "and": it joins a range only after its `de`/`da`/`dal` (RANGE_OPENING).
 */
export const RANGE_WORDS = [
  'to',
  'à',
  'au',
  'bis',
  'al',
  'até',
  'tot en met',
  'tot',
  't/m',
  'až',
  'do',
  'până la',
  'έως',
  'до',
  'til',
  'till',
  'kuni',
  'līdz',
  'iki',
  'sa',
  'go',
];

/** The dashes a range prints between its ends: hyphen, non-breaking hyphen, en and em dash. */
const RANGE_DASHES = '-‐‑–—';

/**
 * What follows a range's first number up to its last: the joiner, then the last number with its series and year (groups:
 * the joiner, the last number's series, number, and its year after a slash or, in the register's form with its series
 * and `INIT`, after a space: `ST 9876 2025 INIT to ST 9879 2025 INIT`), `INIT` after either end as the register's form prints it. Nothing glued after the year: a version suffix after it
 * (`9879/25 ADD 1`) makes the last end no number of the series the first one opens, so no range is read.
 */
const RANGE_REST = new RegExp(
  String.raw`^(?:[ \t\n]{1,3}INIT)?[ \t\n]{0,3}([${RANGE_DASHES}]|(?:${RANGE_WORDS.join('|')}|a)(?![\p{L}\p{N}]))[ \t\n]{0,3}(?:(ST|CM|WK|SN)[ \t]{1,2})?([1-9][0-9]{2,5})(?:/([0-9]{4}|[0-9]{2})|(?<=(?:ST|CM|WK|SN)[ \t]{1,2}[0-9]{3,6})[ \t]{1,2}((?:19|20)[0-9]{2})(?=[ \t]{1,2}INIT))(?:[ \t]{1,2}INIT(?![\p{L}\p{N}]))?(?![\p{L}\p{N}/]|[ \t\n]{0,10}(?:${VERSION_SUFFIX_WORDS})[ \t]{0,2}[0-9])`,
  'u',
);

/** The word before a range's first number that lets a bare `a` join it (`de 9876/25 a 9879/25`, `dal 9876/25 al …`). */
const RANGE_OPENING = /(?<![\p{L}\p{N}])(?:de|del|desde|da|dal|dai|dos|das)[ \t\n]{1,3}(?:(?:ST|CM|WK|SN)[ \t]{1,2})?$/u;

/** The most numbers a range may name: a wider span is more likely two numbers that happen to follow each other. */
const MOST_IN_RANGE = 30;

/** How far after a range's first number its last one may end: ` INIT tot en met ST 123456/2025 INIT`. */
const RANGE_REACH = 50;

/** An id without version: its series, number and year (`CM 1204/26` → `CM `, `1204`, `26`). */
const PLAIN_ID = /^((?:[A-Z-]+ )?)([0-9]+)\/([0-9]+)$/;

/**
 * The numbers inside a range of the Council's numbers opening at `found` (`9876/25 to 9879/25`: 9877/25 and 9878/25,
 * `9876/25 bis 9879/25`, `9876/25-9879/25`, `CM 1204/26 à CM 1206/26`, the year once `9876-9879/25` (references.ts
 * reads the first end under the last's year), the register's form `ST 9876 2025 INIT to ST 9879 2025 INIT`): documents too, each canonical, none printed,
 * so that each start and end stands where the range's joiner does (the page links the two ends as printed; the numbers
 * between are listed among the document's references and cite it). Guarantee: both ends of one series and year, without
 * versions, the last above the first and at most MOST_IN_RANGE apart; else none.
 */
export function rangeNumbers(text: string, found: FoundReference): FoundReference[] {
  const first = PLAIN_ID.exec(found.id);
  if (first === null) return [];
  const rest = RANGE_REST.exec(text.slice(found.end, found.end + RANGE_REACH));
  if (rest === null) return [];
  const [, joiner = '', series = '', printed = '', slashYear, registerYear = ''] = rest;
  if (joiner === 'a' && !RANGE_OPENING.test(text.slice(Math.max(0, found.start - 20), found.start))) return [];
  // the register's form prints the year in full (`ST 9879 2025 INIT`): the series stays with it, as `ST 9879/2025` is 9879/25
  const last = canonicalReference(
    slashYear === undefined ? `${series} ${printed}/${registerYear}` : `${series === 'ST' ? '' : series} ${printed}/${slashYear}`,
  );
  const lastParts = last === null ? null : PLAIN_ID.exec(last.id);
  const [, prefix = '', from = '', idYear = ''] = first;
  if (lastParts === null || lastParts[1] !== prefix || lastParts[3] !== idYear) return [];
  const to = Number(lastParts[2]);
  if (to <= Number(from) + 1 || to - Number(from) >= MOST_IN_RANGE) return [];
  const at = found.end + rest[0].indexOf(joiner);
  const inside: FoundReference[] = [];
  for (let number = Number(from) + 1; number < to; number += 1) {
    const reference = canonicalReference(`${prefix}${number}/${idYear}`);
    if (reference !== null) inside.push({ ...reference, start: at, end: at });
  }
  return inside;
}

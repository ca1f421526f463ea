import type { ExportStyle } from './model.ts';
import { EXPORT_STYLES } from './model.ts';
import type { Random } from './prng.ts';
import { KINDS } from './vocabulary.ts';

/** The identity of one generated document: number, date, kind and export style. */
export interface Skeleton {
  number: string;
  date: string;
  kindLine: string;
  style: ExportStyle;
}

/** First day a generated document may carry (COSI first met in 2010). */
const CORPUS_START = Date.UTC(2010, 1, 1);
/** Last day a generated document may carry. */
const CORPUS_END = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
/** Share of documents that are a revision (`REV n`) of an earlier generated document of the same year. */
const REVISION_SHARE = 0.06;
/** Council numbers run from about 1,000 in January to about 17,000 in December. */
const NUMBERS_PER_YEAR = 16_000;

/** An ISO date from a UTC timestamp. */
function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Picks one entry of a weighted list whose weights sum to 100. */
function weighted<T extends { weight: number }>(random: Random, list: readonly T[]): T {
  let roll = random.next() * 100;
  for (const entry of list) {
    roll -= entry.weight;
    if (roll < 0) return entry;
  }
  return list[list.length - 1] as T;
}

/**
 * The documents of a corpus in date order, with unique Council numbers whose two-digit year is the year
 * of their date and which grow through the year, as the register's do; a few are revisions of earlier ones.
 */
export function skeletons(random: Random, count: number): Skeleton[] {
  const times = Array.from({ length: count }, () => CORPUS_START + Math.floor(random.next() * ((CORPUS_END - CORPUS_START) / DAY)) * DAY);
  times.sort((a, b) => a - b);
  const taken = new Set<string>();
  const revisions = new Map<string, number>();
  const basesOfYear = new Map<string, string[]>();
  const result: Skeleton[] = [];
  for (const time of times) {
    const date = isoDate(time);
    const year = date.slice(2, 4);
    const earlier = basesOfYear.get(year) ?? [];
    let number: string;
    if (earlier.length > 0 && random.chance(REVISION_SHARE)) {
      const base = random.pick(earlier.slice(-50));
      const revision = (revisions.get(base) ?? 0) + 1;
      revisions.set(base, revision);
      const [serial] = base.split('/');
      number = `${serial}/${revision}/${year} REV ${revision}`;
    } else {
      const dayOfYear = (time - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / DAY;
      let serial = 1000 + Math.floor((dayOfYear / 366) * NUMBERS_PER_YEAR) + random.int(0, 900);
      while (taken.has(`${serial}/${year}`)) serial += 1;
      number = `${serial}/${year}`;
      basesOfYear.set(year, [...earlier.slice(-49), number]);
    }
    taken.add(number);
    result.push({ number, date, kindLine: weighted(random, KINDS).line, style: weighted(random, EXPORT_STYLES).style });
  }
  return result;
}

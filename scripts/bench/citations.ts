import type { Random } from './prng.ts';
import { zipfSampler } from './prng.ts';

/** A reference as the generator prints it, and the canonical id the parser must give it. */
export interface Citation {
  id: string;
  written: string;
}

/** Draws the references of the corpus. */
export interface Citations {
  /** Any reference: a generated document or an outside one, Zipf-distributed. */
  any(random: Random, except: string): Citation;
  /** A Council (ST) or meeting (CM) document, the kind a decision sets out. */
  council(random: Random, except: string): Citation;
  /** A CM document, the kind an agenda is set out in. */
  agenda(random: Random): Citation;
}

/** Share of references that point at another generated document rather than an outside one. */
const INTERNAL_SHARE = 0.45;
/** Exponent of the Zipf law of citations: about 1 in bibliometric studies. */
const ZIPF_EXPONENT = 1.05;
/** Outside documents by series, with their share of outside references (weights sum to 100). */
const OUTSIDE_SERIES = [
  { weight: 62, make: (r: Random) => councilNumber(r) },
  { weight: 8, make: (r: Random) => plain(`CM ${r.int(1000, 6999)}/${twoDigits(r)}`) },
  { weight: 8, make: (r: Random) => plain(`WK ${r.int(1000, 17999)}/20${twoDigits(r)}`) },
  { weight: 3, make: (r: Random) => plain(`EUCO ${r.int(1, 80)}/${twoDigits(r)}`) },
  { weight: 8, make: (r: Random) => commission(r) },
  { weight: 6, make: (r: Random) => plain(`Regulation (EU) 20${twoDigits(r)}/${r.int(100, 2999)}`) },
  { weight: 4, make: (r: Random) => plain(`Directive (EU) 20${twoDigits(r)}/${r.int(100, 2999)}`) },
  { weight: 1, make: (r: Random) => plain(`Council Decision 20${twoDigits(r)}/${r.int(100, 999)}/EU`) },
] as const;

const plain = (id: string): Citation => ({ id, written: id });
const twoDigits = (random: Random): string => String(random.int(10, 26));

function councilNumber(random: Random): Citation {
  const base = `${random.int(1000, 17999)}`;
  const year = twoDigits(random);
  const roll = random.next();
  if (roll < 0.7) return plain(`${base}/${year}`);
  if (roll < 0.85) {
    const revision = random.int(1, 5);
    const id = `${base}/${revision}/${year} REV ${revision}`;
    // Council secretariats often drop the space: "14470/1/25 REV1".
    return { id, written: random.chance(0.3) ? id.replace(/ REV (\d)$/, ' REV$1') : id };
  }
  return plain(`${base}/${year} ${random.pick(['ADD 1', 'COR 1', 'ADD 2'])}`);
}

function commission(random: Random): Citation {
  const year = `20${twoDigits(random)}`;
  const serial = random.int(100, 899);
  // The same document is written "COM/2023/516 final" or "COM(2023) 516 final".
  return { id: `COM/${year}/${serial} final`, written: random.chance(0.3) ? `COM(${year}) ${serial} final` : `COM/${year}/${serial} final` };
}

function outsidePool(random: Random, size: number, internal: ReadonlySet<string>): Citation[] {
  const seen = new Set<string>(internal);
  const pool: Citation[] = [];
  while (pool.length < size) {
    let roll = random.next() * 100;
    const series = OUTSIDE_SERIES.find((entry) => (roll -= entry.weight) < 0) ?? OUTSIDE_SERIES[0];
    const citation = series.make(random);
    if (seen.has(citation.id) || seen.has(citation.id.replace(/\/\d+\/(\d\d) REV \d$/, '/$1'))) continue;
    seen.add(citation.id);
    pool.push(citation);
  }
  return pool;
}

/** Which of the pool's citations are Council or meeting documents. */
const isCouncil = (citation: Citation): boolean => /^(?:CM )?\d+\//.test(citation.id);

/**
 * The citation law of a corpus: each generated document and each of about as many outside documents
 * has a popularity rank, and a reference picks a rank with Zipf frequency.
 */
export function createCitations(random: Random, numbers: readonly string[]): Citations {
  const internal = [...numbers];
  for (let index = internal.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [internal[index], internal[other]] = [internal[other] as string, internal[index] as string];
  }
  const outside = outsidePool(random, Math.max(200, numbers.length), new Set(numbers));
  const councilOutside = outside.filter(isCouncil);
  const agendas = outside.filter((citation) => citation.id.startsWith('CM '));
  const drawInternal = zipfSampler(internal.length, ZIPF_EXPONENT);
  const drawOutside = zipfSampler(outside.length, ZIPF_EXPONENT);
  const drawCouncil = zipfSampler(councilOutside.length, ZIPF_EXPONENT);
  const drawAgenda = zipfSampler(agendas.length, ZIPF_EXPONENT);
  const fromInternal = (r: Random, except: string): Citation | null => {
    const id = internal[drawInternal(r)] as string;
    return id === except ? null : plain(id);
  };
  return {
    any: (r, except) => (internal.length > 1 && r.chance(INTERNAL_SHARE) && fromInternal(r, except)) || (outside[drawOutside(r)] as Citation),
    council: (r, except) => (internal.length > 1 && r.chance(INTERNAL_SHARE) && fromInternal(r, except)) || (councilOutside[drawCouncil(r)] as Citation),
    agenda: (r) => agendas[drawAgenda(r)] as Citation,
  };
}

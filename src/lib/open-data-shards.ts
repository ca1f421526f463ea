/**
 * The open-data files split by year, so that no file grows without bound as the archive grows:
 * each dataset is one JSON and one CSV file per year, and a manifest lists them.
 */
import { isPlausibleDate } from '../shared/dates.ts';
import { fullYear } from '../shared/official-url.ts';
import type { Dataset, ExportRecord } from './json-schema.ts';

/** The shard of records whose year cannot be read (a reference number without one) or is not plausible (a document dated 9999). */
export const UNDATED = 'undated';

/** The year of a Council-register number (ST, CM, WK, EUCO): the last slash group, `14470/1/25 REV 1` → 25, `WK 13949/2021` → 2021. */
const SERIES_YEAR = /\/(\d{2}|\d{4})\b(?![\s\S]*\/)/;

/** The year of a legal act or Commission document: the first four-digit year, `COM/2023/516 final`, `Regulation (EU) 2024/1689`, `Council Decision 2010/131/EU`. */
const ACT_YEAR = /\b((?:19|20)\d{2})\b/;

/** The year of a CELEX number: the four digits after its sector, `CELEX 32016R0794` → 2016. */
const CELEX_YEAR = /^CELEX [1-9]((?:19|20)\d{2})/;

/** Reference types numbered in the Council's registers (the others are acts and Commission documents). */
const COUNCIL_SERIES: ReadonlySet<ExportRecord<'references'>['type']> = new Set(['council', 'meeting', 'working', 'european-council', 'association']);

/** The year written in a reference's number, or `undated`. */
export function referenceYear(reference: Pick<ExportRecord<'references'>, 'id' | 'type'>): string {
  const written = (COUNCIL_SERIES.has(reference.type) ? SERIES_YEAR : reference.type === 'celex' ? CELEX_YEAR : ACT_YEAR).exec(reference.id)?.[1];
  return written === undefined ? UNDATED : String(fullYear(written));
}

/** What the shard key reads of a record of each dataset (the JSON record or the collection entry's data). */
export interface ShardFields {
  documents: { date: string | null };
  meetings: { id: string };
  items: { meeting: string };
  decisions: { date: string };
  references: Pick<ExportRecord<'references'>, 'id' | 'type'>;
}

/** The year of an ISO date (or of the date a meeting id starts with), `undated` outside the plausible years or where the ingest read no date. */
function dateYear(isoDate: string | null): string {
  return isoDate !== null && isPlausibleDate(isoDate.slice(0, 10)) ? isoDate.slice(0, 4) : UNDATED;
}

/** The year a record is filed under: a document's date, a meeting's (and its items' and decisions') first day, a reference's number. */
const SHARD_KEYS: { readonly [D in Dataset]: (record: ShardFields[D]) => string } = {
  documents: (document) => dateYear(document.date),
  meetings: (meeting) => dateYear(meeting.id),
  items: (item) => dateYear(item.meeting),
  decisions: (decision) => dateYear(decision.date),
  references: referenceYear,
};

/** The shard (year or `undated`) a record of a dataset is filed under. */
export function shardKey<D extends Dataset>(dataset: D, record: ShardFields[D]): string {
  return SHARD_KEYS[dataset](record);
}

/** One file pair of a dataset: its year (or `undated`) and how many records it holds. */
export interface Shard {
  readonly key: string;
  readonly records: number;
}

/** The shards of a dataset from its records' keys: newest year first, `undated` last. */
export function shardsOf(keys: readonly string[]): Shard[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rank = (key: string) => (key === UNDATED ? '' : key);
  return [...counts].sort(([a], [b]) => rank(b).localeCompare(rank(a))).map(([key, records]) => ({ key, records }));
}

/** The address of one shard file. */
export function shardPath(dataset: Dataset, key: string, format: 'json' | 'csv'): string {
  return `/data/${dataset}/${key}.${format}`;
}

/** The manifest of `/data/manifest.json`: per dataset its JSON Schema and its files, year by year. */
export function openDataManifest(shards: readonly (readonly [Dataset, readonly Shard[]])[]): Record<string, unknown> {
  return {
    datasets: shards.map(([dataset, list]) => ({
      name: dataset,
      schema: `/data/schema/${dataset}.json`,
      records: list.reduce((sum, shard) => sum + shard.records, 0),
      files: list.map(({ key, records }) => ({ key, records, json: shardPath(dataset, key, 'json'), csv: shardPath(dataset, key, 'csv') })),
    })),
  };
}

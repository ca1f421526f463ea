import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/lib/json-schema.ts';
import { openDataManifest, referenceYear, shardKey, shardsOf, UNDATED } from '../../../src/lib/open-data-shards.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
/** The frontmatter or data of every entry of each collection: what the shard key reads. */
const records = {
  documents: content.documents.map((entry) => entry.data),
  meetings: content.meetings.map((entry) => entry.data),
  items: content.items.map((entry) => entry.data),
  decisions: content.decisions.map((entry) => entry.data),
  references: content.references.map((entry) => entry.data),
};

describe('referenceYear', () => {
  it('reads the year of a Council-register number from its last slash group, two digits or four', () => {
    expect(referenceYear({ id: '14470/1/25 REV 1', type: 'council' })).toBe('2025');
    expect(referenceYear({ id: '16515/09', type: 'council' })).toBe('2009');
    expect(referenceYear({ id: 'CM 4578/2/24 REV 2', type: 'meeting' })).toBe('2024');
    expect(referenceYear({ id: 'WK 13949/2021', type: 'working' })).toBe('2021');
    expect(referenceYear({ id: 'EUCO 50/24', type: 'european-council' })).toBe('2024');
  });

  it('reads the year of an act or a Commission document from its four-digit year, wherever it stands', () => {
    expect(referenceYear({ id: 'COM/2023/516 final', type: 'commission' })).toBe('2023');
    expect(referenceYear({ id: 'Regulation (EU) 2024/1689', type: 'regulation' })).toBe('2024');
    expect(referenceYear({ id: 'Regulation (EC) No 300/2008', type: 'regulation' })).toBe('2008');
    expect(referenceYear({ id: 'Council Decision 2010/131/EU', type: 'decision' })).toBe('2010');
  });

  it('reads the year of a CELEX number after its sector, and of an ECLI or a Commission C document where it stands', () => {
    expect(referenceYear({ id: 'CELEX 32016R0794', type: 'celex' })).toBe('2016');
    expect(referenceYear({ id: 'CELEX 62014CJ0362', type: 'celex' })).toBe('2014');
    expect(referenceYear({ id: 'ECLI:EU:C:2021:152', type: 'case-law' })).toBe('2021');
    expect(referenceYear({ id: 'C(2025) 1234 final', type: 'commission' })).toBe('2025');
    expect(referenceYear({ id: 'PE 765.432', type: 'parliament' })).toBe(UNDATED);
  });

  it('reads the year of an association council’s document after its last slash, as of the Council’s series', () => {
    expect(referenceYear({ id: 'UE-UA 2101/25', type: 'association' })).toBe('2025');
    expect(referenceYear({ id: 'UE-MD 1056/1/09 REV 1', type: 'association' })).toBe('2009');
  });

  it('files a number without a year as undated', () => {
    expect(referenceYear({ id: 'Regulation (EU) No 1/1', type: 'regulation' })).toBe(UNDATED);
  });
});

describe('shardKey on the seeds', () => {
  it('files 9267/25 (28 May 2025) under 2025 and 15754/17 under 2017, by their dates', () => {
    const year = (number: string) => shardKey('documents', records.documents.find((d) => d.number === number) ?? { date: '' });
    expect(year('9267/25')).toBe('2025');
    expect(year('15754/17')).toBe('2017');
  });

  it('files the items and decisions of the 22 November 2021 meeting under 2021, with the meeting', () => {
    const items = records.items.filter((item) => item.meeting === '2021-11-22');
    const decisions = records.decisions.filter((decision) => decision.meeting === '2021-11-22');
    expect(items.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThan(0);
    expect(new Set([...items.map((i) => shardKey('items', i)), ...decisions.map((d) => shardKey('decisions', d))])).toEqual(new Set(['2021']));
    expect(shardKey('meetings', { id: '2021-11-22' })).toBe('2021');
  });

  it('files every record of every dataset under a year or undated, the shards adding up to the dataset', () => {
    for (const dataset of DATASETS) {
      const keys = (records[dataset] as Parameters<typeof shardKey>[1][]).map((record) => shardKey(dataset, record));
      expect(
        keys.every((key) => /^\d{4}$/.test(key) || key === UNDATED),
        dataset,
      ).toBe(true);
      expect(
        shardsOf(keys).reduce((sum, shard) => sum + shard.records, 0),
        dataset,
      ).toBe(records[dataset].length);
    }
  });
});

describe('shardKey on dates outside 1990–2027', () => {
  it('files a document dated 31 December 9999 and a decision of 1 January 1900 as undated, never under their years', () => {
    expect(shardKey('documents', { date: '9999-12-31' })).toBe(UNDATED);
    expect(shardKey('decisions', { date: '1900-01-01' })).toBe(UNDATED);
    expect(shardKey('meetings', { id: '9999-12-31-2' })).toBe(UNDATED);
    expect(shardKey('documents', { date: '2027-12-31' })).toBe('2027');
    expect(shardKey('documents', { date: '1990-01-01' })).toBe('1990');
  });
});

describe('shardsOf', () => {
  it('counts the records of each key, newest year first and undated last', () => {
    expect(shardsOf(['2017', UNDATED, '2025', '2017'])).toEqual([
      { key: '2025', records: 1 },
      { key: '2017', records: 2 },
      { key: UNDATED, records: 1 },
    ]);
  });
});

describe('openDataManifest', () => {
  it('lists each dataset with its schema, its number of records and its JSON and CSV file per year', () => {
    expect(
      openDataManifest([
        [
          'decisions',
          [
            { key: '2025', records: 11 },
            { key: '2021', records: 10 },
          ],
        ],
      ]),
    ).toEqual({
      datasets: [
        {
          name: 'decisions',
          schema: '/data/schema/decisions.json',
          records: 21,
          files: [
            { key: '2025', records: 11, json: '/data/decisions/2025.json', csv: '/data/decisions/2025.csv' },
            { key: '2021', records: 10, json: '/data/decisions/2021.json', csv: '/data/decisions/2021.csv' },
          ],
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isSafeContentPath } from '../../../../scripts/ingest/run/collection-paths.ts';
import { readFileSync } from 'node:fs';
import { agendaEntries } from '../../../../scripts/ingest/entries/agenda-entries.ts';
import { documentMentions, mentionEntries, type DocumentMentions } from '../../../../scripts/ingest/entries/mentions.ts';
import { parseDocumentParts } from '../../../../scripts/ingest/entries/parsed-document.ts';
import { referencePages } from '../../../../scripts/ingest/entries/reference-pages.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { noteWithBody } from '../../../support/hostile-render.ts';
import { expectOk } from '../../../support/projection.ts';
import { loadSeeds } from '../../../support/seeds.ts';
import { place } from '../../support/mention-places.ts';

/** The records of the seeds, parsed by the ingest, by document number. */
const records = new Map(
  loadSeeds().map(({ source }) => {
    const record = expectOk(parseDocument(readFileSync(source, 'utf8'), source));
    return [record.number, record] as const;
  }),
);

/** The ingest's mentions stage run on one real document of the seeds and its agenda items. */
function mentionsOf(number: string): DocumentMentions {
  const record = records.get(number);
  if (record === undefined) throw new Error(`${number} is not a seed`);
  const document = parseDocumentParts(record);
  const meeting = record.meeting?.dates[0] ?? null;
  const items = meeting === null ? [] : agendaEntries(document, meeting, referencePages(record.references), null).items.map(({ entry }) => entry);
  return documentMentions(document, items);
}

/** Where the records of one actor or topic of a document stand, in the order given. */
function places(found: DocumentMentions, kind: 'actor' | 'topic', id: string): string[] {
  return found.records.filter((record) => record.kind === kind && record.id === id).map((record) => place(record.mention));
}

const documents = ['15754/17', '14342/21', '6543/25', '9267/25', '15912/25'].map(mentionsOf);
const [november2017, november2021, report2025, , november2025] = documents;
if (november2017 === undefined || november2021 === undefined || report2025 === undefined || november2025 === undefined) throw new Error('a seed is missing');

describe('documentMentions on the seeds', () => {
  it('finds CLASI in items 13, 14 and 15 of the November 2025 meeting, in agenda order', () => {
    expect(places(november2025, 'actor', 'clasi')).toEqual(['2025-11-18 item-13', '2025-11-18 item-14', '2025-11-18 item-15']);
  });

  it('gives item 14 of November 2025 the actors it names in order of first mention and its topics in table order', () => {
    const item = november2025.items[records.get('15912/25')?.items.findIndex((candidate) => candidate.number === '14') ?? -1];
    expect(item?.actors).toEqual(['clasi', 'europol', 'interpol', 'ameripol']);
    expect(item?.topics).toEqual(['information-exchange', 'latin-america']);
  });

  it('quotes the sentence of item 14 that names CLASI with the mention, as the pages show it', () => {
    const record = november2025.records.find((r) => r.kind === 'actor' && r.id === 'clasi' && r.mention.href === '/meetings/2025-11-18/#item-14');
    expect(record?.mention).toEqual({
      document: '15912/25',
      label: 'item 14',
      title: 'Exchange of information for law enforcement purposes between the EU and Latin America',
      href: '/meetings/2025-11-18/#item-14',
      meeting: '2025-11-18',
      date: '2025-11-18',
      excerpt:
        'The COSI and CLASI delegates discussed about the challenges in the area of information exchange between the two regions for law enforcement purposes.',
    });
  });

  it("counts a bare 'the Presidency' of the 2017 meeting for Estonia, item by item", () => {
    expect(places(november2017, 'actor', 'presidency-estonia')).toEqual([
      '2017-11-21 item-3',
      '2017-11-21 item-5',
      '2017-11-21 item-6',
      '2017-11-21 item-8',
      '2017-11-21 item-9',
    ]);
  });

  it('puts item 6 of the 2017 meeting under cybercrime, but not item 3, whose Interpol meeting "focused on … migrant smuggling and cybercrime"', () => {
    expect(places(november2017, 'topic', 'cybercrime')).toEqual(['2017-11-21 item-6']);
  });

  it('cuts the 2025 report into sections, each with the footnotes it calls: Europol in nine of them, no guessed Presidency, and no item entries', () => {
    // Section 3.6 names Europol only in its footnote 18 ("enhancing Europol's support to preventing and combating such crimes").
    expect(places(report2025, 'actor', 'europol')).toEqual([
      '6543/25 section-3-3',
      '6543/25 section-3-4',
      '6543/25 section-3-6',
      '6543/25 section-3-7',
      '6543/25 section-3-8',
      '6543/25 section-3-10',
      '6543/25 section-4',
      '6543/25 section-5-2',
      '6543/25 section-6-1',
    ]);
    expect(report2025.document.actors).toContain('presidency-hungary');
    expect(report2025.document.actors).not.toContain('presidency-poland');
    expect(report2025.items).toEqual([]);
  });

  it('gives a document the actors of its units', () => {
    expect(november2025.document.actors).toEqual(expect.arrayContaining(['clasi', 'ameripol', 'estonia']));
  });
});

/** The topics of one agenda item of a seed, by its number. */
function itemTopics(found: DocumentMentions, number: string, item: string): readonly string[] | undefined {
  return found.items[records.get(number)?.items.findIndex((candidate) => candidate.number === item) ?? -1]?.topics;
}

describe('topics on the seeds: a subject of the text, not a word in passing (issue 16)', () => {
  it('puts the 2025 report on the topics its section headings name, and on criminal networks, the subject of two paragraphs of 3.3', () => {
    // Headings 3.1 EMPACT, 3.3/3.4 drug trafficking, 3.5 cultural goods, 3.6 migrant smuggling, 3.7 firearms, 3.8 financial and
    // economic crime, 3.9 environmental crime, 3.10 cybercrime, 4 counterterrorism, 5.1 access to data, 5.2 Innovation Hub,
    // 6.1 CLASI (Latin America), 6.2 Western Balkans, 7.1 Russia's war against Ukraine.
    expect(report2025.document.topics).toEqual([
      'empact',
      'counter-terrorism',
      'drug-trafficking',
      'migrant-smuggling',
      'firearms',
      'cybercrime',
      'access-to-data',
      'ukraine',
      'organised-crime-networks',
      'financial-crime',
      'environmental-crime',
      'cultural-goods',
      'innovation',
      'latin-america',
      'western-balkans',
    ]);
  });

  it('leaves the report off the topics it names only in passing: hybrid threats, human trafficking, child sexual abuse, the ISS, information exchange', () => {
    // "hybrid attacks, disinformation and sabotage" in 2.1 and "Russia's hybrid interference" in 7.1; trafficking in human
    // beings in a list of threats in 7.1 and in footnotes 10 and 18; child sexual exploitation in footnote 10 and once in 3.10.
    for (const id of ['hybrid-threats', 'trafficking-in-human-beings', 'child-sexual-abuse', 'internal-security-strategy', 'information-exchange']) {
      expect(report2025.document.topics, id).not.toContain(id);
      expect(places(report2025, 'topic', id), id).toEqual([]);
    }
  });

  it('puts section 7.1 of the report on Ukraine only, though it names firearms, drugs, human trafficking and disinformation once or twice', () => {
    const section71 = ['empact', 'drug-trafficking', 'firearms', 'trafficking-in-human-beings', 'hybrid-threats', 'cybercrime', 'ukraine'].filter((id) =>
      places(report2025, 'topic', id).includes('6543/25 section-7-1'),
    );
    expect(section71).toEqual(['ukraine']);
  });

  it('puts the executive summary, which names every topic once, on none', () => {
    expect(report2025.records.filter((record) => record.kind === 'topic' && record.mention.label === 'section 1')).toEqual([]);
  });

  it('puts the note 9267/25 on the Internal Security Strategy, its subject, and not on the threats its report lists', () => {
    expect(mentionsOf('9267/25').document.topics).toEqual(['internal-security-strategy']);
  });

  it('puts item 5 of November 2025 on the Mediterranean only, not on the "migration, drugs trafficking or counterterrorism" it lists', () => {
    expect(itemTopics(november2025, '15912/25', '5')).toEqual(['mediterranean']);
  });

  it('puts item 13 of November 2025 on EMPACT and Latin America (CLASI), its title, and not on the crime areas it lists', () => {
    expect(itemTopics(november2025, '15912/25', '13')).toEqual(['empact', 'latin-america']);
  });

  it("puts the incoming Cyprus Presidency's work programme, one sentence listing its priorities, on no topic", () => {
    expect(itemTopics(november2025, '15912/25', '11')).toEqual([]);
  });

  it('puts item 3 of November 2021 on migrant smuggling, not on EMPACT, named in one sentence of eight as a tool against it', () => {
    expect(itemTopics(november2021, '14342/21', '3')).toEqual(['migrant-smuggling']);
  });

  it('puts item 3 of November 2017 on data retention (access to data), one of its four points in two sentences', () => {
    expect(itemTopics(november2017, '15754/17', '3')).toEqual(['access-to-data']);
  });
});

describe('documentMentions on the text of the records only', () => {
  it('finds no actor in distribution codes: 9267/25, distributed under CATS 24, names CATS nowhere in its text', () => {
    const note = mentionsOf('9267/25');
    expect(places(note, 'actor', 'cats')).toEqual([]);
    expect(note.document.actors).not.toContain('cats');
  });

  it('quotes the source text exactly: link syntax that is no link, tags and markup characters shown as printed', () => {
    const record = expectOk(
      parseDocument(
        noteWithBody(['## Cooperation', 'Europol published [a link](https://x.example/a) and <b>C:/dir</b> **with** 2 ** 3 = 8 at www.europol.europa.eu.']),
        'content/sources/excerpt.txt',
      ),
    );
    const found = documentMentions(parseDocumentParts(record), []);
    expect(found.records.find((r) => r.kind === 'actor' && r.id === 'europol')?.mention.excerpt).toBe(
      'Europol published [a link](https://x.example/a) and <b>C:/dir</b> with 2 ** 3 = 8 at www.europol.europa.eu.',
    );
  });
});

describe('mentionEntries on the seeds', () => {
  const records = documents.flatMap((found) => found.records);
  const entries = mentionEntries(records);

  it('writes one safe JSON file per actor or topic and year', () => {
    for (const [path, entry] of entries) {
      expect(path).toBe(`mentions/${entry.kind}-${entry.id}-${entry.year}.json`);
      expect(isSafeContentPath(path), path).toBe(true);
      for (const mention of entry.mentions) expect(mention.date.startsWith(entry.year)).toBe(true);
    }
    // The November meeting, then the February report: its table of contents (opening text), executive summary and section 6.1.
    expect(entries.get('mentions/actor-clasi-2025.json')?.mentions.map(place)).toEqual([
      '2025-11-18 item-13',
      '2025-11-18 item-14',
      '2025-11-18 item-15',
      '6543/25 ',
      '6543/25 section-1',
      '6543/25 section-6-1',
    ]);
    expect(entries.has('mentions/actor-austria-2017.json')).toBe(true);
    expect(entries.has('mentions/actor-austria-2025.json')).toBe(false);
  });

  it('lists the November 2025 meeting before the report of the same year, newest first', () => {
    const europol = entries.get('mentions/actor-europol-2025.json')?.mentions ?? [];
    const dates = europol.map((mention) => mention.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(europol.findIndex((m) => m.document === '15912/25')).toBeLessThan(europol.findIndex((m) => m.document === '6543/25'));
  });

  it('gives the same entries whatever the order of the documents', () => {
    expect(mentionEntries([...documents].reverse().flatMap((found) => found.records))).toEqual(entries);
  });
});

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../scripts/bench/generate.ts';
import { agendaEntries } from '../../../../scripts/ingest/entries/agenda-entries.ts';
import { parseDocumentParts } from '../../../../scripts/ingest/entries/parsed-document.ts';
import { referencePages } from '../../../../scripts/ingest/entries/reference-pages.ts';
import { readUnit } from '../../../../scripts/ingest/entries/unit-reading.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../../../src/schemas/record.ts';
import { ACTOR_SPELLINGS, actorExcerpts, findActors, presidencyDate } from '../../../../src/shared/actors.ts';
import { excerptAt, excerptSource, itemUnit, preferredMention, sectionUnit, type TextUnit } from '../../../../src/shared/mentions.ts';
import { PhraseTrie } from '../../../../src/shared/phrase-trie.ts';
import { blocksPlain } from '../../../../src/shared/source-text.ts';
import { unitTopics } from '../../../../src/shared/topic-tagging.ts';
import { TOPIC_PHRASES } from '../../../../src/shared/topics.ts';
import { expectOk } from '../../../support/projection.ts';
import { loadSeeds } from '../../../support/seeds.ts';

/** The topic keywords as the topic matcher reads them, for the per-topic excerpts the mention stage cut before. */
const KEYWORDS = new PhraseTrie(TOPIC_PHRASES, { ignoreCase: true });

/** What a unit gave before the one walk: one matcher pass per question, each on the text as that matcher reads it. */
function perMatcher(unit: TextUnit) {
  const source = excerptSource(unit.text, unit.headed);
  const actors = findActors(unit.text, presidencyDate(unit));
  const topics = unitTopics(unit);
  const firstUses = new Map<string, number[]>();
  KEYWORDS.each(source.text, (at, id) => firstUses.set(id, [...(firstUses.get(id) ?? []), at]));
  return {
    actors,
    topics,
    actorExcerpts: actorExcerpts(unit, source),
    topicExcerpts: new Map(topics.map((id) => [id, excerptAt(source, preferredMention(source, firstUses.get(id) ?? []))])),
  };
}

/** What the one walk gives for the same unit. */
function oneWalk(unit: TextUnit) {
  const reading = readUnit(unit);
  return { actors: reading.actors, topics: reading.topics, actorExcerpts: reading.actorExcerpts(), topicExcerpts: reading.topicExcerpts(reading.topics) };
}

/** Every agenda item and section of a record as the mention stage makes its units (footnotes aside). */
function unitsOf(record: OkRecord): TextUnit[] {
  const document = parseDocumentParts(record);
  const place = { ...record, slug: document.slug };
  const meeting = record.meeting?.dates[0] ?? null;
  const items = meeting === null ? [] : agendaEntries(document, meeting, referencePages(record.references), null).items;
  return [
    ...items.map(({ entry }) => itemUnit(entry, entry.text)),
    ...document.sections.map(({ section, anchor }) => sectionUnit(place, { anchor, number: section.number, title: section.title }, blocksPlain(section.text))),
    ...record.footnotes.map((footnote, index) => sectionUnit(place, { anchor: `fn-${index}`, number: null, title: null }, blocksPlain(footnote.text))),
  ];
}

const seedUnits = loadSeeds().flatMap(({ source }) => unitsOf(expectOk(parseDocument(readFileSync(source, 'utf8'), source))));
const generatedUnits = generateCorpus(120, 3)
  .filter((_, index) => index % 3 === 0)
  .flatMap(({ fileName, text }) => unitsOf(expectOk(parseDocument(text, `content/sources/${fileName}`))));

/** An item of a meeting in the Cyprus Presidency's half-year, with `title` and `text`. */
const cyprusItem = (title: string, text: string): TextUnit =>
  itemUnit({ meeting: '2026-03-10', document: '7000/26', documentSlug: '7000-26', number: '4', title, day: null, anchor: 'item-4' }, text);

describe('readUnit', () => {
  it('reads each unit of the seeds as the actor, topic and excerpt matchers did one by one', () => {
    expect(seedUnits.length).toBeGreaterThan(60);
    for (const unit of seedUnits) expect(oneWalk(unit), unit.href).toEqual(perMatcher(unit));
  });

  it('reads each unit of forty generated documents as the matchers did one by one', () => {
    expect(generatedUnits.length).toBeGreaterThan(150);
    for (const unit of generatedUnits) expect(oneWalk(unit), unit.href).toEqual(perMatcher(unit));
  });

  it('reads texts made of the vocabulary, its capitals, line breaks and sentence ends as the matchers did one by one', () => {
    const spellings = [...ACTOR_SPELLINGS.keys()];
    const keywords = TOPIC_PHRASES.map(({ text }) => text);
    // A few names often, so that sentences name the same topic again and tip its count; the whole vocabulary now and then.
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('EMPACT', 'terrorism', 'cocaine', 'Firearms', 'Ukraine', 'Europol', 'the Presidency', 'Cyprus') },
      { weight: 1, arbitrary: fc.constantFrom(...spellings, ...keywords) },
      { weight: 1, arbitrary: fc.constantFrom(...keywords.map((keyword) => keyword.toUpperCase())) },
      { weight: 1, arbitrary: fc.constantFrom('Cyprus\nPresidency', 'Latin American Committee on\nInternal Security', 'of\ndrugs', 'trio Presidency') },
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          ' ',
          ' ',
          ' ',
          '\n',
          '. ',
          '; ',
          '? ',
          '! ',
          '.\n',
          '\t',
          '\u00a0',
          ' \n \n',
          'x',
          'é',
          'ism',
          's',
          '-',
          '’',
          '3.1',
          '\u212a',
        ),
      },
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    const title = fc.oneof(text, fc.constantFrom('', ' ', 'Counter-terrorism', 'Europol\nreport', 'EMPACT '));
    const unit = fc.oneof(
      fc.record({ title, body: text }).map(({ title, body }) => cyprusItem(title, body)),
      fc
        .record({ title: fc.option(title), body: text })
        .map(({ title, body }) =>
          sectionUnit({ number: '6000/19', slug: '6000-19', date: '2019-05-02', subject: 'Terrorism and EMPACT' }, { anchor: 's', number: null, title }, body),
        ),
      fc.record({ title, text, headed: fc.boolean() }).map(({ title, text, headed }) => ({ ...cyprusItem(title, ''), text, headed })),
    );
    fc.assert(
      fc.property(unit, (unit) => {
        expect(oneWalk(unit)).toEqual(perMatcher(unit));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the Cyprus Presidency named across a line break, as the actor matcher reads it, and quotes it only where a line names it whole', () => {
    const unit = cyprusItem('Work programme', 'The Cyprus\nPresidency presented its priorities.\nThe Cyprus Presidency thanked Europol.');
    const reading = readUnit(unit);
    expect(reading.actors).toEqual(['presidency-cyprus', 'europol']);
    // Read line by line, "The Cyprus" names the delegation, and the bare "Presidency" of March 2026 is Cyprus's again,
    // the first mention after the title.
    expect(reading.actorExcerpts().get('presidency-cyprus')).toBe('Presidency presented its priorities.');
    expect(reading.actorExcerpts().get('cyprus')).toBe('The Cyprus');
  });

  it('reads no topic keyword across a line break, where a sentence ends', () => {
    // Four sentences, one a line: "Seizures of" | "drugs rose." | "The flow of" | "drugs grew."; none holds "of drugs".
    const reading = readUnit(cyprusItem('Seizures', 'Seizures of\ndrugs rose.\nThe flow of\ndrugs grew.'));
    expect(reading.topics).toEqual([]);
    expect(reading.topicExcerpts(['drug-trafficking'])).toEqual(new Map([['drug-trafficking', null]]));
  });

  it('puts an item on the topic of its title, and on one its body names in two of three sentences, not on one named once', () => {
    const unit = cyprusItem('Counter-terrorism', 'Europol presented the EU Drugs Agency report on cocaine. Heroin seizures rose. Firearms were seized once.');
    const reading = readUnit(unit);
    expect(reading.topics).toEqual(['counter-terrorism', 'drug-trafficking']);
    expect(reading.topicExcerpts(reading.topics)).toEqual(
      new Map([
        ['counter-terrorism', 'Counter-terrorism'],
        ['drug-trafficking', 'Europol presented the EU Drugs Agency report on cocaine.'],
      ]),
    );
  });

  it('quotes the first sentence of the text of item 5 of November 2025 that names the Mediterranean, rather than its title', () => {
    const item = seedUnits.find((unit) => unit.href === '/meetings/2025-11-18/#item-5');
    if (item === undefined) throw new Error('item 5 of 15912/25 is not read');
    expect(readUnit(item).topicExcerpts(['mediterranean']).get('mediterranean')).toBe(
      "COSI exchanged views on strengthening the EU's security partnership with Mediterranean countries in the context of the new Pact for the Mediterranean.",
    );
  });
});

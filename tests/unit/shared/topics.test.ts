import { describe, expect, it } from 'vitest';
import { findTopics } from '../../../src/shared/topics.ts';
import { loadContent } from '../support/content-entries.ts';
import { mentionsIn, place } from '../support/mention-places.ts';

const content = loadContent();
const mentionsOf = mentionsIn(content.mentions);
const places = (id: string) => mentionsOf('topic', id).map(place);

describe('findTopics', () => {
  it('matches keywords in any case, over line breaks, with a trailing * for any word ending', () => {
    expect(findTopics('the fight against TERRORISM')).toEqual(['counter-terrorism']);
    expect(findTopics('trafficking of firearms\nand of drugs')).toEqual(['drug-trafficking', 'firearms']);
    expect(findTopics('cyber-attacks and the Dark Web')).toEqual(['cybercrime']);
  });

  it('keeps to word boundaries at the start of a keyword', () => {
    expect(findTopics('hyperdrugs and anticyberbullying')).toEqual([]);
  });

  it('lists topics in the order of the table, each once', () => {
    expect(findTopics('Ukraine, EMPACT, Ukraine, EMPACT')).toEqual(['empact', 'ukraine']);
  });
});

describe('the topic pages on the seeds', () => {
  it('lists under EMPACT item 13 of November 2025, section 3.1 of the 2025 report and the Policy Cycle item of 2017, whose headings name it', () => {
    expect(places('empact')).toEqual(['2025-11-18 item-13', '6543/25 section-3-1', '2017-11-21 item-8']);
  });

  it("puts the 2017 meeting's item 6 (law enforcement response to cybercrime) under cybercrime, not item 3 that names it in a list", () => {
    expect(places('cybercrime').filter((place) => place.startsWith('2017'))).toEqual(['2017-11-21 item-6']);
  });

  it('puts the draft conclusions on EU–Ukraine cooperation of 2017 and section 7.1 of the report under Ukraine', () => {
    expect(places('ukraine')).toEqual(expect.arrayContaining(['2017-11-21 item-4', '6543/25 section-7-1']));
  });

  it('puts item 3 of November 2021 under migrant smuggling', () => {
    expect(places('migrant-smuggling')).toContain('2021-11-22 item-3');
  });
});

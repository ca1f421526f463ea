import { describe, expect, it } from 'vitest';
import { ACTORS, ACTORS_BY_ID, actorExcerpts, findActors } from '../../../src/shared/actors.ts';
import { itemUnit } from '../../../src/shared/mentions.ts';
import { PRESIDENCY_ROTATION } from '../../../src/shared/presidency.ts';
import type { Mention } from '../../../src/schemas/mention-entry.ts';
import { loadContent } from '../support/content-entries.ts';
import { mentionsIn, place } from '../support/mention-places.ts';

const content = loadContent();
const mentionsOf = mentionsIn(content.mentions);

/** Where the units the ingest found mentioning an actor stand: `2025-11-18 item-13`, `6543/25 section-3-10`. */
function places(id: string, filter: (mention: Mention) => boolean = () => true): string[] {
  return mentionsOf('actor', id).filter(filter).map(place);
}

describe('the alias table', () => {
  it('has one actor per id, and a Presidency and a delegation for every state of the rotation table', () => {
    expect(new Set(ACTORS.map((actor) => actor.id)).size).toBe(ACTORS.length);
    const states = new Set(Object.values(PRESIDENCY_ROTATION).flat());
    for (const state of states) {
      const id = state.toLowerCase();
      expect(ACTORS_BY_ID.get(id)?.group).toBe('delegation');
      expect(ACTORS_BY_ID.get(`presidency-${id}`)?.group).toBe('presidency');
    }
  });

  it('names each EU body and partner of the issue', () => {
    for (const id of [
      'europol',
      'eurojust',
      'cepol',
      'frontex',
      'euda',
      'eu-lisa',
      'eppo',
      'intcen',
      'eu-ctc',
      'commission',
      'cosi-support-group',
      'lewp',
      'cats',
      'twp',
      'coreper',
      'interpol',
      'clasi',
      'ameripol',
    ]) {
      expect(ACTORS_BY_ID.has(id), id).toBe(true);
    }
  });
});

describe('findActors', () => {
  it('takes the longest name at a place: "the incoming Cyprus Presidency" is the Presidency, not the delegation', () => {
    expect(findActors('The incoming Cyprus Presidency presented its work programme', null)).toEqual(['presidency-cyprus']);
    expect(findActors('The German delegation called for support', null)).toEqual(['germany']);
    expect(findActors('JHA Senior Officials meeting EU - OIPC Interpol', null)).toEqual(['interpol']);
    expect(findActors('the COSI Support Group (SG) and the COSI SG', null)).toEqual(['cosi-support-group']);
  });

  it('matches acronyms as written or in capitals only, between word boundaries', () => {
    expect(findActors('CATS supported the approach; cats did not', null)).toEqual(['cats']);
    expect(findActors('submitted to COREPER and to Coreper', null)).toEqual(['coreper']);
    expect(findActors('interpolation, Europolitan, the commission of crimes', null)).toEqual([]);
    expect(findActors('Europol/EC3 was tasked; the EU-CLASI ministerial meeting', null)).toEqual(['europol', 'clasi']);
  });

  it('reads a bare "the Presidency" as the Presidency in office on the date, and "the trio Presidency" as none', () => {
    expect(findActors('The Presidency informed on the state of play.', '2021-11-22')).toEqual(['presidency-slovenia']);
    expect(findActors('The Presidency informed on the state of play.', null)).toEqual([]);
    expect(findActors('Under the trio Presidency formed by Spain, Belgium and Hungary', '2025-02-27')).toEqual(['spain', 'belgium', 'hungary']);
  });

  it('finds a name broken over two lines', () => {
    expect(findActors('the Latin American Committee on\nInternal Security', null)).toEqual(['clasi']);
  });
});

describe('the actor pages on the seeds', () => {
  it('lists items 13, 14 and 15 of the November 2025 meeting, and only those, on the CLASI page', () => {
    expect(places('clasi', (unit) => unit.meeting === '2025-11-18')).toEqual(['2025-11-18 item-13', '2025-11-18 item-14', '2025-11-18 item-15']);
  });

  it("lists the 2017 meeting's items on cybercrime (3 and 6) among its Europol items", () => {
    expect(places('europol', (unit) => unit.meeting === '2017-11-21')).toEqual([
      '2017-11-21 item-3',
      '2017-11-21 item-6',
      '2017-11-21 item-7',
      '2017-11-21 item-8',
    ]);
  });

  it("lists the 2025 report's sections that name Europol, in their text or in a footnote they call (18, of section 3.6)", () => {
    expect(places('europol', (unit) => unit.document === '6543/25')).toEqual([
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
  });

  it('lists the newest first: the 2025 meeting before the 2025 report, the 2017 meeting last', () => {
    const dates = mentionsOf('actor', 'europol').map((mention) => mention.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(mentionsOf('actor', 'europol').at(-1)?.meeting).toBe('2017-11-21');
  });

  it('counts "the Presidency" of the November 2017 meeting for the Estonian Presidency', () => {
    expect(places('presidency-estonia')).toEqual(['2017-11-21 item-3', '2017-11-21 item-5', '2017-11-21 item-6', '2017-11-21 item-8', '2017-11-21 item-9']);
  });

  it('finds "the Hungarian Presidency" in the sections of the report that name it, without guessing a bare "Presidency" in a report', () => {
    expect(places('presidency-hungary')).toEqual(['6543/25 section-2-2', '6543/25 section-2-5', '6543/25 section-3-8', '6543/25 section-5-1']);
    expect(places('presidency-poland')).toEqual([]);
  });

  it('finds the Austrian delegation of 2017 and Estonia in the 2025 AOB', () => {
    expect(places('austria')).toEqual(['2017-11-21 item-9']);
    expect(places('estonia')).toEqual(['2025-11-18 item-12']);
  });
});

describe('actorExcerpts', () => {
  const unit = (meeting: string, anchor: string) => {
    const found = content.items.find((item) => item.data.meeting === meeting && item.data.anchor === anchor);
    if (found === undefined) throw new Error(`${meeting} ${anchor} is not ingested`);
    return itemUnit(found.data, found.data.text);
  };

  it('quotes the sentence of item 14 of November 2025 that names CLASI, not the title before it', () => {
    expect(actorExcerpts(unit('2025-11-18', 'item-14')).get('clasi')).toBe(
      'The COSI and CLASI delegates discussed about the challenges in the area of information exchange between the two regions for law enforcement purposes.',
    );
  });

  it('quotes the AOB point of Estonia without its list marker', () => {
    expect(actorExcerpts(unit('2025-11-18', 'item-12')).get('estonia')).toBe(
      'Estonia proposed a coordinated response to the internal security threat posed by Russian ex-combatants by establishing a Schengen-wide blacklist.',
    );
  });

  it('cuts a long sentence around the mention, marking the cuts', () => {
    const excerpt = actorExcerpts(unit('2017-11-21', 'item-6')).get('europol') ?? '';
    expect(excerpt).toContain('Europol/EC3 was tasked');
    expect(excerpt.length).toBeLessThanOrEqual(242);
  });

  it('prefers a mention in the text of item 13 to the one in its title', () => {
    expect(actorExcerpts(unit('2025-11-18', 'item-13')).get('clasi')).toMatch(
      /^COSI discussed with senior officials of the Latin American Committee on Internal Security \(CLASI\)/,
    );
  });

  it('gives none for an actor the unit does not name', () => {
    expect(actorExcerpts(unit('2025-11-18', 'item-14')).has('frontex')).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { toCollections } from '../scripts/ingest/entries/to-markdown.ts';
import { documentPlans, planWarnings } from '../scripts/ingest/entries/meeting-ids.ts';
import { planKey } from '../scripts/ingest/entries/plan-key.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { expectOk, project, shapedLike } from './support/projection.ts';

/** The meetings fixtures (issue 13): hand-written Council documents, and what reading them gives, written by hand. */
const FIXTURES = 'tests/fixtures/meetings';
const SOURCES = join(FIXTURES, 'sources');

const expectedRecords = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'records.json'), 'utf8')) as Record<
  string,
  { about: string } & Record<string, unknown>
>;
const expectedMeetings = (
  JSON.parse(readFileSync(join(FIXTURES, 'expected', 'meetings.json'), 'utf8')) as {
    meetings: Record<string, Record<string, unknown> & { agenda: (Record<string, unknown> & { anchors: string[] }) | null }>;
  }
).meetings;

const records = new Map(
  readdirSync(SOURCES)
    .sort()
    .map((name) => [name, expectOk(parseDocument(readFileSync(join(SOURCES, name), 'utf8'), join(SOURCES, name)))] as const),
);

function record(name: string): OkRecord {
  const found = records.get(name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
}

/** The data of an entry's JSON file among the collections, as Astro reads it. */
function entry(files: ReadonlyMap<string, string>, path: string): Record<string, unknown> {
  const content = files.get(path);
  if (content === undefined) throw new Error(`no file ${path} among ${[...files.keys()].join(', ')}`);
  return JSON.parse(content) as Record<string, unknown>;
}

const under = (files: ReadonlyMap<string, string>, folder: string) => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).sort();

describe.each(Object.entries(expectedRecords))('the meetings fixture %s', (name, expected) => {
  it(`reads ${expected.about}`, () => {
    const { about: _about, ...fields } = expected;
    expect(shapedLike(project(record(name)), fields)).toEqual(fields);
  });
});

describe('the collections of the meetings fixtures', () => {
  const files = toCollections([...records.values()]);

  it('make one meeting per committee and days: an agenda alone, an agenda and its outcome, the versions of an outcome, and two meetings on one day', () => {
    expect(under(files, 'meetings')).toEqual(
      Object.keys(expectedMeetings)
        .map((id) => `meetings/${id}.json`)
        .sort(),
    );
  });

  it.each(Object.entries(expectedMeetings))('describe the meeting %s as its documents give it', (id, expected) => {
    const { agenda, ...rest } = expected;
    const written = entry(files, `meetings/${id}.json`);
    expect(written).toMatchObject({ id, ...rest });
    const planned = written['agenda'] as { planned: { anchor: string }[] } | null;
    if (agenda === null) expect(planned).toBeNull();
    else {
      const { anchors, ...documents } = agenda;
      expect(planned).toMatchObject(documents);
      expect(planned?.planned.map(({ anchor }) => anchor)).toEqual(anchors);
    }
  });

  it('give each planned item of a joined meeting the anchor of the outcome item of its number, and the possible item not taken an anchor no item has', () => {
    const planned = (entry(files, 'meetings/2025-05-20.json')['agenda'] as { planned: { anchor: string; number: string }[] }).planned;
    const recorded = under(files, 'items')
      .filter((path) => path.startsWith('items/2025-05-20--') && path.endsWith('.json'))
      .map((path) => entry(files, path))
      .map(({ anchor, number }) => ({ anchor, number }));
    expect(recorded).toEqual(planned.filter(({ number }) => number !== '4').map(({ anchor, number }) => ({ anchor, number })));
  });

  it('show the latest version of an outcome, the revision, and keep the earlier ones as documents whose items have no entries', () => {
    expect(entry(files, 'items/2025-06-24--item-2.json')).toMatchObject({ document: '90330/1/25 REV 1', anchor: 'item-2' });
    expect(entry(files, 'documents/90330-25.json')).toMatchObject({ meeting: '2025-06-24', items: [] });
    expect(entry(files, 'documents/90330-25-cor-1.json')).toMatchObject({ meeting: '2025-06-24', items: [] });
    const itemTexts = entry(files, 'documents/90330-25-cor-1.json')['itemTexts'] as { number: string; text: string }[];
    expect(itemTexts.map(({ number }) => number)).toEqual(['1', '2', '3']);
    expect(itemTexts[2]?.text).toBe('The Presidency informed delegations about the next meeting of COSI, on 16 July 2025.');
  });

  it('write one document for two sources of one text, and keep the second of two different texts as a variant of the first', () => {
    expect(entry(files, 'documents/90340-25.json')['source']).toBe(join(SOURCES, 'same-text-a-90340-25.txt'));
    expect(entry(files, 'documents/90350-25.json')).toMatchObject({ source: join(SOURCES, 'differ-a-90350-25.txt'), variant: 0 });
    expect(under(files, 'variants')).toEqual(['variants/90350-25--source-2.json']);
    expect(entry(files, 'variants/90350-25--source-2.json')).toMatchObject({ source: join(SOURCES, 'differ-b-90350-25.txt'), number: '90350/25', variant: 1 });
  });

  it("print a notice's NB block after its last item on the notice's own page, where the notice prints it", () => {
    const body = parseFrontmatter(files.get('texts/cm-90310-25.md') ?? '').content;
    const lastItem = body.indexOf('6. Any other business');
    expect(lastItem).toBeGreaterThan(-1);
    expect(body.indexOf('NB: Delegations are reminded to register their participants')).toBeGreaterThan(lastItem);
  });

  it('give the joint meeting and the COSI meeting of one day their own items and decisions', () => {
    expect(entry(files, 'decisions/2025-10-07-psc-cosi--item-2--1.json')).toMatchObject({ meeting: '2025-10-07-psc-cosi', by: 'the PSC and COSI' });
    expect(entry(files, 'decisions/2025-10-07--item-2--1.json')).toMatchObject({ meeting: '2025-10-07', by: 'COSI', verb: 'took-note' });
  });
});

describe('meeting identity', () => {
  const ids = (files: ReadonlyMap<string, string>, folder: string, meeting: string) =>
    under(files, folder).filter((path) => path.endsWith('.json') && (path.startsWith(`${folder}/${meeting}--`) || path === `${folder}/${meeting}.json`));

  it('keeps the URL, item anchors, decision ids and feed guids of a meeting when its corrigendum and revision come in', () => {
    const first = toCollections([record('rev-outcome-90330-25.txt')]);
    const all = toCollections([...records.values()]);
    expect(ids(all, 'meetings', '2025-06-24')).toEqual(ids(first, 'meetings', '2025-06-24'));
    expect(ids(all, 'items', '2025-06-24')).toEqual(ids(first, 'items', '2025-06-24'));
    for (const path of ids(first, 'items', '2025-06-24')) expect(entry(all, path)['anchor']).toBe(entry(first, path)['anchor']);
    // The revision adds a decision (Europol invited) after the three of the first version, which keep their ids.
    const decisions = (files: ReadonlyMap<string, string>) => ids(files, 'decisions', '2025-06-24');
    expect(decisions(first)).toEqual(['decisions/2025-06-24--item-1--1.json', 'decisions/2025-06-24--item-2--1.json', 'decisions/2025-06-24--item-2--2.json']);
    expect(decisions(all)).toEqual([...decisions(first), 'decisions/2025-06-24--item-2--3.json']);
  });

  it('keeps the id of every decision a second revision keeps, when it drops the first decision of an item and adds one before the others', () => {
    const revision = readFileSync(join(SOURCES, 'rev-outcome-90330-1-25-rev-1.txt'), 'utf8');
    const secondRevision = revision
      .replace('90330/1/25\nREV 1', '90330/2/25\nREV 2')
      .replace('Brussels, 10 July 2025', 'Brussels, 21 July 2025')
      .replace(
        'COSI exchanged views on drug trafficking through the ports of the Union. COSI endorsed',
        'Delegations agreed on the need for joint controls in the ports. COSI endorsed',
      );
    expect(secondRevision).toContain('REV 2');
    expect(secondRevision).toContain('Delegations agreed');
    const rev2 = expectOk(parseDocument(secondRevision, join(SOURCES, 'rev-outcome-90330-2-25-rev-2.txt')));
    const files = toCollections([...records.values(), rev2]);
    const decisions = ids(files, 'decisions', '2025-06-24').map((path) => [path, entry(files, path)] as const);
    expect(decisions.map(([path, { by, verb, object }]) => [path, by, verb, object])).toEqual([
      ['decisions/2025-06-24--item-1--1.json', null, 'adopted', 'the agenda'],
      ['decisions/2025-06-24--item-2--2.json', 'COSI', 'endorsed', 'the recommendations set out in 90331/1/25 REV 1'],
      ['decisions/2025-06-24--item-2--3.json', 'COSI', 'invited', 'Europol to report on their implementation'],
      ['decisions/2025-06-24--item-2--4.json', 'Delegations', 'agreed', 'on the need for joint controls in the ports'],
    ]);
  });

  it('keeps the URL of a meeting known from its agenda when its outcome comes in, and gives the outcome the anchors of the planned items', () => {
    const agenda = toCollections([record('joined-agenda-cm-90320-25.txt')]);
    const joined = toCollections([record('joined-agenda-cm-90320-25.txt'), record('joined-outcome-90321-25.txt')]);
    expect(under(agenda, 'meetings')).toEqual(['meetings/2025-05-20.json']);
    expect(under(joined, 'meetings')).toEqual(['meetings/2025-05-20.json']);
    expect(entry(agenda, 'meetings/2025-05-20.json')).toMatchObject({ outcome: null, items: [], document: 'CM 90320/25' });
    expect(entry(joined, 'meetings/2025-05-20.json')['agenda']).toEqual(entry(agenda, 'meetings/2025-05-20.json')['agenda']);
  });

  it("shows a meeting's outcome in the archive's language when a version in another language is held too", () => {
    const english = record('cosi-same-day-90361-25.txt');
    const french: OkRecord = { ...english, language: 'fr', source: join(SOURCES, '0-french.txt') };
    const files = toCollections([french, english]);
    expect(entry(files, 'meetings/2025-10-07.json')).toMatchObject({ documentSlug: '90361-25', outcome: { slug: '90361-25', versions: ['90361/25'] } });
    expect(entry(files, 'documents/90361-25-fr.json')).toMatchObject({ meeting: '2025-10-07', items: [] });
  });

  it('does not let an outcome issued later under another number take over a meeting: it is listed, and the ingest says so', () => {
    const genuine = record('cosi-same-day-90361-25.txt');
    const later: OkRecord = { ...genuine, number: '10000/25', date: '2025-12-01', source: join(SOURCES, 'a-takeover.txt') };
    const files = toCollections([later, genuine]);
    expect(entry(files, 'meetings/2025-10-07.json')).toMatchObject({ document: '90361/25', outcome: { number: '90361/25', others: ['10000/25'] } });
    expect(entry(files, 'items/2025-10-07--item-2.json')['document']).toBe('90361/25');
    const plans = documentPlans([genuine, later].map(planKey));
    expect(planWarnings(plans).get(later.source)).toEqual([
      '10000/25 is of the meeting 2025-10-07, which 90361/25 records already: the meeting page shows 90361/25 and lists 10000/25',
    ]);
  });
});

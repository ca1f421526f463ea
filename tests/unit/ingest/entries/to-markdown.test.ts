import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema } from '../../../../src/schemas/decision-entry.ts';
import { documentEntrySchema } from '../../../../src/schemas/document-entry.ts';
import { itemEntrySchema } from '../../../../src/schemas/item-entry.ts';
import { meetingEntrySchema } from '../../../../src/schemas/meeting-entry.ts';
import { referenceEntrySchema } from '../../../../src/schemas/reference-entry.ts';
import { toCollections } from '../../../../scripts/ingest/entries/to-markdown.ts';
import { renderAsTheSite } from '../../../support/hostile-render.ts';
import { canonicalReference, findReferences } from '../../../../src/shared/references.ts';
import { item, note, outcome, section } from '../../support/records.ts';

function file(files: Map<string, string>, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`no file ${path} among ${[...files.keys()].join(', ')}`);
  return content;
}

/**
 * An entry as Astro reads it back: its data (`<collection>/<id>.json`) and the body of its text (an item's
 * `items/<id>.md`, packed beside its data; a document's `texts/<id>.md`, as Astro's own reader splits it from the
 * empty frontmatter block; '' for an entry without text).
 */
function entry(files: Map<string, string>, path: string): { data: Record<string, unknown>; body: string } {
  const data = JSON.parse(file(files, `${path}.json`)) as Record<string, unknown>;
  const packed = files.get(`${path}.md`);
  if (packed !== undefined) return { data, body: packed };
  const text = files.get(`texts/${path.slice(path.indexOf('/') + 1)}.md`);
  if (text === undefined) return { data, body: '' };
  const { frontmatter, content } = parseFrontmatter(text);
  expect(frontmatter).toEqual({});
  return { data, body: content };
}

function json(files: Map<string, string>, path: string): unknown {
  return JSON.parse(file(files, path));
}

describe('toCollections on an outcome of proceedings', () => {
  const files = toCollections([outcome()]);

  it('writes the document, its meeting, one file per item and decision, one per actor and topic named, and one reference file per document named', () => {
    expect([...files.keys()]).toEqual([
      'decisions/2025-11-18--item-1--1.json',
      'decisions/2025-11-18--item-6--1.json',
      'documents/15912-25.json',
      'items/2025-11-18--item-1.json',
      'items/2025-11-18--item-1.md',
      'items/2025-11-18--item-6.json',
      'items/2025-11-18--item-6.md',
      'items/2025-11-18--item-aob.json',
      'items/2025-11-18--item-aob.md',
      'meetings/2025-11-18.json',
      'mentions/actor-commission-2025.json',
      'mentions/actor-estonia-2025.json',
      'mentions/actor-interpol-2025.json',
      'mentions/topic-internal-security-strategy-2025.json',
      'references/14470-1-25-rev-1.json',
      'references/15912-25.json',
      'references/16515-09.json',
      'references/cm-4578-2-24-rev-2.json',
      'texts/15912-25.md',
    ]);
  });

  it('writes entries that the collection schemas accept, as Astro reads them back', () => {
    for (const path of files.keys()) {
      const [collection] = path.split('/');
      if (collection === 'documents') documentEntrySchema.parse(json(files, path));
      if (collection === 'meetings') meetingEntrySchema.parse(json(files, path));
      if (collection === 'items' && path.endsWith('.json')) itemEntrySchema.parse(json(files, path));
      if (collection === 'items' && path.endsWith('.md')) expect(files.has(path.replace(/\.md$/, '.json'))).toBe(true);
      if (collection === 'texts') expect(parseFrontmatter(file(files, path)).frontmatter).toEqual({});
      if (collection === 'decisions') decisionEntrySchema.parse(json(files, path));
      if (collection === 'references') referenceEntrySchema.parse(json(files, path));
    }
  });

  it('leaves the header out of the body and gives the header component every field it prints', () => {
    const { data, body } = entry(files, 'documents/15912-25');
    expect(body.trimStart().startsWith('## 18 November 2025 {#day-2025-11-18}\n')).toBe(true);
    for (const value of ['Brussels', 'COSI 237', 'JAI 1769', 'General Secretariat of the Council']) expect(body).not.toContain(value);
    expect(data).toMatchObject({
      place: 'Brussels',
      date: '2025-11-25',
      language: 'en',
      number: '15912/25',
      limite: false,
      codes: ['COSI 237', 'JAI 1769', 'CEPOL'],
      kind: 'outcome-of-proceedings',
      from: 'General Secretariat of the Council',
      meetingDates: ['2025-11-18', '2025-11-19'],
      to: 'Delegations',
      previous: [],
      subject: 'Outcome of Proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
    });
  });

  it('puts the items under their day and agenda-section headings, each heading with its fixed id as a heading attribute', () => {
    const { body } = entry(files, 'documents/15912-25');
    expect(body.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '## 18 November 2025 {#day-2025-11-18}',
      '### 1. Adoption of the agenda {#item-1}',
      '### Items for information/endorsement {#agenda-items-for-information-endorsement}',
      '#### 6. Implementation of the European Internal Security Strategy – way forward[^2] {#item-6}',
      '## 19 November 2025 {#day-2025-11-19}',
      '### AOB {#item-aob}',
    ]);
  });

  it('links every document number in an item to its document page, keeping the number as printed', () => {
    const { body } = entry(files, 'documents/15912-25');
    expect(body).toContain('as set out in [CM 4578/2/24 REV2](/documents/cm-4578-2-24-rev-2/).');
    expect(body).toContain('as set out in [14470/1/25 REV1](/documents/14470-1-25-rev-1/).[^1] Delegations welcomed it.');
  });

  it('ends the body with the footnotes as GFM definitions, their references linked', () => {
    const { body } = entry(files, 'documents/15912-25');
    expect(
      body.endsWith('\n\n[^1]: See also [16515/09](/documents/16515-09/).\n\n[^2]: Exceptionally in the presence of the Schengen Associated States.\n'),
    ).toBe(true);
  });

  it('calls a footnote that neither a text nor a title calls, so that the page shows it', () => {
    const uncalled = toCollections([outcome({ items: [item({ number: '1', title: 'Adoption of the agenda', text: ['Adopted.'] })] })]);
    const { body } = entry(uncalled, 'documents/15912-25');
    expect(body).toContain('Adopted.\n\n[^1][^2]\n\n[^1]: See also');
  });

  it('gives an item file the item text, a call of the footnote its title calls, and the definitions of the footnotes it calls', () => {
    expect(entry(files, 'items/2025-11-18--item-6').body.trim()).toBe(
      [
        'COSI endorsed the way forward as set out in [14470/1/25 REV1](/documents/14470-1-25-rev-1/).[^1] Delegations welcomed it.',
        '[^2]',
        '[^1]: See also [16515/09](/documents/16515-09/).',
        '[^2]: Exceptionally in the presence of the Schengen Associated States.',
      ].join('\n\n'),
    );
    expect(entry(files, 'items/2025-11-18--item-aob').body.trim()).toBe(
      '- Estonia proposed a coordinated response.\n- The Commission informed about Interpol.',
    );
  });

  it('gives an item entry its text as plain text, one line per paragraph or list item, footnote calls and links left out', () => {
    expect(entry(files, 'items/2025-11-18--item-6').data['text']).toBe('COSI endorsed the way forward as set out in 14470/1/25 REV1. Delegations welcomed it.');
    expect(entry(files, 'items/2025-11-18--item-aob').data['text']).toBe('Estonia proposed a coordinated response.\nThe Commission informed about Interpol.');
  });

  it('describes the meeting with its committee, days, the Presidency of the time, the outcome shown and its items in agenda order', () => {
    expect(entry(files, 'meetings/2025-11-18').data).toEqual({
      id: '2025-11-18',
      committee: 'cosi',
      title: 'COSI meeting',
      dates: ['2025-11-18', '2025-11-19'],
      presidency: 'Denmark',
      document: '15912/25',
      documentSlug: '15912-25',
      outcome: { number: '15912/25', slug: '15912-25', versions: ['15912/25'], others: [] },
      agenda: null,
      // an outcome prints no hour, day's hours, venue or format, and no notice is held
      time: null,
      times: [],
      venue: null,
      format: null,
      items: ['2025-11-18--item-1', '2025-11-18--item-6', '2025-11-18--item-aob'],
      decisionCount: 2,
    });
  });

  it('records who decided what, pointing at the sentence its item entry keeps instead of copying it', () => {
    expect(json(files, 'decisions/2025-11-18--item-6--1.json')).toEqual({
      id: '2025-11-18--item-6--1',
      by: 'COSI',
      verb: 'endorsed',
      object: 'the way forward as set out in 14470/1/25 REV1',
      references: ['14470/1/25 REV 1'],
      sentence: 0,
      meeting: '2025-11-18',
      date: '2025-11-18',
      item: '2025-11-18--item-6',
      itemNumber: '6',
      itemTitle: 'Implementation of the European Internal Security Strategy – way forward',
      anchor: 'item-6',
      document: '15912/25',
    });
  });

  it('keeps the sentence of each decision once, in its item entry', () => {
    expect(entry(files, 'items/2025-11-18--item-6').data['sentences']).toEqual(['COSI endorsed the way forward as set out in 14470/1/25 REV1.']);
  });

  it('lists where a referenced document is cited: the item anchor, the footnote anchor Astro renders, and the sentence', () => {
    expect(json(files, 'references/14470-1-25-rev-1.json')).toEqual({
      id: '14470/1/25 REV 1',
      slug: '14470-1-25-rev-1',
      type: 'council',
      url: 'https://data.consilium.europa.eu/doc/document/ST-14470-2025-REV-1/en/pdf',
      ingested: false,
      citations: [
        {
          document: '15912/25',
          documentSlug: '15912-25',
          meeting: '2025-11-18',
          anchor: 'item-6',
          label: 'item 6',
          context: 'COSI endorsed the way forward as set out in 14470/1/25 REV1.',
        },
      ],
    });
    expect(json(files, 'references/16515-09.json')).toMatchObject({
      citations: [{ anchor: 'user-content-fn-1', label: 'footnote 1', meeting: null, context: 'See also 16515/09.' }],
    });
  });

  it('gives an ingested document a reference file of its own, marked ingested', () => {
    expect(json(files, 'references/15912-25.json')).toMatchObject({ id: '15912/25', ingested: true, type: 'council', citations: [] });
  });
});

describe('toCollections on a note', () => {
  const files = toCollections([note()]);
  const { data, body } = entry(files, 'documents/6543-25');

  it('anchors the text before the first heading and gives each section a heading with its fixed id', () => {
    expect(body.split('\n').filter((line) => /^(?:#|<div id="section)/.test(line))).toEqual([
      '<div id="section-0"></div>',
      '## 1. EXECUTIVE SUMMARY {#section-1}',
      '### 2.1 Future of internal security {#section-2-1}',
      '## Presidency report {#section-3}',
    ]);
  });

  it('gives each section of the entry its anchor, its heading and its text as plain text', () => {
    expect(data['sections']).toEqual([
      {
        anchor: 'section-0',
        number: null,
        title: null,
        text: 'In accordance with Article 6(2) of Council Decision 2010/131/EU, the Council must keep Parliament informed.',
      },
      { anchor: 'section-1', number: '1', title: 'EXECUTIVE SUMMARY', text: 'COSI met six times.' },
      { anchor: 'section-2-1', number: '2.1', title: 'Future of internal security', text: 'COSI discussed 15912/25 at length. It agreed.' },
      { anchor: 'section-3', number: null, title: 'Presidency report', text: 'The Presidency noted general support.' },
    ]);
  });

  it('gives the header component LIMITE and the previous documents, and no meeting days', () => {
    expect(data).toMatchObject({ limite: true, previous: ['5572/1/25 REV 1'], meetingDates: [] });
  });

  it('writes no meeting, item or decision for a note', () => {
    expect([...files.keys()].filter((path) => !path.startsWith('documents/') && !path.startsWith('references/'))).toEqual(['texts/6543-25.md']);
    expect(data['meeting']).toBeNull();
  });

  it('cites from the header and from sections, and marks a document cited by another ingested one as ingested', () => {
    const both = toCollections([note(), outcome()]);
    expect(json(both, 'references/5572-1-25-rev-1.json')).toMatchObject({
      citations: [{ anchor: 'header', label: 'header', context: 'No. prev. doc.: 5572/1/25 REV 1' }],
    });
    expect(json(both, 'references/15912-25.json')).toMatchObject({
      ingested: true,
      citations: [
        { document: '6543/25', anchor: 'section-2-1', label: 'section 2.1 Future of internal security', context: 'COSI discussed 15912/25 at length.' },
      ],
    });
  });
});

describe('toCollections on a note citing a range of numbers and a number with its corrigendum', () => {
  const sentence = 'The national replies are set out in documents 9876/25 to 9879/25 and in 6388/24 + COR 1.';
  const files = toCollections([
    note({
      sections: [section('1', 'Replies', sentence)],
      references: ['9876/25', '9877/25', '9878/25', '9879/25', '6388/24', '6388/24 COR 1'].map((id) => {
        const reference = canonicalReference(id);
        if (reference === null) throw new Error(id);
        return reference;
      }),
    }),
  ]);

  it('lists the note among the citing documents of each number of the range and of the corrigendum, with the sentence that prints them', () => {
    for (const slug of ['9876-25', '9877-25', '9878-25', '9879-25', '6388-24', '6388-24-cor-1'])
      expect(json(files, `references/${slug}.json`), slug).toMatchObject({
        citations: [{ document: '6543/25', anchor: 'section-1', label: 'section 1. Replies', context: sentence }],
      });
  });

  it('links the range’s two ends and the corrigendum as printed, and nothing the text does not print', () => {
    const body = file(files, 'texts/6543-25.md');
    expect(body).toContain('[9876/25](/documents/9876-25/) to [9879/25](/documents/9879-25/)');
    expect(body).toContain('[6388/24](/documents/6388-24/) + [COR 1](/documents/6388-24-cor-1/)');
    expect(body).not.toContain('9877');
  });
});

describe('toCollections on two notes citing one act, one by its CELEX number and one by its name', () => {
  const byCelex = 'Europol processes the data under the rules of 32016R0794.';
  const byName = 'In accordance with Article 6(2) of Regulation (EU) 2016/794, Europol reports to COSI.';
  const cites = (number: string, source: string, sentence: string) =>
    note({
      number,
      source,
      sections: [section('1', 'Europol', sentence)],
      references: findReferences(sentence).map(({ id, type, url }) => ({ id, type, ...(url === undefined ? {} : { url }) })),
    });
  const files = toCollections([cites('6543/25', 'content/sources/a.txt', byCelex), cites('6544/25', 'content/sources/b.txt', byName)]);

  it('writes one reference entry for the act, named as the act is named, listing both notes', () => {
    expect([...files.keys()].filter((path) => /regulation|celex/.test(path))).toEqual(['references/regulation-eu-2016-794.json']);
    expect(json(files, 'references/regulation-eu-2016-794.json')).toMatchObject({
      id: 'Regulation (EU) 2016/794',
      type: 'regulation',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0794',
      citations: [
        { document: '6543/25', context: byCelex },
        { document: '6544/25', context: byName },
      ],
    });
  });

  it('links the CELEX number and the name to that one page', () => {
    expect(file(files, 'texts/6543-25.md')).toContain('[32016R0794](/documents/regulation-eu-2016-794/)');
    expect(file(files, 'texts/6544-25.md')).toContain('[Regulation (EU) 2016/794](/documents/regulation-eu-2016-794/)');
  });

  it('lists one citation where one place names the act both ways', () => {
    const both = toCollections([cites('6545/25', 'content/sources/c.txt', 'Regulation (EU) 2016/794 (CELEX 32016R0794) applies.')]);
    expect(json(both, 'references/regulation-eu-2016-794.json')).toMatchObject({ citations: [{ document: '6545/25' }] });
    expect((json(both, 'references/regulation-eu-2016-794.json') as { citations: unknown[] }).citations).toHaveLength(1);
  });
});

describe('toCollections with hostile text', () => {
  const hostile = outcome({
    subject: 'Subject with <script>alert(1)</script>\n---\ntitle: "x" {{ danger }}',
    items: [
      item({
        number: '1',
        title: '<script>alert("title")</script> & <b>bold</b>',
        text: ['Text with <script>alert("text")</script> and <img src=x onerror=alert(1)> and [a link](javascript:alert(1)).'],
      }),
    ],
    footnotes: [],
    references: [],
  });
  const files = toCollections([hostile]);

  it('keeps a script tag, an image and a link in a title and a text as visible text, never as HTML or a link', async () => {
    const html = await renderAsTheSite(entry(files, 'documents/15912-25').body);
    expect(html).toContain('<h2 id="item-1">1. &lt;script&gt;alert("title")&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</h2>');
    expect(html).toContain(
      '<p>Text with &lt;script&gt;alert("text")&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; and [a link](javascript:alert(1)).</p>',
    );
  });

  it('round-trips a frontmatter value holding ---, newlines, quotes and braces', () => {
    expect(entry(files, 'documents/15912-25').data['subject']).toBe('Subject with <script>alert(1)</script>\n---\ntitle: "x" {{ danger }}');
    expect(entry(files, 'items/2025-11-18--item-1').data['title']).toBe('<script>alert("title")</script> & <b>bold</b>');
  });
});

describe('toCollections as a whole', () => {
  it('gives the same bytes whatever the order of the records, run after run', () => {
    const once = toCollections([outcome(), note()]);
    const again = toCollections([note(), outcome()]);
    expect([...again]).toEqual([...once]);
    expect([...once.keys()]).toEqual([...once.keys()].sort());
  });

  it('keeps a meeting on the outcome dated first when another outcome of other numbers records the same days, and lists the later one', () => {
    const later = outcome({ number: '16001/25', date: '2025-12-02', source: 'content/sources/a-later.txt' });
    const files = toCollections([later, outcome()]);
    expect(entry(files, 'meetings/2025-11-18').data).toMatchObject({
      document: '15912/25',
      outcome: { number: '15912/25', versions: ['15912/25'], others: ['16001/25'] },
    });
    expect(entry(files, 'items/2025-11-18--item-6').data['document']).toBe('15912/25');
    expect(entry(files, 'documents/16001-25').data).toMatchObject({ meeting: '2025-11-18', items: [] });
    expect([...files.keys()].filter((path) => path.startsWith('meetings/'))).toEqual(['meetings/2025-11-18.json']);
  });

  it('makes one document of two sources that give the same text, from the source whose path sorts first', () => {
    const files = toCollections([outcome(), outcome({ source: 'content/sources/copy.txt' })]);
    expect(entry(files, 'documents/15912-25').data['source']).toBe('content/sources/copy.txt');
    expect([...files.keys()].filter((path) => path.startsWith('variants/'))).toEqual([]);
  });

  it('keeps both texts of a number that two sources give differently, the other beside it in the variants', () => {
    const other = outcome({ source: 'content/sources/z-other.txt', subject: 'Outcome of Proceedings of COSI, as another source gives it' });
    const files = toCollections([other, outcome()]);
    expect(entry(files, 'documents/15912-25').data).toMatchObject({ source: 'content/sources/outcome.txt', variant: 0 });
    expect(entry(files, 'variants/15912-25--source-2').data).toMatchObject({
      source: 'content/sources/z-other.txt',
      subject: 'Outcome of Proceedings of COSI, as another source gives it',
      variant: 1,
      items: [],
    });
  });

  it('cites a document named in an item title from that item', () => {
    const files = toCollections([
      outcome({
        items: [item({ number: '4', title: 'Draft Council conclusions (13272/3/17 REV 3)', text: ['The Committee agreed on the draft conclusions.'] })],
        footnotes: [],
      }),
    ]);
    expect(json(files, 'references/13272-3-17-rev-3.json')).toMatchObject({
      citations: [{ anchor: 'item-4', label: 'item 4', context: 'Draft Council conclusions (13272/3/17 REV 3)' }],
    });
  });

  it('makes repeated item numbers unique on the page', () => {
    const files = toCollections([
      outcome({
        items: [item({ number: '3', title: 'First', text: ['One.'] }), item({ number: '3', title: 'Again', text: ['Two.'] })],
        footnotes: [],
      }),
    ]);
    expect(entry(files, 'meetings/2025-11-18').data['items']).toEqual(['2025-11-18--item-3', '2025-11-18--item-3-2']);
  });
});

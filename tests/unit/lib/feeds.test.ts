import { describe, expect, it } from 'vitest';
import { linesMdast } from '../../../src/lib/entry-mdast.ts';
import { decisionFeedItems, feedResponse, meetingFeedItems, mentionFeedItems } from '../../../src/lib/feeds.ts';
import { loadContent } from '../support/content-entries.ts';
import { mentionsIn } from '../support/mention-places.ts';

const content = loadContent();

/** The origin the feeds of these tests link to. */
const SITE = new URL('https://example.org/');

describe('meetingFeedItems', () => {
  it('lists the seed meetings newest first, each linking to its page, dated on its first day', () => {
    const items = meetingFeedItems(
      content.meetings.map((entry) => entry.data),
      SITE,
    );
    expect(items.map((item) => item.link)).toEqual(['/meetings/2025-11-18/', '/meetings/2021-11-22/', '/meetings/2017-11-21/']);
    expect(items[0]?.title).toBe('COSI meeting, 18–19 November 2025');
    expect(items[0]?.pubDate?.toISOString()).toBe('2025-11-18T12:00:00.000Z');
    expect(items[0]?.description).toBe('<p>Denmark Presidency. 15 agenda items, 13 decisions. Outcome of proceedings 15912/25.</p>');
  });
});

describe('decisionFeedItems', () => {
  it('titles each decision by who decided what and links it to the agenda item that records it, newest first', () => {
    const items = decisionFeedItems(
      content.decisions.map((entry) => entry.data),
      SITE,
    );
    expect(items.length).toBe(content.decisions.length);
    const dates = items.map((item) => item.pubDate?.toISOString() ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const item6 = items.find((item) => item.link === '/meetings/2025-11-18/#item-6');
    expect(item6?.title).toBe(
      'COSI endorsed the way forward with regard to the work in the Council on the implementation of the European Internal Security Strategy as set out in 14470/1/25 REV1',
    );
    expect(item6?.description).toBe(
      '<p>Under item 6, Implementation of the European Internal Security Strategy – way forward, of the COSI meeting of 2025-11-18.</p>',
    );
    const item5 = items.filter((item) => item.link === '/meetings/2025-11-18/#item-5').map((item) => item.title);
    expect(item5).toContain("Delegations agreed on the region's strategic importance");
    expect(item6?.categories).toEqual(['endorsed']);
  });

  it('gives each of the six decisions of item 7 of 15754/17 its own guid, the same whatever the order of the entries', async () => {
    const decisions = content.decisions.map((entry) => entry.data);
    const guids = async (entries: typeof decisions): Promise<string[]> => {
      const xml = await (await feedResponse(new URL('https://example.org/'), 'decisions', 'Decisions', decisionFeedItems(entries, SITE))).text();
      return [...xml.matchAll(/<guid isPermaLink="false">([^<]*)<\/guid>/g)].map((match) => match[1] ?? '');
    };
    const forward = await guids(decisions);
    expect(forward).toHaveLength(decisions.length);
    expect(new Set(forward).size).toBe(decisions.length);
    expect(forward.filter((guid) => guid.includes('2017-11-21--item-7--'))).toEqual([
      'cosi-decision:2017-11-21--item-7--1',
      'cosi-decision:2017-11-21--item-7--2',
      'cosi-decision:2017-11-21--item-7--3',
      'cosi-decision:2017-11-21--item-7--4',
      'cosi-decision:2017-11-21--item-7--5',
      'cosi-decision:2017-11-21--item-7--6',
    ]);
    expect(await guids([...decisions].reverse())).toEqual(forward);
  });
});

describe('mentionFeedItems', () => {
  it('titles an entry by document, label and title, links to the exact anchor and carries the text of the item as HTML', () => {
    const mention = mentionsIn(content.mentions)('actor', 'clasi').find((m) => m.href === '/meetings/2025-11-18/#item-14');
    if (mention === undefined) throw new Error('item 14 of 15912/25 is not among the mentions of CLASI');
    const item = content.items.find((entry) => entry.id === '2025-11-18--item-14');
    const [feedItem] = mentionFeedItems([{ mention, unit: linesMdast(item?.data.text ?? '') }], SITE);
    expect(feedItem?.title).toBe('15912/25, item 14: Exchange of information for law enforcement purposes between the EU and Latin America');
    expect(feedItem?.link).toBe('/meetings/2025-11-18/#item-14');
    expect(feedItem?.description).toMatch(/^<p>The COSI and CLASI delegates discussed about the challenges .* to facilitate information sharing\.<\/p>$/);
  });

  it('gives each paragraph and list item of the unit its own paragraph: the three bullets of item 12 (AOB) of 15912/25', () => {
    const mention = mentionsIn(content.mentions)('actor', 'poland').find((m) => m.href === '/meetings/2025-11-18/#item-12');
    if (mention === undefined) throw new Error('item 12 of 15912/25 is not among the mentions of Poland');
    const item = content.items.find((entry) => entry.id === '2025-11-18--item-12');
    const [feedItem] = mentionFeedItems([{ mention, unit: linesMdast(item?.data.text ?? '') }], SITE);
    const paragraphs = (feedItem?.description ?? '').split('\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^<p>Estonia proposed a coordinated response .*<\/p>$/);
    expect(paragraphs[1]).toMatch(/^<p>Poland informed about the ministerial meeting .* Gdańsk, Poland .*<\/p>$/);
    expect(paragraphs[2]).toMatch(/^<p>The Commission informed about the state of play .*<\/p>$/);
  });

  it('says where the unit stands when its text cannot be read', () => {
    const mention = mentionsIn(content.mentions)('actor', 'clasi').find((m) => m.href === '/meetings/2025-11-18/#item-14');
    if (mention === undefined) throw new Error('item 14 of 15912/25 is not among the mentions of CLASI');
    const [item] = mentionFeedItems([{ mention, unit: null }], SITE);
    expect(item?.description).toBe('<p>COSI meeting of 2025-11-18, item 14</p>');
  });
});

describe('feedResponse', () => {
  it('writes RSS 2.0 with source text escaped and item links kept as given, fragment and all', async () => {
    const response = await feedResponse(new URL('https://example.org/'), 'test', 'A feed', [
      { title: 'Item <script>alert(1)</script> & more', link: '/meetings/2025-11-18/#item-6', description: 'x < y' },
    ]);
    const xml = await response.text();
    expect(xml).toContain('<rss version="2.0">');
    expect(xml).toContain('<title>Item &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title>');
    expect(xml).toContain('<link>https://example.org/meetings/2025-11-18/#item-6</link>');
    expect(xml).not.toContain('<script>');
  });
});

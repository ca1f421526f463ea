import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elements, elementSources, foreignMarkup, htmlFragment, type AllowList } from '../support/hast.ts';
import { HOSTILE } from '../support/hostile-site.ts';
import { xmlElements, xmlErrors } from '../support/xml.ts';

/** What a feed description may hold (issue 14): paragraphs, lists, emphasis, footnote marks, links. */
const FEED_ALLOWED: AllowList = { p: [], ul: [], ol: ['start'], li: [], em: [], strong: [], br: [], sup: [], a: ['href'] };

/** The files of the hostile site with a given ending, relative to its dist/. */
function distFiles(ending: string): string[] {
  return readdirSync(HOSTILE.dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .sort();
}

const read = (name: string) => readFileSync(join(HOSTILE.dist, name), 'utf8');

describe('the XML the hostile site writes', () => {
  it('is read by the hostile fixtures that hold characters XML forbids (U+FFFE, U+FFFF, form feed)', () => {
    const source = readFileSync('tests/fixtures/hostile/xml-forbidden.txt', 'utf8');
    for (const character of ['\ufffe', '\uffff', '\u000c']) expect(source).toContain(character);
  });

  it('is well-formed in every file: the feeds, the decisions feed and the sitemaps, read by a strict XML 1.0 parser', () => {
    const files = distFiles('.xml');
    expect(files).toEqual(expect.arrayContaining(['feeds/decisions.xml', 'feeds/meetings.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    expect(files.some((name) => name.startsWith('feeds/actors/'))).toBe(true);
    expect(files.filter((name) => xmlErrors(read(name)).length > 0).map((name) => `${name}: ${xmlErrors(read(name)).join('; ')}`)).toEqual([]);
  });

  it('is well-formed in every SVG of every page (the timeline, the citation graphs), read as XML', () => {
    const svgs = distFiles('.html').flatMap((name) => elementSources(read(name), 'svg').map((svg) => ({ name, svg })));
    expect(svgs.length).toBeGreaterThan(1);
    expect(svgs.flatMap(({ name, svg }) => xmlErrors(svg).map((error) => `${name}: ${error}`))).toEqual([]);
  });

  it('shows the characters XML forbids as U+FFFD in the decisions feed, where the hostile decisions stand', () => {
    const titles = xmlElements(read('feeds/decisions.xml'), ['rss/channel/item/title']).map((element) => element.text);
    expect(titles).toContain('COSI endorsed the Europol assessment of counter-terrorism \ufffd threats');
  });
});

describe('the feeds of the hostile site', () => {
  it('carry in their descriptions no element or attribute outside the allow-list, and links only to http(s) pages', () => {
    const descriptions = distFiles('.xml')
      .filter((name) => name.startsWith('feeds/'))
      .flatMap((name) => xmlElements(read(name), ['rss/channel/item/description']).map((element) => ({ name, html: element.text })));
    expect(descriptions.length).toBeGreaterThan(5);
    expect(descriptions.flatMap(({ name, html }) => foreignMarkup(html, FEED_ALLOWED).map((markup) => `${name}: ${markup}`))).toEqual([]);
    const hrefs = descriptions.flatMap(({ html }) => elements(htmlFragment(html), 'a[href]').map((a) => String(a.properties['href'])));
    expect(hrefs.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
  });

  it('show the payloads of the hostile items as text in the actor feeds', () => {
    const feeds = distFiles('.xml').filter((name) => name.startsWith('feeds/actors/'));
    const text = feeds.flatMap((name) => xmlElements(read(name), ['rss/channel/item/description']).map((element) => element.text)).join('\n');
    expect(text).toContain('&#x3C;img src=x onerror=alert(');
  });
});

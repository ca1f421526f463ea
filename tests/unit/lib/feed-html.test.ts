import { describe, expect, it } from 'vitest';
import { entryMdast, paragraphMdast } from '../../../src/lib/entry-mdast.ts';
import { feedHtml } from '../../../src/lib/feed-html.ts';
import { foreignMarkup, type AllowList } from '../../support/hast.ts';

/** What a feed description may hold, as issue 14 lists it: paragraphs, lists, emphasis, footnote marks, links. */
const ALLOWED: AllowList = { p: [], ul: [], ol: ['start'], li: [], em: [], strong: [], br: [], sup: [], a: ['href'] };

const SITE = new URL('https://cosi.example/');

/** Markdown as an attacker would put it in a source that reached an entry unescaped. */
const HOSTILE_MARKDOWN = [
  'Text <script>alert(1)</script> and <img src=x onerror=alert(2)> and <iframe src="https://evil.example/"></iframe>.',
  '<a href="https://evil.example/" onclick="alert(3)">a link</a> <div style="display:none">hidden</div>',
  '[js](javascript:alert(4)) [data](data:text/html,x) [proto](//evil.example/p) [site](/documents/1-25/) ![pixel](https://evil.example/p.png)',
  '# A heading\n\n> a quote\n\n```\ncode\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ and a note[^1].',
  '[^1]: The note <svg onload=alert(5)>.',
].join('\n\n');

describe('feedHtml', () => {
  it('writes source text as text: tags a source holds are characters of a paragraph, not elements', () => {
    expect(feedHtml(paragraphMdast('COSI took note of <img src=x onerror=alert(1)> & more'), SITE)).toBe(
      '<p>COSI took note of &#x3C;img src=x onerror=alert(1)> &#x26; more</p>',
    );
  });

  it('lets no element or attribute outside the allow-list through, whatever Markdown it is given', () => {
    const html = feedHtml(entryMdast(HOSTILE_MARKDOWN), SITE);
    expect(foreignMarkup(html, ALLOWED)).toEqual([]);
    expect(html).not.toMatch(/javascript:|data:|onerror|onclick|<script/i);
  });

  it('keeps links to http(s) pages, makes links into the site absolute and drops the target of any other link', () => {
    const html = feedHtml(entryMdast(HOSTILE_MARKDOWN), SITE);
    expect(html).toContain('<a href="https://cosi.example/documents/1-25/">site</a>');
    expect(html).toContain('<a href="https://evil.example/p">proto</a>');
    expect(html).toContain('<a>js</a>');
    expect(html).toContain('<a>data</a>');
  });

  it('keeps the text of what it cannot keep as markup: heading, quote, code, table cells, struck text and the footnote', () => {
    const html = feedHtml(entryMdast(HOSTILE_MARKDOWN), SITE);
    for (const text of ['A heading', 'a quote', 'code', 'gone', 'Notes', 'The note']) expect(html, text).toContain(text);
    expect(html).toMatch(/a note<sup>1<\/sup>/);
  });

  it('replaces the characters XML forbids, which would make the whole feed unreadable', () => {
    expect(feedHtml(paragraphMdast('a\uffffb\ufffec\u000bd'), SITE)).toBe('<p>a\ufffdb\ufffdc\ufffdd</p>');
  });
});

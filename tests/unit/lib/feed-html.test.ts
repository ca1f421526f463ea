import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { linesMdast, paragraphMdast } from '../../../src/lib/entry-mdast.ts';
import { feedHtml } from '../../../src/lib/feed-html.ts';
import { foreignMarkup, type AllowList } from '../../support/hast.ts';

/** What a feed description may hold, as issue 14 lists it: paragraphs, lists, emphasis, footnote marks, links. */
const ALLOWED: AllowList = { p: [], ul: [], ol: ['start'], li: [], em: [], strong: [], br: [], sup: [], a: ['href'] };

const SITE = new URL('https://cosi.example/');

const text = (value: string) => ({ type: 'text' as const, value });
const link = (url: string, value: string) => ({ type: 'link' as const, url, children: [text(value)] });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

/** A tree an attacker would want a feed to carry: raw HTML, dangerous links, an image, and block markup a feed does not need. */
const HOSTILE_TREE = root(
  {
    type: 'paragraph',
    children: [
      text('Text '),
      { type: 'html', value: '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://evil.example/"></iframe>' },
      { type: 'html', value: '<a href="https://evil.example/" onclick="alert(3)">' },
      text('a link'),
      { type: 'html', value: '</a>' },
      text(' '),
      link('javascript:alert(4)', 'js'),
      text(' '),
      link('data:text/html,x', 'data'),
      text(' '),
      link('//evil.example/p', 'proto'),
      text(' '),
      link('/documents/1-25/', 'site'),
      text(' '),
      link('https://[y', 'broken'),
      text(' '),
      { type: 'image', url: 'https://evil.example/p.png', alt: 'pixel' },
      { type: 'emphasis', children: [text('em')] },
      { type: 'strong', children: [text('strong')] },
      { type: 'delete', children: [text('gone')] },
      text(' and a note'),
      { type: 'footnoteReference', identifier: '1', label: '1' },
    ],
  },
  { type: 'heading', depth: 1, children: [text('A heading')] },
  { type: 'blockquote', children: [{ type: 'paragraph', children: [text('a quote')] }] },
  { type: 'code', value: 'code <b>' },
  { type: 'html', value: '<div style="display:none">hidden</div>' },
  {
    type: 'list',
    ordered: false,
    children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('bullet')] }] }],
  },
  {
    type: 'table',
    children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('cell')] }] }],
  },
  {
    type: 'footnoteDefinition',
    identifier: '1',
    label: '1',
    children: [{ type: 'paragraph', children: [text('The note '), { type: 'html', value: '<svg onload=alert(5)>' }] }],
  },
);

describe('feedHtml', () => {
  it('writes source text as text: tags a source holds are characters of a paragraph, not elements', () => {
    expect(feedHtml(paragraphMdast('COSI took note of <img src=x onerror=alert(1)> & more'), SITE)).toBe(
      '<p>COSI took note of &#x3C;img src=x onerror=alert(1)> &#x26; more</p>',
    );
  });

  it('makes one paragraph of each line of an entry’s plain text', () => {
    expect(feedHtml(linesMdast('First paragraph.\nA list item.\n'), SITE)).toBe('<p>First paragraph.</p>\n<p>A list item.</p>');
  });

  it('lets no element or attribute outside the allow-list through, whatever tree it is given', () => {
    const html = feedHtml(HOSTILE_TREE, SITE);
    expect(foreignMarkup(html, ALLOWED)).toEqual([]);
    expect(html).not.toMatch(/javascript:|data:|onerror|onclick|onload|<script|evil\.example\/p\.png/i);
  });

  it('keeps links to http(s) pages, makes links into the site absolute and drops the target of any other link', () => {
    const html = feedHtml(HOSTILE_TREE, SITE);
    expect(html).toContain('<a href="https://cosi.example/documents/1-25/">site</a>');
    expect(html).toContain('<a href="https://evil.example/p">proto</a>');
    expect(html).toContain('<a>js</a>');
    expect(html).toContain('<a>data</a>');
    expect(html).toContain('<a>broken</a>');
  });

  it('keeps emphasis, lists and the footnote mark as markup, and the text of what it cannot keep as markup', () => {
    const html = feedHtml(HOSTILE_TREE, SITE);
    expect(html).toContain('<em>em</em><strong>strong</strong>gone and a note<sup>1</sup>');
    expect(html).toMatch(/<ul>\s*<li>bullet<\/li>\s*<\/ul>/);
    for (const kept of ['A heading', 'a quote', 'code &#x3C;b>', 'cell', 'Notes', 'The note', 'a link']) expect(html, kept).toContain(kept);
    expect(html).not.toContain('hidden');
  });

  it('replaces the characters XML forbids, which would make the whole feed unreadable', () => {
    expect(feedHtml(paragraphMdast('a\uffffb\ufffec\u000bd'), SITE)).toBe('<p>a\ufffdb\ufffdc\ufffdd</p>');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownOf } from '../../scripts/ingest/markdown/serialise.ts';
import {
  comparable,
  documentMarkdown,
  documentTreeOf,
  htmlText,
  noteWithBody,
  okRecord,
  outcomeWithBody,
  readBack,
  renderAsTheSite,
  treeText,
} from '../support/hostile-render.ts';

/** Pieces of hostile text: HTML, Markdown link and autolink syntax, schemes, escapes, entities and Council markup. */
const TOKENS = [
  '<',
  '>',
  '\\',
  '`',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '~',
  '!',
  '&',
  '#',
  ';',
  ':',
  '/',
  '.',
  '@',
  ' ',
  '"',
  "'",
  '=',
  '|',
  '\t',
  '-',
  '1.',
  'https://',
  'HTTPS://',
  'http://',
  'www.',
  'javascript:',
  'JaVaScRiPt:',
  'data:text/html,',
  'mailto:',
  'xmpp:',
  'a.example',
  'x@y.example',
  'img',
  'script',
  'src=x',
  'onerror=alert(1)',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</script>',
  '<svg onload=alert(1)>',
  '<a href=x>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&lt;',
  '&#106;',
  '&#x3C;',
  '[^1]',
  '<sup>1</sup>',
  '¹',
  '**',
  '__',
  '14470/1/25 REV 1',
  '{{',
  '}}',
  '${',
  '{#x}',
  '{',
  '}',
  '^',
  '$',
  '+',
  '1)',
  '    ',
  '\u200d',
  '\u00ad',
  '\u200b',
  'a',
  'B',
  'www',
  '@',
  'mailto:',
];

/** How a line may open: as a heading, numbered item or section, list item, footnote definition, day or agenda heading. */
const LINE_STARTS = [
  '',
  '# ',
  '## ',
  '1. ',
  '2.1 ',
  '- ',
  '  - ',
  '* ',
  '• ',
  '¹ ',
  '<sup>1</sup> ',
  '[^1]: ',
  'III. ',
  '18 November 2025',
  'Items for discussion',
  'Any other business',
  '3. ',
];

/** The elements the site's renderer may make of a document body: the ingest's own blocks, links, bold, lists, footnotes. */
const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'br', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'sup', 'hr']);

/** Where a link may lead: the web (GFM links web addresses and e-mail addresses), the site's pages, an anchor. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/documents\/|#)/i;

/** An opening tag of the rendered HTML (raw HTML passed through keeps its own quoting), with its attributes. */
const TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

/** One attribute of a tag: its name and its value, quoted in either way or not at all. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Everything in rendered HTML that the source could have made run or load: foreign elements, handlers, unsafe links. */
function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [raw, tag = '', attributes = ''] of html.matchAll(TAG)) {
    if (!ALLOWED_TAGS.has(tag.toLowerCase())) found.push(raw);
    for (const [, name = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const attribute = name.toLowerCase();
      const value = double ?? single ?? bare ?? '';
      if (attribute.startsWith('on') || attribute === 'style' || attribute === 'src') found.push(raw);
      if (attribute === 'href' && !SAFE_HREF.test(value)) found.push(raw);
    }
  }
  return found;
}

const hostileLine = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''));

/** A hostile line that may open like a Council heading, list item or footnote, so that every kind of block is made. */
const hostileBlockLine = fc.tuple(fc.constantFrom(...LINE_STARTS), hostileLine).map(([start, line]) => start + line);

/** A hostile body, read as a note (sections) or as an outcome of proceedings (agenda items). */
const hostileSource = fc
  .tuple(fc.array(hostileBlockLine, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([lines, outcome]) => (outcome ? outcomeWithBody(lines) : noteWithBody(lines)));

describe('the mdast tree of a hostile source', () => {
  it('reads back through Sätteri, from the Markdown the ingest writes, as exactly the tree the ingest built', () => {
    fc.assert(
      fc.property(hostileSource, (source) => {
        const tree = documentTreeOf(okRecord(source));
        expect(comparable(readBack(tree))).toEqual(comparable(tree));
      }),
      { numRuns: 1_500 },
    );
  });

  it('renders, as the site renders it, to HTML whose text read as hast is the text of the tree, block by block and footnote by footnote', async () => {
    await fc.assert(
      fc.asyncProperty(hostileSource, async (source) => {
        const tree = documentTreeOf(okRecord(source));
        expect(htmlText(await renderAsTheSite(markdownOf(tree)))).toEqual(treeText(tree));
      }),
      { numRuns: 400 },
    );
  });
});

describe('footnotes on a document page', () => {
  it('shows the text of every footnote when a mark is printed twice: the second is not hidden behind the first', async () => {
    const source = outcomeWithBody([
      '1. First',
      'See the first note¹.',
      '¹ The first footnote.',
      '2. Second',
      'See the second note¹.',
      '¹ The second footnote.',
    ]);
    const { footnotes } = htmlText(await renderAsTheSite(documentMarkdown(source)));
    expect([...footnotes.values()]).toEqual([['The first footnote.'], ['The second footnote.']]);
  });
});

describe('a hostile source line on its document page', () => {
  it('renders, through the ingest and the site’s Markdown renderer, to no element, handler or link the source made', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileLine, { minLength: 1, maxLength: 3 }), async (lines) => {
        const html = await renderAsTheSite(documentMarkdown(noteWithBody(lines)));
        expect(unsafeMarkup(html)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('renders, as the From and Subject of the header block, to no element, handler or link the source made', async () => {
    await fc.assert(
      fc.asyncProperty(hostileLine, hostileLine, async (from, subject) => {
        const html = await renderAsTheSite(documentMarkdown(noteWithBody(['Text.'], { from, subject })));
        expect(unsafeMarkup(html)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('renders the attacks found while hardening as text: web addresses and www. right before a tag, links after a bare scheme', async () => {
    const lines = [
      'See https://evil.example/<img src=x onerror=alert(1)> and HTTPS://evil.example/<script>alert(2)</script>.',
      'See www.evil.example<img src=x onerror=alert(3)> and x@evil.example<svg onload=alert(4)>.',
      'See https://[y](javascript:alert(5)) and <https://evil.example/>[z](javascript:alert(6)).',
    ];
    const html = await renderAsTheSite(documentMarkdown(noteWithBody(lines)));
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});

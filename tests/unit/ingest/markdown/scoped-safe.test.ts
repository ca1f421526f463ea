import fc from 'fast-check';
import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { defaultHandlers, toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_OPTIONS, markdownOf } from '../../../../scripts/ingest/markdown/serialise.ts';
import { documentTreeOf, noteWithBody, okRecord, outcomeWithBody } from '../../../support/hostile-render.ts';

/** Text that Markdown may read as syntax somewhere: every punctuation mark, white space, line ends, autolink triggers. */
const PIECES = [
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '!',
  '#',
  '&',
  '\\',
  ':',
  '.',
  '@',
  '~',
  '|',
  '-',
  '+',
  '=',
  '"',
  "'",
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '1.',
  '1)',
  'www.',
  'http://',
  'x@y.eu',
  'a',
  'Word',
  '\u007f',
  '\u0000',
  '\u00a0',
  'é',
  '😀',
];

const hostileText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

const textNode = hostileText.map((value): PhrasingContent => ({ type: 'text', value }));

/** Phrasing in every construct the ingest writes: plain text, strong, links to document pages, footnote calls. */
const phrasingNode: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: textNode },
  { weight: 1, arbitrary: fc.array(textNode, { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children })) },
  {
    weight: 1,
    arbitrary: fc.tuple(hostileText, textNode).map(([url, text]): PhrasingContent => ({ type: 'link', url: `/documents/${url}/`, children: [text] })),
  },
  { weight: 1, arbitrary: fc.constantFrom('1', '2', 'a').map((label): PhrasingContent => ({ type: 'footnoteReference', identifier: label, label })) },
);

const phrasing = fc.array(phrasingNode, { minLength: 1, maxLength: 6 });

const block: fc.Arbitrary<BlockContent> = fc.oneof(
  phrasing.map((children): BlockContent => ({ type: 'paragraph', children })),
  fc.tuple(fc.integer({ min: 2, max: 4 }), phrasing).map(([depth, children]): BlockContent => ({ type: 'heading', depth: depth as 2 | 3 | 4, children })),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((items): BlockContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  })),
);

const tree = fc.array(block, { minLength: 1, maxLength: 5 }).map((children): Root => ({ type: 'root', children }));

/**
 * The Markdown mdast-util-to-markdown writes with the ingest's options but its own root and text handlers: every `safe`
 * tries every unsafe pattern, and a text has no peek (the library writes it in full to know its first character).
 */
function withEveryPattern(root: Root): string {
  return toMarkdown(root, { ...MARKDOWN_OPTIONS, handlers: { ...MARKDOWN_OPTIONS.handlers, root: defaultHandlers.root, text: defaultHandlers.text } });
}

describe('rootWithScopedSafe and textWithPeek', () => {
  it('writes every tree exactly as the library’s own handlers do, in paragraphs, headings, lists, strong and links', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(markdownOf(root)).toBe(withEveryPattern(root));
      }),
      { numRuns: 3_000 },
    );
  });

  it('writes the tree the ingest builds of a hostile note or outcome exactly as the library’s own handlers do', () => {
    const line = fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), (lines, outcome) => {
        const root = documentTreeOf(okRecord(outcome ? outcomeWithBody(lines) : noteWithBody(lines)));
        expect(markdownOf(root)).toBe(withEveryPattern(root));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes every asterisk of a paragraph and leaves a paragraph of letters and spaces as it is', () => {
    const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
    expect(markdownOf(paragraph('*bold* and 2 * 3'))).toBe('\\*bold\\* and 2 \\* 3\n');
    expect(markdownOf(paragraph('Delegations took note'))).toBe('Delegations took note\n');
  });

  it('escapes what a line break makes syntax, and the same characters elsewhere on the line not', () => {
    const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
    const cases: [Root, string][] = [
      // a dash opening a line would open a list item; one inside a line is a dash
      [paragraph('a dash - in a line\n- at a line start'), 'a dash - in a line\n\\- at a line start\n'],
      // a space before a line break would be taken off the line's end: written as a character reference
      [paragraph('ends with a space \nnext line'), 'ends with a space&#x20;\nnext line\n'],
      // lines of words alone
      [paragraph('Delegations\ntook note\nof it'), 'Delegations\ntook note\nof it\n'],
    ];
    for (const [root, markdown] of cases) {
      expect(markdownOf(root)).toBe(markdown);
      expect(withEveryPattern(root)).toBe(markdown);
    }
  });

  it('leaves a text whose neighbours are escaped as it is, and still escapes backslashes, a footnote call’s colon and what follows a text', () => {
    const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
    const text = (value: string): PhrasingContent => ({ type: 'text', value });
    const cases: [Root, string][] = [
      // `[` and `](` around the link's text are the link's own: nothing in `(b)` or the texts beside it is escaped
      [paragraph(text('see '), { type: 'link', url: '/documents/a/', children: [text('(b)')] }, text(' end')), 'see [(b)](/documents/a/) end\n'],
      // a backslash before punctuation is doubled, the asterisk escaped, a backslash before a letter left
      [paragraph(text('a path C:\\*x\\y')), 'a path C:\\\\\\*x\\y\n'],
      // `[^1]:` would open a footnote definition
      [paragraph(text('note'), { type: 'footnoteReference', identifier: '1', label: '1' }, text(': text')), 'note[^1]\\: text\n'],
      // a text ending on a backslash before the strong run's asterisks
      [paragraph(text('ends with a backslash \\'), { type: 'strong', children: [text('bold')] }), 'ends with a backslash \\\\**bold**\n'],
    ];
    for (const [root, markdown] of cases) {
      expect(markdownOf(root)).toBe(markdown);
      expect(withEveryPattern(root)).toBe(markdown);
    }
  });
});

import fc from 'fast-check';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownFile } from '../../scripts/ingest/markdown/frontmatter.ts';

/** Pieces that end, open or bend a YAML block: fences, line ends of every kind, indicators, tags, anchors, escapes. */
const BREAKERS = [
  '\n---\n',
  '---',
  '+++',
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u0000',
  '\u007f',
  ': ',
  '- ',
  '# ',
  '!!js/function',
  '&a',
  '*a',
  '<<',
  '{{',
  '}}',
  '${x}',
  '"',
  "'",
  '\\',
  '\\u2028',
  '|',
  '>',
];

/** A hostile string: unicode from anywhere, with YAML breakers spliced in. */
const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...BREAKERS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Frontmatter data shaped like the ingest's entries: strings, lists of strings, nested objects, numbers, booleans, null. */
const entry = fc.dictionary(
  fc.constantFrom('subject', 'title', 'from', 'codes', 'footnotes', 'source', 'number', 'limite', 'meeting'),
  fc.oneof(
    hostileString,
    fc.array(hostileString, { maxLength: 3 }),
    fc.array(fc.record({ mark: hostileString, text: hostileString }), { maxLength: 2 }),
    fc.boolean(),
    fc.constant(null),
    fc.integer(),
  ),
);

describe('the frontmatter of a generated Markdown file', () => {
  it('reads back, with Astro’s parser and with yaml, as exactly the values written, and leaves the body as it was', () => {
    fc.assert(
      fc.property(entry, hostileString, (data, body) => {
        const file = markdownFile(data, body);
        const astro = parseFrontmatter(file);
        expect(astro.frontmatter).toEqual(data);
        expect(astro.content.replace(/^\n\n?/, '')).toBe(body);
        const block = /^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '';
        expect(parse(block)).toEqual(data);
      }),
      { numRuns: 1_000 },
    );
  });
});

import fc from 'fast-check';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { jsonFile, textFile } from '../../scripts/ingest/markdown/frontmatter.ts';

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

/** Entry data shaped like the ingest's entries: strings, lists of strings, nested objects, numbers, booleans, null. */
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

describe('a generated text file', () => {
  it('reads back with Astro’s parser as no data and exactly the body written, whatever fences the body holds', () => {
    fc.assert(
      fc.property(hostileString, (body) => {
        const astro = parseFrontmatter(textFile(body));
        expect(astro.frontmatter).toEqual({});
        expect(astro.content.replace(/^\n\n?/, '')).toBe(body);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('a generated JSON file', () => {
  it('reads back as exactly the values written', () => {
    fc.assert(
      fc.property(entry, (data) => {
        expect(JSON.parse(jsonFile(data))).toEqual(data);
      }),
      { numRuns: 1_000 },
    );
  });
});

import fc from 'fast-check';
import type { Heading, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { State } from 'mdast-util-to-markdown';
import { EXIT, visit } from 'unist-util-visit';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Not among the package's exports: the two files patches/mdast-util-to-markdown+2.2.3.patch changes.
import { formatHeadingAsSetext } from '../../../../node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js';
import { track } from '../../../../node_modules/mdast-util-to-markdown/lib/util/track.js';

/** The tracker as the package wrote it before the patch: each value split at its line endings. */
function unpatchedTrack(lineShift: number) {
  let line = 1;
  let column = 1;
  let shift = lineShift;
  return {
    move(value: string) {
      const chunks = value.split(/\r?\n|\r/g);
      const tail = chunks[chunks.length - 1] ?? '';
      line += chunks.length - 1;
      column = chunks.length === 1 ? column + tail.length : 1 + tail.length + shift;
      return value;
    },
    shift(value: number) {
      shift += value;
    },
    current: () => ({ now: { line, column }, lineShift: shift }),
  };
}

/** formatHeadingAsSetext as the package wrote it before the patch: every heading visited for a literal with a line break. */
function unpatchedSetext(node: Heading, setext: boolean): boolean {
  let literalWithBreak = false;
  visit(node, (child) => {
    if (('value' in child && /\r?\n|\r/.test(child.value)) || child.type === 'break') {
      literalWithBreak = true;
      return EXIT;
    }
    return undefined;
  });
  return Boolean((!node.depth || node.depth < 3) && toString(node) && (setext || literalWithBreak));
}

const stateWith = (setext: boolean) => ({ options: { setext } }) as unknown as State;

/** Markdown as the serialiser moves past it: words, spaces, every kind of line ending, a non-ASCII letter. */
const markdown = fc
  .array(fc.constantFrom('Council', ' ', '\n', '\r', '\r\n', '\n\n', 'é', '> ', '- ', '1. '), { maxLength: 12 })
  .map((parts) => parts.join(''));

const literal = fc.constantFrom('Item', 'two\nlines', 'cr\rend', 'crlf\r\nend', '', ' ');
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  literal.map((value): PhrasingContent => ({ type: 'text', value })),
  literal.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
  fc.constant<PhrasingContent>({ type: 'break' }),
  fc.array(literal, { maxLength: 2 }).map((values): PhrasingContent => ({ type: 'emphasis', children: values.map((value) => ({ type: 'text', value })) })),
);
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(phrasing, { maxLength: 4 }))
  .map(([depth, children]): Heading => ({ type: 'heading', depth: depth as Heading['depth'], children }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("mdast-util-to-markdown's tracker, as patched: line endings counted without splitting", () => {
  it('gives the line and column the unpatched tracker gives after every move, with any line shift', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(markdown, fc.integer({ min: 0, max: 4 })), { maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (moves, lineShift) => {
        const patched = track({ now: { line: 1, column: 1 }, lineShift });
        const unpatched = unpatchedTrack(lineShift);
        for (const [value, shift] of moves) {
          expect(patched.move(value)).toBe(value);
          unpatched.move(value);
          expect(patched.current()).toEqual(unpatched.current());
          patched.shift(shift);
          unpatched.shift(shift);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('splits no value that holds no carriage return', () => {
    const tracker = track({ now: { line: 1, column: 1 }, lineShift: 2 });
    const split = vi.spyOn(String.prototype, 'split');
    tracker.move('## 6.1. Title {#item-6-1}\n\nThe Committee took note.\n');
    const splits = split.mock.calls.length;
    split.mockRestore();
    expect(splits).toBe(0);
    expect(tracker.current()).toEqual({ now: { line: 4, column: 3 }, lineShift: 2 });
  });
});

describe("mdast-util-to-markdown's setext test, as patched: a heading walked only when its answer depends on it", () => {
  it('answers as the unpatched test does for headings of every depth, with and without setext', () => {
    fc.assert(
      fc.property(heading, fc.boolean(), (node, setext) => {
        expect(formatHeadingAsSetext(node, stateWith(setext))).toBe(unpatchedSetext(node, setext));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never walks the children of a heading of depth 3 or more', () => {
    const node = { type: 'heading', depth: 3 } as Heading;
    Object.defineProperty(node, 'children', {
      get: () => {
        throw new Error('walked');
      },
    });
    expect(formatHeadingAsSetext(node, stateWith(false))).toBe(false);
  });

  it('reads a line break in a short heading as the package does', () => {
    const node: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Two\nlines' }] };
    expect(formatHeadingAsSetext(node, stateWith(false))).toBe(true);
    expect(formatHeadingAsSetext({ ...node, children: [{ type: 'text', value: 'One line' }] }, stateWith(false))).toBe(false);
  });
});

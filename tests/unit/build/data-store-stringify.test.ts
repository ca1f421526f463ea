import * as devalue from 'devalue';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
// Not among Astro's exports: the file that patches/astro+7.3.5.patch changes, loaded as the build loads it.
import { serializeDataStore } from '../../../node_modules/astro/dist/content/data-store-writer.js';
import { DATA_STORE_STRINGIFY, devalueStringify, offerDataStoreStringify } from '../../../scripts/build/data-store-stringify.ts';

/** Strings with every character devalue escapes, and others beyond ASCII and outside the basic plane. */
const text = fc.string({
  unit: fc.constantFrom('a', 'é', '€', '😀', '"', '<', '>', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', ' ', '/'),
});

/** Numbers including the ones devalue writes as codes: NaN, the infinities and −0. */
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 5e-324));

/** The values a content-layer store holds: maps of plain objects, arrays, strings, numbers, booleans, null, undefined, dates. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    fc.array(fc.tuple(fc.oneof(text, number), tie('value')), { maxLength: 4 }).map((pairs) => new Map(pairs)),
  ),
}));

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[DATA_STORE_STRINGIFY];
});

describe("the data store's writer", () => {
  it('writes the same bytes as devalue.stringify for every value a store holds', () => {
    fc.assert(
      fc.property(value, (stored) => {
        expect(devalueStringify(stored)).toBe(devalue.stringify(stored));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a value met twice once, by identity for objects and by value for primitives, as devalue does', () => {
    const shared = { title: 'Operational cooperation', codes: ['COSI 97', 'JAI 655'] };
    const store = new Map<string, Map<string, unknown>>([
      ['documents', new Map([['15912-25', { data: shared, again: shared, copy: { ...shared }, number: -0, missing: undefined }]])],
      ['texts', new Map([['15912-25', { rendered: { html: '<p>COSI 97 – “JAI 655”\u2028</p>' } }]])],
    ]);
    const written = devalueStringify(store);
    expect(written).toBe(devalue.stringify(store));
    expect(devalue.parse(written ?? '')).toEqual(store);
  });

  it('leaves to devalue what it does not write itself: sets, holes, boxed values, class instances, functions, symbols', () => {
    const holes: unknown[] = ['a'];
    holes[2] = 'c';
    for (const other of [
      new Set(['a']),
      holes,
      Object(1),
      new URL('https://example.org/'),
      new (class Entry {})(),
      () => 1,
      Symbol('x'),
      10n,
      Object.create(null),
    ]) {
      expect(devalueStringify(new Map([['entry', { other }]]))).toBeUndefined();
    }
  });

  it("is what Astro's patched writer uses when astro.config.mjs offers it, and devalue otherwise", () => {
    const store = new Map([
      [
        'items',
        new Map([
          ['b', { data: { title: '<b>' } }],
          ['a', { data: { title: 'a' } }],
        ]),
      ],
    ]);
    const sorted = new Map([
      [
        'items',
        new Map([
          ['a', { data: { title: 'a' } }],
          ['b', { data: { title: '<b>' } }],
        ]),
      ],
    ]);
    expect(serializeDataStore(store)).toBe(devalue.stringify(sorted));
    (globalThis as Record<symbol, unknown>)[DATA_STORE_STRINGIFY] = () => 'offered';
    expect(serializeDataStore(store), 'node_modules/astro lacks patches/astro+7.3.5.patch: run `npx patch-package` (npm ci does)').toBe('offered');
    offerDataStoreStringify();
    expect(serializeDataStore(store)).toBe(devalue.stringify(sorted));
  });
});

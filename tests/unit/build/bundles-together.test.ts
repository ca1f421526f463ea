import { describe, expect, it } from 'vitest';
import { bundlesFitTogether } from '../../../scripts/build/bundles-together.ts';

describe('bundlesFitTogether', () => {
  it('indexes the bundles of 2,000 and 10,000 generated documents at once (2,087 + 1,532 and 10,087 + 7,140 pages)', () => {
    expect(bundlesFitTogether({ main: 2087, cited: 1532 })).toBe(true);
    expect(bundlesFitTogether({ main: 10087, cited: 7140 })).toBe(true);
  });

  it('indexes them one after the other at 23,600 documents, where the main bundle alone peaks near 7.5 GB', () => {
    expect(bundlesFitTogether({ main: 23805, cited: 16850 })).toBe(false);
  });

  it('weighs a main page, which holds a text, above a cited-only page', () => {
    expect(bundlesFitTogether({ main: 13000, cited: 5000 })).toBe(false);
    expect(bundlesFitTogether({ main: 5000, cited: 13000 })).toBe(true);
  });
});

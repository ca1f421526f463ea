import { describe, expect, it } from 'vitest';
import { append, largest, smallest } from '../../../src/shared/lists.ts';

/** More elements than a call can take as arguments: `Math.max(...list)` throws a RangeError on it. */
const LONG = Array.from({ length: 500_000 }, (_, index) => (index * 7919) % 500_003);

describe('append', () => {
  it('appends every element of a list longer than a call can take, in order, to the end of the target', () => {
    expect(() => [].push(...(LONG as never[]))).toThrow(RangeError);
    const target = [-1, -2];
    expect(append(target, LONG)).toBe(target);
    expect(target).toHaveLength(LONG.length + 2);
    expect(target.slice(0, 4)).toEqual([-1, -2, 0, 7919]);
    expect(target.at(-1)).toBe(LONG.at(-1));
  });
});

describe('largest and smallest', () => {
  it('find the extremes of a list longer than a call can take', () => {
    expect(() => Math.max(...LONG)).toThrow(RangeError);
    expect(largest(LONG)).toBe(500_002);
    expect(smallest(LONG)).toBe(0);
  });

  it('give what Math.max and Math.min give for no value, negative values and NaN', () => {
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
    expect(largest([-3, -1, -2])).toBe(-1);
    expect(smallest([3, 1, 2])).toBe(1);
    expect(largest([1, Number.NaN, 3])).toBeNaN();
    expect(smallest([1, Number.NaN, 3])).toBeNaN();
  });
});

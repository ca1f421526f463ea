// Spreading a list into a call (`push(...list)`, `Math.max(...list)`) passes every element as an argument on the
// stack, and a list of some 100,000 elements overflows it: a source can make such lists. These loop instead.

/** Appends `items` to `target` in order, one at a time, whatever their number; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` (`-Infinity` for none, as `Math.max()`), however many there are. */
export function largest(values: Iterable<number>): number {
  let result = -Infinity;
  for (const value of values) if (value > result || Number.isNaN(value)) result = value;
  return result;
}

/** The smallest of `values` (`Infinity` for none, as `Math.min()`), however many there are. */
export function smallest(values: Iterable<number>): number {
  let result = Infinity;
  for (const value of values) if (value < result || Number.isNaN(value)) result = value;
  return result;
}

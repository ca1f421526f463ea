import type { Clock } from '../../scripts/fetch/pacer.ts';

/** A clock whose sleeps return at once and move its time on: what the fetcher waited for is read, never waited. */
export interface FakeClock extends Clock {
  /** Every sleep asked for, in milliseconds, in order. */
  sleeps: number[];
}

/** A fake clock starting at `start` (ms since the epoch). */
export function fakeClock(start = Date.parse('2025-12-01T09:00:00Z')): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

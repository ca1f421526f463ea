import { describe, expect, it } from 'vitest';
import { pacer } from '../../../scripts/fetch/pacer.ts';
import { fakeClock } from '../../support/fake-clock.ts';

describe('pacer', () => {
  it('lets the first request go at once and each next one a full interval after the previous one started', async () => {
    const clock = fakeClock(0);
    const pace = pacer(clock, 1);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pace();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 1000, 2000]);
  });

  it('waits only what is left of the interval when time passed meanwhile, and nothing when it is over', async () => {
    const clock = fakeClock(0);
    const pace = pacer(clock, 0.5);
    await pace();
    await clock.sleep(1500);
    await pace();
    expect(clock.now()).toBe(2000);
    await clock.sleep(5000);
    await pace();
    expect(clock.sleeps).toEqual([1500, 500, 5000]);
  });
});

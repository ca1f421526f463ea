import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../support/fake-clock.ts';
import { emptySources, fetchFrom } from '../support/fetch-harness.ts';
import { fixturePdf, type LocalRegister, type Reply, startRegister } from '../support/register-server.ts';

/** Five documents of the fixture graph, served whole. */
const FIVE: Record<string, Reply[]> = Object.fromEntries(
  ['90101', '90102', '90106', '90107'].map((number) => [`ST-${number}-2025-INIT`, [{ pdf: fixturePdf(`tests/fixtures/register/${number}-25.pdf`) }]]),
);
FIVE['CM-90103-2025-INIT'] = [{ pdf: fixturePdf('tests/fixtures/register/cm-90103-25.pdf') }];
const NUMBERS = ['90101/25', '90102/25', 'CM 90103/25', '90106/25', '90107/25'];

let register: LocalRegister | null = null;

afterEach(async () => {
  await register?.close();
  register = null;
});

/** Milliseconds between the starts of consecutive requests, as the register logged them on the fake clock. */
function gaps(local: LocalRegister): number[] {
  return local.log.slice(1).map((request, index) => request.at - (local.log[index]?.at ?? 0));
}

describe('the pace of npm run fetch, read on the fake clock from the register log', () => {
  it('sends one request a second by default, one at a time', async () => {
    const clock = fakeClock();
    register = await startRegister(FIVE, clock);
    await fetchFrom(register, emptySources(), NUMBERS, { clock });
    expect(register.log).toHaveLength(5);
    expect(gaps(register)).toEqual([1000, 1000, 1000, 1000]);
    expect(register.busiest()).toBe(1);
  });

  it('keeps the slower pace --rate asks for', async () => {
    const clock = fakeClock();
    register = await startRegister(FIVE, clock);
    await fetchFrom(register, emptySources(), NUMBERS, { clock, rate: 0.25 });
    expect(gaps(register)).toEqual([4000, 4000, 4000, 4000]);
  });

  it('counts retries against the rate, after the wait a 429 asks for', async () => {
    const clock = fakeClock();
    register = await startRegister({ ...FIVE, 'ST-90102-2025-INIT': [{ status: 429, retryAfter: '0' }, ...(FIVE['ST-90102-2025-INIT'] ?? [])] }, clock);
    await fetchFrom(register, emptySources(), ['90101/25', '90102/25', '90106/25'], { clock });
    expect(register.log.map((request) => request.document)).toEqual(['ST-90101-2025-INIT', 'ST-90102-2025-INIT', 'ST-90102-2025-INIT', 'ST-90106-2025-INIT']);
    expect(gaps(register)).toEqual([1000, 1000, 1000]);
  });

  it('asks no more often than --rate however fast the register answers: 20 requests a second make 50 ms gaps', async () => {
    const clock = fakeClock();
    register = await startRegister(FIVE, clock);
    await fetchFrom(register, emptySources(), NUMBERS, { clock, rate: 20 });
    expect(gaps(register)).toEqual([50, 50, 50, 50]);
  });
});

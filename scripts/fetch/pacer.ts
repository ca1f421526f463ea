/** Keeps requests to the register at most `rate` a second, on whatever clock it is given (a fake one in the tests). */

/** Time as the fetcher sees it: the real clock in the CLI, a fake one in tests so that no test waits. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves once `ms` milliseconds have passed on this clock. */
  sleep(ms: number): Promise<void>;
}

/** A gate before each request: `await pace()` returns no sooner than 1/rate seconds after the previous request started. */
export function pacer(clock: Clock, rate: number): () => Promise<void> {
  const interval = 1000 / rate;
  let last: number | null = null;
  return async () => {
    if (last !== null) {
      const wait = last + interval - clock.now();
      if (wait > 0) await clock.sleep(wait);
    }
    last = clock.now();
  };
}

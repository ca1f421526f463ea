import { describe, expect, it } from 'vitest';
import { isRetryStatus, MAX_ATTEMPTS, retryAfterMs, retryDecision } from '../../../scripts/fetch/retry-policy.ts';

const NOW = Date.parse('2025-12-01T09:00:00Z');

describe('retryDecision', () => {
  it('backs off 2, 4, 8 and 16 s without a Retry-After, then stops after the fifth attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDecision(attempt, null, NOW))).toEqual([
      { retry: true, ms: 2000 },
      { retry: true, ms: 4000 },
      { retry: true, ms: 8000 },
      { retry: true, ms: 16000 },
    ]);
    expect(retryDecision(MAX_ATTEMPTS, null, NOW)).toEqual({ retry: false, reason: 'after 5 attempts' });
  });

  it('waits what Retry-After asks, in seconds or until an HTTP date', () => {
    expect(retryDecision(1, '120', NOW)).toEqual({ retry: true, ms: 120_000 });
    expect(retryDecision(3, 'Mon, 01 Dec 2025 09:00:30 GMT', NOW)).toEqual({ retry: true, ms: 30_000 });
    expect(retryDecision(1, 'soon', NOW)).toEqual({ retry: true, ms: 2000 });
  });

  it('stops when the register asks for more than five minutes', () => {
    expect(retryDecision(1, '301', NOW)).toEqual({ retry: false, reason: 'the register asks to wait 301 s (Retry-After); run again later' });
  });
});

describe('retryAfterMs', () => {
  it('reads delay-seconds and HTTP dates, a date past as no wait, anything else as nothing', () => {
    expect(retryAfterMs(' 7 ', NOW)).toBe(7000);
    expect(retryAfterMs('Mon, 01 Dec 2025 08:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterMs('-5', NOW)).toBeNull();
    expect(retryAfterMs('', NOW)).toBeNull();
  });
});

describe('isRetryStatus', () => {
  it('asks again after 408, 429 and the server errors of a busy service, never after an answer about the document', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryStatus)).toBe(true);
    expect([200, 206, 400, 403, 404, 410, 416, 501].some(isRetryStatus)).toBe(false);
  });
});

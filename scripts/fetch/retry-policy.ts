/** When to ask the register again after an answer that is no answer yet (429, 5xx, a cut or timed-out transfer), and after how long. */

/** Requests for one document at most, the first included: enough to ride out a short outage without hammering. */
export const MAX_ATTEMPTS = 5;

/** The wait before the second request without a Retry-After; doubled before each further one (2, 4, 8, 16 s). */
export const FIRST_BACKOFF_MS = 2_000;

/** The longest wait a Retry-After is honoured for; a register asking for longer is asked again on a later run. */
export const MAX_WAIT_MS = 5 * 60_000;

/** Statuses that mean "not now": too many requests, and the server errors a busy or restarting service gives. */
const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** `Retry-After` as delay-seconds (`120`). */
const DELAY_SECONDS = /^\s*(\d+)\s*$/;

/** `Retry-After` as an HTTP date (IMF-fixdate, the form servers send): `Mon, 01 Dec 2025 09:00:30 GMT`. */
const HTTP_DATE = /^\s*[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\s*$/;

/** The next step after an attempt: wait `ms` and ask again, or stop with the reason. */
export type RetryDecision = { retry: true; ms: number } | { retry: false; reason: string };

/** Whether an HTTP status is worth asking again for. */
export function isRetryStatus(status: number): boolean {
  return RETRY_STATUSES.includes(status);
}

/**
 * The decision after attempt `attempt` (1 for the first) failed in a way worth retrying: the wait the register asks
 * for in `Retry-After` (seconds or an HTTP date, measured from `now`), else exponential backoff; stop after
 * MAX_ATTEMPTS, or when the register asks for a wait longer than MAX_WAIT_MS.
 */
export function retryDecision(attempt: number, retryAfter: string | null, now: number): RetryDecision {
  if (attempt >= MAX_ATTEMPTS) return { retry: false, reason: `after ${attempt} attempts` };
  const asked = retryAfter === null ? null : retryAfterMs(retryAfter, now);
  const ms = asked ?? FIRST_BACKOFF_MS * 2 ** (attempt - 1);
  if (ms > MAX_WAIT_MS) return { retry: false, reason: `the register asks to wait ${Math.ceil(ms / 1000)} s (Retry-After); run again later` };
  return { retry: true, ms };
}

/** A `Retry-After` value in milliseconds from `now` (never negative), or null when it is neither form. */
export function retryAfterMs(value: string, now: number): number | null {
  const seconds = DELAY_SECONDS.exec(value);
  if (seconds !== null) return Number(seconds[1]) * 1000;
  const date = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

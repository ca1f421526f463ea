import { expect } from 'vitest';

/** Fields a case states the ingest does not read yet (`<shape>/<language>`), with why: left aside, and checked still unread so the list stays true. */
export type NotRead = Record<string, { fields: string[]; why: string }>;

/**
 * Expects what was read to be what the case states, but for the fields the case states as not read yet (`unread`):
 * each of those must still differ from its statement (else it is read now and must come off the list), and is left aside.
 */
export function expectReadAsStated(read: Record<string, unknown>, stated: Record<string, unknown>, unread: readonly string[]): void {
  const left = { ...read };
  const expected = { ...stated };
  for (const field of unread) {
    expect(left[field], `${field} is read now: take it off notRead`).not.toEqual(expected[field]);
    delete left[field];
    delete expected[field];
  }
  expect(left).toEqual(expected);
}

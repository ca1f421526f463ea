/**
 * Strings compared in English with their digits as numbers (`REV 2` before `REV 10`): exactly
 * `a.localeCompare(b, 'en', { numeric: true })`, which the language defines as this collator's `compare`, but with the
 * collator made once. `localeCompare` given options makes a collator at every call: some 0.2 ms, 25 times the
 * comparison, in every sort of the decisions, versions and document lists.
 */
export const compareNumeric: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

/** What a reference label's value (`No. prev. doc.:`, `No. Cion doc.:`) says besides the references the record links. */
import { findReferences } from '../../../../src/shared/references.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';
import { commissionTailLength } from './commission-tail.ts';

/** What stands beside references in such a value without being text of its own: distribution codes, parts, separators. */
const BESIDE_REFERENCES = new RegExp(
  String.raw`\b[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}\b|\b(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}\b|\b(?:and|et|und|docs?|ST)\b|[\s,;+&.()–-]`,
  'g',
);

/**
 * Whether the value holds text that none of its references (with a Commission document's annexes or part) accounts for (`Ares(2025) 1234567`, a Commission
 * registration number the record does not read): such a value is kept as a header line, so that nothing printed in the header is lost.
 */
export function holdsUnreadText(value: string): boolean {
  let rest = '';
  let cursor = 0;
  for (const { start, end } of findReferences(value)) {
    rest += value.slice(cursor, start);
    // a Commission document's annexes or part after its number (`COM(2025) 123 final - ANNEX`) are the reference's
    cursor = end + commissionTailLength(value, end);
  }
  rest += value.slice(cursor);
  return /[\p{L}\p{N}]/u.test(rest.replace(BESIDE_REFERENCES, ''));
}

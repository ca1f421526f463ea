/** The EU classification marking a header prints, read into the record's `classification`. */
import type { Classification } from '../../../../src/schemas/classification.ts';
import { CLASSIFICATION_SOURCE } from '../text/vocabulary.ts';

/** A classification marking anywhere in a header's text, whatever its line breaks (`RESTREINT UE/EU` / `RESTRICTED`). */
export const CLASSIFICATION = new RegExp(String.raw`(?<![\p{L}])${CLASSIFICATION_SOURCE.replaceAll(String.raw`[ \t]`, String.raw`\s`)}(?![\p{L}])`, 'gu');

/** The level each marking's words name, French or English. */
const LEVEL_WORDS: readonly [RegExp, Classification['level']][] = [
  [/^TR[ÈE]S|TOP/, 'top-secret'],
  [/^(?:EU )?SECRET/, 'secret'],
  [/CONFIDENTI/, 'confidential'],
  [/RESTR/, 'restricted'],
];

/** The record's classification of a marking as printed (`RESTREINT UE/EU RESTRICTED` → restricted), its spaces and line breaks as one space. */
export function classificationOf(printed: string): Classification {
  const marking = printed.replace(/\s+/g, ' ').trim();
  const level = LEVEL_WORDS.find(([words]) => words.test(marking))?.[1] ?? 'restricted';
  return { level, printed: marking };
}

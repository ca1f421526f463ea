/** The document number a page footer prints, for a document whose header prints none the parser can read. */
import { canonicalReference } from '../../../../src/shared/references.ts';
import { DOCUMENT_NUMBER_SOURCE, NOT_ASSOCIATION_SERIES } from '../text/vocabulary.ts';

/**
 * A page footer's number and the drafter's initials after it, in every shape its text reaches the ingest in: on one line
 * (`14470/25   TR/kl   1`, `-layout`, a page run into one line), each cell on its line with blank lines between (plain
 * `pdftotext`: `14470/25` / `TR/kl`), or the footer's table read column by column, the directorate first (`6890/26
 * JAI.1 TR/kl`). Initials are capitals, a slash and lower case in any script (`TR/kl`, `ΔΠ/γομ`, `ИК/нп`), as no
 * sentence prints them after a number; never an association council's (`UE-UA 2101/25 TR/kl`). Group 1: the number. Bounded runs: linear.
 */
const FOOTER_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])${NOT_ASSOCIATION_SERIES}(${DOCUMENT_NUMBER_SOURCE})\s{1,40}?(?:[A-Z][A-Za-z0-9.]{1,8}\s{1,40}?)?\p{Lu}{1,4}(?:,[ \t]?\p{Lu}{1,4}){0,3}/\p{Ll}{1,4}(?![\p{L}/])`,
  'gu',
);

/** The number a page footer prints (canonical, as printed and the source line of its first printing), or null where no footer prints one. */
export function footerNumber(text: string): { number: string; printed: string; line: number } | null {
  for (const match of text.matchAll(FOOTER_NUMBER)) {
    const printed = (match[1] ?? '').replace(/\s+/g, ' ');
    const reference = canonicalReference(printed);
    if (reference === null) continue;
    return { number: reference.id, printed: match[0].replace(/\s+/g, ' '), line: text.slice(0, match.index).split('\n').length };
  }
  return null;
}

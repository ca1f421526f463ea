/**
 * Where a page footer printed over several lines ends: a footer is whole at its language (`6789/1/26 REV 1 AB/cd 1` /
 * `JAI.1 LIMITE EN`), and the line under it, where a copy keeps no blank line or form feed between the pages, is the next
 * page's first (its `ANNEX` heading, a title in capitals), not a piece of the footer.
 */
import type { SourceLine } from '../normalise.ts';
import { ANNEX_WORDS, FOOTER_LANGUAGES, FOOTER_PAGE } from '../text/vocabulary.ts';

/** An annex's label alone on its line, in any official language, with its numeral: `ANNEX`, `ANNEX I`, `ANLAGE II`, `ANNEXE A`. */
const ANNEX_LABEL = new RegExp(String.raw`^(?:${ANNEX_WORDS.join('|')})(?:[ \t]{1,20}(?:[IVX]{1,5}|\d{1,2}|[A-D]))?$`, 'u');

/** The longest annex label (`IARSCRÍBHINN XIII`, with the spaces a `-layout` line may print): longer lines are not tested. */
const MAX_LABEL_LENGTH = 40;

/** A footer's text that ends in its language (`… JAI.1 LIMITE EN`, `… EN/FR`): the footer is whole. */
const ENDS_IN_LANGUAGE = new RegExp(String.raw`(?:^|[ \t])${FOOTER_LANGUAGES}(?:/${FOOTER_LANGUAGES})?$`);

/** A footer's page alone, which the Council's older footers print after the language (`14956/08 DQPG lby/GBK/mm EN 1`). */
const PAGE_ALONE = new RegExp(String.raw`^${FOOTER_PAGE}$`);

/** For each annex label the text prints alone on a line (`ANNEX`, `ANLAGE II`), the index of the first line that does. */
export function annexLabels(lines: readonly SourceLine[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const [index, entry] of lines.entries()) {
    if (entry.text.length > MAX_LABEL_LENGTH) continue;
    const text = entry.text.trim();
    if (!ANNEX_LABEL.test(text)) continue;
    const label = text.replace(/[ \t]+/g, ' ');
    if (!found.has(label)) found.set(label, index);
  }
  return found;
}

/**
 * How a footer's text so far (`footer`, its pieces one space apart) goes on with the next line's `piece` at line
 * `index`: `'piece'` while it has not reached its language, or with its page after it (`… EN` / `1`, as older footers
 * print it); `'label'` where the piece is an annex's label that a line above `index` printed alone, as the footers of
 * that annex's later pages repeat it (`… JAI.1 LIMITE EN` / `ANNEX`), the footer's last piece; else `'ends'` — the
 * footer is whole, and the line is the next page's first: its first `ANNEX` heading, a title in capitals.
 */
export function footerGoesOn(footer: string, piece: string, index: number, labels: ReadonlyMap<string, number>): 'piece' | 'label' | 'ends' {
  if (!ENDS_IN_LANGUAGE.test(footer)) return 'piece';
  const text = piece.trim().replace(/[ \t]+/g, ' ');
  if (PAGE_ALONE.test(text)) return 'piece';
  return (labels.get(text) ?? index) < index ? 'label' : 'ends';
}

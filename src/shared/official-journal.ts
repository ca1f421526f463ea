import { journalActUrl, journalIssueUrl } from './official-url.ts';
import { JOURNAL_PARTS } from './reference-patterns.ts';
import type { CanonicalReference } from './references.ts';

/**
 * An Official Journal citation as every language version names it, in English (`ABl. L 135 vom 24.5.2016` → `OJ L 135,
 * 24.5.2016`, `JO L, 2024/1689` → `OJ L, 2024/1689`), with the EUR-Lex address of the issue or of the act published in
 * it; null where its day is no day.
 */
export function journalReference(text: string): CanonicalReference | null {
  const parts = JOURNAL_PARTS.exec(text);
  if (parts === null) return null;
  const [, series = 'L', number, edition, day, month, year, yearFirst, monthAfter, dayLast, actYear, actNumber] = parts;
  if (actYear !== undefined && actNumber !== undefined) {
    return { id: `OJ ${series}, ${actYear}/${Number(actNumber)}`, type: 'official-journal', url: journalActUrl(series, Number(actYear), Number(actNumber)) };
  }
  const [dayOf, monthOf, yearOf] = [Number(day ?? dayLast), Number(month ?? monthAfter), Number(year ?? yearFirst)];
  if (number === undefined || !(dayOf >= 1 && dayOf <= 31 && monthOf >= 1 && monthOf <= 12) || !Number.isFinite(yearOf)) return null;
  return {
    id: `OJ ${series} ${Number(number)}${edition === undefined ? '' : ` ${edition}`}, ${dayOf}.${monthOf}.${yearOf}`,
    type: 'official-journal',
    url: journalIssueUrl(series, yearOf, Number(number), edition ?? ''),
  };
}

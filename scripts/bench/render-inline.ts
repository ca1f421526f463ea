import type { ExportStyle, Inline } from './model.ts';
import { FOOTNOTE_MARK } from './model.ts';
import { MONTHS } from './vocabulary.ts';

/** Unicode superscript digits, as plain-text exports print footnote marks (`¹`, `¹⁰`). */
const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;

/** A footnote mark as the export style prints it: `¹⁰` in plain and PDF text, `<sup>10</sup>` in Markdown-like text. */
export function footnoteMark(style: ExportStyle, mark: number): string {
  if (style === 'markdown') return `<sup>${mark}</sup>`;
  return [...String(mark)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
}

/** An inline run with its footnote markers printed in the export style. */
export function inline(style: ExportStyle, text: Inline): string {
  return text.replace(new RegExp(`${FOOTNOTE_MARK.open}(\\d+)${FOOTNOTE_MARK.close}`, 'g'), (_, mark: string) => footnoteMark(style, Number(mark)));
}

/** An ISO date as the Council writes it: `2025-11-25` → `25 November 2025`. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * The meeting days as an "On:" line writes them: `18 and 19 November 2025`, `26-27 June 2014`,
 * `20 and 22 September 2023`; `dash` chooses the range form for consecutive days.
 */
export function meetingLine(days: readonly string[], dash: boolean): string {
  const [first, last] = days;
  if (first === undefined) return '';
  if (last === undefined) return longDate(first);
  const [firstDay] = longDate(first).split(' ');
  const consecutive = Date.parse(last) - Date.parse(first) === 86_400_000;
  return consecutive && dash ? `${firstDay}-${longDate(last)}` : `${firstDay} and ${longDate(last)}`;
}

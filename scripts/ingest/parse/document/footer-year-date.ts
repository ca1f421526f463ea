import { parseDate } from '../text/date-expressions.ts';
import { yearOfNumber } from '../header/header-head.ts';

/**
 * The date of a header whose place and date prints its year in two figures (`Brussels, 25.11.25`) and whose number
 * only its page footers print (`14470/25   TR/kl`): read where the footer's number carries that year, as the header's
 * own number would confirm it (`parseDate`); null where it does not, or nothing was left unread.
 */
export function footerYearDate(unreadDate: string | null, footerNumber: string | null): string | null {
  if (unreadDate === null || footerNumber === null) return null;
  return parseDate(unreadDate, yearOfNumber(footerNumber));
}

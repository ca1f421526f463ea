/** The number of a page printed at the start of its first line, as transcription sites print one line per page (`2 3. On 7 May …`). */

/** A page number opening a line: digits, then a space and text (`3.` after it is an item's number, not a page's). */
const LEADING_NUMBER = /^[ \t]*(\d{1,3})[ \t]+(?=\S)/;

/** What the first page of a Council document begins with after its page number: the Council's name, a stamp, the place or a label. */
const DOCUMENT_START =
  /^(?:Council|COUNCIL|Conseil|CONSEIL|Rat[ \t]|RAT[ \t]|THE[ \t]COUNCIL|PUBLIC|LIMITE|DECLASSIFIED|Brussels|Bruxelles|Brüssel|Luxembourg|Interinstitutional)/;

/** A line as long as this is a whole page run into one line. */
const PAGE_LINE = 200;

/**
 * The length of the page number that opens the first line of a page, or 0: it must be the page's number (`expected`,
 * counting pages from 1), and the first page's only where the document's own start or a whole page follows it.
 */
export function leadingPageNumber(text: string, expected: number): number {
  const match = LEADING_NUMBER.exec(text);
  if (match === null || Number(match[1]) !== expected) return 0;
  if (expected === 1 && text.length < PAGE_LINE && !DOCUMENT_START.test(text.slice(match[0].length))) return 0;
  return match[0].length;
}

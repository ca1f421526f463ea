/**
 * A Council page's footer as plain pdftotext prints it, one cell a line with a blank line between the cells: the
 * document's number, the drafters' initials over the directorate (no blank line), the LIMITE marking, the page number
 * and the language (`'7044/26', '', 'PL/ab', 'JAI.1', '', 'LIMITE', '', '1', '', 'FR'`).
 */
export function plainFooter(number: string, initials: string, directorate: string, page: string, language: string): string[] {
  return [number, '', initials, directorate, '', 'LIMITE', '', page, '', language];
}

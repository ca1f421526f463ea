/**
 * A `pdftotext` rendering with each page (up to its form feed) run into one line, as a copy out of a PDF viewer gives
 * it: its lines joined with a space, blank ones dropped, the pages apart by a blank line.
 */
export function flattenedPages(text: string): string {
  return text
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .filter((line) => line.trim() !== '')
        .join(' '),
    )
    .join('\n\n');
}

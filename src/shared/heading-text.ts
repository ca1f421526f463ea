/** The visible text of the headings of a document page: the ingest writes them into its tree, the site's plain text reads them the same. */

/** How deep a section or item number sits: `2` and `2.` are 0, `2.1` is 1, `2.1.3.` is 2. */
export function numberDepth(number: string | null): number {
  return number === null ? 0 : number.replace(/\.$/, '').split('.').length - 1;
}

/** A section's number as its heading shows it where the record keeps no printed form: `1.`, `II.`, `2.1`. */
export function sectionNumberShown(number: string): string {
  return numberDepth(number) === 0 && !number.endsWith('.') ? `${number}.` : number;
}

/**
 * The visible text of a section heading: `2.1 Title`, `1. EXECUTIVE SUMMARY`, or the number or title alone; the number
 * as printed where the record keeps it (`printedNumber`: `2.1.`, `II)`).
 */
export function sectionHeading(number: string | null, title: string | null, printedNumber?: string): string {
  if (number === null) return title ?? '';
  const shown = printedNumber ?? sectionNumberShown(number);
  return title === null ? shown : `${shown} ${title}`;
}

/** The visible text of an item heading: `6.1. Title`, or the title alone for an unnumbered item. */
export function itemHeading(number: string | null, title: string): string {
  return number === null ? title : `${number.replace(/\.$/, '')}. ${title}`;
}

/**
 * An item's number as its document prints it, before its title: as printed where the version words it or prints the
 * numbers of items taken together (`Item 1:`, `3. and 4.`), else with its dot (`6.1.`); empty for an unnumbered item.
 */
export function printedItemNumber(item: { readonly number: string | null; readonly printedNumber?: string | undefined }): string {
  if (item.printedNumber !== undefined) return item.printedNumber;
  return item.number === null ? '' : `${item.number.replace(/\.$/, '')}.`;
}

/** An item's heading as its document prints it: its number as printed where the version words it (`Item 1: Title`), else as `itemHeading` writes it. */
export function printedItemHeading(item: { readonly number: string | null; readonly printedNumber?: string | undefined; readonly title: string }): string {
  return item.printedNumber === undefined ? itemHeading(item.number, item.title) : `${item.printedNumber} ${item.title}`;
}

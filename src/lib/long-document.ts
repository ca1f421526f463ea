/** What makes a note or report long enough for an "On this page" list and a link back to the top. */

/** How many headed sections make a document long: a short note's headings are seen at a glance. */
export const LONG_DOCUMENT_SECTIONS = 5;

/** What the list reads of a section. */
export interface HeadedSection {
  readonly anchor: string;
  readonly number: string | null;
  /** The number as printed where the heading shows it otherwise (`2.1.`). */
  readonly printedNumber?: string | undefined;
  readonly title: string | null;
}

/** The sections with a heading (the text before the first heading has none), when there are enough to list; else none. */
export function contentsOf<T extends HeadedSection>(sections: readonly T[]): T[] {
  const headed = sections.filter((section) => section.title !== null || section.number !== null);
  return headed.length >= LONG_DOCUMENT_SECTIONS ? headed : [];
}

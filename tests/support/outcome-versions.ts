/**
 * An outcome of proceedings written by hand in one of its versions — the Council's name over its place and date, the
 * number, LIMITE and codes, the kind (`head`); `From` / `To` / `Subject` and their values; numbered items, each with
 * the decisions its sentences state — and the text plain `pdftotext` or `-layout` prints of it.
 */

/** One version of an outcome: its head lines, its three labels and their values, its items with the decisions stated. */
export interface OutcomeVersion {
  head: string[];
  labels: [string, string, string];
  values: [string, string, string];
  items: { title: string; text: string; decisions: [string | null, string, string][] }[];
  /** An unnumbered paragraph the body opens with, above item 1 (an informal videoconference's note that no formal decision can be taken). */
  opening?: string;
}

/** What every version of an outcome prints alike in its head: its number and its file codes. */
export interface OutcomeSheet {
  number: string;
  codes: readonly string[];
}

/**
 * An outcome's head lines as the register prints them in every version: the Council's name (`institution`, on one line
 * or two), a blank line, the place and date, `(OR. en)`, the number, LIMITE between blank lines, the file codes, a blank
 * line and the kind.
 */
export function outcomeHead(sheet: OutcomeSheet, institution: readonly string[], placeDate: string, kind: string): string[] {
  return [...institution, '', placeDate, '(OR. en)', sheet.number, '', 'LIMITE', '', ...sheet.codes, '', kind];
}

/**
 * The outcome in `language` as plain `pdftotext` (`layout` false: labels, then values, numbers above titles) or
 * `-layout` prints it (each label beside its value, number and title on one line), its opening paragraph if any above
 * item 1, with the page's two-line `footer` and the version's language mark after it.
 */
export function outcomeText(footer: string, language: string, version: OutcomeVersion, layout: boolean): string {
  const { head, labels, values, items, opening } = version;
  const header = layout ? [...head, ...labels.map((label, index) => `${label.padEnd(16)}${values[index]}`)] : [...head, ...labels, '', ...values];
  const body = items.flatMap(({ title, text }, index) => ['', ...(layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title]), '', text]);
  return [...header, ...(opening === undefined ? [] : ['', opening]), ...body, '', `${footer}${language.toUpperCase()}`, '\f'].join('\n');
}

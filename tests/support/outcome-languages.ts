import type { NotRead } from './not-read.ts';
import { readFileSync } from 'node:fs';
import { viewerCopyOfLayout } from './text-shapes.ts';

/**
 * One COSI outcome of proceedings in each of the 24 official languages, as tests/fixtures/outcome-languages/outcomes.json
 * holds it (written by hand as the Council's versions print it).
 */
export interface Outcome {
  institution: string;
  placeDate: string;
  kind: string;
  labels: Record<'from' | 'to' | 'subject', string>;
  from: string;
  to: string;
  subject: string;
  /** The opening sentence; the footnote's mark follows it. */
  opening: string;
  /** The items' titles. */
  items: string[];
  /** One sentence under each item, naming its document. */
  sentences: string[];
  footnote: string;
  /** How the version prints an item's number where it numbers its items with a word, `{n}` for the number (`Item {n}:`, `{n}. napirendi pont:`). */
  itemNumber: string;
}

/** The fixture's outcomes by language, and the fields stated as not read yet. */
export const { outcomes, notRead } = JSON.parse(readFileSync('tests/fixtures/outcome-languages/outcomes.json', 'utf8')) as {
  outcomes: Record<string, Outcome>;
  notRead: NotRead;
};

/**
 * The top of a note or outcome 14470/25 in the outcome's version as plain `pdftotext` prints it: the Council's name, a
 * blank line, the place and date, `(OR. en)`, the number, LIMITE and the file `codes`, each on its line.
 */
export function plainTop14470(outcome: Outcome, codes: readonly string[]): string[] {
  return [outcome.institution, '', outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', ...codes];
}

/** The subject of a note on the outcome's items, in its version: item 3's title, a colon, item 2's. */
export function itemsSubject(outcome: Outcome): string {
  return `${outcome.items[2] ?? ''}: ${outcome.items[1] ?? ''}`;
}

/** The rows of the outcome's header table. */
export type HeaderRow = 'from' | 'to' | 'subject';

/** The rows in the order the Council prints them. */
const HEADER_ROWS: readonly HeaderRow[] = ['from', 'to', 'subject'];

/** The shapes a text reaches the ingest in, as outcomePage sets them. */
export type OutcomeShape = 'labelled rows' | 'layout' | 'labels first' | 'flattened';

/** What a test writes into the outcome's page: its opening, its items' sentences, the lines above its footer, its rows' order. */
export interface OutcomePageParts {
  opening?: string;
  sentences?: readonly string[];
  foot: readonly string[];
  order?: readonly HeaderRow[];
}

/**
 * The outcome's page (14470/25) in one shape: the header table as labelled rows, `pdftotext -layout` (the top's right
 * column and the items' numbers apart), plain `pdftotext` with the labels before their values, or the page run into one
 * line; its header's rows in `order` (From, To, Subject unless given), its opening, its three items each with its sentence
 * (`sentences`, the fixture's unless given), then the lines `foot` right above the two-line footer.
 */
export function outcomePage(outcome: Outcome, language: string, shape: OutcomeShape, page: OutcomePageParts): string {
  const layout = shape === 'layout';
  const right = (text: string) => (layout ? `${' '.repeat(49)}${text}` : text);
  const top = [
    outcome.institution,
    '',
    right(outcome.placeDate),
    right('(OR. en)'),
    right('14470/25'),
    '',
    right('LIMITE'),
    '',
    right('COSI 180'),
    '',
    outcome.kind,
    '',
  ];
  const rows: [string, string][] = (page.order ?? HEADER_ROWS).map((row) => [outcome.labels[row], outcome[row]]);
  const header =
    shape === 'labels first'
      ? [...rows.map(([label]) => `${label}:`), '', ...rows.map(([, value]) => value)]
      : rows.map(([label, value]) => (layout ? `${`${label}:`.padEnd(25)}${value}` : `${label}: ${value}`));
  const sentences = page.sentences ?? outcome.sentences;
  const body = outcome.items.flatMap((title, index) => [`${index + 1}.${layout ? '    ' : ' '}${title}`, '', sentences[index] ?? '', '']);
  const footer = layout
    ? [`14470/25${' '.repeat(31)}TR/kl${' '.repeat(45)}1`, `JAI.1${' '.repeat(40)}LIMITE${' '.repeat(44)}${language.toUpperCase()}`]
    : ['14470/25', '', 'TR/kl', '', '1', '', 'JAI.1', '', 'LIMITE', '', language.toUpperCase(), ''];
  const lines = [...top, ...header, '', page.opening ?? outcome.opening, '', ...body, ...page.foot, '', ...footer];
  if (shape !== 'flattened') return lines.join('\n');
  return `${lines
    .filter((line) => line !== '')
    .map((line) => line.trim())
    .join(' ')}\n`;
}

/**
 * The five shapes an outcome's page reaches users in, for `it.each`: plain `pdftotext` with the labels first, labelled
 * rows, `-layout`, the page run into one line, a viewer's copy of `-layout`.
 */
export const OUTCOME_COPIES = ['labels first', 'labelled rows', 'layout', 'flattened', 'viewer copy'] as const;

/** The outcome's page (outcomePage) in one of OUTCOME_COPIES, a viewer's copy made of its `-layout` page. */
export function outcomeCopy(outcome: Outcome, language: string, shape: (typeof OUTCOME_COPIES)[number], page: OutcomePageParts): string {
  return shape === 'viewer copy' ? viewerCopyOfLayout(outcomePage(outcome, language, 'layout', page)) : outcomePage(outcome, language, shape, page);
}

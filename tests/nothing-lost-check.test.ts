import { describe, expect, it } from 'vitest';
import { documentPageText } from './support/document-page-text.ts';
import { cutWords, linesMissingFromDocument, shownAsRow, shownAsTwoCells, shownOverHeader, type DocumentPage } from './support/page-lines.ts';
import { sourceLines } from './support/source-characters.ts';

/**
 * The nothing-lost check (nothing-lost.test.ts) lets a header a text extraction ran into one line stand on the page in
 * the header's own lines and order. These tests hold it to catching what such a line loses: a word the page does not
 * show, a word printed twice in the line and once on the page, a word of the body part, a word the header drops that
 * the body happens to print.
 */
const SOURCE = 'tests/fixtures/layouts/polish-labels-first-flattened/source.txt';

/** The one flattened line of the Polish note: its header (labels first, then the values) and its body's first paragraph. */
const FLATTENED = sourceLines(SOURCE)[0]?.text ?? '';

/** The page with one occurrence of `word` in its header (or body) left out. */
function without(page: DocumentPage, part: keyof DocumentPage, word: string): DocumentPage {
  expect(page[part]).toContain(word);
  return { ...page, [part]: page[part].replace(word, '') };
}

describe('the nothing-lost check on a header flattened into one line', () => {
  it('finds the Polish note flattened into one line on its page, whose header prints labels and values in its own order', async () => {
    expect(FLATTENED).toMatch(
      /^Rada Unii Europejskiej Bruksela, 7 marca 2022 r\. \(OR\. en\) 6905\/22 .* NOTA Od: Do: Nr poprz\. dok\.: Dotyczy: Prezydencja/u,
    );
    expect(linesMissingFromDocument(await documentPageText(SOURCE), sourceLines(SOURCE))).toEqual([]);
  });

  it.each([
    ['a label printed once', 'header', 'Dotyczy:'],
    ['a value printed once', 'header', 'Prezydencja'],
    ['a code', 'header', 'ENFOPOL 118'],
    ['the previous document', 'header', '6211/22'],
    ['a word of the subject that the body prints too', 'header', 'konkluzji'],
    ['a word of the body the line ran into', 'body', 'otrzymują'],
  ] as const)('still finds the line lost when the page drops %s', async (_, part, word) => {
    const page = without(await documentPageText(SOURCE), part, word);
    expect(shownOverHeader(FLATTENED, page)).toBe(false);
    expect(linesMissingFromDocument(page, sourceLines(SOURCE)).map(({ text }) => text)).toEqual([FLATTENED]);
  });

  it('counts each character of the header once: a word the line prints twice must stand twice', () => {
    const page = { header: 'NOTE\nFrom: Presidency\nTo: Delegations', body: 'Delegations will find attached the text.' };
    expect(shownOverHeader('NOTE From: To: Presidency Delegations Delegations will find attached the text.', page)).toBe(true);
    expect(shownOverHeader('NOTE From: To: Presidency Presidency Delegations Delegations will find attached the text.', page)).toBe(false);
    expect(shownOverHeader('NOTE From: To: Presidency Delegations Delegations will find the text.', page)).toBe(false);
  });

  it('matches whole words only: a number does not stand inside a longer one', () => {
    const page = { header: 'No. prev. doc.: 113417/10\nCOSI 570', body: '' };
    expect(shownOverHeader('No. prev. doc.: 13417/10 COSI 57', page)).toBe(false);
    expect(shownOverHeader('No. prev. doc.: 113417/10 COSI 570', page)).toBe(true);
  });
});

describe('the nothing-lost check on a layout cell crowded against the next one', () => {
  /** A row of an annex table as the page prints it, its cells in order, each cell's lines joined. */
  const body =
    'Action Lead Deadline\n1. Map the criminal networks that pose the highest threat to the internal secur-ity of the Union Europol Q4 2024\nThe Committee took note.';

  it('finds the two cells -layout set one space apart in one row, in order, the first cell going on with its next line', () => {
    expect(shownAsTwoCells('1. Map the criminal networks that pose Europol', body)).toBe(true);
    expect(shownAsTwoCells('the highest threat to the internal secur- Europol', body)).toBe(true);
  });

  it('finds a line opening with the rest of a word the source cut at a hyphen right after that hyphen, and after no other', () => {
    const row = 'Action Lead\n2. Exchange informa-tion on high-risk networks between the DELETED Europol';
    expect(shownAsTwoCells('tion on high-risk networks between the DELETED Europol', row, new Set(['informa']))).toBe(true);
    // A lost line `risk networks … Europol` is not found in another line's `high-risk networks`, whose word the source does not cut.
    expect(shownAsTwoCells('risk networks between the DELETED Europol', row, new Set(['informa']))).toBe(false);
    expect(shownAsTwoCells('tion on high-risk networks between the DELETED Europol', row)).toBe(false);
  });

  it('reads the words a source cuts at a hyphen off its lines, hyphens inside words and dashes aside', () => {
    const lines = [
      { line: 1, text: '2. Exchange informa-      Europol      Q4 2024' },
      { line: 2, text: 'tion on high-risk networks – and more' },
    ];
    expect([...cutWords(lines)]).toEqual(['informa']);
  });

  it('still misses a dropped word, cells out of order, and cells in two paragraphs', () => {
    expect(shownAsTwoCells('1. Map the criminal networks that pose Europol Frontex', body)).toBe(false);
    expect(shownAsTwoCells('Europol 1. Map the criminal networks', body)).toBe(false);
    expect(shownAsTwoCells('Europol The Committee', body)).toBe(false);
    expect(shownAsTwoCells('Europol', body)).toBe(false);
  });
});

/** A summary record whose items are a table of title | documents, as plain pdftotext prints it: the column run into the title's lines. */
const TABLE = 'tests/fixtures/layouts/summary-record-table-plain/source.txt';

describe('the nothing-lost check on an item’s table row with its column of documents run into the title', () => {
  const rows = () => sourceLines(TABLE).filter(({ text }) => / (?:14470\/1\/25 REV 1|COSI 198)$/u.test(text));

  it('finds each such row on its page: the title’s cell in the item, each document and code among the item’s documents', async () => {
    expect(rows().map(({ text }) => text)).toEqual([
      'Preparation for the Council (Justice and Home Affairs) 14470/1/25 REV 1',
      'country on the exchange of personal data with Europol COSI 198',
    ]);
    expect(linesMissingFromDocument(await documentPageText(TABLE), sourceLines(TABLE))).toEqual([]);
  });

  it.each([
    ['a word of the title’s cell', 'Justice and Home Affairs) meeting', 'Justice and meeting', 0],
    ['the revision of the document', '14470/1/25 REV 1', '14470/1/25', 0],
    ['the code', 'COSI 198', 'COSI', 1],
    ['the code’s number inside a longer one', 'COSI 198', 'COSI 1980', 1],
  ] as const)('still finds the row lost when the page drops %s', async (_, word, instead, row) => {
    const page = await documentPageText(TABLE);
    expect(page.body).toContain(word);
    const line = rows()[row]?.text ?? '';
    expect(shownAsRow(line, page)).toBe(true);
    const lost = { ...page, body: page.body.replaceAll(word, instead) };
    expect(shownAsRow(line, lost)).toBe(false);
    expect(linesMissingFromDocument(lost, sourceLines(TABLE)).map(({ text }) => text)).toContain(line);
  });

  it('reads a row only where the line ends in the column, and only with its cell’s characters in order on the page', () => {
    const page = { header: '', body: 'The Committee endorsed the draft decision\n14986/25 as set out' };
    expect(shownAsRow('The Committee endorsed the draft decision 14986/25 as set out', page)).toBe(false);
    expect(shownAsRow('The Committee endorsed the decision 14986/25', page)).toBe(false);
    expect(shownAsRow('The Committee endorsed the draft decision 14986/25', page)).toBe(true);
  });
});

describe('the nothing-lost check on a notice’s item marked for a note under its items', () => {
  const SUPPORT_GROUP = 'tests/fixtures/council-pdf-lo/cm-notice-support-group-mixed/pdftotext.txt';
  const lines = sourceLines(SUPPORT_GROUP).filter(({ text }) => text.includes('(*)'));

  it('finds the title without its mark, calling the note, and the note without its mark among the footnotes', async () => {
    expect(lines.map(({ text }) => text)).toEqual([
      'Terrorist threat assessment – presentation by INTCEN (*)',
      '(*) This item will be discussed at the level CONFIDENTIEL UE/EU CONFIDENTIAL: see',
      expect.stringContaining('the discussion of the item marked (*).'),
    ]);
    expect(linesMissingFromDocument(await documentPageText(SUPPORT_GROUP), lines)).toEqual([]);
  });

  it('still misses a word of the title or of the note the page drops', async () => {
    const page = await documentPageText(SUPPORT_GROUP);
    const missing = (part: keyof DocumentPage, word: string) => linesMissingFromDocument(without(page, part, word), lines).map(({ text }) => text);
    expect(missing('body', 'INTCEN')).toEqual(['Terrorist threat assessment – presentation by INTCEN (*)']);
    expect(missing('body', 'CONFIDENTIEL UE/EU CONFIDENTIAL: see')).toEqual([
      '(*) This item will be discussed at the level CONFIDENTIEL UE/EU CONFIDENTIAL: see',
    ]);
  });
});

describe('the nothing-lost check on a footnote that holds a list', () => {
  const line = (text: string) => [{ text, line: 1 }];
  const page = {
    header: '',
    body: 'Die Strategie umfasst:\ndie Verhütung der Radikalisierung;\nden Schutz öffentlicher Räume.\nThree forms:\nmemoranda of understanding;\naccess of the police.',
  };

  it('finds the items without their bullets, as the page lists them', () => {
    expect(linesMissingFromDocument(page, line('^1 Die Strategie umfasst: – die Verhütung der Radikalisierung; – den Schutz öffentlicher Räume.'))).toEqual([]);
    expect(linesMissingFromDocument(page, line('^4 Three forms: • memoranda of understanding; • access of the police.'))).toEqual([]);
  });

  it('still misses an item the page drops', () => {
    const dropped = { ...page, body: page.body.replace('access of the police.', '') };
    expect(linesMissingFromDocument(dropped, line('^4 Three forms: • memoranda of understanding; • access of the police.'))).toHaveLength(1);
  });
});

describe('the nothing-lost check on a page run into one line that keeps a separator rule', () => {
  const line = (text: string) => [{ text, line: 1 }];
  const flat = '4. Any other business _________________ NB: Delegations are requested to notify the names of their delegates.';
  const page = { header: '', body: '4. Any other business\nNB: Delegations are requested to notify the names of their delegates.' };

  it('finds the line without its rule, which carries no text, as a rule on a line of its own', () => {
    expect(linesMissingFromDocument(page, line(flat))).toEqual([]);
  });

  it('still misses a word beside the rule the page drops, and underscores inside a word', () => {
    expect(linesMissingFromDocument({ ...page, body: page.body.replace('NB: ', '') }, line(flat))).toHaveLength(1);
    expect(linesMissingFromDocument({ header: '', body: 'see file name' }, line('see file___name'))).toHaveLength(1);
  });
});

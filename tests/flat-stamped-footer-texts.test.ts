import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { blocksPlain } from '../src/shared/source-text.ts';

/**
 * A two-page outcome the Austrian Parliament filed and stamped, as plain `pdftotext` prints the register's copy
 * (council-pdf/parliament-stamped, 14342/21): each page's footer column by column, the Parliament's address among its
 * pieces (`14342/21`, `JAI.1`, `RS/sl`, `www.parlament.gv.at`, `1`, `EN`). Written by hand in the 24 versions
 * (tests/fixtures/outcome-languages), one item a page. With each page run into one line the footer ends the page's line
 * (`… deemed essential. 14342/21 JAI.1 RS/sl www.parlament.gv.at 1 EN`): it is page furniture there as on the page as
 * printed, where before it stayed in the item's text and the document's own number among the item's references.
 *
 * Run into one line, such a page is short (the English first page holds some 370 characters without its footer, the
 * second one item): it is read as a page run into one line because a footer ends it, not by its length alone. Before,
 * 17 of the 24 versions (all but the French, German, Italian, Dutch, Spanish, Greek and Romanian) read their pages run
 * into one line wrong: item 2 kept its sentence in its title (`Information from the Presidency The Committee took note …`),
 * item 1 too where the header did not cut it, and the English subject, ending in its days (`… (COSI) on 18 and 19
 * November 2025 1. Adoption …`), lost them to a day heading that was none, item 1 with them: 31 of 48 read, now 48.
 */
const LANGUAGES = Object.keys(outcomes);

/** Page `page`'s footer as plain `pdftotext` prints it, the stamp's address among its pieces. */
function footer(language: string, page: number): string[] {
  return ['', '14342/21', 'JAI.1', '', 'RS/sl', 'www.parlament.gv.at', '', String(page), language.toUpperCase(), ''];
}

function plainText(language: string): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  return [
    outcome.institution,
    '',
    outcome.placeDate,
    '14342/21',
    '',
    outcome.kind,
    `${outcome.labels.from}:`,
    `${outcome.labels.to}:`,
    `${outcome.labels.subject}:`,
    '',
    outcome.from,
    outcome.to,
    outcome.subject,
    '',
    `1.`,
    '',
    outcome.items[0] ?? '',
    '',
    outcome.sentences[0] ?? '',
    ...footer(language, 1),
    '\f',
    `2.`,
    '',
    outcome.items[1] ?? '',
    '',
    outcome.sentences[1] ?? '',
    ...footer(language, 2),
    '\f',
  ].join('\n');
}

const SHAPES = [
  ['plain pdftotext', (text: string) => text],
  ['plain pdftotext, each page run into one line', flattenedPages],
] as const;

describe.each(LANGUAGES)('a stamped outcome in %s whose pages are run into one line', (language) => {
  it.each(SHAPES)('leaves the footer and the stamp’s address out of the items (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(plainText(language)), `outcome-${language}.txt`));
    const texts = record.items.flatMap((item) => item.text.map((block) => block.inline.map((run) => (run.type === 'text' ? run.value : '')).join('')));
    expect(texts.filter((text) => /parlament|RS\/sl|14342\/21/u.test(text))).toEqual([]);
    expect(record.items.flatMap((item) => item.references)).not.toContain('14342/21');
  });

  it.each(SHAPES)('reads its subject and each item’s number, title and sentence (%s)', (_shape, shape) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(language);
    const record = expectOk(parseDocument(shape(plainText(language)), `outcome-${language}.txt`));
    expect(record.subject).toBe(outcome.subject);
    expect(record.items.map((item) => ({ number: item.number, title: item.title, text: blocksPlain(item.text) }))).toEqual([
      { number: '1', title: outcome.items[0], text: outcome.sentences[0] },
      { number: '2', title: outcome.items[1], text: outcome.sentences[1] },
    ]);
  });
});

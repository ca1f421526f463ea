import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes, type Outcome, plainTop14470 } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { withoutBlankLines } from './support/text-shapes.ts';

/**
 * A LIMITE outcome whose page the diagonal LIMITE watermark crosses, as plain `pdftotext` prints it (the note 9267/25,
 * tests/fixtures/council-pdf/limite-watermark): the header table's values as one paragraph under the codes column, then
 * the watermark's letters among the labels (`IT`, `From:` / `To:` / `Subject:`, `E`), the kind line under them and the
 * body. Written by hand in the 24 versions from tests/fixtures/outcome-languages/outcomes.json, in three shapes: as
 * printed, its blank lines gone (a viewer's copy), and the page run into one line (`… COSI 180 General Secretariat of
 * the Council Delegations Outcome of … IT From: To: Subject: E OUTCOME OF PROCEEDINGS M Delegations will find …`).
 * values-above-labels.ts puts the values back after their labels, on the lines or inside the line: each label takes
 * its value, the kind is read, and the body opens with its first sentence.
 */
function page(outcome: Outcome, language: string): string {
  return [
    ...plainTop14470(outcome, ['COSI 180', 'ENFOPOL 412']),
    '',
    outcome.from,
    outcome.to,
    outcome.subject,
    '',
    'IT',
    '',
    `${outcome.labels.from}:`,
    `${outcome.labels.to}:`,
    `${outcome.labels.subject}:`,
    '',
    'E',
    '',
    outcome.kind,
    '',
    'M',
    '',
    outcome.opening,
    '',
    'LI',
    '',
    ...outcome.items.flatMap((title, index) => [`${index + 1}.`, '', title, '', outcome.sentences[index] ?? '', '']),
    '14470/25',
    '',
    'TR/kl',
    'JAI.1',
    '',
    'LIMITE',
    '',
    '1',
    '',
    language.toUpperCase(),
    '',
  ].join('\n');
}

const SHAPES = [
  ['plain pdftotext', (text: string) => text],
  ['plain pdftotext without its blank lines', withoutBlankLines],
  ['plain pdftotext, the page run into one line', flattenedPages],
] as const;

describe.each(Object.entries(outcomes))('a watermarked outcome whose values print above their labels (%s)', (language, outcome) => {
  it.each(SHAPES)('reads each label’s value, the kind and the body’s first sentence (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(page(outcome, language)), `content/sources/outcome-${language}.txt`));
    expect([record.number, record.kind, record.from, record.to, record.subject]).toEqual([
      '14470/25',
      'outcome-of-proceedings',
      outcome.from,
      outcome.to,
      outcome.subject,
    ]);
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls as plain } from './support/block-text.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A footnote citing the Official Journal whose last line holds the page's number alone, the line above it ending on
 * the page's abbreviation (`… (OJ L 52, 3.3.2010, p.` / `50).`), as a word processor wraps a citation whose number does
 * not fit on the line. The document is COSI's fourth report to the European Parliament and the national Parliaments,
 * 7033/16 of 11 March 2016 (its cover note's wording as tests/unseen-footnotes-texts.test.ts gives it; the annex's
 * summary as docest.com transcribes it, shortened), whose annex calls footnote 2 after `Council Decision 2010/131/EU`;
 * the footnote's text, the Decision's citation, is written by hand. Plain `pdftotext` printed the footnote's number
 * apart from its text (`2` / `Council Decision …`): the text was read from `50).` only, a line opening with a digit
 * after one ending in a full stop taken for the footnote's first line, and the two lines above it stayed in the
 * annex's text. Each shape must read footnote 2 whole, called once, out of the annex's text.
 */
const PAGE_1 = [
  'Council of the',
  'European Union',
  '',
  'Brussels, 11 March 2016',
  '(OR. en)',
  '7033/16',
  'PARLNAT 57',
  '',
  'NOTE',
  'From:',
  'To:',
  'Subject:',
  '',
  'General Secretariat of the Council',
  'National Parliaments',
  'Report to the European Parliament and national Parliaments on the',
  'proceedings of the Standing Committee on operational cooperation on',
  'internal security for the period July 2014 - December 2015',
  '',
  'The Presidency of the Council has submitted to the Council the annexed report on the proceedings',
  'of the Standing Committee on operational cooperation on internal security for the period July',
  '2014 - December 2015.1',
  'In accordance with Article 71 of the Treaty on the Functioning of the European Union and Article',
  '6(2) of the Council Decision establishing the Standing Committee on operational cooperation on',
  'internal security (COSI), the Council hereby transmits the said report to the national',
  'Parliaments.',
];

const SUMMARY = [
  'This is the fourth report to the European Parliament and national Parliaments in accordance with',
  'Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU2 establishing the Standing',
  'Committee on operational cooperation on internal security (COSI), which provides that the Council',
  'shall keep the European Parliament and the national Parliaments informed of the proceedings of the',
  'Standing Committee.',
];

/** Footnote 2's lines as the page's foot wraps them: the page's number alone on the last. */
const FOOTNOTE_2 = [
  'Council Decision 2010/131/EU of 25 February 2010 on setting up the Standing Committee on operational',
  'cooperation on internal security, published in the Official Journal of the European Union (OJ L 52, 3.3.2010, p.',
  '50).',
];

/** The report as plain `pdftotext` (`layout` false) or `-layout` prints its two pages, the footer's pieces as the register's PDFs give them (council-pdf-lo/ext-annex-table). */
function report(layout: boolean): string {
  const footer = (page: number, annex: boolean) =>
    layout
      ? [`7033/16${''.padEnd(30)}dui/OMS/cg${''.padEnd(30)}${page}`, `${''.padEnd(30)}${annex ? 'ANNEX    ' : ''}DRI${''.padEnd(34)}EN`]
      : annex
        ? ['7033/16', 'ANNEX', '', 'dui/OMS/cg', 'DRI', '', String(page), 'EN', '']
        : ['7033/16', 'DRI', '', 'dui/OMS/cg', '', String(page), 'EN', ''];
  const first = layout ? [...PAGE_1, '', '', '1      Doc. 5299/16.', ...footer(1, false)] : [...PAGE_1, '', '1', '', 'Doc. 5299/16.', '', ...footer(1, false)];
  const second = layout
    ? ['ANNEX', '', 'Summary', '', ...SUMMARY, '', '', `2      ${FOOTNOTE_2[0]}`, ...FOOTNOTE_2.slice(1).map((line) => `       ${line}`), ...footer(2, true)]
    : ['ANNEX', '', 'Summary', '', ...SUMMARY, '', '2', '', ...FOOTNOTE_2, '', ...footer(2, true)];
  return `${first.join('\n')}\n\f${second.join('\n')}\n\f`;
}

const CITATION = FOOTNOTE_2.join(' ');

/** The shapes: the five of TEXT_SHAPES and plain pdftotext without its blank lines. */
const SHAPES: ReadonlyArray<readonly [name: string, text: string]> = [
  ...TEXT_SHAPES.map(([name, layout, flat]) => [name, inShape(report(layout), flat)] as const),
  ['plain pdftotext without its blank lines', report(false).replace(/\n(?:[ \t]*\n)+/gu, '\n')],
];

describe('COSI’s report 7033/16 whose annex’s footnote 2 wraps its citation after `p.` (`… 3.3.2010, p.` / `50).`)', () => {
  it.each(SHAPES)('reads footnote 2 whole, called once, out of the annex’s text (%s)', (_shape, text) => {
    const record = expectOk(parseDocument(text, 'content/sources/7033-16.txt'));
    expect([record.number, record.date, record.kind]).toEqual(['7033/16', '2016-03-11', 'note']);
    expect(record.footnotes.map((footnote) => [footnote.label, footnote.text.map(plain).join(' ')])).toEqual([
      ['1', 'Doc. 5299/16.'],
      ['2', CITATION],
    ]);
    const body = record.sections
      .flatMap((section) => section.text)
      .map(plain)
      .join(' ');
    expect(body).toContain('Council Decision 2010/131/EU^2 establishing the Standing Committee');
    expect(body.split('^2').length - 1).toBe(1);
    expect(body).not.toContain('OJ L 52');
    expect(body).not.toContain('50).');
  });
});

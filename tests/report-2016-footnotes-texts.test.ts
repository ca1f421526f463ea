import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls as plain } from './support/block-text.ts';
import { COVER_NOTES_7033 } from './support/cover-note-7033.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * COSI's fourth report to the European Parliament and the national Parliaments, 7033/16 of 11 March 2016 (its cover
 * note's wording as tests/unseen-footnotes-texts.test.ts gives it; the annex's summary as docest.com transcribes it,
 * shortened), whose annex calls footnote 2 after `Council Decision 2010/131/EU`. The transcript omits the footnotes'
 * texts: footnote 2's is the one the register's PDF of the case prints (tests/fixtures/council-pdf-lo/report-2016-en,
 * `OJ L 52, 3.3.2010, p. 50.`), read from its expected.json so that the document is written one way only. Plain
 * `pdftotext` prints the footnotes' numbers apart from their texts (`2` / `OJ L 52, …`). Each shape must read
 * footnotes 1 and 2 whole, footnote 2 called once, out of the annex's text. A citation wrapped after the page's
 * abbreviation (`… p.` / `50).`) is read whole too: tests/unit/ingest/parse/footnotes/foot-footnotes.test.ts states it.
 */
/** The cover note's page: its head and body as plain `pdftotext` prints them. */
const PAGE_1 = [...COVER_NOTES_7033.English.head.plain, ...COVER_NOTES_7033.English.body];

const SUMMARY = [
  'This is the fourth report to the European Parliament and national Parliaments in accordance with',
  'Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU2 establishing the Standing',
  'Committee on operational cooperation on internal security (COSI), which provides that the Council',
  'shall keep the European Parliament and the national Parliaments informed of the proceedings of the',
  'Standing Committee.',
];

/** Footnote 2's text as the register's PDF of the report prints it (one line). */
const FOOTNOTE_2 = (
  JSON.parse(readFileSync('tests/fixtures/council-pdf-lo/report-2016-en/expected.json', 'utf8')) as { footnotes: Array<{ mark: string; text: string }> }
).footnotes
  .filter(({ mark }) => mark === '2')
  .map(({ text }) => text);

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

describe('COSI’s report 7033/16 whose annex’s footnote 2 cites the Official Journal (`OJ L 52, 3.3.2010, p. 50.`)', () => {
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
    expect(body).not.toContain('p. 50.');
  });
});

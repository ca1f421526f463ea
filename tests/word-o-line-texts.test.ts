import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls as plain } from './support/block-text.ts';
import { expectOk } from './support/projection.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A line of a wrapped sentence opening with the word `o`, as the Council's Polish cover note 6128/1/17 REV 1 of 14
 * February 2017 prints it (its wording as docplayer.pl transcribes it, shortened; the digits that copy dropped from the
 * footnote and the footer put back as the register prints them): `… i zawiera zaktualizowany wzór umowy` / `o
 * powołaniu JIT 1.`. The word (`about`) was read as a list's bullet `o` and dropped from the page: the sentence ended at
 * `umowy` and `powołaniu JIT 1.` stood apart as a list item. Each shape must keep the sentence whole, the word in it,
 * and no list item: plain `pdftotext`, the same without its blank lines, `-layout`, each page run into one line, and a
 * viewer's copy of `-layout`. The footnote `JIT 1.` calls one space before the full stop (`1` / `Dz.U. L 18 z
 * 19.1.2017, s. 1.` at the page's foot) is read in every shape, called once after `JIT`, its text whole on a page run
 * into one line too (the page's number `1.` after the Polish `s.`, strona, is no paragraph's number: before, the text
 * was read to `s.` only and `1.` stayed on the page apart). Where the number after the capitals numbers what
 * they name, a document's code or a currency (`COSI 1.`, `EUR 1.`), or a point (`pkt 1.`), no footnote is read there.
 */
const PLAIN = [
  'Rada',
  'Unii Europejskiej',
  '',
  'Bruksela, 14 lutego 2017 r.',
  '(OR. en)',
  '6128/1/17',
  'REV 1',
  '',
  'JAI 102',
  'COPEN 37',
  'GENVAL 10',
  'EUROJUST 22',
  'ENFOPOL 59',
  'ENFOCUSTOM 31',
  '',
  'PISMO PRZEWODNIE',
  'Od:',
  'Do:',
  '',
  'Sekretariat Generalny Rady',
  'Delegacje',
  '',
  'Nr poprz. dok.:',
  '',
  '11501/16',
  '',
  'Dotyczy:',
  '',
  'Praktyczny przewodnik dla wspólnych zespołów dochodzeniowo-śledczych',
  '',
  'Delegacje otrzymują w załączeniu Praktyczny przewodnik dla wspólnych zespołów',
  'dochodzeniowo-śledczych, przedstawiony przez sekretariat sieci JIT.',
  'Przewodnik ten został opracowany przez sieć JIT we współpracy z Eurojustem, Europolem',
  'i OLAF-em. Udoskonala on w świetle nabytych praktycznych doświadczeń poprzedni Podręcznik',
  'dla wspólnych zespołów dochodzeniowo-śledczych i zawiera zaktualizowany wzór umowy',
  'o powołaniu JIT 1.',
  '',
  '1',
  '',
  'Dz.U. L 18 z 19.1.2017, s. 1.',
  '',
  '6128/1/17 REV 1',
  '',
  'md/ama/mk',
  'DG D 2B',
  '',
  '1',
  '',
  'PL',
  '\f',
].join('\n');

const LAYOUT = [
  'Rada',
  'Unii Europejskiej',
  '                                                              Bruksela, 14 lutego 2017 r.',
  '                                                              (OR. en)',
  '                                                              6128/1/17',
  '                                                              REV 1',
  '                                                              JAI 102',
  '                                                              COPEN 37',
  '                                                              GENVAL 10',
  '                                                              EUROJUST 22',
  '                                                              ENFOPOL 59',
  '                                                              ENFOCUSTOM 31',
  'PISMO PRZEWODNIE',
  'Od:                 Sekretariat Generalny Rady',
  'Do:                 Delegacje',
  'Nr poprz. dok.:     11501/16',
  'Dotyczy:            Praktyczny przewodnik dla wspólnych zespołów dochodzeniowo-śledczych',
  '',
  'Delegacje otrzymują w załączeniu Praktyczny przewodnik dla wspólnych zespołów',
  'dochodzeniowo-śledczych, przedstawiony przez sekretariat sieci JIT.',
  'Przewodnik ten został opracowany przez sieć JIT we współpracy z Eurojustem, Europolem',
  'i OLAF-em. Udoskonala on w świetle nabytych praktycznych doświadczeń poprzedni Podręcznik',
  'dla wspólnych zespołów dochodzeniowo-śledczych i zawiera zaktualizowany wzór umowy',
  'o powołaniu JIT 1.',
  '',
  '',
  '1',
  '     Dz.U. L 18 z 19.1.2017, s. 1.',
  '',
  '6128/1/17 REV 1                              md/ama/mk                                          1',
  '                                             DG D 2B                                           PL',
  '\f',
].join('\n');

const SHAPES: ReadonlyArray<readonly [string, string]> = [
  ['plain pdftotext', PLAIN],
  ['plain pdftotext without its blank lines', PLAIN.replace(/\n(?:[ \t]*\n)+/gu, '\n')],
  ['-layout', LAYOUT],
  ['plain pdftotext, each page run into one line', flattenedPages(PLAIN)],
  ['a viewer’s copy of the -layout page', viewerCopyOfLayout(LAYOUT)],
];

/** The footnote's text as the page's foot prints it. */
const FOOTNOTE_TEXT = 'Dz.U. L 18 z 19.1.2017, s. 1.';

/** The sentence's end with the number after a code, a currency or a point in place of `JIT 1.`: no call. */
const NUMBERED: readonly string[] = ['o powołaniu JIT, dokument COSI 1.', 'o powołaniu JIT na kwotę EUR 1.', 'o powołaniu JIT, o którym mowa w pkt 1.'];

describe('a Polish sentence whose wrapped line opens with the word `o` (6128/1/17 REV 1)', () => {
  it.each(SHAPES)('keeps the word in its sentence, no list item (%s)', (_shape, text) => {
    const record = expectOk(parseDocument(text, 'content/sources/word-o.txt'));
    expect([record.number, record.kind, record.subject]).toEqual([
      '6128/1/17 REV 1',
      'cover-note',
      'Praktyczny przewodnik dla wspólnych zespołów dochodzeniowo-śledczych',
    ]);
    const blocks = record.sections.flatMap((section) => section.text);
    expect(blocks.filter((block) => block.list !== null)).toEqual([]);
    const body = blocks.map(plain).join(' ').replace(/\s+/gu, ' ');
    expect(body).toContain('i zawiera zaktualizowany wzór umowy o powołaniu JIT ^1.');
    expect(body.split('^1').length - 1).toBe(1);
    expect(record.footnotes.map((footnote) => [footnote.label, footnote.text.map(plain).join(' ')])).toEqual([['1', FOOTNOTE_TEXT]]);
    expect(body).not.toContain('Dz.U.');
    expect(blocks.map(plain).at(-1)).toMatch(/JIT \^1\.$/u);
  });

  it.each(SHAPES.flatMap(([shape, text]) => NUMBERED.map((line) => [shape, line, text.replace('o powołaniu JIT 1.', line)] as const)))(
    'reads no call where the number numbers what the word before it names (%s: `%s`)',
    (_shape, line, text) => {
      const record = expectOk(parseDocument(text, 'content/sources/word-o.txt'));
      const body = record.sections
        .flatMap((section) => section.text)
        .map(plain)
        .join(' ')
        .replace(/\s+/gu, ' ');
      expect(body).toContain(line.replace(/^o /u, ''));
      expect(body).not.toContain('^1');
    },
  );
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';
import { plainBlock } from './support/block-text.ts';

/**
 * Maltese writes its article with a hyphen before its noun (`il-progress`, `tal-Unjoni`), assimilated to the
 * consonant the noun opens with (`fir-rigward`, `għat-tisħiħ`, `lis-servizzi`). Where a line ends on the article, the
 * hyphen is the text's own: the word is not one hyphenation cut, and dropping the hyphen changes the text
 * (`firrigward`). A Maltese Presidency note as `pdftotext -layout` prints it, its body's lines ending on `fir-`, `tal-`,
 * `għat-`, `lis-` and `t-`; an English note's words hyphenation cut after the same letters (`is-` / `sue`, `ir-` /
 * `regular`, `in-` / `novation`) are made whole.
 */
const MALTESE = `Il-Kunsill tal-Unjoni                         Brussell, 14 ta' Marzu 2025
Ewropea                                       (OR. en)
                                              7188/25

                                              COSI 47
                                              ENFOPOL 96


NOTA

Minn:                  Il-Presidenza
Lil:                   Id-delegazzjonijiet
Nru dok. preċ.:        6820/25
Suġġett:               Implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna –
                       rapport dwar il-progress



1.   Il-Presidenza tippreżenta lid-delegazzjonijiet rapport dwar il-progress miksub fir-
     rigward tal-implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna, kif
     jinsab fl-Anness. Ir-rapport jiġbor fil-qosor il-ħidma tal-gruppi ta' ħidma u tal-
     aġenziji tal-Unjoni matul l-ewwel sitt xhur tal-Presidenza Pollakka tal-Kunsill.

2.   Il-Kumitat huwa mistieden jieħu nota tar-rapport u jiddiskuti l-passi li jmiss għat-
     tisħiħ tal-kooperazzjoni operattiva, b'mod partikolari fil-ġlieda kontra l-kriminalità
     organizzata u t-terroriżmu, u jagħti l-orjentazzjonijiet tiegħu lill-Presidenza u lis-
     servizzi kompetenti tal-Istati Membri.




7188/25                                    KR/mj                                            1
JAI.1                                                                                      MT
`;

/** Its paragraphs, read off the note above. */
const MALTESE_PARAGRAPHS = [
  "1. Il-Presidenza tippreżenta lid-delegazzjonijiet rapport dwar il-progress miksub fir-rigward tal-implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna, kif jinsab fl-Anness. Ir-rapport jiġbor fil-qosor il-ħidma tal-gruppi ta' ħidma u tal-aġenziji tal-Unjoni matul l-ewwel sitt xhur tal-Presidenza Pollakka tal-Kunsill.",
  "2. Il-Kumitat huwa mistieden jieħu nota tar-rapport u jiddiskuti l-passi li jmiss għat-tisħiħ tal-kooperazzjoni operattiva, b'mod partikolari fil-ġlieda kontra l-kriminalità organizzata u t-terroriżmu, u jagħti l-orjentazzjonijiet tiegħu lill-Presidenza u lis-servizzi kompetenti tal-Istati Membri.",
];

const ENGLISH = `Council of the                                Brussels, 14 March 2025
European Union                                (OR. en)
                                              7188/25

                                              COSI 47
                                              ENFOPOL 96


NOTE

From:                  Presidency
To:                    Delegations
No. prev. doc.:        6820/25
Subject:               Implementation of the EU Internal Security Strategy – progress report



1.   The Presidency presents to delegations a progress report on the implementation of the is-
     sue of irregular migration, including the smuggling of migrants by criminal networks and ir-
     regular crossings at the external borders, and on the role of research and in-
     novation in the work of law enforcement authorities.

2.   The Committee is invited to take note of the report.




7188/25                                    KR/mj                                            1
JAI.1                                                                                      EN
`;

/** Its paragraphs, read off the note above. */
const ENGLISH_PARAGRAPHS = [
  '1. The Presidency presents to delegations a progress report on the implementation of the issue of irregular migration, including the smuggling of migrants by criminal networks and irregular crossings at the external borders, and on the role of research and innovation in the work of law enforcement authorities.',
  '2. The Committee is invited to take note of the report.',
];

/** The body's paragraphs of a record. */
function paragraphs(record: OkRecord): string[] {
  return record.sections.flatMap((section) => section.text.map(plainBlock));
}

const SHAPES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['-layout', (text) => text],
  ['-layout, the page run into one line', flattenedPages],
  ['a viewer’s copy of the -layout page', viewerCopyOfLayout],
];

describe.each(SHAPES)('a line ending on an article’s or a syllable’s hyphen, %s', (_shape, shape) => {
  it('keeps the Maltese article’s hyphen (`fir-` / `rigward`, `għat-` / `tisħiħ`, `lis-` / `servizzi`)', () => {
    const record = expectOk(parseDocument(shape(MALTESE), 'note-mt.txt'));
    expect(record.language).toBe('mt');
    expect(paragraphs(record)).toEqual(MALTESE_PARAGRAPHS);
  });

  it('makes whole an English word hyphenation cut after the same letters (`is-` / `sue`, `ir-` / `regular`, `in-` / `novation`)', () => {
    const record = expectOk(parseDocument(shape(ENGLISH), 'note-en.txt'));
    expect(paragraphs(record)).toEqual(ENGLISH_PARAGRAPHS);
  });
});

/** A plain `pdftotext` text as a viewer copies it: no form feed and no blank line. */
const viewerCopyOfPlain = (text: string): string =>
  text
    .split(/[\f\n]/u)
    .filter((line) => line.trim() !== '')
    .join('\n');

/** The shapes of a plain `pdftotext` text. */
const PLAIN_SHAPES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['plain pdftotext', (text) => text],
  ['plain pdftotext, the page run into one line', flattenedPages],
  ['a viewer’s copy of plain pdftotext', viewerCopyOfPlain],
];

/**
 * The Maltese note made the Council's way (tests/fixtures/council-pdf-lo/note-mt): LibreOffice ends its body's lines on
 * `fl-` / `Anness`, `tal-` / `kooperazzjoni` and `t-` / `terroriżmu`.
 */
const CASE = 'tests/fixtures/council-pdf-lo/note-mt';

/** Its paragraphs, read off source.fodt. */
const CASE_PARAGRAPHS = [
  "1. Il-Presidenza tippreżenta lid-delegazzjonijiet rapport dwar il-progress li nkiseb fir-rigward tal-implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna, kif jinsab fl-Anness. Ir-rapport jiġbor fil-qosor il-ħidma tal-gruppi ta' ħidma u tal-aġenziji tal-Unjoni matul l-ewwel sitt xhur tal-Presidenza Pollakka tal-Kunsill.",
  "2. Il-Kumitat huwa mistieden jieħu nota tar-rapport u jiddiskuti l-passi li jmiss għat-tisħiħ tal-kooperazzjoni operattiva, b'mod partikolari fil-ġlieda kontra l-kriminalità organizzata u t-terroriżmu, u jagħti l-orjentazzjonijiet tiegħu lill-Presidenza u lis-servizzi kompetenti tal-Istati Membri.",
];

describe('the Maltese note made the Council’s way', () => {
  it('keeps the article’s hyphen at its lines’ ends, read from its PDF', async () => {
    const { record } = await pdfCaseReader('tests/fixtures/council-pdf-lo')('note-mt');
    expect(paragraphs(record)).toEqual(CASE_PARAGRAPHS);
  });

  it.each(SHAPES)('keeps the article’s hyphen at its lines’ ends, pdftotext %s', (_shape, shape) => {
    const text = shape(readFileSync(join(CASE, 'pdftotext-layout.txt'), 'utf8'));
    expect(paragraphs(expectOk(parseDocument(text, 'pdftotext-layout.txt')))).toEqual(CASE_PARAGRAPHS);
  });

  it.each(PLAIN_SHAPES)('puts back the article’s hyphen plain pdftotext drops before a capital, %s (`flAnness`)', (_shape, shape) => {
    const text = readFileSync(join(CASE, 'pdftotext.txt'), 'utf8');
    expect(text).toContain('jinsab flAnness. Ir-rapport');
    const read = paragraphs(expectOk(parseDocument(shape(text), 'pdftotext.txt')));
    expect(read[0]).toBe(CASE_PARAGRAPHS[0]);
    // Not read yet: the article plain pdftotext joins to a noun in small letters (`talkooperazzjoni`, `tterroriżmu`),
    // which no letter's case tells from a word of its own (`tassew`, `filwaqt`); the page shows it as printed.
    expect(read[1]).toContain('tisħiħ talkooperazzjoni operattiva');
    expect(read[1]).toContain('organizzata u tterroriżmu, u');
  });
});

/**
 * A Maltese note as plain `pdftotext` prints it: where a line ended on the article before its noun's capital (`fl-` /
 * `Anness`, `tal-` / `Unjoni`, `mill-` / `Kummissjoni`, `lill-` / `Istati`, `għas-` / `Sigurtà`), pdftotext drops the
 * hyphen and runs the next line on (`flAnness`), as it does for hyphenation's.
 */
const PLAIN_MALTESE = `Il-Kunsill tal-Unjoni
Ewropea

Brussell, 14 ta' Marzu 2025
(OR. en)
7188/25
COSI 47
ENFOPOL 96

NOTA
Minn:

Il-Presidenza

Lil:
Nru dok. preċ.:

Id-delegazzjonijiet
6820/25

Suġġett:

Implimentazzjoni tal-Istrateġija talUnjoni Ewropea għas-Sigurtà Interna –
rapport dwar il-progress

1. Il-Presidenza tippreżenta lid-delegazzjonijiet rapport dwar il-progress li nkiseb fir-rigward
tal-implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għasSigurtà Interna, kif jinsab flAnness. Ir-rapport jiġbor fil-qosor il-ħidma tal-gruppi ta' ħidma u tal-aġenziji tal-Unjoni matul
l-ewwel sitt xhur tal-Presidenza Pollakka tal-Kunsill.
2. Il-Kumitat huwa mistieden jieħu nota tar-rapport u tal-kontribuzzjoni ppreżentata millKummissjoni, filwaqt li tassew jagħti l-orjentazzjonijiet tiegħu lill-Presidenza u lillIstati Membri.

7188/25
JAI.1

KR/mj

1
MT

\f`;

/** Its subject and paragraphs, read off the note above. */
const PLAIN_SUBJECT = 'Implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna – rapport dwar il-progress';
const PLAIN_PARAGRAPHS = [
  "1. Il-Presidenza tippreżenta lid-delegazzjonijiet rapport dwar il-progress li nkiseb fir-rigward tal-implimentazzjoni tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna, kif jinsab fl-Anness. Ir-rapport jiġbor fil-qosor il-ħidma tal-gruppi ta' ħidma u tal-aġenziji tal-Unjoni matul l-ewwel sitt xhur tal-Presidenza Pollakka tal-Kunsill.",
  '2. Il-Kumitat huwa mistieden jieħu nota tar-rapport u tal-kontribuzzjoni ppreżentata mill-Kummissjoni, filwaqt li tassew jagħti l-orjentazzjonijiet tiegħu lill-Presidenza u lill-Istati Membri.',
];

describe.each(PLAIN_SHAPES)('a Maltese note whose article plain pdftotext joined to its noun’s capital, %s', (_shape, shape) => {
  it('reads the article with its hyphen (`fl-Anness`, `tal-Unjoni`, `mill-Kummissjoni`, `lill-Istati`, `għas-Sigurtà`) and leaves `filwaqt`, `tassew`', () => {
    const record = expectOk(parseDocument(shape(PLAIN_MALTESE), 'note-mt.txt'));
    expect(record.language).toBe('mt');
    expect(record.subject).toBe(PLAIN_SUBJECT);
    expect(paragraphs(record)).toEqual(PLAIN_PARAGRAPHS);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls as shown } from './support/block-text.ts';
import { expectOk } from './support/projection.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import type { LabelledHead } from './support/note-heads.ts';
import { plainFooter } from './support/page-footer.ts';
import { plainHead } from './support/plain-head.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * Footnotes of real Council documents about COSI in the shape sites republishing the register print them: plain
 * `pdftotext` without its blank lines, each footnote's number alone right above its text at the page's foot (`1` /
 * `EUCO 79/14.`), as expydoc.com prints the German version of 9798/15. Two documents, shortened, their wording kept:
 * the Presidency's note to the Council of 10 June 2015 sending the draft conclusions on the renewed Internal Security
 * Strategy (9798/15, German: its annex's recital `… am 26./27. Juni 2014 1 im Rahmen der …` calls footnote 1,
 * `EUCO 79/14.`), and the Presidency's implementation paper of the renewed Strategy of July 2017 (10827/17, English:
 * `… Internal Security Strategy (2015 - 2020)1 under Maltese Presidency …`; its header's date and codes and its
 * footnote's text, the conclusions' number, written by hand). Each in plain `pdftotext` (blank lines between blocks),
 * the same without its blank lines, `-layout`, each page run into one line, and a viewer's copy of `-layout`: the
 * footnote read with its text, called once where the page calls it, its number and text out of the body's text, every
 * sentence of the body kept.
 */
interface Document {
  name: string;
  number: string;
  date: string;
  subject: string;
  plain: string;
  layout: string;
  footnote: string;
  /** The body's sentence that calls the footnote, as the page shows it with the call marked `^1`. */
  called: string;
  /** Sentences of the body, each kept whole. */
  kept: string[];
}

/** 9798/15's sending sentence, as both renderings print its lines. */
const OPENING_9798 = [
  'Der Rat wird ersucht, den in der Anlage wiedergegebenen Entwurf von Schlussfolgerungen des',
  'Rates zur erneuerten Strategie der inneren Sicherheit der Europäischen Union (2015-2020) zu',
  'billigen.',
];

/** 9798/15's annex: the recitals as both renderings print their lines, the fourth line calling footnote 1 (`… Juni 2014 1 im Rahmen …`). */
const RECITALS_9798 = [
  'UNTER BERÜCKSICHTIGUNG dessen, dass die Europäische Union aufgrund der ständig',
  'zunehmenden Bedrohungen insbesondere durch Terrorismus und schwere und organisierte',
  'Kriminalität einen Beitrag zum Schutz der europäischen Bürger leisten muss;',
  'UNTER HINWEIS darauf, dass der Europäische Rat am 26./27. Juni 2014 1 im Rahmen der',
  'Festlegung der strategischen Leitlinien für die gesetzgeberische und operative Programmplanung im',
  'Raum der Freiheit, der Sicherheit und des Rechts gemäß Artikel 68 AEUV um eine Überprüfung',
  'und Aktualisierung der Strategie der inneren Sicherheit bis Mitte 2015 ersucht hat;',
  'EINGEDENK der gemeinsamen Erklärung von Riga vom 29./30. Januar 2015, in der auf die',
  'Notwendigkeit und die Bedeutung eines wirksam koordinierten und kohärenten Ansatzes der',
  'Europäischen Union für die kommenden Jahre zur Bekämpfung der multidimensionalen und',
  'miteinander verknüpften Bedrohungen für die innere Sicherheit der Europäischen Union',
  'hingewiesen und in dieser Hinsicht die Rolle der erneuerten Strategie der inneren Sicherheit der',
  'Europäischen Union (2015-2020) hervorgehoben wurde;',
];

/** 9798/15's head: the Council's name, the place and date, the kind, the labels, sender and recipient. */
const HEAD_9798: LabelledHead = {
  institution: ['Rat der', 'Europäischen Union'],
  placeDate: 'Brüssel, den 10. Juni 2015',
  kind: 'VERMERK',
  labels: ['Absender:', 'Empfänger:', 'Betr.:'],
  from: 'Vorsitz',
  to: 'Rat',
};

/** 10827/17's head, likewise. */
const HEAD_10827: LabelledHead = {
  institution: ['Council of the', 'European Union'],
  placeDate: 'Brussels, 4 July 2017',
  kind: 'NOTE',
  labels: ['From:', 'To:', 'Subject:'],
  from: 'Presidency',
  to: 'Standing Committee on Operational Cooperation on Internal Security',
};

/** 10827/17's body as both renderings print its lines, the second calling footnote 1 (`… (2015 - 2020)1 under …`). */
const BODY_10827 = [
  'This paper gives an overview of the progress achieved in the implementation of the Renewed EU',
  'Internal Security Strategy (2015 - 2020)1 under Maltese Presidency (first half of 2017) as well as an',
  'overview of the activities to be carried out under Estonian Presidency (second half of 2017).',
  'It builds on the outcome of the discussions on enhancing the role of COSI in the context of which it was',
  'agreed to create a joint Internal Security Strategy implementation paper from the outgoing and',
  'incoming Presidency.',
];

const documents: Document[] = [
  {
    name: '9798/15 (de)',
    number: '9798/15',
    date: '2015-06-10',
    subject: 'Entwurf von Schlussfolgerungen des Rates zur erneuerten Strategie der inneren Sicherheit der Europäischen Union (2015-2020)',
    plain: [
      ...plainHead(HEAD_9798, ['9798/15', 'JAI 442', 'COSI 67']),
      'Betr.:',
      '',
      'Entwurf von Schlussfolgerungen des Rates zur erneuerten Strategie der',
      'inneren Sicherheit der Europäischen Union (2015-2020)',
      '',
      ...OPENING_9798,
      '',
      '9798/15',
      '',
      'ds/ab',
      'DGD 1C',
      '',
      '1',
      '',
      'DE',
      '\f',
      'ANLAGE',
      'Entwurf von Schlussfolgerungen des Rates',
      'zur erneuerten Strategie der inneren Sicherheit der Europäischen Union (2015-2020)',
      '',
      ...RECITALS_9798,
      '',
      '1',
      '',
      'EUCO 79/14.',
      '',
      '9798/15',
      'ds/ab',
      'ANLAGE',
      'DGD 1C',
      '',
      '2',
      '',
      'DE',
      '\f',
    ].join('\n'),
    layout: [
      '                                 Rat der',
      '                                 Europäischen Union',
      '                                                                         Brüssel, den 10. Juni 2015',
      '                                                                         (OR. en)',
      '                                                                         9798/15',
      '                                                                         JAI 442',
      '                                                                         COSI 67',
      'VERMERK',
      'Absender:              Vorsitz',
      'Empfänger:             Rat',
      'Betr.:                 Entwurf von Schlussfolgerungen des Rates zur erneuerten Strategie der',
      '                       inneren Sicherheit der Europäischen Union (2015-2020)',
      '',
      ...OPENING_9798,
      '',
      '',
      '9798/15                                       ds/ab                                              1',
      '                                             DGD 1C                                             DE',
      '\f',
      '                                                                                          ANLAGE',
      '                              Entwurf von Schlussfolgerungen des Rates',
      '          zur erneuerten Strategie der inneren Sicherheit der Europäischen Union (2015-2020)',
      '',
      ...RECITALS_9798,
      '',
      '',
      '1',
      '         EUCO 79/14.',
      '',
      '9798/15                                       ds/ab                                              2',
      '                                         ANLAGE DGD 1C                                          DE',
      '\f',
    ].join('\n'),
    footnote: 'EUCO 79/14.',
    called: 'UNTER HINWEIS darauf, dass der Europäische Rat am 26./27. Juni 2014 ^1 im Rahmen der Festlegung',
    kept: ['Kriminalität einen Beitrag zum Schutz der europäischen Bürger leisten muss;', 'Europäischen Union (2015-2020) hervorgehoben wurde;'],
  },
  {
    name: '10827/17 (en)',
    number: '10827/17',
    date: '2017-07-04',
    subject:
      'Renewed European Union Internal Security Strategy and Counter-Terrorism Implementation Paper: report of the first half of 2017 and programme for the second half of 2017',
    plain: [
      ...plainHead(HEAD_10827, ['10827/17', '', 'LIMITE', '', 'JAI 630', 'COSI 156']),
      'Subject:',
      '',
      'Renewed European Union Internal Security Strategy and Counter-Terrorism',
      'Implementation Paper: report of the first half of 2017 and programme for the',
      'second half of 2017',
      '',
      ...BODY_10827,
      '',
      '1',
      '',
      'Doc. 9798/15.',
      '',
      ...plainFooter('10827/17', 'EB/dk', 'DGD 1C', '1', 'EN'),
      '\f',
    ].join('\n'),
    layout: [
      'Council of the',
      'European Union',
      '                                                                  Brussels, 4 July 2017',
      '                                                                  (OR. en)',
      '                                                                  10827/17',
      '',
      '                                                                  LIMITE',
      '                                                                  JAI 630',
      '                                                                  COSI 156',
      'NOTE',
      'From:               Presidency',
      'To:                 Standing Committee on Operational Cooperation on Internal Security',
      'Subject:            Renewed European Union Internal Security Strategy and Counter-Terrorism',
      '                    Implementation Paper: report of the first half of 2017 and programme for the',
      '                    second half of 2017',
      '',
      ...BODY_10827,
      '',
      '',
      '1',
      '         Doc. 9798/15.',
      '',
      '10827/17                                     EB/dk                                              1',
      '                                            DGD 1C                      LIMITE                  EN',
      '\f',
    ].join('\n'),
    footnote: 'Doc. 9798/15.',
    called: 'Internal Security Strategy (2015 - 2020)^1 under Maltese Presidency',
    kept: ['overview of the activities to be carried out under Estonian Presidency (second half of 2017).', 'incoming Presidency.'],
  },
];

/** The shapes a user brings: as plain `pdftotext` prints it, without its blank lines, `-layout`, each page run into one line, a viewer's copy. */
const SHAPES: ReadonlyArray<readonly [string, (document: Document) => string]> = [
  ['plain pdftotext', (document) => document.plain],
  ['plain pdftotext without its blank lines', (document) => document.plain.replace(/\n(?:[ \t]*\n)+/gu, '\n')],
  ['-layout', (document) => document.layout],
  ['plain pdftotext, each page run into one line', (document) => flattenedPages(document.plain)],
  ['a viewer’s copy of the -layout page', (document) => viewerCopyOfLayout(document.layout)],
];

describe.each(documents)('the footnote of $name', (document) => {
  it.each(SHAPES)('is read with its text and called once (%s)', (_shape, make) => {
    const record = expectOk(parseDocument(make(document), 'content/sources/stripped-footnotes.txt'));
    expect([record.number, record.date, record.subject]).toEqual([document.number, document.date, document.subject]);
    expect(record.footnotes.map((footnote) => [footnote.label, footnote.text.map(shown).join(' ')])).toEqual([['1', document.footnote]]);
    const body = record.sections
      .flatMap((section) => section.text.map(shown))
      .join(' ')
      .replace(/\s+/gu, ' ');
    expect(body.split('^1').length - 1).toBe(1);
    expect(body).toContain(document.called);
    for (const sentence of document.kept) expect(body).toContain(sentence);
    expect(body).not.toContain(document.footnote);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout, withoutBlankLines } from './support/text-shapes.ts';

/**
 * A LIMITE note of two pages as `pdftotext -layout` prints the register's PDF (council-pdf-lo/nota-it is one): each page
 * ends with its two-line footer, the number, initials and page, then the directorate, marking and language in the
 * footer's columns some 45 spaces apart (`JAI.1                                         LIMITE
 * IT`); the second page's paragraph calls footnote 1 right after a year (`… per il 20241, …`), its text at the page's
 * foot. Written by hand in four versions (the Italian as the fixture prints it). A copy that keeps each line as printed
 * but drops the blank lines and form feeds has the first page's footer at the top of the second page's text: it is page
 * furniture there too, and footnote 1 is called after the year, where before the footer stayed in the body
 * (`9110/24 GV/ac 1`, `JAI. LIMITE IT`) and the `1` of `JAI.1` was taken for the call, the year keeping the real one
 * (`20241`).
 */
const NOTES: readonly [language: string, paragraph: string, footnote: string][] = [
  [
    'en',
    'Frontex presented its risk analysis for 20241, which shows that the Central Mediterranean and Western Balkan routes remain the most exposed to smugglers.',
    'Document 6874/24, circulated to delegations on 29 February 2024.',
  ],
  [
    'it',
    "L'Agenzia europea della guardia di frontiera e costiera ha presentato la sua analisi dei rischi per il 20241, dalla quale risulta che le rotte del Mediterraneo centrale e dei Balcani occidentali restano le più esposte all'azione dei trafficanti.",
    'Documento 6874/24, diffuso alle delegazioni il 29 febbraio 2024.',
  ],
  [
    'fr',
    "Frontex a présenté son analyse des risques pour 20241, qui montre que les routes de la Méditerranée centrale et des Balkans occidentaux restent les plus exposées à l'action des passeurs.",
    'Document 6874/24, diffusé aux délégations le 29 février 2024.',
  ],
  [
    'de',
    'Frontex stellte seine Risikoanalyse für 20241 vor, aus der hervorgeht, dass die zentrale Mittelmeerroute und die Westbalkanroute am stärksten von Schleusern genutzt werden.',
    'Dokument 6874/24, am 29. Februar 2024 an die Delegationen verteilt.',
  ],
];

/** A paragraph broken into lines of at most `width` characters, its later lines indented by `indent`. */
function wrapped(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** The footer of page `page` as `-layout` prints it: its two lines, the columns far apart. */
function footer(language: string, page: number): string[] {
  return [`9110/24${' '.repeat(40)}GV/ac${' '.repeat(44)}${page}`, `JAI.1${' '.repeat(41)}LIMITE${' '.repeat(43)}${language.toUpperCase()}`];
}

function layoutText(language: string, paragraph: string, footnote: string): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const row = (label: string, text: string) => `${label.padEnd(22)}${text}`;
  return [
    `${outcome.institution.padEnd(49)}${outcome.placeDate}`,
    `${' '.repeat(49)}9110/24`,
    '',
    `${' '.repeat(49)}LIMITE`,
    '',
    row(`${outcome.labels.from}:`, outcome.from),
    row(`${outcome.labels.to}:`, outcome.to),
    row(`${outcome.labels.subject}:`, 'EMPACT 2026-2029'),
    '',
    ...wrapped(`1.    ${outcome.sentences[0] ?? ''}`, 92, '      '),
    '',
    ...wrapped(`2.    ${outcome.sentences[1] ?? ''}`, 92, '      '),
    '',
    ...footer(language, 1),
    '\f',
    ...wrapped(`3.    ${paragraph}`, 92, '      '),
    '',
    ...wrapped(`1 ${footnote}`, 92, '  '),
    '',
    ...footer(language, 2),
    '\f',
  ].join('\n');
}

const SHAPES: readonly [name: string, shape: (text: string) => string][] = [
  ['-layout', (text) => text],
  ['a copy of -layout that keeps its lines and drops the blank lines and form feeds', withoutBlankLines],
  ['a viewer’s copy of -layout (lines trimmed, no blank line)', viewerCopyOfLayout],
  ['the -layout pages run into one line each', flattenedPages],
];

describe.each(NOTES)('a two-page LIMITE note in %s whose second page calls a footnote after a year', (language, paragraph, footnote) => {
  it.each(SHAPES)('leaves the first page’s footer out and calls footnote 1 after the year (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(layoutText(language, paragraph, footnote)), `note-${language}.txt`));
    const blocks = record.sections.flatMap((section) => section.text.map((block) => block.inline));
    const texts = blocks.map((inline) => inline.map((run) => (run.type === 'text' ? run.value : `^${run.type === 'footnote' ? run.label : ''}`)).join(''));
    expect(texts.filter((text) => /GV\/ac|JAI\./u.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes(`2024^1`))).toBe(true);
    expect(record.footnotes.map((note) => note.label)).toEqual(['1']);
  });
});

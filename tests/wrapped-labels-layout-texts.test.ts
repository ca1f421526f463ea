import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A note whose previous document's label, or a cover note whose Commission document's label, is too long for the label
 * column's cell, so that its last words wrap onto a line of their own under its first words, as `pdftotext -layout`
 * prints the register's PDFs (`Uimh. doic. ón        COM(2025) 45 final` / `gCoimisiún:`, `No. prev.     14470/25` /
 * `doc.:`), written by hand in six versions with the institution, place and date, labels and sender of the version's
 * outcome in tests/fixtures/outcome-languages. The recipient stops at its line, and the wrapped label's value is read,
 * in -layout and a viewer's copy of it, and with the page run into one line, where the label's rest follows its value
 * (`No. prev.      14470/25 doc.: Subject: …`); before, the recipient ran on over the label's first words and the value,
 * and the document was not read.
 */
const LABELS: readonly [language: string, first: string, rest: string, field: 'previous' | 'commissionProposal', value: string, read: string][] = [
  ['en', 'No. prev.', 'doc.:', 'previous', '14470/25', '14470/25'],
  ['en', 'No. Cion', 'doc.:', 'commissionProposal', 'COM(2025) 45 final', 'COM/2025/45 final'],
  ['fr', 'N° doc.', 'préc.:', 'previous', '14470/25', '14470/25'],
  ['ga', 'Uimh. doic.', 'roimhe:', 'previous', '14470/25', '14470/25'],
  ['ga', 'Uimh. doic. ón', 'gCoimisiún:', 'commissionProposal', 'COM(2025) 45 final', 'COM/2025/45 final'],
  ['bg', '№ предх.', 'док.:', 'previous', '14470/25', '14470/25'],
  ['lt', 'Ankstesnio', 'dok. Nr.:', 'previous', '14470/25', '14470/25'],
  ['el', 'Αριθ. προηγ.', 'εγγρ.:', 'previous', '14470/25', '14470/25'],
];

/** The recipient, in the version's words. */
const TO: Readonly<Record<string, string>> = {
  en: 'Delegations',
  fr: 'Délégations',
  ga: 'Toscaireachtaí',
  bg: 'Делегациите',
  lt: 'Delegacijos',
  el: 'Αντιπροσωπίες',
};

/** The note's first page as `pdftotext -layout` prints it: the label column 15 characters wide, the wrapped labels' rests under their first words. */
function layoutPage(language: string, first: string, rest: string, value: string, more: readonly string[] = [], to = TO[language] ?? ''): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const row = (label: string, text: string) => `${label.padEnd(15)}${text}`.trimEnd();
  return [
    `${outcome.institution.padEnd(49)}${outcome.placeDate}`,
    `${' '.repeat(49)}14471/25`,
    '',
    row(`${outcome.labels.from}:`, outcome.from),
    row(`${outcome.labels.to}:`, to),
    row(first, value),
    rest,
    ...more,
    row(`${outcome.labels.subject}:`, 'EMPACT 2026-2029'),
    '',
    `1.    ${outcome.sentences[0] ?? ''}`,
    '',
    `14471/25${' '.repeat(31)}ML/ab${' '.repeat(45)}1`,
    `JAI.1${' '.repeat(90)}${language.toUpperCase()}`,
    '\f',
  ].join('\n');
}

const SHAPES: readonly [name: string, shape: (text: string) => string][] = [
  ['-layout', (text) => text],
  ['a viewer’s copy of the -layout page', viewerCopyOfLayout],
  // the label's rest after its value in the run (`No. prev.      14470/25 doc.: Subject: …`)
  ['the -layout page run into one line', flattenedPages],
  ['a viewer’s copy of the -layout page run into one line', (text) => flattenedPages(viewerCopyOfLayout(text))],
];

describe.each(LABELS)('a note in %s whose label `%s` / `%s` wraps in its cell', (language, first, rest, field, value, read) => {
  it.each(SHAPES)('reads the recipient and the wrapped label’s value (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(layoutPage(language, first, rest, value)), `note-${language}.txt`));
    expect([record.from, record.to, record.subject]).toEqual([outcomes[language]?.from, TO[language], 'EMPACT 2026-2029']);
    if (field === 'previous') expect(record.previous).toEqual([read]);
    else expect(record.commissionProposal).toEqual([read]);
  });
});

/** A cover note whose Commission document's label and previous document's label both wrap in their cells. */
const BOTH: readonly [language: string, commission: readonly [string, string], previous: readonly [string, string]][] = [
  ['en', ['No. Cion', 'doc.:'], ['No. prev.', 'doc.:']],
  ['ga', ['Uimh. doic. ón', 'gCoimisiún:'], ['Uimh. doic.', 'roimhe:']],
];

describe.each(BOTH)('a note in %s whose Commission document’s and previous document’s labels both wrap', (language, commission, previous) => {
  it.each(SHAPES)('reads the recipient and both documents apart (%s)', (_shape, shape) => {
    const page = layoutPage(language, commission[0], commission[1], 'COM(2025) 45 final', [`${previous[0].padEnd(15)}14470/25`, previous[1]]);
    const record = expectOk(parseDocument(shape(page), `note-${language}.txt`));
    expect([record.to, record.subject, record.commissionProposal, record.previous]).toEqual([
      TO[language],
      'EMPACT 2026-2029',
      ['COM/2025/45 final'],
      ['14470/25'],
    ]);
  });
});

/**
 * The previous document's label in each of the 24 versions, as its header prints it (the vocabulary's spelling),
 * wrapped in its cell after its first words; the value wraps too, its second number on the label's rest's line
 * (`No. prev.      14470/25,` / `doc.:          13802/25`).
 */
const PREVIOUS: readonly [language: string, first: string, rest: string][] = [
  ['bg', '№ предх.', 'док.:'],
  ['cs', 'Č. předch.', 'dok.:'],
  ['da', 'Tidl. dok.', 'nr.:'],
  ['de', 'Vorherige', 'Dok.-Nr.:'],
  ['el', 'Αριθ. προηγ.', 'εγγρ.:'],
  ['en', 'No. prev.', 'doc.:'],
  ['es', 'N.º doc.', 'prec.:'],
  ['et', 'Eelmise', 'dok. nr:'],
  ['fi', 'Ed. asiak.', 'nro:'],
  ['fr', 'N° doc.', 'préc.:'],
  ['ga', 'Uimh. an doic.', 'roimhe:'],
  ['hr', 'Br. preth.', 'dok.:'],
  ['hu', 'Előző dok.', 'sz.:'],
  ['it', 'n. doc.', 'prec.:'],
  ['lt', 'Ankstesnio', 'dok. Nr.:'],
  ['lv', 'Iepr. dok.', 'Nr.:'],
  ['mt', 'Nru dok.', 'preċ.:'],
  ['nl', 'Nr. vorig', 'doc.:'],
  ['pl', 'Nr poprz.', 'dok.:'],
  ['pt', 'N.º doc.', 'ant.:'],
  ['ro', 'Nr. doc.', 'ant.:'],
  ['sk', 'Č. predch.', 'dok.:'],
  ['sl', 'Št. predh.', 'dok.:'],
  ['sv', 'Föreg. dok.', 'nr:'],
];

describe.each(PREVIOUS)('a note in %s whose label `%s` / `%s` wraps in its cell over a value that wraps too', (language, first, rest) => {
  it.each(SHAPES)('reads the recipient and both previous documents (%s)', (_shape, shape) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(language);
    const page = layoutPage(language, first, `${rest.padEnd(15)}13802/25`, '14470/25,', [], outcome.to);
    const record = expectOk(parseDocument(shape(page), `note-${language}.txt`));
    expect([record.from, record.to, record.subject, record.previous]).toEqual([outcome.from, outcome.to, 'EMPACT 2026-2029', ['14470/25', '13802/25']]);
  });
});

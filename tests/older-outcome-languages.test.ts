import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectReadAsStated, type NotRead } from './support/not-read.ts';
import { outcomeRead } from './support/outcome-read.ts';
import { expectOk } from './support/projection.ts';

/**
 * One COSI outcome of proceedings as the register printed it before about 2015, in eight languages
 * (tests/fixtures/older-outcome-languages/outcomes.json, written by hand): the body that met after `of:` (`du:`, `des:`,
 * `del:`, `van:`, `Od:`, `de:`) and the day it met after `on:` (`en date du:`, `vom:`, `de fecha:`, `in data:`, `d.d.:`,
 * `z dnia:`, `data:`), set in the shapes its text reaches the ingest in and read back to its header, meeting day, items,
 * footnote and references, with no footer text left in its body.
 */
interface OlderOutcome {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: Record<'of' | 'on' | 'subject', string>;
  of: string;
  on: string;
  subject: string;
  opening: string;
  items: string[];
  sentences: string[];
  footnote: string;
}

const { outcomes, notRead } = JSON.parse(readFileSync('tests/fixtures/older-outcome-languages/outcomes.json', 'utf8')) as {
  outcomes: Record<string, OlderOutcome>;
  notRead: NotRead;
};

const NUMBER = '10430/13';
const CODES = ['COSI 67', 'JAI 430', 'ENFOPOL 160'];
const DOCUMENTS = ['CM 3012/13', '9876/1/13 REV 1', '9402/13'];
const FOOTNOTE_DOCUMENT = '10001/13 EXT 1';
const INITIALS = 'EB/hm';
const UNIT = 'DG D 2C';

function rows(outcome: OlderOutcome): [string, string][] {
  return [
    [outcome.labels.of, outcome.of],
    [outcome.labels.on, outcome.on],
    [outcome.labels.subject, outcome.subject],
  ];
}

/** The top of the page as plain `pdftotext` prints it: the Council's name, then the right column's place and date, number, LIMITE, codes; the kind. */
function plainTop(outcome: OlderOutcome): string[] {
  return [...outcome.institution, '', outcome.placeDate, '', NUMBER, 'LIMITE', ...CODES, outcome.kind];
}

/** The opening sentence with its footnote's call, the items with their sentences, the footnote under its rule. */
function plainBody(outcome: OlderOutcome): string[] {
  return [
    `${outcome.opening}1`,
    '',
    ...outcome.items.flatMap((title, index) => [`${index + 1}.`, '', title, outcome.sentences[index] ?? '', '']),
    '____________________',
    `1 ${outcome.footnote}`,
    '',
  ];
}

function plainFooter(language: string): string[] {
  return [NUMBER, UNIT, '', INITIALS, 'LIMITE', '', '1', language.toUpperCase(), ''];
}

const SHAPES: Record<string, (outcome: OlderOutcome, language: string) => string> = {
  layout: (outcome, language) => {
    // the right column under the place and date: number, LIMITE and codes, a blank line between each group
    const column = [NUMBER, '', 'LIMITE', '', ...CODES, ''].map((text) => (text === '' ? '' : `${' '.repeat(59)}${text}`));
    return [
      `${outcome.institution[0].padEnd(59)}${outcome.placeDate}`,
      outcome.institution[1],
      ...column,
      outcome.kind,
      ...rows(outcome).map(([label, value]) => `${`${label}:`.padEnd(16)}${value}`),
      '',
      '',
      `${outcome.opening}1`,
      '',
      ...outcome.items.flatMap((title, index) => [`${`${index + 1}.`.padEnd(8)}${title}`, '', `${' '.repeat(8)}${outcome.sentences[index] ?? ''}`, '']),
      '',
      '____________________',
      `1       ${outcome.footnote}`,
      '',
      `${NUMBER}${' '.repeat(57)}${INITIALS}${' '.repeat(20)}1`,
      `${' '.repeat(67)}${UNIT}${' '.repeat(9)}LIMITE   ${language.toUpperCase()}`,
    ].join('\n');
  },
  'labels first': (outcome, language) =>
    [
      ...plainTop(outcome),
      ...rows(outcome).map(([label]) => `${label}:`),
      '',
      ...rows(outcome).map(([, value]) => value),
      '',
      ...plainBody(outcome),
      ...plainFooter(language),
    ].join('\n'),
  'label above value': (outcome, language) =>
    [...plainTop(outcome), ...rows(outcome).flatMap(([label, value]) => [`${label}:`, value]), '', ...plainBody(outcome), ...plainFooter(language)].join('\n'),
  flattened: (outcome, language) =>
    [...plainTop(outcome), ...rows(outcome).flatMap(([label, value]) => [`${label}:`, value]), ...plainBody(outcome), ...plainFooter(language)]
      .filter((line) => line !== '' && !line.startsWith('___'))
      .join(' ')
      .concat('\n'),
};

describe('an older COSI outcome of proceedings (of: / on: / Subject:) in eight languages', () => {
  for (const [shape, print] of Object.entries(SHAPES)) {
    describe(shape, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        it(`reads the ${language} outcome's body that met, its day, its items and its footnote`, () => {
          const record = expectOk(parseDocument(print(outcome, language), `older-outcome-${language}.txt`));
          const read = {
            ...outcomeRead(record, [outcome.opening, ...outcome.sentences], [INITIALS, UNIT]),
            meetingDays: record.printed?.meetingDays,
          };
          const stated: Record<string, unknown> = {
            number: NUMBER,
            date: '2013-06-04',
            kind: 'outcome-of-proceedings',
            language,
            originalLanguage: null,
            limite: true,
            codes: CODES,
            from: outcome.of,
            to: null,
            subject: outcome.subject,
            meetingDays: outcome.on,
            meeting: ['2013-05-28'],
            items: outcome.items.map((title, index) => [String(index + 1), title, [DOCUMENTS[index]]]),
            footnotes: [['1', outcome.footnote]],
            references: [...DOCUMENTS, FOOTNOTE_DOCUMENT].sort(),
            body: [],
            furniture: [],
          };
          expectReadAsStated(read, stated, notRead[`${shape}/${language}`]?.fields ?? []);
        });
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTER_LANGUAGES } from '../scripts/fetch/targets.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';

/**
 * A summary record without labels in each official language: the Council's name, place and date, number and code,
 * the kind line, then the committee whose meeting it records and the meeting's day, each on its line, as
 * tests/fixtures/layouts/summary-record-without-labels prints the English one; the header's words and COSI's name are
 * those of tests/fixtures/cm-notice-languages/notices.json. Read in the shapes a register PDF reaches the ingest in:
 * plain `pdftotext` (lines), `pdftotext -layout` (the right-hand column indented), both copied out of a PDF viewer (no
 * blank line) and the page run into one line.
 */
interface Notice {
  institution: string;
  placeDate: string;
  subject: string;
  date: string;
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/**
 * The kind line of a summary record as each language version prints it. Checked against a version the Council printed
 * (the seeds, fixtures or earlier sessions' vocabulary): en, fr, de (`ZUSAMMENFASSENDES PROTOKOLL`), it; the others
 * are the terms the institutions' glossaries give for "summary record" and are not checked against a Council version.
 */
const KIND_LINES: Readonly<Record<string, string>> = {
  bg: 'КРАТЪК ПРОТОКОЛ',
  cs: 'SOUHRNNÝ ZÁPIS',
  da: 'SAMMENFATTENDE REFERAT',
  de: 'ZUSAMMENFASSENDES PROTOKOLL',
  el: 'ΣΥΝΟΠΤΙΚΑ ΠΡΑΚΤΙΚΑ',
  en: 'SUMMARY RECORD',
  es: 'ACTA RESUMIDA',
  et: 'KOKKUVÕTLIK PROTOKOLL',
  fi: 'YHTEENVETOPÖYTÄKIRJA',
  fr: 'COMPTE RENDU SOMMAIRE',
  ga: 'TAIFEAD ACHOMAIR',
  hr: 'SAŽETI ZAPISNIK',
  hu: 'ÖSSZEFOGLALÓ JEGYZŐKÖNYV',
  it: 'RESOCONTO SOMMARIO',
  lt: 'SANTRAUKINIS PROTOKOLAS',
  lv: 'KOPSAVILKUMA PROTOKOLS',
  mt: 'RENDIKONT SOMMARJU',
  nl: 'BEKNOPT VERSLAG',
  pl: 'PROTOKÓŁ SKRÓCONY',
  pt: 'ATA RESUMIDA',
  ro: 'PROCES-VERBAL SUMAR',
  sk: 'SÚHRNNÝ ZÁZNAM',
  sl: 'SKRAJŠANI ZAPISNIK',
  sv: 'SAMMANFATTANDE PROTOKOLL',
};

const NUMBER = '6120/26';

/** The committee as the summary record prints it under its kind: in capitals. */
function committee(notice: Notice): string {
  return notice.subject.toLocaleUpperCase();
}

function lines(notice: Notice, kind: string, indent: string): string[] {
  return [
    notice.institution,
    '',
    `${indent}${notice.placeDate}`,
    `${indent}(OR. en)`,
    '',
    `${indent}${NUMBER}`,
    '',
    `${indent}CRS COSI 2`,
    '',
    kind,
    committee(notice),
    notice.date,
    '',
    '1.',
    'Adoption of the agenda',
    'The Committee adopted the agenda.',
    '',
  ];
}

const SHAPES: Record<string, (notice: Notice, kind: string) => string> = {
  'plain pdftotext': (notice, kind) => lines(notice, kind, '').join('\n'),
  'pdftotext -layout': (notice, kind) => lines(notice, kind, ' '.repeat(48)).join('\n'),
  // A copy out of a PDF viewer: no blank line, so that the committee's line runs on from the header's.
  'plain pdftotext copied out of a viewer': (notice, kind) =>
    lines(notice, kind, '')
      .filter((line) => line !== '')
      .join('\n'),
  // `-layout` centres the committee and its days under the kind line.
  'pdftotext -layout copied out of a viewer': (notice, kind) =>
    lines(notice, kind, ' '.repeat(48))
      .filter((line) => line !== '')
      .map((line) => (line === committee(notice) ? `${' '.repeat(20)}${line}` : line === notice.date ? `${' '.repeat(32)}${line}` : line))
      .join('\n'),
  'a page run into one line': (notice, kind) =>
    lines(notice, kind, '')
      .filter((line) => line !== '')
      .join(' ')
      .concat('\n'),
};

describe('a summary record in each official language', () => {
  it('covers the 24 official languages', () => {
    expect(Object.keys(KIND_LINES).sort()).toEqual([...REGISTER_LANGUAGES].sort());
  });

  for (const [shape, print] of Object.entries(SHAPES)) {
    describe(shape, () => {
      for (const [language, kind] of Object.entries(KIND_LINES)) {
        it(`reads the ${language} kind line as a summary record, with its committee and the meeting's day`, () => {
          const notice = notices[language];
          if (notice === undefined) throw new Error(`no ${language} notice`);
          const record = expectOk(parseDocument(print(notice, kind), `summary-record-${language}.txt`));
          expect({
            number: record.number,
            date: record.date,
            kind: record.kind,
            printedKind: record.printed?.kind,
            language: record.language,
            subject: record.subject,
            meeting: record.meeting?.dates,
          }).toEqual({
            number: NUMBER,
            date: '2026-02-03',
            kind: 'summary-record',
            printedKind: kind,
            language,
            subject: committee(notice),
            meeting: ['2026-02-17'],
          });
        });
      }
    });
  }
});

/**
 * Kind lines the vocabulary does not know, each over a summary record's opening (committee and day): wordings a
 * version might print for notes taken at a meeting ("record of the exchanges", "notes of the meeting"), none in the
 * header vocabulary. The shape reads them — a line of capitals set apart under the codes, the committee and the
 * meeting's day under it — as a summary record, the kind line as printed.
 */
const UNKNOWN_KIND_LINES: Readonly<Record<string, string>> = {
  bg: 'БЕЛЕЖКИ ОТ ЗАСЕДАНИЕТО',
  el: 'ΚΑΤΑΓΡΑΦΗ ΤΩΝ ΑΝΤΑΛΛΑΓΩΝ',
  fr: 'COMPTE RENDU DES ÉCHANGES',
  hu: 'AZ ÜLÉS JEGYZETEI',
  sv: 'ANTECKNINGAR FRÅN SAMMANTRÄDET',
};

/**
 * The kind line of a summary of discussions, the record of COSI's meetings of 2010–2012 before they were headed
 * `OUTCOME OF PROCEEDINGS`, as the header vocabulary holds it: an outcome of proceedings, so listed with the later
 * records of the committee's meetings, its committee and day read from under it as a summary record's are. The French
 * `RELEVÉ DES DÉLIBÉRATIONS` beside `RÉSUMÉ DES DISCUSSIONS`, and the versions of the other languages of those years
 * (no Croatian or Irish version of a COSI record was printed before 2013): the terms of the institutions' glossaries for
 * "summary of (the) discussions", not checked against a Council version.
 */
const SUMMARY_OF_DISCUSSIONS_LINES: Readonly<Record<string, string>> = {
  bg: 'РЕЗЮМЕ НА РАЗИСКВАНИЯТА',
  cs: 'SHRNUTÍ JEDNÁNÍ',
  da: 'SAMMENFATNING AF DRØFTELSERNE',
  de: 'ZUSAMMENFASSUNG DER BERATUNGEN',
  el: 'ΣΥΝΟΨΗ ΤΩΝ ΣΥΖΗΤΗΣΕΩΝ',
  en: 'SUMMARY OF DISCUSSIONS',
  es: 'RESUMEN DE LOS DEBATES',
  et: 'ARUTELUDE KOKKUVÕTE',
  fi: 'YHTEENVETO KESKUSTELUISTA',
  fr: 'RELEVÉ DES DÉLIBÉRATIONS',
  hu: 'A TANÁCSKOZÁSOK ÖSSZEFOGLALÁSA',
  it: 'SINTESI DEI LAVORI',
  lt: 'DISKUSIJŲ SANTRAUKA',
  lv: 'DISKUSIJU KOPSAVILKUMS',
  mt: 'SOMMARJU TAD-DISKUSSJONIJIET',
  nl: 'SAMENVATTING VAN DE BESPREKINGEN',
  pl: 'PODSUMOWANIE OBRAD',
  pt: 'SÍNTESE DOS TRABALHOS',
  ro: 'REZUMATUL DEZBATERILOR',
  sk: 'ZHRNUTIE ROKOVANÍ',
  sl: 'POVZETEK RAZPRAV',
  sv: 'SAMMANFATTNING AV ÖVERLÄGGNINGARNA',
};

describe('a summary of discussions over the committee and the day of its meeting', () => {
  for (const [shape, print] of Object.entries(SHAPES)) {
    describe(shape, () => {
      for (const [language, kind] of Object.entries(SUMMARY_OF_DISCUSSIONS_LINES)) {
        it(`lists the ${language} "${kind}" as an outcome of proceedings, with its committee and the meeting's day`, () => {
          const notice = notices[language];
          if (notice === undefined) throw new Error(`no ${language} notice`);
          const record = expectOk(parseDocument(print(notice, kind), `summary-of-discussions-${language}.txt`));
          expect({ kind: record.kind, printedKind: record.printed?.kind, subject: record.subject, meeting: record.meeting?.dates }).toEqual({
            kind: 'outcome-of-proceedings',
            printedKind: kind,
            subject: committee(notice),
            meeting: ['2026-02-17'],
          });
        });
      }
    });
  }

  it('lists one with no committee under it as an outcome of proceedings too, no meeting read', () => {
    for (const [language, kind] of Object.entries(SUMMARY_OF_DISCUSSIONS_LINES)) {
      const notice = notices[language];
      if (notice === undefined) throw new Error(`no ${language} notice`);
      const text = lines(notice, kind, '')
        .join('\n')
        .replace(`${committee(notice)}\n${notice.date}\n`, '');
      const record = expectOk(parseDocument(text, `summary-of-discussions-${language}.txt`));
      expect({ kind: record.kind, printedKind: record.printed?.kind, meeting: record.meeting }, language).toEqual({
        kind: 'outcome-of-proceedings',
        printedKind: kind,
        meeting: null,
      });
    }
  });
});

describe('a summary record whose kind line the vocabulary does not know', () => {
  for (const shape of ['plain pdftotext', 'pdftotext -layout'] as const) {
    describe(shape, () => {
      for (const [language, kind] of Object.entries(UNKNOWN_KIND_LINES)) {
        it(`reads the ${language} kind line "${kind}" over a committee and a day as a summary record`, () => {
          const notice = notices[language];
          if (notice === undefined) throw new Error(`no ${language} notice`);
          const record = expectOk(parseDocument(SHAPES[shape]?.(notice, kind) ?? '', `summary-record-${language}.txt`));
          expect({ kind: record.kind, printedKind: record.printed?.kind, subject: record.subject, meeting: record.meeting?.dates }).toEqual({
            kind: 'summary-record',
            printedKind: kind,
            subject: committee(notice),
            meeting: ['2026-02-17'],
          });
        });

        it(`reads the ${language} kind line "${kind}" with no committee under it as its own kind`, () => {
          const notice = notices[language];
          if (notice === undefined) throw new Error(`no ${language} notice`);
          const text = (SHAPES[shape]?.(notice, kind) ?? '').replace(`${committee(notice)}\n${notice.date}\n`, '');
          const record = expectOk(parseDocument(text, `kind-line-${language}.txt`));
          expect({ kind: record.kind, printedKind: record.printed?.kind, meeting: record.meeting }).toEqual({
            kind: kind
              .normalize('NFC')
              .toLowerCase()
              .replace(/[^\p{L}\p{N}]+/gu, '-'),
            printedKind: kind,
            meeting: null,
          });
        });
      }
    });
  }
});

/**
 * Coreper's name as its summary records print it under their kind line, in capitals: a name the header reads as a
 * recipient's, so that a copy without blank lines runs it on into the header.
 */
const COREPER: Readonly<Record<string, string>> = {
  de: 'AUSSCHUSS DER STÄNDIGEN VERTRETER',
  en: 'PERMANENT REPRESENTATIVES COMMITTEE',
  es: 'COMITÉ DE REPRESENTANTES PERMANENTES',
  fr: 'COMITÉ DES REPRÉSENTANTS PERMANENTS',
  it: 'COMITATO DEI RAPPRESENTANTI PERMANENTI',
  nl: 'COMITÉ VAN PERMANENTE VERTEGENWOORDIGERS',
  pl: 'KOMITET STAŁYCH PRZEDSTAWICIELI',
  pt: 'COMITÉ DE REPRESENTANTES PERMANENTES',
};

describe('a Coreper summary record copied out of a viewer (no blank line), its header in two -layout columns', () => {
  for (const [language, name] of Object.entries(COREPER)) {
    it(`reads the ${language} committee under the kind line as its subject, with the meeting's day`, () => {
      const notice = notices[language];
      if (notice === undefined) throw new Error(`no ${language} notice`);
      const words = notice.institution.split(' ');
      const half = Math.ceil(words.length / 2);
      const text = [
        `${words.slice(0, half).join(' ').padEnd(48)}${notice.placeDate}`,
        `${words.slice(half).join(' ').padEnd(48)}(OR. en)`,
        `${' '.repeat(48)}${NUMBER}`,
        `${' '.repeat(48)}CRS CRP 45`,
        KIND_LINES[language] ?? '',
        `${' '.repeat(20)}${name}`,
        `${' '.repeat(32)}${notice.date}`,
        '1.   Adoption of the agenda',
        'The Committee adopted the agenda.',
      ].join('\n');
      const record = expectOk(parseDocument(text, `coreper-${language}.txt`));
      expect({ kind: record.kind, subject: record.subject, meeting: record.meeting?.dates }).toEqual({
        kind: 'summary-record',
        subject: name,
        meeting: ['2026-02-17'],
      });
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../../scripts/ingest/parse/header/header.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import {
  codeLines,
  documentTypeLine,
  headerFields,
  interinstitutionalFileField,
  originalLanguageLine,
  placeAndDateLine,
} from '../../../../../src/shared/document-header.ts';
import { loadSeeds } from '../../../../support/seeds.ts';

const header = (path: string) => readHeader(normalise(readFileSync(path, 'utf8'))).header;
const headerOf = (text: string) => readHeader(normalise(text)).header;

describe('readHeader keeps the header as printed beside the fields read from it', () => {
  it('a Spanish notice of meeting: place and date, kind line, labels and the meeting days in Spanish; ISO date, kind slug and days as before', () => {
    const read = header('tests/fixtures/council-pdf-lo/cm-notice-es-times/pdftotext.txt');
    expect([read.date, read.kind, read.on, read.subject]).toEqual([
      '2025-07-01',
      'notice-of-meeting-and-provisional-agenda',
      ['2025-07-15', '2025-07-16'],
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
    ]);
    expect(read.printed).toEqual({
      placeAndDate: 'Bruselas, 1 de julio de 2025',
      kind: 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL',
      labels: { subject: 'Asunto:', on: 'Fecha:' },
      meetingDays: '15 y 16 de julio de 2025',
    });
  });

  it('a Spanish note: `De:`, `A:`, `N.º doc. prec.:`, `Asunto:` under `NOTA`', () => {
    const read = header('tests/fixtures/council-pdf-lo/nota-es/pdftotext-layout.txt');
    expect([read.date, read.kind]).toEqual(['2024-03-08', 'note']);
    expect(read.printed).toEqual({
      placeAndDate: 'Bruselas, 8 de marzo de 2024',
      kind: 'NOTA',
      labels: { from: 'De:', to: 'A:', previous: 'N.º doc. prec.:', subject: 'Asunto:' },
      meetingDays: null,
      originalLanguage: '(OR. en)',
      values: { previous: '6120/24' },
    });
  });

  it('a German note with its labels on the lines of their values (`Absender:` + tab + `Vorsitz`)', () => {
    const read = header('tests/fixtures/layouts/german-version/source.txt');
    expect([read.date, read.kind, read.from, read.previous]).toEqual(['2019-05-03', 'note', 'Vorsitz', ['8812/19']]);
    expect(read.printed).toEqual({
      placeAndDate: 'Brüssel, den 3. Mai 2019',
      kind: 'VERMERK',
      labels: { from: 'Absender:', to: 'Empfänger:', previous: 'Nr. Vordok.:', subject: 'Betr.:' },
      meetingDays: null,
      originalLanguage: '(OR. en)',
      values: { previous: '8812/19' },
    });
  });

  it('an English note printing a space before each colon (`from :`, `Subject :`)', () => {
    expect(header('tests/fixtures/layouts/gsc-note-directorate-footers/source.txt').printed).toEqual({
      placeAndDate: 'Brussels, 2 March 2010',
      kind: 'NOTE',
      labels: { from: 'from :', to: 'to :', subject: 'Subject :' },
      meetingDays: null,
    });
  });

  it.each(loadSeeds().map(({ source }) => source))('the English seed %s prints its header exactly as in English without the printed forms', (source) => {
    const read = header(source);
    const { date, place, kind, printed } = read;
    const document = {
      ...read,
      date: date ?? '',
      meetingDates: read.on,
    };
    expect(printed.placeAndDate).not.toBeNull();
    expect([
      placeAndDateLine({ date: date ?? '', place, printed }),
      originalLanguageLine({ ...read, printed }),
      interinstitutionalFileField({ ...read, printed }),
      documentTypeLine({ kind, printed }),
      headerFields({ ...document, printed }),
    ]).toEqual([
      placeAndDateLine({ date: date ?? '', place }),
      originalLanguageLine({ ...read, printed: undefined }),
      interinstitutionalFileField({ ...read, printed: undefined }),
      documentTypeLine({ kind }),
      headerFields({ ...document, printed: undefined }),
    ]);
  });
});

describe('readHeader keeps the original language, the interinstitutional file and reference values as printed', () => {
  it('the original language in the case and spacing printed: `(Or. fr)`, `(OR.en)`, `(OR. en)`', () => {
    expect(header('tests/fixtures/variations/language-lower-case/input.txt')).toMatchObject({
      originalLanguage: 'fr',
      printed: { originalLanguage: '(Or. fr)' },
    });
    expect(header('tests/fixtures/layouts/squeezed-spaces/source.txt')).toMatchObject({ originalLanguage: 'en', printed: { originalLanguage: '(OR.en)' } });
    const read = header('tests/fixtures/layouts/german-version/source.txt');
    expect(originalLanguageLine(read)).toBe('(OR. en)');
    expect(originalLanguageLine({ originalLanguage: 'fr' })).toBe('(OR. fr)');
  });

  it.each([
    ['tests/fixtures/layouts/finnish-interinstitutional-flattened/source.txt', 'Toimielinten välinen asia:', '2011/0023 (NLE)', '2011/0023(NLE)'],
    ['tests/fixtures/layouts/hungarian-interinstitutional-flattened/source.txt', 'Intézményközi referenciaszám:', '2014/0021 (NLE)', '2014/0021(NLE)'],
    ['tests/fixtures/layouts/romanian-cover-note/source.txt', 'Dosar interinstituțional:', '2020/0349(COD)', '2020/0349(COD)'],
    ['tests/fixtures/layouts/greek-proposal-labels-first-flattened/source.txt', 'Διοργανικός φάκελος:', '2018/0152 (COD)', '2018/0152(COD)'],
    ['tests/fixtures/layouts/squeezed-spaces/source.txt', 'InterinstitutionalFile:', '2013/0091(COD)', '2013/0091(COD)'],
  ])('%s: the interinstitutional file under its own label (%s %s), the procedure read as %s', (path, label, value, procedure) => {
    const read = header(path);
    expect(read.interinstitutionalFile).toBe(procedure);
    expect(interinstitutionalFileField(read)).toEqual([label, value]);
  });

  it('a French note and a German note written here: `Dossier interinstitutionnel:` above the number, `Interinstitutionelles Dossier:` among the labels', () => {
    const french = headerOf(
      [
        'Bruxelles, le 4 mars 2021',
        '(OR. en)',
        'Dossier interinstitutionnel:',
        '2021/0012 (COD)',
        '6543/21',
        'JAI 250',
        'NOTE',
        'Origine:\tla présidence',
        'Destinataire:\tles délégations',
        'Objet:\tProposition de règlement',
        '',
        'Les délégations trouveront ci-joint le texte.',
      ].join('\n'),
    );
    expect([french.interinstitutionalFile, interinstitutionalFileField(french)]).toEqual([
      '2021/0012(COD)',
      ['Dossier interinstitutionnel:', '2021/0012 (COD)'],
    ]);
    const german = headerOf(
      [
        'Brüssel, den 4. März 2021',
        '(OR. en)',
        '6543/21',
        'JAI 250',
        'VERMERK',
        'Interinstitutionelles Dossier:\t2021/0012(COD)',
        'Absender:\tVorsitz',
        'Empfänger:\tDelegationen',
        'Betr.:\tVorschlag für eine Verordnung',
        '',
        'Die Delegationen erhalten anbei den Text.',
      ].join('\n'),
    );
    expect([german.interinstitutionalFile, interinstitutionalFileField(german)]).toEqual([
      '2021/0012(COD)',
      ['Interinstitutionelles Dossier:', '2021/0012(COD)'],
    ]);
  });

  it.each([
    [
      'tests/fixtures/layouts/interinstitutional-note/source.txt',
      'commission',
      ['13908/20', '13908/20 ADD 1', 'COM/2020/796 final'],
      '13908/20 + ADD 1 - COM(2020) 796 final',
    ],
    [
      'tests/fixtures/council-pdf-lo/corrigendum-interinstitutional/pdftotext.txt',
      'commission',
      ['9124/23', 'COM/2023/234 final'],
      '9124/23 - COM(2023) 234 final',
    ],
    [
      'tests/fixtures/layouts/split-lines/source.txt',
      'commission',
      ['6044/22', '6044/22 ADD 1', 'COM/2022/102 final'],
      '6044/22 + ADD 1 - COM(2022) 102 final',
    ],
    ['tests/fixtures/layouts/older-uppercase/source.txt', 'previous', ['9402/13'], '9402/13 JAI 355 COSI 52'],
    ['tests/fixtures/layouts/labels-first-lines/source.txt', 'previous', ['13417/10'], '13417/10 COSI 57'],
    ['tests/fixtures/layouts/swedish-cover-note-sek-flattened/source.txt', 'commission', ['SEC/2007/1312 final'], 'SEK(2007) 1312 slutlig'],
  ] as const)('%s: the %s field links %j and prints %s', (path, field, linked, printed) => {
    const read = header(path);
    expect(field === 'previous' ? read.previous : read.commissionProposal).toEqual(linked);
    const fields = headerFields({ ...read, meetingDates: read.on });
    expect(fields.find(([label]) => label === read.printed.labels[field])?.[1]).toBe(printed);
  });

  it('a French note written here: `N° doc. Cion:` printed with its tail, a previous document with its codes', () => {
    const read = headerOf(
      [
        'Bruxelles, le 4 mars 2021',
        '(OR. en)',
        '6543/21',
        'JAI 250',
        'NOTE',
        'Origine:\tla présidence',
        'Destinataire:\tles délégations',
        'N° doc. préc.:\t6001/21 JAI 201 COSI 30',
        'N° doc. Cion:\t6002/21 - COM(2021) 55 final',
        'Objet:\tProposition de règlement',
        '',
        'Les délégations trouveront ci-joint le texte.',
      ].join('\n'),
    );
    expect([read.previous, read.commissionProposal]).toEqual([['6001/21'], ['6002/21', 'COM/2021/55 final']]);
    expect(headerFields({ ...read, meetingDates: read.on }).slice(2, 4)).toEqual([
      ['N° doc. préc.:', '6001/21 JAI 201 COSI 30'],
      ['N° doc. Cion:', '6002/21 - COM(2021) 55 final'],
    ]);
  });

  it('codes printed with their spaces squeezed out, as printed (`COEST172`), the record keeping them spaced; none where all are printed spaced', () => {
    const finnish = header('tests/fixtures/layouts/finnish-squeezed-codes/source.txt');
    expect(finnish.codes).toEqual(['COEST 172', 'PESC 520', 'JAI 330', 'WTO 171']);
    expect(codeLines(finnish)).toEqual(['COEST172', 'PESC520', 'JAI330', 'WTO171']);
    const english = headerOf(
      [
        'Brussels, 4 March 2021',
        '(OR. en)',
        '6543/21',
        'LIMITE',
        'JAI 250',
        'COSI40 ENFOPOL91',
        'NOTE',
        'From:\tPresidency',
        'To:\tDelegations',
        'Subject:\tDraft conclusions',
        '',
        'Delegations will find attached the text.',
      ].join('\n'),
    );
    expect([english.codes, codeLines(english)]).toEqual([
      ['JAI 250', 'COSI 40', 'ENFOPOL 91'],
      ['JAI 250', 'COSI40', 'ENFOPOL91'],
    ]);
    const spaced = header('tests/fixtures/layouts/german-version/source.txt');
    expect(spaced.printed.codes).toBeUndefined();
    expect(codeLines(spaced)).toEqual(spaced.codes);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../scripts/ingest/parse/header.ts';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';
import { documentTypeLine, headerFields, placeAndDateLine } from '../../../../src/shared/document-header.ts';
import { loadSeeds } from '../../../support/seeds.ts';

const header = (path: string) => readHeader(normalise(readFileSync(path, 'utf8'))).header;

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
    expect([placeAndDateLine({ date: date ?? '', place, printed }), documentTypeLine({ kind, printed }), headerFields({ ...document, printed })]).toEqual([
      placeAndDateLine({ date: date ?? '', place }),
      documentTypeLine({ kind }),
      headerFields(document),
    ]);
  });
});

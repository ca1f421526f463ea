import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { publicAccessStamp } from '../../../../../scripts/ingest/parse/header/public-access.ts';

/** What the stamp reads: as printed and its day, or null. */
function read(text: string): { printed: string; date: string | null } | null {
  const found = publicAccessStamp(text);
  return found === null ? null : { printed: found.printed, date: found.date };
}

describe('publicAccessStamp: the register’s stamp of a public version, in the version’s language', () => {
  it.each([
    ['DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)', '2025-05-12'],
    ['DOCUMENT PARTIELLEMENT ACCESSIBLE AU PUBLIC (03.06.2025)', '2025-06-03'],
    ['DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH (20.03.2025)', '2025-03-20'],
    ['DOCUMENTO PARCIALMENTE ACCESIBLE AL PÚBLICO (7.1.2024)', '2024-01-07'],
    ['DOKUMENT CZĘŚCIOWO UDOSTĘPNIONY DO WIADOMOŚCI PUBLICZNEJ (30.11.2023)', '2023-11-30'],
    ['ΕΓΓΡΑΦΟ ΜΕΡΙΚΩΣ ΠΡΟΣΒΑΣΙΜΟ ΣΤΟ ΚΟΙΝΟ (02.02.2022)', '2022-02-02'],
  ])('reads %s as a stamp of that day', (stamp, date) => {
    expect(read(`   ${stamp}\n\nCouncil of the\nEuropean Union`)).toEqual({ printed: stamp, date });
  });

  it('reads a stamp wrapped over two lines, or printed without its day', () => {
    expect(read('DOCUMENT PARTIALLY ACCESSIBLE\n   TO THE PUBLIC (12.05.2025)\nCouncil of the European Union')).toEqual({
      printed: 'DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)',
      date: '2025-05-12',
    });
    expect(read('DOCUMENTO PARZIALMENTE ACCESSIBILE AL PUBBLICO\nConsiglio dell’Unione europea')).toEqual({
      printed: 'DOCUMENTO PARZIALMENTE ACCESSIBILE AL PUBBLICO',
      date: null,
    });
  });

  it('reads a wording the vocabulary lacks by its shape: a line of capitals ending in the day in brackets', () => {
    expect(read('  DOKUMENT ČÁSTEČNĚ ZPŘÍSTUPNĚN VEŘEJNOSTI (12.05.2025)\nRada\nEvropské unie')).toEqual({
      printed: 'DOKUMENT ČÁSTEČNĚ ZPŘÍSTUPNĚN VEŘEJNOSTI (12.05.2025)',
      date: '2025-05-12',
    });
  });

  it('keeps the stamp of a day no calendar has, without a day', () => {
    expect(read('DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (31.02.2025)')).toEqual({
      printed: 'DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (31.02.2025)',
      date: null,
    });
  });

  it('reads no stamp in the other lines of a header', () => {
    for (const text of [
      'Council of the European Union\nBrussels, 12 May 2025 (OR. en)\n8795/25\nLIMITE\nCOSI 62',
      'LIMITE PUBLIC\nPUBLIC\nDECLASSIFIED',
      'OUTCOME OF PROCEEDINGS',
      'NOTICE OF MEETING AND PROVISIONAL AGENDA (12.05.2025)',
      'Brussels, 12 May 2025 (12.05.2025)',
    ])
      expect(read(text)).toBeNull();
  });
});

describe('parseDocument on a public version', () => {
  const head = (stamp: string) =>
    `${stamp}\n\nCouncil of the\nEuropean Union\n\nBrussels, 10 April 2025\n(OR. en)\n8795/25\n\nLIMITE\n\nCOSI 62\n\nNOTE\n\nFrom: Presidency\nTo: Delegations\nSubject: Internal security – Exchange of views\n\n1. […]\n\n2. COSI is invited to take note of the report.\n`;

  it('gives the stamp and its day as publicAccess, not as an other header line, and keeps LIMITE as printed', () => {
    const record = parseDocument(head('DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)'), 'public.txt');
    expect(record).toMatchObject({
      status: 'ok',
      number: '8795/25',
      limite: true,
      publicAccess: { printed: 'DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)', date: '2025-05-12' },
      otherHeaderLines: ['Council of the', 'European Union'],
    });
  });

  it('gives a document without a stamp no publicAccess at all', () => {
    const record = parseDocument(head(''), 'original.txt');
    expect(record.status).toBe('ok');
    expect('publicAccess' in record).toBe(false);
  });
});

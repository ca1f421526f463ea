import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../../support/projection.ts';

/**
 * Headers as plain `pdftotext` prints a Council header table: the column of labels, then the column of values, one
 * cell to a line. Written by reading how the register's versions print their headers (a Dutch outcome, a Slovenian,
 * Italian, Dutch and English note with the subject wrapped, an English cover note whose sender runs over two lines).
 */
const top = (institution: string, place: string, kind: string) => [
  institution,
  '',
  place,
  '(OR. en)',
  '12345/24',
  '',
  'LIMITE',
  '',
  'COSI 120',
  'JAI 1100',
  '',
  kind,
  '',
];

/** A header's labels, a blank line (none with `blank` false), the values one cell to a line, a blank line and the opening sentence. */
const printed = (head: readonly string[], labels: readonly string[], values: readonly string[], opening: string, blank = true) =>
  [...head, ...labels, ...(blank ? [''] : []), ...values, '', opening].join('\n');

const header = (text: string) => {
  const record = expectOk(parseDocument(text, 'header.txt'));
  return { from: record.from, to: record.to, subject: record.subject };
};

describe('a column of values under a column of labels', () => {
  it('gives each label its line when there are as many lines as labels, the recipient in lower case (Dutch outcome)', () => {
    const text = printed(
      top('Raad van de Europese Unie', 'Brussel, 25 november 2025', 'RESULTAAT BESPREKINGEN'),
      ['Van:', 'Aan:', 'Betreft:'],
      ['secretariaat-generaal van de Raad', 'delegaties', 'Resultaat van de vergadering van het Permanent Comité (COSI) van 18 en 19 november 2025'],
      'Hierbij gaat voor de delegaties het resultaat van de vergadering.',
    );
    expect(normalise(text).map((line) => line.text)).toContain('delegaties');
    expect(header(text)).toEqual({
      from: 'secretariaat-generaal van de Raad',
      to: 'delegaties',
      subject: 'Resultaat van de vergadering van het Permanent Comité (COSI) van 18 en 19 november 2025',
    });
  });

  it('keeps the recipient apart and joins the wrapped subject when there are more lines than labels (Slovenian note)', () => {
    const text = printed(
      top('Svet Evropske unije', 'Bruselj, 24. julij 2024', 'NOTA'),
      ['Pošiljatelj:', 'Prejemnik:', 'Zadeva:'],
      ['generalni sekretariat Sveta', 'delegacije', 'Osnutek sklepov Sveta o krepitvi operativnega sodelovanja na področju', 'notranje varnosti'],
      'Delegacijam se v prilogi posreduje osnutek sklepov.',
    );
    expect(header(text)).toEqual({
      from: 'generalni sekretariat Sveta',
      to: 'delegacije',
      subject: 'Osnutek sklepov Sveta o krepitvi operativnega sodelovanja na področju notranje varnosti',
    });
  });

  it('joins a subject wrapped before a capital, the recipient in lower case kept apart (Dutch note)', () => {
    const text = printed(
      top('Raad van de Europese Unie', 'Brussel, 24 juli 2024', 'NOTA'),
      ['Van:', 'Aan:', 'Betreft:'],
      [
        'secretariaat-generaal van de Raad',
        'delegaties',
        'Ontwerpconclusies over de versterking van de operationele samenwerking van de',
        'Europese Unie en de lidstaten',
      ],
      'Hierbij gaat voor de delegaties een ontwerp.',
    );
    expect(header(text)).toEqual({
      from: 'secretariaat-generaal van de Raad',
      to: 'delegaties',
      subject: 'Ontwerpconclusies over de versterking van de operationele samenwerking van de Europese Unie en de lidstaten',
    });
  });

  it('reads sender and recipient both in lower case (Italian note)', () => {
    const text = printed(
      top("Consiglio dell'Unione europea", 'Bruxelles, 24 luglio 2024', 'NOTA'),
      ['Origine:', 'Destinatario:', 'Oggetto:'],
      ['presidenza', 'delegazioni', 'Progetto di conclusioni del Consiglio'],
      'Si trasmette in allegato, per le delegazioni, il progetto.',
    );
    expect(header(text)).toEqual({ from: 'presidenza', to: 'delegazioni', subject: 'Progetto di conclusioni del Consiglio' });
  });

  it('joins a sender that visibly runs on over two lines of a cover note, each other label with its line', () => {
    const text = printed(
      top('Council of the European Union', 'Brussels, 24 July 2024', 'COVER NOTE'),
      ['From:', 'date of receipt:', 'To:', 'No. Cion doc.:', 'Subject:'],
      [
        'Secretary-General of the European Commission,',
        'signed by Ms Martine DEPREZ, Director',
        '24 July 2024',
        'Ms Thérèse BLANCHET, Secretary-General of the Council of the European Union',
        'COM(2024) 321 final',
        'REPORT FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL',
      ],
      'Delegations will find attached document COM(2024) 321 final.',
    );
    expect(header(text)).toEqual({
      from: 'Secretary-General of the European Commission, signed by Ms Martine DEPREZ, Director',
      to: 'Ms Thérèse BLANCHET, Secretary-General of the Council of the European Union',
      subject: 'REPORT FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL',
    });
  });

  it('keeps each value its line where there are as many as labels, a day of receipt opening with its day among them', () => {
    const text = printed(
      top('Rat der Europäischen Union', 'Brüssel, den 25. November 2025', 'ÜBERMITTLUNGSVERMERK'),
      ['Absender:', 'Eingangsdatum:', 'Empfänger:', 'Nr. Komm.dok.:', 'Betr.:'],
      [
        'Frau Martine DEPREZ, Direktorin, im Auftrag der Generalsekretärin der Europäischen Kommission',
        '3. Oktober 2025',
        'Frau Thérèse BLANCHET, Generalsekretärin des Rates der Europäischen Union',
        'COM(2025) 123 final',
        'ANHÄNGE 1 bis 3 ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN',
      ],
      'Die Delegationen erhalten anbei das Dokument COM(2025) 123 final.',
    );
    const lines = normalise(text).map((line) => line.text);
    expect(lines).toContain('COM(2025) 123 final');
    expect(lines).toContain('ANHÄNGE 1 bis 3 ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN');
    expect(header(text).subject).toBe('ANHÄNGE 1 bis 3 ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN');
  });

  it('never puts the first value on the last label’s line, in lower case right under it', () => {
    const text = printed(
      top('Raad van de Europese Unie', 'Brussel, 24 juli 2024', 'NOTA'),
      ['Van:', 'Aan:', 'Betreft:'],
      ['het voorzitterschap', 'delegaties', 'Ontwerpconclusies van de Raad'],
      'Hierbij gaat voor de delegaties een ontwerp.',
      false,
    );
    expect(header(text)).toEqual({ from: 'het voorzitterschap', to: 'delegaties', subject: 'Ontwerpconclusies van de Raad' });
  });
});

describe('a subject wrapped before its meeting’s days in a labels-first copy without blank lines', () => {
  const head = ['Rada Evropské unie', 'Brusel 25. listopadu 2025', '(OR. en)', '14470/25', 'LIMITE', 'VÝSLEDEK JEDNÁNÍ'];

  it('joins the days to the subject where the labels are the sender’s, recipient’s and subject’s only', () => {
    const text = [
      ...head,
      ...['Odesílatel:', 'Příjemce:', 'Předmět:'],
      ...['Generální sekretariát Rady', 'Delegace', 'Výsledek zasedání Stálého výboru pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI)'],
      ...['18. a 19. listopadu 2025', 'Delegace naleznou níže výsledek zasedání.', '1. Schválení pořadu jednání', 'Pořad jednání byl schválen.'],
    ].join('\n');
    expect(expectOk(parseDocument(text, 'cs.txt')).subject).toBe(
      'Výsledek zasedání Stálého výboru pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI) 18. a 19. listopadu 2025',
    );
  });

  it('leaves the days to a `Date:` label among the labels, as a notice prints them', () => {
    const text = [
      ...head.slice(0, 5),
      'NOTICE OF MEETING AND PROVISIONAL AGENDA',
      ...['Subject:', 'Date:', 'Venue:'],
      ...['Standing Committee on Operational Cooperation on Internal Security (COSI)', '6 and 7 March 2024', 'Council building, Brussels'],
      ...['1. Adoption of the agenda', '2. Information from the Presidency'],
    ].join('\n');
    const record = expectOk(parseDocument(text, 'notice.txt'));
    expect([record.subject, record.meeting?.dates]).toEqual([
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      ['2024-03-06', '2024-03-07'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { reportsMeeting } from '../../../../../scripts/ingest/parse/document/meeting-report.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import type { IngestRecord } from '../../../../../src/schemas/record.ts';

// An older register's summary of a COSI meeting, issued as a note (about 2010–2014): the kind line `NOTE`, lower-case
// labels with a space before the colon, the subject naming the meeting's day.
const ENGLISH = `COUNCIL OF
THE EUROPEAN UNION
Brussels, 9 February 2011
6370/11
LIMITE
COSI 9
ENFOPOL 37
NOTE
from : General Secretariat
to : Standing Committee on Operational Cooperation on Internal Security (COSI)
Subject : Summary of discussions of the meeting of COSI on 1 February 2011
1. Adoption of the agenda
The agenda was adopted without changes.
2. Implementation of the Internal Security Strategy
The Commission presented its communication (doc. 17024/10). COSI took note of the presentation.
3. Any other business
None.
6370/11 MDL/hm 1
DG H 2C LIMITE EN
`;

const FRENCH = `CONSEIL DE
L'UNION EUROPÉENNE
Bruxelles, le 9 février 2011
6370/11
LIMITE
COSI 9
NOTE
de : Secrétariat général
à : Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)
Objet : Résumé des discussions de la réunion du COSI du 1er février 2011
1. Adoption de l'ordre du jour
L'ordre du jour a été adopté sans modification.
2. Mise en œuvre de la stratégie de sécurité intérieure
La Commission a présenté sa communication (doc. 17024/10). Le COSI a pris note de la présentation.
6370/11 MDL/hm 1
DG H 2C LIMITE FR
`;

// The same document flattened to one line a page, and in German with no kind line at all.
const FLATTENED = `${ENGLISH.split('\n')
  .filter((line) => line !== '')
  .join(' ')}\n`;

const GERMAN = `RAT DER
EUROPÄISCHEN UNION
Brüssel, den 9. Februar 2011
6370/11
LIMITE
COSI 9
Absender: Generalsekretariat
Empfänger: Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)
Betr.: Zusammenfassung der Beratungen der Sitzung des COSI vom 1. Februar 2011
1. Annahme der Tagesordnung
Die Tagesordnung wurde ohne Änderungen angenommen.
2. Umsetzung der Strategie der inneren Sicherheit
Der Ausschuss nahm Kenntnis von der Mitteilung der Kommission (Dok. 17024/10).
6370/11 MDL/hm 1
DG H 2C LIMITE DE
`;

function ok(record: IngestRecord) {
  if (record.status !== 'ok') throw new Error(`not read: ${record.error.message}`);
  return record;
}

describe('a summary of discussions printed as a note', () => {
  it('is read as the outcome of the meeting its subject names, item by item, with its decisions', () => {
    const record = ok(parseDocument(ENGLISH, 'en.txt'));
    expect(record.kind).toBe('outcome-of-proceedings');
    expect(record.printed?.kind).toBe('NOTE');
    expect(record.meeting).toEqual({ dates: ['2011-02-01'] });
    expect(record.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Adoption of the agenda'],
      ['2', 'Implementation of the Internal Security Strategy'],
      ['3', 'Any other business'],
    ]);
    expect(record.items[0]?.decisions.map((decision) => decision.verb)).toEqual(['adopted']);
    expect(record.items[1]?.decisions.map((decision) => [decision.verb, decision.object])).toEqual([['took-note', 'the presentation']]);
    expect(record.items[1]?.references).toEqual(['17024/10']);
  });

  it('reads the French version, its `de :` and `à :` labels and its items', () => {
    const record = ok(parseDocument(FRENCH, 'fr.txt'));
    expect(record.from).toBe('Secrétariat général');
    expect(record.to).toBe('Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)');
    expect(record.kind).toBe('outcome-of-proceedings');
    expect(record.meeting).toEqual({ dates: ['2011-02-01'] });
    expect(record.items.map((item) => item.title)).toEqual(["Adoption de l'ordre du jour", 'Mise en œuvre de la stratégie de sécurité intérieure']);
    expect(record.items[1]?.decisions.map((decision) => decision.verb)).toEqual(['took-note']);
  });

  it('reads it flattened to one line, and in German without a kind line', () => {
    const flat = ok(parseDocument(FLATTENED, 'flat.txt'));
    expect(flat.kind).toBe('outcome-of-proceedings');
    expect(flat.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    const german = ok(parseDocument(GERMAN, 'de.txt'));
    expect(german.kind).toBe('outcome-of-proceedings');
    expect(german.meeting).toEqual({ dates: ['2011-02-01'] });
    expect(german.items.map((item) => item.title)).toEqual(['Annahme der Tagesordnung', 'Umsetzung der Strategie der inneren Sicherheit']);
  });

  it('knows the opening words of such a subject in the versions whose kind lines the vocabulary holds, accents or none', () => {
    for (const subject of [
      'Wynik prac Stałego Komitetu ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI) w dniu 1 lutego 2011 r.',
      'Αποτέλεσμα εργασιών της Μόνιμης Επιτροπής Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI) την 1η Φεβρουαρίου 2011',
      'Resultat av arbetet vid mötet i ständiga kommittén för operativt samarbete om inre säkerhet (COSI) den 1 februari 2011',
      'A tanácskozások eredménye – a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI) 2011. február 1-jei ülése',
      'Výsledek jednání Stálého výboru pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI) dne 1. února 2011',
      'Rezultatul lucrărilor Comitetului permanent pentru cooperare operațională în materie de securitate internă (COSI) din 1 februarie 2011',
      'Резултат от работата на Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI) на 1 февруари 2011 г.',
      'Ishod postupka Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti (COSI) 1. veljače 2011.',
      'Käsittelyn tulos: sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea (COSI) 1. helmikuuta 2011',
      'Toradh na nimeachtaí an Bhuanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach (COSI) an 1 Feabhra 2011',
      'Résultat des travaux du COSI du 1er février 2011',
      'Summary record of the meeting of COSI on 1 February 2011',
    ])
      expect(reportsMeeting('note', subject, ['2011-02-01']), subject).toBe(true);
    // words that only open as the kind's do (`Wynik pracy …`, the outcome of a group's work) are none
    expect(reportsMeeting('note', 'Wynik pracy zespołu COSI w dniu 1 lutego 2011 r.', ['2011-02-01'])).toBe(false);
  });

  it('leaves a note a note when its subject only mentions an outcome, names no day, or the kind is another', () => {
    expect(reportsMeeting('note', 'Follow-up to the outcome of proceedings of COSI on 1 February 2011', ['2011-02-01'])).toBe(false);
    expect(reportsMeeting('note', 'Summary of discussions - way forward', [])).toBe(false);
    expect(reportsMeeting('cover-note', 'Summary of discussions of the meeting of COSI on 1 February 2011', ['2011-02-01'])).toBe(false);
    expect(reportsMeeting('note', null, ['2011-02-01'])).toBe(false);
    const changed = ok(parseDocument(ENGLISH.replace('Summary of discussions of the meeting of COSI on', 'Preparation of the meeting of COSI on'), 'prep.txt'));
    expect(changed.kind).toBe('note');
    expect(changed.items).toEqual([]);
  });
});

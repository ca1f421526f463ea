import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { outcomeHead, outcomeText, type OutcomeSheet, type OutcomeVersion } from './support/outcome-versions.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/** The number and file codes every version's head prints. */
const SHEET: OutcomeSheet = { number: '16133/25', codes: ['COSI 253', 'JAI 1761'] };

/**
 * An outcome of proceedings of COSI (16133/25) in Hungarian, Bulgarian and Greek, as the register prints one: the
 * Council's name over its place and date, the number, LIMITE and the file codes, the kind, `From` / `To` / `Subject`
 * with their values, numbered items and the two-line footer. Its items say two things of one body joined by the
 * version's `and` (`… tudomásul vette … és jóváhagyta …`, `… взе под внимание … и одобри …`, `… σημείωσε … και ενέκρινε
 * …`), the Council deciding (`A Tanács jóváhagyta …`, `Съветът одобри …`, `Το Συμβούλιο ενέκρινε …`), and what a body
 * will come back to as each version words it: the Hungarian when before the verb and the item in
 * the case of the return (`a következő ülésén visszatér erre a pontra`, `jelezte, hogy a következő ülésen visszatér erre
 * a kérdésre`), as the other versions' returns are written, the item's title then the when. As plain `pdftotext` and
 * `-layout` print it, each page run into one line, and a viewer's copy. Written by hand; the decisions are read off each
 * sentence.
 */
const VERSIONS: Record<string, OutcomeVersion> = {
  hu: {
    head: outcomeHead(SHEET, ['Az Európai Unió Tanácsa'], 'Brüsszel, 2025. november 27.', 'A TANÁCSKOZÁSOK EREDMÉNYE'),
    labels: ['Küldi:', 'Címzett:', 'Tárgy:'],
    values: [
      'a Tanács Főtitkársága',
      'Delegációk',
      'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI) 2025. november 20-i ülésének eredménye',
    ],
    items: [
      {
        title: 'A napirend elfogadása',
        text: 'A bizottság a napirendet a CM 5301/25 dokumentumban foglaltak szerint fogadta el.',
        decisions: [['COSI', 'adopted', 'a napirendet a CM 5301/25 dokumentumban foglaltak szerint']],
      },
      {
        title: 'Az EU belső biztonságának jövője',
        text: 'A bizottság tudomásul vette az elnökség jelentését (15880/25) és jóváhagyta a következtetéseket. A Tanács jóváhagyta az ajánlásokat.',
        decisions: [
          ['COSI', 'took-note', 'az elnökség jelentését (15880/25)'],
          ['COSI', 'approved', 'a következtetéseket'],
          ['the Council', 'approved', 'az ajánlásokat'],
        ],
      },
      {
        title: 'A terrorveszély értékelése',
        text: 'Az elnökség jelezte, hogy a következő ülésen visszatér erre a kérdésre.',
        decisions: [['the Presidency', 'will-return', 'A terrorveszély értékelése a következő ülésen']],
      },
      {
        title: 'A nyilvános terek védelméről szóló tanácsi következtetések tervezete',
        text: 'A bizottság a következő ülésén visszatér erre a pontra.',
        decisions: [['COSI', 'will-return', 'A nyilvános terek védelméről szóló tanácsi következtetések tervezete a következő ülésén']],
      },
    ],
  },
  bg: {
    head: outcomeHead(SHEET, ['Съвет на Европейския съюз'], 'Брюксел, 27 ноември 2025 г.', 'РЕЗУЛТАТ ОТ РАБОТАТА'),
    labels: ['От:', 'До:', 'Относно:'],
    values: [
      'Генералния секретариат на Съвета',
      'Делегациите',
      'Резултат от заседанието на Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI), проведено на 20 ноември 2025 г.',
    ],
    items: [
      {
        title: 'Приемане на дневния ред',
        text: 'Дневният ред беше приет, както е посочен в CM 5301/25.',
        decisions: [[null, 'adopted', 'дневният ред, както е посочен в CM 5301/25']],
      },
      {
        title: 'Бъдещето на вътрешната сигурност на ЕС',
        text: 'Комитетът взе под внимание доклада на председателството (15880/25) и одобри заключенията. Съветът одобри препоръките.',
        decisions: [
          ['COSI', 'took-note', 'доклада на председателството (15880/25)'],
          ['COSI', 'approved', 'заключенията'],
          ['the Council', 'approved', 'препоръките'],
        ],
      },
      {
        title: 'Оценка на терористичната заплаха',
        text: 'Председателството заяви, че ще се върне към тази точка на следващото заседание.',
        decisions: [['the Presidency', 'will-return', 'Оценка на терористичната заплаха на следващото заседание']],
      },
    ],
  },
  el: {
    head: outcomeHead(SHEET, ['Συμβούλιο της Ευρωπαϊκής Ένωσης'], 'Βρυξέλλες, 27 Νοεμβρίου 2025', 'ΑΠΟΤΕΛΕΣΜΑ ΕΡΓΑΣΙΩΝ'),
    labels: ['Αποστολέας:', 'Αποδέκτης:', 'Θέμα:'],
    values: [
      'Γενική Γραμματεία του Συμβουλίου',
      'Αντιπροσωπίες',
      'Αποτελέσματα της συνεδρίασης της Μόνιμης Επιτροπής Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI) στις 20 Νοεμβρίου 2025',
    ],
    items: [
      {
        title: 'Έγκριση της ημερήσιας διάταξης',
        text: 'Η ημερήσια διάταξη εγκρίθηκε όπως περιλαμβάνεται στο CM 5301/25.',
        decisions: [[null, 'adopted', 'η ημερήσια διάταξη όπως περιλαμβάνεται στο CM 5301/25']],
      },
      {
        title: 'Κατάσταση της εσωτερικής ασφάλειας στην ΕΕ',
        text: 'Η COSI σημείωσε την έκθεση της Προεδρίας (15880/25) και ενέκρινε τα συμπεράσματα. Το Συμβούλιο ενέκρινε τις συστάσεις.',
        decisions: [
          ['COSI', 'took-note', 'την έκθεση της Προεδρίας (15880/25)'],
          ['COSI', 'approved', 'τα συμπεράσματα'],
          ['the Council', 'approved', 'τις συστάσεις'],
        ],
      },
      {
        title: 'Αξιολόγηση της τρομοκρατικής απειλής',
        text: 'Η Προεδρία ανέφερε ότι θα επανέλθει στο θέμα αυτό στην επόμενη συνεδρίαση.',
        decisions: [['the Presidency', 'will-return', 'Αξιολόγηση της τρομοκρατικής απειλής στην επόμενη συνεδρίαση']],
      },
      {
        title: 'Η καταπολέμηση της διακίνησης ναρκωτικών στους λιμένες της ΕΕ',
        text: 'Η COSI σημείωσε την ενημέρωση της Επιτροπής.',
        decisions: [['COSI', 'took-note', 'την ενημέρωση της Επιτροπής']],
      },
      {
        title: 'Οι προτεραιότητες της ΕΕ για την καταπολέμηση του σοβαρού και οργανωμένου εγκλήματος',
        text: 'Οι αντιπροσωπίες αντάλλαξαν απόψεις.',
        decisions: [['Delegations', 'exchanged-views', 'Οι προτεραιότητες της ΕΕ για την καταπολέμηση του σοβαρού και οργανωμένου εγκλήματος']],
      },
    ],
  },
};

/** The two-line footer of each page, as the register prints it. */
const FOOTER = '16133/25\t\tTR/kl\t1\nJAI.1\tLIMITE\t';

/** The items a shape of a version does not read yet (`<language>/<shape>`), by number, and why; checked still unread. */
const NOT_READ: Record<string, { why: string; items: number[] }> = {
  'hu/a viewer’s copy of the -layout page': {
    why: 'a copy without blank lines runs a long title on into the sentence under it where that sentence opens with its article and body (`… következtetések tervezete` / `A bizottság a következő ülésén …`): no Hungarian subject tells a clause from a title’s next line, as `Komitet`, `Výbor` or `The Committee` do',
    items: [4],
  },
};

/** An item as the test compares it: its title, and its decisions as who, what verb, on what. */
type Read = [string, (string | null)[][]];

describe.each(Object.entries(VERSIONS))(
  'an outcome in %s whose items join two decisions with `and` and say what a body will come back to',
  (language, version) => {
    it.each(TEXT_SHAPES)('reads each item’s decisions: who, what verb, on what (%s)', (shape, layout, flat) => {
      const record = expectOk(
        parseDocument(inShape(outcomeText(FOOTER, language, version, layout), flat), `content/sources/returns-and-coordinated-${language}.txt`),
      );
      expect([record.number, record.kind, record.language]).toEqual(['16133/25', 'outcome-of-proceedings', language]);
      const read: Read[] = record.items.map((item) => [item.title, item.decisions.map(({ by, verb, object }) => [by, verb, object])]);
      const stated: Read[] = version.items.map(({ title, decisions }) => [title, decisions]);
      const unread = NOT_READ[`${language}/${shape}`]?.items ?? [];
      const readable = (items: Read[]) => items.map((item, index) => (unread.includes(index + 1) ? null : item));
      expect(readable(read)).toEqual(readable(stated));
      for (const number of unread) expect(read[number - 1], `item ${number} is read now: take it off NOT_READ`).not.toEqual(stated[number - 1]);
    });
  },
);

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';
import { withoutBlankLines } from './support/text-shapes.ts';
import { plainFooter } from './support/page-footer.ts';

/**
 * Plain `pdftotext` prints a header table's labels first (`From:` / `To:` / `Subject:`), then the body's first list
 * marker, which the word processor drew in the margin beside the table's last row, then the values; the page run into
 * one line keeps that order (`From: To: Subject: I. Presidency Standing Committee …`). Whatever the marker the body
 * opens with — a paragraph's number (`1.`), a part's Roman numeral (`I.` over its heading in capitals), a question's
 * letter (`(a)`), a dash (`–`) — it is the body's, set back before its paragraph, never the start of the sender. Notes
 * written by hand in the register's shape (the Council's name over two lines, place and date, `(OR. xx)`, number,
 * LIMITE, codes, the kind line, the labels, the footer's two lines plain `pdftotext` prints piece by piece), in English,
 * French, German and Spanish, and in Greek and Bulgarian, whose versions letter their questions in their own alphabets
 * (`α)`, `β)`; `а)`, `б)`), each read as printed, as a viewer copies it (no blank line) and with its page run into one
 * line.
 */

interface Case {
  text: string;
  from: string;
  recipients: string[];
  subject: string;
  previous: string[];
  /** The sections' numbers and titles. */
  sections: [string | null, string | null][];
  /** How the body's first paragraph opens: with the marker. */
  opens: string;
}

const CASES: Record<string, Case> = {
  'an English note whose body opens with part I and its heading in capitals': {
    text: [
      'Council of the',
      'European Union',
      '',
      'Brussels, 9 February 2026',
      '(OR. en)',
      '6120/26',
      'LIMITE',
      'COSI 21',
      'ENFOPOL 40',
      'JAI 133',
      '',
      'NOTE',
      'From:',
      'To:',
      'No. prev. doc.:',
      'Subject:',
      '',
      'I.',
      '',
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      '15830/25',
      'Fight against drug trafficking in the ports of the Union - Follow-up of the',
      'roadmap',
      '',
      'INTRODUCTION',
      '',
      '1.',
      '',
      'At its meeting of 18 November 2025 COSI asked the Presidency to report on the',
      'follow-up of the roadmap set out in 15830/25.',
      '',
      'II.',
      '',
      'STATE OF PLAY',
      '',
      '2.',
      '',
      'The European Ports Alliance has held three meetings since then.',
      '',
      ...plainFooter('6120/26', 'KB/mk', 'JAI.1', '1', 'EN'),
    ].join('\n'),
    from: 'Presidency',
    recipients: ['Standing Committee on Operational Cooperation on Internal Security (COSI)'],
    subject: 'Fight against drug trafficking in the ports of the Union - Follow-up of the roadmap',
    previous: ['15830/25'],
    sections: [
      ['I', 'INTRODUCTION'],
      ['II', 'STATE OF PLAY'],
    ],
    opens: '1. At its meeting of 18 November 2025',
  },
  'a French note whose body opens with lettered questions': {
    text: [
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 12 mars 2026',
      '(OR. fr)',
      '7044/26',
      'LIMITE',
      'COSI 48',
      'CRIMORG 30',
      '',
      'NOTE',
      'Origine:',
      'Destinataire:',
      'Objet:',
      '',
      '(a)',
      '',
      'la présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      'Lutte contre la criminalité organisée - Questions pour le débat',
      '',
      "Les États membres sont-ils favorables à la création d'un réseau d'enquêteurs",
      'financiers ?',
      '',
      '(b)',
      '',
      'Quelles priorités le COSI devrait-il fixer pour 2027 ?',
      '',
      ...plainFooter('7044/26', 'PL/ab', 'JAI.1', '1', 'FR'),
    ].join('\n'),
    from: 'la présidence',
    recipients: ['Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)'],
    subject: 'Lutte contre la criminalité organisée - Questions pour le débat',
    previous: [],
    sections: [[null, null]],
    opens: '(a) Les États membres sont-ils favorables',
  },
  'a German note whose body opens with a dash list': {
    text: [
      'Rat der',
      'Europäischen Union',
      '',
      'Brüssel, den 20. April 2026',
      '(OR. en)',
      '8311/26',
      'LIMITE',
      'COSI 60',
      'ENFOPOL 151',
      '',
      'VERMERK',
      'Absender:',
      'Empfänger:',
      'Betr.:',
      '',
      '–',
      '',
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren',
      'Sicherheit (COSI)',
      'Schleuserkriminalität - Sachstand',
      '',
      'Operative Aktionspläne 2026: Sachstand der Umsetzung;',
      '',
      '–',
      '',
      'Zusammenarbeit mit Drittstaaten: nächste Schritte.',
      '',
      ...plainFooter('8311/26', 'TR/kl', 'JAI.1', '1', 'DE'),
    ].join('\n'),
    from: 'Vorsitz',
    recipients: ['Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)'],
    subject: 'Schleuserkriminalität - Sachstand',
    previous: [],
    sections: [[null, null]],
    opens: '– Operative Aktionspläne 2026: Sachstand der Umsetzung;',
  },
  'a Spanish note whose body opens with paragraph 1': {
    text: [
      'Consejo de la',
      'Unión Europea',
      '',
      'Bruselas, 5 de mayo de 2026',
      '(OR. en)',
      '8902/26',
      'LIMITE',
      'COSI 71',
      'ENFOPOL 170',
      '',
      'NOTA',
      'De:',
      'A:',
      'Asunto:',
      '',
      '1.',
      '',
      'Presidencia',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
      'Ciberdelincuencia - Intercambio de opiniones',
      '',
      'En su reunión del 22 de abril de 2026, el Grupo de Apoyo del COSI debatió la',
      'lucha contra la ciberdelincuencia.',
      '',
      '2.',
      '',
      'Se invita al COSI a mantener un intercambio de opiniones.',
      '',
      ...plainFooter('8902/26', 'JV/mk', 'JAI.1', '1', 'ES'),
    ].join('\n'),
    from: 'Presidencia',
    recipients: ['Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)'],
    subject: 'Ciberdelincuencia - Intercambio de opiniones',
    previous: [],
    sections: [[null, null]],
    opens: '1. En su reunión del 22 de abril de 2026, el Grupo de Apoyo del COSI',
  },
  'a Greek note whose body opens with questions lettered in its alphabet': {
    text: [
      'Συμβούλιο',
      'της Ευρωπαϊκής Ένωσης',
      '',
      'Βρυξέλλες, 12 Μαρτίου 2026',
      '(OR. fr)',
      '7044/26',
      'LIMITE',
      'COSI 48',
      'CRIMORG 30',
      '',
      'ΣΗΜΕΙΩΜΑ',
      'Αποστολέας:',
      'Αποδέκτης:',
      'Θέμα:',
      '',
      'α)',
      '',
      'Προεδρία',
      'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)',
      'Καταπολέμηση του οργανωμένου εγκλήματος - Ερωτήματα για τη συζήτηση',
      '',
      'Οι αντιπροσωπίες τάσσονται υπέρ της δημιουργίας δικτύου οικονομικών ερευνητών;',
      '',
      'β)',
      '',
      'Ποιες προτεραιότητες θα πρέπει να θέσει η COSI για το 2027;',
      '',
      ...plainFooter('7044/26', 'PL/ab', 'JAI.1', '1', 'EL'),
    ].join('\n'),
    from: 'Προεδρία',
    recipients: ['Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)'],
    subject: 'Καταπολέμηση του οργανωμένου εγκλήματος - Ερωτήματα για τη συζήτηση',
    previous: [],
    sections: [[null, null]],
    opens: 'α) Οι αντιπροσωπίες τάσσονται υπέρ της δημιουργίας',
  },
  'a Bulgarian note whose body opens with questions lettered in Cyrillic': {
    text: [
      'Съвет на',
      'Европейския съюз',
      '',
      'Брюксел, 12 март 2026 г.',
      '(OR. fr)',
      '7044/26',
      'LIMITE',
      'COSI 48',
      'CRIMORG 30',
      '',
      'БЕЛЕЖКА',
      'От:',
      'До:',
      'Относно:',
      '',
      'а)',
      '',
      'Председателството',
      'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)',
      'Борба с организираната престъпност - Въпроси за обсъждане',
      '',
      'Делегациите подкрепят ли създаването на мрежа от финансови разследващи органи?',
      '',
      'б)',
      '',
      'Какви приоритети следва да определи COSI за 2027 г.?',
      '',
      ...plainFooter('7044/26', 'PL/ab', 'JAI.1', '1', 'BG'),
    ].join('\n'),
    from: 'Председателството',
    recipients: ['Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)'],
    subject: 'Борба с организираната престъпност - Въпроси за обсъждане',
    previous: [],
    sections: [[null, null]],
    opens: 'а) Делегациите подкрепят ли създаването',
  },
};

/** The shapes a user may hold the text in. */
const SHAPES = {
  'as plain pdftotext prints it': (text: string) => text,
  'as a viewer copies it, without blank lines': withoutBlankLines,
  'with its page run into one line': flattenedPages,
} as const;

/** The cases and shapes not read yet, and why. */
const NOT_READ: Record<string, string> = {
  'a German note whose body opens with a dash list/as plain pdftotext prints it':
    'the recipient’s cell wraps over two lines (`… im Bereich der inneren` / `Sicherheit (COSI)`) and after a displaced marker the values are taken a line each',
  'a German note whose body opens with a dash list/as a viewer copies it, without blank lines':
    'the recipient’s cell wraps over two lines and after a displaced marker the values are taken a line each',
  'a German note whose body opens with a dash list/with its page run into one line':
    'the list’s first item runs on from the subject up to its colon (`… Sachstand Operative Aktionspläne 2026:`): nothing marks where the subject ends',
};

describe.each(Object.entries(CASES))('%s', (name, expected) => {
  it.each(Object.entries(SHAPES))('reads the header and sets the marker back before the body, %s', (shape, make) => {
    const record = expectOk(parseDocument(make(expected.text), 'note.txt'));
    const first = record.sections[0]?.text[0];
    const read = {
      from: record.from,
      recipients: record.recipients,
      subject: record.subject,
      previous: record.previous,
      sections: record.sections.map((section) => [section.number, section.title]),
      opens: first === undefined ? null : blocksPlain([first]).startsWith(expected.opens),
    };
    const { text: _text, opens: _opens, ...fields } = expected;
    const stated = { ...fields, opens: true };
    if (NOT_READ[`${name}/${shape}`] === undefined) expect(read).toEqual(stated);
    else expect(read).not.toEqual(stated);
  });
});

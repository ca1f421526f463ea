import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A Presidency note whose body is a list of dash items right under the subject, each item a sentence (`- Der Vorsitz
 * hat den Delegationen am 3. März 2026 einen Fragebogen übermittelt.`), as plain `pdftotext` prints a word processor's
 * dash list (the dash alone on its line, a blank line, the item's text), written by hand in German, English and
 * French. With each page run into one line the first item follows the subject's last word after its dash (`… – Stand
 * der Arbeiten - Der Vorsitz hat …`): the subject, whose own part after a dash (`– Stand der Arbeiten`) opens no
 * clause, ends there, and the list is the body's; every item's sentence is kept, each a list item (the dash of each
 * item after the first follows a sentence's end: flat-bullets.ts).
 */
interface Note {
  text: string;
  /** The sender and recipient as the header prints them. */
  correspondents: [string, string];
  subject: string;
  items: string[];
}

/** The note's page as plain `pdftotext` prints it: header cells column by column, the dash list, the footer's pieces. */
function note(head: string, values: string, items: string[], language: string): string {
  return [head, values, ...items.flatMap((item) => ['-', item]), '7731/26\n\nKB/mk\nJAI.1\n\nLIMITE\n\n1\n' + language, ''].join('\n\n');
}

const notes: Record<string, Note> = {
  de: {
    text: note(
      'Rat der\nEuropäischen Union\n\nBrüssel, den 16. März 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nVERMERK\nAbsender:\nEmpfänger:\nBetr.:',
      'Vorsitz\nStändiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)\nSicherheit der Häfen der Union – Stand der Arbeiten',
      [
        'Der Vorsitz hat den Delegationen am 3. März 2026 einen Fragebogen übermittelt.',
        'Bis zum 13. März 2026 haben 20 Mitgliedstaaten geantwortet.',
        'Der COSI wird ersucht, die Antworten zur Kenntnis zu nehmen.',
      ],
      'DE',
    ),
    correspondents: ['Vorsitz', 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)'],
    subject: 'Sicherheit der Häfen der Union – Stand der Arbeiten',
    items: [
      'Der Vorsitz hat den Delegationen am 3. März 2026 einen Fragebogen übermittelt.',
      'Bis zum 13. März 2026 haben 20 Mitgliedstaaten geantwortet.',
      'Der COSI wird ersucht, die Antworten zur Kenntnis zu nehmen.',
    ],
  },
  en: {
    text: note(
      'Council of the\nEuropean Union\n\nBrussels, 16 March 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nNOTE\nFrom:\nTo:\nSubject:',
      'Presidency\nStanding Committee on Operational Cooperation on Internal Security (COSI)\nSecurity of the Union’s ports – State of play',
      [
        'The Presidency sent delegations a questionnaire on 3 March 2026.',
        'By 13 March 2026, 20 Member States had replied.',
        'COSI is invited to take note of the replies.',
      ],
      'EN',
    ),
    correspondents: ['Presidency', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
    subject: 'Security of the Union’s ports – State of play',
    items: [
      'The Presidency sent delegations a questionnaire on 3 March 2026.',
      'By 13 March 2026, 20 Member States had replied.',
      'COSI is invited to take note of the replies.',
    ],
  },
  fr: {
    text: note(
      "Conseil de\nl'Union européenne\n\nBruxelles, le 16 mars 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nNOTE\nOrigine:\nDestinataire:\nObjet:",
      'présidence\nComité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)\nSécurité des ports de l’Union – État des travaux',
      [
        'La présidence a transmis un questionnaire aux délégations le 3 mars 2026.',
        'Au 13 mars 2026, 20 États membres avaient répondu.',
        'Le COSI est invité à prendre note des réponses.',
      ],
      'FR',
    ),
    correspondents: ['présidence', 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)'],
    subject: 'Sécurité des ports de l’Union – État des travaux',
    items: [
      'La présidence a transmis un questionnaire aux délégations le 3 mars 2026.',
      'Au 13 mars 2026, 20 États membres avaient répondu.',
      'Le COSI est invité à prendre note des réponses.',
    ],
  },
};

/** The body's text, its blocks joined by a space. */
function bodyText(record: OkRecord): string {
  return record.sections.flatMap((section) => section.text.map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join(''))).join(' ');
}

describe.each(Object.entries(notes))('a note whose body is a dash list right under the subject (%s)', (_language, written) => {
  describe.each([
    ['plain pdftotext', false],
    ['plain pdftotext, each page run into one line', true],
  ] as const)('as %s', (_shape, flat) => {
    const record = expectOk(parseDocument(flat ? flattenedPages(written.text) : written.text, 'content/sources/note.txt'));

    it('reads the sender and recipient, and ends the subject at its own last word, the list the body’s', () => {
      expect([record.from, record.to]).toEqual(written.correspondents);
      expect(record.subject).toBe(written.subject);
    });

    it('keeps every item’s sentence in the body, in order, each a list item', () => {
      const body = bodyText(record);
      const at = written.items.map((item) => body.indexOf(item));
      expect(at.every((index) => index >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const blocks = record.sections.flatMap((section) =>
        section.text.map((block) => [block.list, block.inline.map((node) => ('value' in node ? node.value : '')).join('')]),
      );
      expect(blocks).toEqual(written.items.map((item) => [0, item]));
    });
  });
});

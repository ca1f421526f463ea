import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';
import { withoutBlankLines } from './support/text-shapes.ts';

/**
 * Outcomes of COSI written by hand as plain `pdftotext` prints the register's outcomes of 2017 and 2021 (seeds 002 and
 * 004): the labels, then their values, then the header's codes column under the subject (`JAI 1802` / `COSI 251`), item
 * 1 right under the codes, an item whose title ends in a colon over its points, each after an en dash and followed by
 * its outcome (`Counter-terrorism:` / `– Draft Council conclusions …` / `The Committee agreed …`), and "any other
 * business" closed by a colon over the sentence saying nothing was raised; the footer in its pieces. Each is read as
 * printed and with its page run into one line, as a viewer copies it (`… (COSI) JAI 1802 COSI 251 1. Adoption of the
 * agenda The agenda as set out in CM 5311/25 was adopted. 2. Counter-terrorism: – Draft Council conclusions …`).
 */
interface Outcome {
  placeDate: string;
  kind: string;
  /** The header's rows above the subject, each label with its value (the meeting's day where the version prints it). */
  rows: [string, string][];
  subjectLabel: string;
  subject: string;
  /** Each item's title as printed, and the lines of its text. */
  items: [string, string[]][];
}

const NUMBER = '16044/25';
const CODES = ['JAI 1802', 'COSI 251'];

const outcomes: Record<string, Outcome> = {
  en: {
    placeDate: 'Brussels, 2 December 2025',
    kind: 'OUTCOME OF PROCEEDINGS',
    rows: [
      ['From:', 'General Secretariat of the Council'],
      ['On:', '25 November 2025'],
      ['To:', 'Delegations'],
    ],
    subjectLabel: 'Subject:',
    subject: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
    items: [
      ['Adoption of the agenda', ['The agenda as set out in CM 5311/25 was adopted.']],
      [
        'Counter-terrorism:',
        [
          '– Draft Council conclusions on the protection of public spaces',
          'The Committee agreed on the draft Council conclusions as set out in 15220/25, which will be submitted to the Council for adoption.',
          '– Radicalisation in prisons',
          'The Committee took note of the presentation by the Commission.',
        ],
      ],
      ['Any other business:', ['No items were raised.']],
    ],
  },
  fr: {
    placeDate: 'Bruxelles, le 2 décembre 2025',
    kind: 'RÉSULTATS DES TRAVAUX',
    rows: [
      ['Origine:', 'Secrétariat général du Conseil'],
      ['En date du:', '25 novembre 2025'],
      ['Destinataire:', 'Délégations'],
    ],
    subjectLabel: 'Objet:',
    subject: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    items: [
      ["Adoption de l'ordre du jour", ["L'ordre du jour figurant dans le document CM 5311/25 a été adopté."]],
      [
        'Lutte contre le terrorisme:',
        [
          '– Projet de conclusions du Conseil sur la protection des espaces publics',
          'Le comité a marqué son accord sur le projet de conclusions du Conseil figurant dans le document 15220/25, qui sera soumis au Conseil pour adoption.',
          '– Radicalisation en milieu carcéral',
          'Le comité a pris note de la présentation de la Commission.',
        ],
      ],
      ['Divers:', ["Aucun point n'a été soulevé."]],
    ],
  },
  de: {
    placeDate: 'Brüssel, den 2. Dezember 2025',
    kind: 'ERGEBNIS DER BERATUNGEN',
    rows: [
      ['Absender:', 'Generalsekretariat des Rates'],
      ['Datum:', '25. November 2025'],
      ['Empfänger:', 'Delegationen'],
    ],
    subjectLabel: 'Betr.:',
    subject: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    items: [
      ['Annahme der Tagesordnung', ['Die Tagesordnung in der Fassung des Dokuments CM 5311/25 wurde angenommen.']],
      [
        'Terrorismusbekämpfung:',
        [
          '– Entwurf von Schlussfolgerungen des Rates zum Schutz öffentlicher Räume',
          'Der Ausschuss einigte sich auf den Entwurf von Schlussfolgerungen des Rates in Dokument 15220/25, der dem Rat zur Annahme vorgelegt wird.',
          '– Radikalisierung in Haftanstalten',
          'Der Ausschuss nahm den Vortrag der Kommission zur Kenntnis.',
        ],
      ],
      ['Sonstiges:', ['Keine Wortmeldungen.']],
    ],
  },
  es: {
    placeDate: 'Bruselas, 2 de diciembre de 2025',
    kind: 'RESULTADO DE LOS TRABAJOS',
    rows: [
      ['De:', 'Secretaría General del Consejo'],
      ['Fecha:', '25 de noviembre de 2025'],
      ['A:', 'Delegaciones'],
    ],
    subjectLabel: 'Asunto:',
    subject: 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
    items: [
      ['Aprobación del orden del día', ['Se aprobó el orden del día que figura en el documento CM 5311/25.']],
      [
        'Lucha contra el terrorismo:',
        [
          '– Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos',
          'El Comité acordó el proyecto de Conclusiones del Consejo que figura en el documento 15220/25, que se someterá al Consejo para su adopción.',
          '– Radicalización en las prisiones',
          'El Comité tomó nota de la presentación de la Comisión.',
        ],
      ],
      ['Varios:', ['No se planteó ningún punto.']],
    ],
  },
  it: {
    placeDate: 'Bruxelles, 2 dicembre 2025',
    kind: 'ESITO DEI LAVORI',
    rows: [
      ['Origine:', 'Segretariato generale del Consiglio'],
      ['Destinatario:', 'Delegazioni'],
    ],
    subjectLabel: 'Oggetto:',
    subject: 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
    items: [
      ["Adozione dell'ordine del giorno", ["L'ordine del giorno è stato adottato quale figura nel documento CM 5311/25."]],
      [
        'Lotta al terrorismo:',
        [
          '– Progetto di conclusioni del Consiglio sulla protezione degli spazi pubblici',
          'Il comitato ha approvato il progetto di conclusioni del Consiglio che figura nel documento 15220/25, che sarà sottoposto al Consiglio per adozione.',
          '– Radicalizzazione nelle carceri',
          'Il comitato ha preso atto della presentazione della Commissione.',
        ],
      ],
      ['Varie:', ['Non sono stati sollevati punti.']],
    ],
  },
  pl: {
    placeDate: 'Bruksela, 2 grudnia 2025 r.',
    kind: 'WYNIK PRAC',
    rows: [
      ['Od:', 'Sekretariat Generalny Rady'],
      ['Do:', 'Delegacje'],
    ],
    subjectLabel: 'Dotyczy:',
    subject: 'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI)',
    items: [
      ['Przyjęcie porządku obrad', ['Porządek obrad przyjęto w brzmieniu z dokumentu CM 5311/25.']],
      [
        'Zwalczanie terroryzmu:',
        [
          '– Projekt konkluzji Rady w sprawie ochrony przestrzeni publicznych',
          'Komitet uzgodnił projekt konkluzji Rady zawarty w dokumencie 15220/25, który zostanie przedłożony Radzie do przyjęcia.',
          '– Radykalizacja w więzieniach',
          'Komitet przyjął do wiadomości prezentację Komisji.',
        ],
      ],
      ['Sprawy różne:', ['Nie poruszono żadnych kwestii.']],
    ],
  },
  nl: {
    placeDate: 'Brussel, 2 december 2025',
    kind: 'RESULTAAT BESPREKINGEN',
    rows: [
      ['Van:', 'secretariaat-generaal van de Raad'],
      ['Aan:', 'delegaties'],
    ],
    subjectLabel: 'Betreft:',
    subject: 'Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI)',
    items: [
      ['Goedkeuring van de agenda', ['De agenda werd goedgekeurd zoals opgenomen in document CM 5311/25.']],
      [
        'Terrorismebestrijding:',
        [
          '– Ontwerpconclusies van de Raad over de bescherming van openbare ruimten',
          'Het comité stemde in met de ontwerpconclusies van de Raad in document 15220/25, die ter aanneming aan de Raad zullen worden voorgelegd.',
          '– Radicalisering in gevangenissen',
          'Het comité nam nota van de presentatie van de Commissie.',
        ],
      ],
      ['Rondvraag:', ['Er werden geen punten aan de orde gesteld.']],
    ],
  },
};

/** The outcome's page as plain `pdftotext` prints it: labels, values, the codes column, the items, the footer's pieces. */
function page(document: Outcome, language: string): string {
  return [
    document.placeDate,
    `(OR. en)`,
    NUMBER,
    document.kind,
    ...document.rows.map(([label]) => label),
    document.subjectLabel,
    '',
    ...document.rows.map(([, value]) => value),
    document.subject,
    '',
    ...CODES,
    '',
    ...document.items.flatMap(([title, text], index) => [`${index + 1}. ${title}`, ...text, '']),
    NUMBER,
    '',
    'GS/mk',
    'JAI.1',
    '',
    '1',
    language.toUpperCase(),
    '\f',
  ].join('\n');
}

/** The shapes the page is read in: as printed, copied out of a viewer (no blank line, no form feed), run into one line. */
const SHAPES = [
  ['plain pdftotext', (text: string) => text],
  ['a viewer’s copy of plain pdftotext', withoutBlankLines],
  ['plain pdftotext, the page run into one line', flattenedPages],
] as const;

describe.each(Object.entries(outcomes))('an outcome whose codes column plain pdftotext prints right above item 1 (%s)', (language, document) => {
  it.each(SHAPES)('reads its codes, subject and each item’s title apart from its text (%s)', (_shape, make) => {
    const record = expectOk(parseDocument(make(page(document, language)), `content/sources/flat-codes-run-${language}.txt`));
    expect([record.number, record.codes, record.subject]).toEqual([NUMBER, CODES, document.subject]);
    expect(record.items.map((item) => [item.number, item.title])).toEqual(document.items.map(([title], index) => [String(index + 1), title]));
    const text = JSON.stringify(record.items);
    for (const [, lines] of document.items) for (const line of lines) expect(text).toContain(line.replace(/^– /u, ''));
  });
});

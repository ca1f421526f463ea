import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { layoutHead } from './support/layout-head.ts';
import type { LabelledHead } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { inShape } from './support/text-shapes.ts';

/**
 * An outcome of COSI's proceedings whose item title the author broke by hand before a name (`4.      Exchange of views
 * on the` over `        Schengen Evaluation and Monitoring Mechanism`), written by hand in English, German, Dutch and
 * French as `-layout` prints it (and in German with items 3 and 4 broken after the adjective their title opens with,
 * `3.      Künftige` over `        Zusammenarbeit mit den Agenturen der EU`, `4.      Aktuelle` over `        Entwicklungen im
 * Bereich der inneren Sicherheit`), with the opening paragraph under the subject that German opens with a preposition and
 * a noun (`Nach Artikel 6 Absatz 2 …`). A viewer's copy keeps each printed line, trimmed, and no blank line: the title's
 * first line no longer shows how narrow its column was, and its second line opens with a capital, as a name does in
 * every version and every noun does in German; the German opening paragraph sits right under the subject's last line.
 * Each shape `-layout` reaches users in must read the same subject, items and texts.
 */
interface Outcome {
  text: string;
  subject: string;
  opening: string;
  items: [string, string, string][];
}

/** The right-hand column of the outcome's head, under `(OR. en)`: its number, LIMITE and its codes. */
const COLUMN_6789 = ['6789/25', 'LIMITE', 'COSI 40', 'JAI 250'];

/** The outcome's head in each version written here: the Council's name, place and date, kind, labels, sender and recipient. */
const HEADS_6789: Record<'de' | 'en' | 'fr' | 'nl', LabelledHead> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 3 March 2025',
    kind: 'OUTCOME OF PROCEEDINGS',
    labels: ['From:', 'To:', 'Subject:'],
    from: 'General Secretariat of the Council',
    to: 'Delegations',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 3. März 2025',
    kind: 'ERGEBNIS DER BERATUNGEN',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Generalsekretariat des Rates',
    to: 'Delegationen',
  },
  nl: {
    institution: ['Raad van de', 'Europese Unie'],
    placeDate: 'Brussel, 3 maart 2025',
    kind: 'RESULTAAT BESPREKINGEN',
    labels: ['Van:', 'Aan:', 'Betreft:'],
    from: 'secretariaat-generaal van de Raad',
    to: 'delegaties',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 3 mars 2025',
    kind: 'RÉSULTATS DES TRAVAUX',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'Secrétariat général du Conseil',
    to: 'délégations',
  },
};

/** The outcome as `-layout` prints it: its head, the opening paragraph, four items (item 4's title broken by hand), the footer. */
function outcome(parts: {
  head: LabelledHead;
  subject: [string, string];
  opening: string[];
  items: [title: string[], text: string][];
  language: string;
}): string {
  const footer = [
    `6789/25                                               TR/kl                                                     1`,
    `JAI.1                                        LIMITE                                                             ${parts.language}`,
  ];
  return [
    ...layoutHead(parts.head, COLUMN_6789, parts.subject),
    '',
    ...parts.opening,
    '',
    ...parts.items.flatMap(([title, text], index) => [
      `${index + 1}.      ${title[0]}`,
      ...title.slice(1).map((line) => `        ${line}`),
      '',
      `        ${text}`,
      '',
    ]),
    ...footer,
    '',
  ].join('\n');
}

/** The German outcome's subject over two lines and its opening paragraph, as printed and as read: the same in both German cases. */
const GERMAN = {
  subject: ['Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der', 'inneren Sicherheit (COSI), 26. Februar 2025'] as [string, string],
  opening: [
    'Nach Artikel 6 Absatz 2 des Beschlusses 2010/131/EU des Rates hat der Ausschuss die folgenden',
    'Punkte im Beisein der Kommission und der Agenturen der EU geprüft.',
  ],
};
const GERMAN_READ = {
  subject: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI), 26. Februar 2025',
  opening:
    'Nach Artikel 6 Absatz 2 des Beschlusses 2010/131/EU des Rates hat der Ausschuss die folgenden Punkte im Beisein der Kommission und der Agenturen der EU geprüft.',
};

const outcomes: Record<string, Outcome> = {
  en: {
    text: outcome({
      head: HEADS_6789.en,
      subject: ['Standing Committee on Operational Cooperation on Internal Security', '(COSI), 26 February 2025'],
      opening: ['In line with its mandate, the Committee examined the following items in the presence of the', 'Commission and the EU agencies.'],
      items: [
        [['Adoption of the agenda'], 'The agenda was adopted as set out in CM 1234/25.'],
        [['Information from the Presidency'], 'The Presidency informed delegations about its priorities.'],
        [['Internal security architecture: the way forward'], 'COSI took note of the presentation by the Commission.'],
        [['Exchange of views on the', 'Schengen Evaluation and Monitoring Mechanism'], 'COSI held an exchange of views on the basis of 6543/25.'],
      ],
      language: 'EN',
    }),
    subject: 'Standing Committee on Operational Cooperation on Internal Security (COSI), 26 February 2025',
    opening: 'In line with its mandate, the Committee examined the following items in the presence of the Commission and the EU agencies.',
    items: [
      ['1', 'Adoption of the agenda', 'The agenda was adopted as set out in CM 1234/25.'],
      ['2', 'Information from the Presidency', 'The Presidency informed delegations about its priorities.'],
      ['3', 'Internal security architecture: the way forward', 'COSI took note of the presentation by the Commission.'],
      ['4', 'Exchange of views on the Schengen Evaluation and Monitoring Mechanism', 'COSI held an exchange of views on the basis of 6543/25.'],
    ],
  },
  de: {
    text: outcome({
      head: HEADS_6789.de,
      ...GERMAN,
      items: [
        [['Annahme der Tagesordnung'], 'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/25 angenommen.'],
        [['Informationen des Vorsitzes'], 'Der Vorsitz unterrichtete die Delegationen über seine Prioritäten.'],
        [['Architektur der inneren Sicherheit: weiteres Vorgehen'], 'Der COSI nahm Kenntnis von der Präsentation der Kommission.'],
        [
          ['Gedankenaustausch über den', 'Schengen-Evaluierungs- und Überwachungsmechanismus'],
          'Der COSI führte einen Gedankenaustausch auf der Grundlage des Dokuments 6543/25.',
        ],
      ],
      language: 'DE',
    }),
    ...GERMAN_READ,
    items: [
      ['1', 'Annahme der Tagesordnung', 'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/25 angenommen.'],
      ['2', 'Informationen des Vorsitzes', 'Der Vorsitz unterrichtete die Delegationen über seine Prioritäten.'],
      ['3', 'Architektur der inneren Sicherheit: weiteres Vorgehen', 'Der COSI nahm Kenntnis von der Präsentation der Kommission.'],
      [
        '4',
        'Gedankenaustausch über den Schengen-Evaluierungs- und Überwachungsmechanismus',
        'Der COSI führte einen Gedankenaustausch auf der Grundlage des Dokuments 6543/25.',
      ],
    ],
  },
  'de, after an adjective': {
    text: outcome({
      head: HEADS_6789.de,
      ...GERMAN,
      items: [
        [['Annahme der Tagesordnung'], 'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/25 angenommen.'],
        [['Informationen des Vorsitzes'], 'Der Vorsitz unterrichtete die Delegationen über seine Prioritäten.'],
        [['Künftige', 'Zusammenarbeit mit den Agenturen der EU'], 'Der COSI nahm Kenntnis von der Präsentation der Kommission.'],
        [['Aktuelle', 'Entwicklungen im Bereich der inneren Sicherheit'], 'Der COSI führte einen Gedankenaustausch auf der Grundlage des Dokuments 6543/25.'],
      ],
      language: 'DE',
    }),
    ...GERMAN_READ,
    items: [
      ['1', 'Annahme der Tagesordnung', 'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/25 angenommen.'],
      ['2', 'Informationen des Vorsitzes', 'Der Vorsitz unterrichtete die Delegationen über seine Prioritäten.'],
      ['3', 'Künftige Zusammenarbeit mit den Agenturen der EU', 'Der COSI nahm Kenntnis von der Präsentation der Kommission.'],
      ['4', 'Aktuelle Entwicklungen im Bereich der inneren Sicherheit', 'Der COSI führte einen Gedankenaustausch auf der Grundlage des Dokuments 6543/25.'],
    ],
  },
  nl: {
    text: outcome({
      head: HEADS_6789.nl,
      subject: ['Permanent Comité operationele samenwerking binnenlandse veiligheid', '(COSI), 26 februari 2025'],
      opening: ['Overeenkomstig zijn mandaat heeft het comité de volgende punten besproken in aanwezigheid van', 'de Commissie en de agentschappen van de EU.'],
      items: [
        [['Goedkeuring van de agenda'], 'De agenda werd goedgekeurd zoals vermeld in CM 1234/25.'],
        [['Informatie van het voorzitterschap'], 'Het voorzitterschap heeft de delegaties ingelicht over zijn prioriteiten.'],
        [['Architectuur van de interne veiligheid: verdere aanpak'], 'Het COSI heeft nota genomen van de presentatie van de Commissie.'],
        [['Gedachtewisseling over de samenwerking met', 'Europol en Eurojust'], 'Het COSI heeft van gedachten gewisseld op basis van document 6543/25.'],
      ],
      language: 'NL',
    }),
    subject: 'Permanent Comité operationele samenwerking binnenlandse veiligheid (COSI), 26 februari 2025',
    opening: 'Overeenkomstig zijn mandaat heeft het comité de volgende punten besproken in aanwezigheid van de Commissie en de agentschappen van de EU.',
    items: [
      ['1', 'Goedkeuring van de agenda', 'De agenda werd goedgekeurd zoals vermeld in CM 1234/25.'],
      ['2', 'Informatie van het voorzitterschap', 'Het voorzitterschap heeft de delegaties ingelicht over zijn prioriteiten.'],
      ['3', 'Architectuur van de interne veiligheid: verdere aanpak', 'Het COSI heeft nota genomen van de presentatie van de Commissie.'],
      ['4', 'Gedachtewisseling over de samenwerking met Europol en Eurojust', 'Het COSI heeft van gedachten gewisseld op basis van document 6543/25.'],
    ],
  },
  fr: {
    text: outcome({
      head: HEADS_6789.fr,
      subject: ['Comité permanent de coopération opérationnelle en matière de sécurité', 'intérieure (COSI), 26 février 2025'],
      opening: ['Conformément à son mandat, le comité a examiné les points suivants en présence de la Commission', 'et des agences de l’UE.'],
      items: [
        [['Adoption de l’ordre du jour'], 'L’ordre du jour a été adopté tel qu’il figure dans le document CM 1234/25.'],
        [['Informations de la présidence'], 'La présidence a informé les délégations de ses priorités.'],
        [['Architecture de la sécurité intérieure: la voie à suivre'], 'Le COSI a pris note de la présentation de la Commission.'],
        [['Échange de vues sur la coopération avec les', 'États-Unis d’Amérique'], 'Le COSI a procédé à un échange de vues sur la base du document 6543/25.'],
      ],
      language: 'FR',
    }),
    subject: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI), 26 février 2025',
    opening: 'Conformément à son mandat, le comité a examiné les points suivants en présence de la Commission et des agences de l’UE.',
    items: [
      ['1', 'Adoption de l’ordre du jour', 'L’ordre du jour a été adopté tel qu’il figure dans le document CM 1234/25.'],
      ['2', 'Informations de la présidence', 'La présidence a informé les délégations de ses priorités.'],
      ['3', 'Architecture de la sécurité intérieure: la voie à suivre', 'Le COSI a pris note de la présentation de la Commission.'],
      ['4', 'Échange de vues sur la coopération avec les États-Unis d’Amérique', 'Le COSI a procédé à un échange de vues sur la base du document 6543/25.'],
    ],
  },
};

/** The shapes `-layout` reaches users in: as printed, each page run into one line, a viewer's copy. */
const SHAPES: [string, boolean | null][] = [
  ['-layout', false],
  ['-layout, each page run into one line', true],
  ['a viewer’s copy of -layout', null],
];

describe.each(Object.entries(outcomes))('an outcome whose item title is broken by hand before a capital (%s)', (_language, written) => {
  describe.each(SHAPES)('as %s', (_shape, flat) => {
    const record = expectOk(parseDocument(inShape(written.text, flat), 'content/sources/outcome.txt'));

    it('ends the subject at its own last line, the opening paragraph the body’s', () => {
      expect(record.subject).toBe(written.subject);
      expect(record.sections.flatMap((section) => section.text.map(plain))).toEqual([written.opening]);
    });

    it('reads each item with its whole title and its text', () => {
      expect(record.items.map((item) => [item.number, item.title, item.text.map(plain).join(' ')])).toEqual(written.items);
    });
  });
});

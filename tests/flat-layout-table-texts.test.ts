import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import type { LabelledHead } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { wrapWords } from './support/text-shapes.ts';

/**
 * An outcome of proceedings printed as a ruled table of two columns under its header row (`Item | Outcome`, `Point |
 * Résultat`, `Punkt | Ergebnis`, `Punto | Resultado`, `Punto | Esito`), each row an item's numbered title and what
 * became of it, as the register's outcomes of 2024–2025 print it (the Council's name over two lines beside the place
 * and date, `(OR. en)`, number, LIMITE and codes under it, the kind line, the From / To / Subject rows, then the table,
 * a sentence under the table at the page's margin, the two-line footer `14902/25   TR/kl   1` / `JAI.1   LIMITE   EN`), written by hand in five versions and drawn as
 * `pdftotext -layout` prints it: each cell wrapped in its column, a title's second line beside its outcome's. Read as
 * printed and with the page run into one line, `-layout`'s gaps kept (the columns side by side in the run).
 */
interface Version extends LabelledHead {
  subject: string;
  header: [string, string];
  rows: [title: string, outcome: string][];
  language: string;
  /** The sentence under the table, at the page's margin. */
  closing: string;
}

const versions: Record<string, Version> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 20 November 2025',
    kind: 'OUTCOME OF PROCEEDINGS',
    labels: ['From:', 'To:', 'Subject:'],
    from: 'General Secretariat of the Council',
    to: 'Delegations',
    subject: 'Outcome of the meeting of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 13 November 2025',
    header: ['Item', 'Outcome'],
    rows: [
      ['1. Adoption of the agenda', 'The agenda was adopted as set out in CM 5120/25.'],
      [
        '2. Schengen and internal security: state of play (doc. 14520/25)',
        'COSI took note of the information from the Presidency and held an exchange of views.',
      ],
      [
        '3. Draft Council conclusions on the fight against drug trafficking in the EU ports',
        'COSI endorsed the draft conclusions set out in 14632/25 with a view to their approval by Coreper.',
      ],
      ['4. Any other business', 'The Danish delegation informed COSI about the conference on port security to be held in Aarhus on 3 February 2026.'],
    ],
    language: 'EN',
    closing: 'The next meeting of COSI will take place on 4 December 2025.',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 20 novembre 2025',
    kind: 'RÉSULTATS DES TRAVAUX',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'Secrétariat général du Conseil',
    to: 'Délégations',
    subject: 'Résultats de la réunion du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) du 13 novembre 2025',
    header: ['Point', 'Résultat'],
    rows: [
      ["1. Adoption de l'ordre du jour", "L'ordre du jour a été adopté tel qu'il figure dans le document CM 5120/25."],
      [
        '2. Schengen et sécurité intérieure: état des lieux (doc. 14520/25)',
        'Le COSI a pris note des informations communiquées par la présidence et a procédé à un échange de vues.',
      ],
      [
        "3. Projet de conclusions du Conseil sur la lutte contre le trafic de drogue dans les ports de l'UE",
        'Le COSI a approuvé le projet de conclusions figurant dans le document 14632/25.',
      ],
      ['4. Divers', 'La délégation danoise a informé le COSI de la conférence sur la sûreté portuaire qui se tiendra à Aarhus le 3 février 2026.'],
    ],
    language: 'FR',
    closing: 'La prochaine réunion du COSI aura lieu le 4 décembre 2025.',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 20. November 2025',
    kind: 'ERGEBNIS DER BERATUNGEN',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Generalsekretariat des Rates',
    to: 'Delegationen',
    subject: 'Ergebnis der Tagung des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) am 13. November 2025',
    header: ['Punkt', 'Ergebnis'],
    rows: [
      ['1. Annahme der Tagesordnung', 'Die Tagesordnung wurde in der Fassung des Dokuments CM 5120/25 angenommen.'],
      [
        '2. Schengen und innere Sicherheit: Sachstand (Dok. 14520/25)',
        'Der COSI nahm Kenntnis von den Informationen des Vorsitzes und führte einen Gedankenaustausch.',
      ],
      [
        '3. Entwurf von Schlussfolgerungen des Rates zur Bekämpfung des Drogenhandels in den Häfen der EU',
        'Der COSI billigte den Entwurf von Schlussfolgerungen in Dokument 14632/25.',
      ],
      ['4. Sonstiges', 'Die dänische Delegation unterrichtete den COSI über die Konferenz zur Hafensicherheit am 3. Februar 2026 in Aarhus.'],
    ],
    language: 'DE',
    closing: 'Die nächste Sitzung des COSI findet am 4. Dezember 2025 statt.',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 20 de noviembre de 2025',
    kind: 'RESULTADO DE LOS TRABAJOS',
    labels: ['De:', 'A:', 'Asunto:'],
    from: 'Secretaría General del Consejo',
    to: 'Delegaciones',
    subject: 'Resultado de la reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) del 13 de noviembre de 2025',
    header: ['Punto', 'Resultado'],
    rows: [
      ['1. Aprobación del orden del día', 'Se aprobó el orden del día que figura en el documento CM 5120/25.'],
      [
        '2. Schengen y seguridad interior: situación actual (doc. 14520/25)',
        'El COSI tomó nota de la información facilitada por la Presidencia y mantuvo un cambio de impresiones.',
      ],
      [
        '3. Proyecto de Conclusiones del Consejo sobre la lucha contra el tráfico de drogas en los puertos de la UE',
        'El COSI refrendó el proyecto de Conclusiones que figura en el documento 14632/25.',
      ],
      ['4. Varios', 'La delegación danesa informó al COSI sobre la conferencia sobre seguridad portuaria que se celebrará en Aarhus el 3 de febrero de 2026.'],
    ],
    language: 'ES',
    closing: 'La próxima reunión del COSI tendrá lugar el 4 de diciembre de 2025.',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 20 novembre 2025',
    kind: 'ESITO DEI LAVORI',
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    from: 'Segretariato generale del Consiglio',
    to: 'Delegazioni',
    subject: 'Esito della riunione del comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI) del 13 novembre 2025',
    header: ['Punto', 'Esito'],
    rows: [
      ["1. Adozione dell'ordine del giorno", "L'ordine del giorno è stato adottato quale figura nel documento CM 5120/25."],
      [
        '2. Schengen e sicurezza interna: situazione attuale (doc. 14520/25)',
        'Il COSI ha preso atto delle informazioni fornite dalla presidenza e ha proceduto a uno scambio di opinioni.',
      ],
      [
        "3. Progetto di conclusioni del Consiglio sulla lotta contro il traffico di droga nei porti dell'UE",
        'Il COSI ha approvato il progetto di conclusioni che figura nel documento 14632/25.',
      ],
      [
        '4. Varie ed eventuali',
        'La delegazione danese ha informato il COSI in merito alla conferenza sulla sicurezza portuale che si terrà ad Aarhus il 3 febbraio 2026.',
      ],
    ],
    language: 'IT',
    closing: 'La prossima riunione del COSI si terrà il 4 dicembre 2025.',
  },
};

/** Where `-layout` sets the table's second column, and the widths the two columns wrap at. */
const OUTCOME_COLUMN = 45;
const TITLE_WIDTH = 40;
const OUTCOME_WIDTH = 44;

/** The outcome as `pdftotext -layout` prints it: the header at the left and right, the labels' rows, the table's rows, the footer. */
function layoutText(version: Version): string {
  const row = (left: string, right: string) => (right === '' ? ` ${left}` : ` ${left.padEnd(OUTCOME_COLUMN - 1)}${right}`);
  const label = (name: string, value: string[]) => value.map((line, index) => ` ${(index === 0 ? name : '').padEnd(20)}${line}`);
  const table = version.rows.flatMap(([title, outcome]) => {
    const titles = wrapWords(title, TITLE_WIDTH);
    const outcomes = wrapWords(outcome, OUTCOME_WIDTH);
    return Array.from({ length: Math.max(titles.length, outcomes.length) }, (_, index) => row(titles[index] ?? '', outcomes[index] ?? '')).map((line) =>
      line.trimEnd(),
    );
  });
  return [
    `${''.padEnd(12)}${version.institution[0].padEnd(32)}${version.placeDate}`,
    `${''.padEnd(12)}${version.institution[1].padEnd(32)}(OR. en)`,
    `${''.padEnd(44)}14902/25`,
    '',
    `${''.padEnd(44)}LIMITE`,
    '',
    `${''.padEnd(44)}COSI 221`,
    `${''.padEnd(44)}JAI 1611`,
    '',
    '',
    version.kind,
    '',
    ...label(version.labels[0], [version.from]),
    ...label(version.labels[1], [version.to]),
    ...label(version.labels[2], wrapWords(version.subject, 64)),
    '',
    row(version.header[0], version.header[1]),
    ...table,
    '',
    version.closing,
    '',
    '',
    '',
    `14902/25${''.padEnd(34)}TR/kl${''.padEnd(40)}1`,
    `JAI.1${''.padEnd(36)}LIMITE${''.padEnd(39)}${version.language}`,
    '\f',
  ].join('\n');
}

/** The item's title as printed: its number apart, its wrapped lines joined. */
function titleOf(row: [string, string]): [string, string] {
  const [number, ...words] = row[0].split(' ');
  return [(number ?? '').replace(/\.$/u, ''), words.join(' ')];
}

describe.each(Object.entries(versions))('an outcome printed as a table of items and outcomes in -layout (%s)', (_language, version) => {
  const printed = expectOk(parseDocument(layoutText(version), 'content/sources/outcome-table.txt'));

  it.each([
    ['as printed', false],
    ['its page run into one line, the gaps kept', true],
  ])('reads each row as an item, its title from the first column and its outcome as its text (%s)', (_shape, flat) => {
    const text = flat ? flattenedPages(layoutText(version)) : layoutText(version);
    const record = expectOk(parseDocument(text, 'content/sources/outcome-table.txt'));
    expect([record.number, record.kind, record.from, record.to, record.subject]).toEqual([
      '14902/25',
      'outcome-of-proceedings',
      version.from,
      version.to,
      version.subject,
    ]);
    expect(record.items.map((item) => [item.number, item.title])).toEqual(version.rows.map(titleOf));
    for (const [index, item] of record.items.entries()) expect(JSON.stringify(item.text)).toContain(JSON.stringify(version.rows[index]?.[1]).slice(1, -1));
    // the sentence under the table is the body's, after the last item's outcome, never part of its title
    expect(JSON.stringify(record.items.at(-1)?.text)).toContain(JSON.stringify(version.closing).slice(1, -1));
    expect(record.items.at(-1)?.title).toBe(titleOf(version.rows[3] ?? ['', ''])[1]);
    // what became of each item is read alike from the page as printed and from its run
    expect(record.items.map((item) => item.decisions)).toEqual(printed.items.map((item) => item.decisions));
  });
});

describe('the English outcome table run into one line', () => {
  it('reads who decided what in each row, as the table states it', () => {
    const english = versions['en'];
    if (english === undefined) throw new Error('no English version');
    const record = expectOk(parseDocument(flattenedPages(layoutText(english)), 'content/sources/outcome-table.txt'));
    expect(record.items.map((item) => item.decisions.map(({ by, verb, references }) => [by, verb, references]))).toEqual([
      [[null, 'adopted', ['CM 5120/25']]],
      [
        ['COSI', 'took-note', []],
        ['COSI', 'exchanged-views', ['14520/25']],
      ],
      [['COSI', 'endorsed', ['14632/25']]],
      [],
    ]);
  });
});

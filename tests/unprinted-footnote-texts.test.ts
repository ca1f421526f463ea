import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { NUMBER as RECORD_NUMBER, summaryRecord, versions } from './support/older-summary-record.ts';
import { expectOk, project } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A page that prints no footnote at its foot has none read there, whatever number its text glues to a word: the
 * reading of a footnote whose number plain `pdftotext` dropped (the page's last lines taken for its text) asks for a
 * call that is no code's number and a text that is no numbered item's own.
 */

/** The calls of the record's text, by label. */
function callLabels(value: unknown, labels: string[] = []): string[] {
  if (Array.isArray(value)) for (const node of value) callLabels(node, labels);
  else if (typeof value === 'object' && value !== null) {
    const node = value as { type?: unknown; label?: unknown; titleFootnotes?: unknown };
    if (Array.isArray(node.titleFootnotes)) for (const label of node.titleFootnotes) labels.push(String(label));
    if (node.type === 'footnote' && typeof node.label === 'string') labels.push(node.label);
    else for (const child of Object.values(value)) callLabels(child, labels);
  }
  return labels;
}

/** The summary record's text with each page's footer as plain `pdftotext` prints the register's: its pieces one to a line (`17812/11` / `lb` / `3` / `DQPG` / `EN/FR`). */
function withFooterPieces(text: string): string {
  return text.replace(/^(\d{4,5}\/\d{2}) (\p{Ll}{1,4}) (\d{1,3}) (\p{Lu}{2,6}) (\p{Lu}{2}(?:\/\p{Lu}{2})?)$/gmu, '$1\n\n$2\n\n$3\n\n$4\n\n$5');
}

describe.each(Object.entries(versions))('a summary record of 2011 whose first item cites Coreper’s agenda code `OJ CRP1 47` (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads no footnote: `CRP1` is the code’s, the last item’s sentence its own (%s)', (_shape, layout, flat) => {
    const printed = summaryRecord(version, layout);
    const text = inShape(layout ? printed : withFooterPieces(printed), flat);
    if (!layout && flat === false) expect(text).not.toContain(`${RECORD_NUMBER} lb`);
    const record = expectOk(parseDocument(text, 'content/sources/older-summary-record.txt'));
    expect(record.footnotes).toEqual([]);
    expect(callLabels([record.sections, record.items])).toEqual([]);
    expect(record.items.map((item) => item.number)).toEqual(['1', '2', '3', '4']);
    for (const [index, item] of record.items.entries()) expect(JSON.stringify(item.text)).toContain(JSON.stringify(version.texts[index]).slice(1, -1));
  });
});

/** An outcome's head in one version's words: the Council's name over two lines, the place and date, the kind, the labels, the sender and recipient, the subject's lines. */
interface OutcomeHead {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [string, string, string];
  values: [from: string, to: string];
  subject: string[];
}

/**
 * An outcome of proceedings over two pages as the register's PDF prints it (the wording of 6350/26,
 * tests/fixtures/council-pdf-lo/outcome-decisions-*): two footnotes at page 1's foot, called glued to their words; page 2
 * prints none, and its fourth item names Europol's cybercrime centre by its code (`(EC3)`), glued as the next footnote's
 * call would be, its last item's text standing right under its title above the footer.
 */
interface Outcome {
  head: OutcomeHead;
  items: Array<[title: string, text: string[]]>;
  footnotes: [string, string];
  language: string;
}

const OUTCOMES: Record<string, Outcome> = {
  English: {
    head: {
      institution: ['Council of the', 'European Union'],
      placeDate: 'Brussels, 10 March 2026',
      kind: 'OUTCOME OF PROCEEDINGS',
      labels: ['From:', 'To:', 'Subject:'],
      values: ['General Secretariat of the Council', 'Delegations'],
      subject: [
        'Summary of the meeting of the Standing Committee on',
        'Operational Cooperation on Internal Security (COSI) held in',
        'Brussels on 3 March 2026',
      ],
    },
    items: [
      ['Adoption of the agenda', ['The agenda was adopted as set out in CM 1250/26.']],
      [
        'Information from the Presidency',
        [
          'The Presidency briefed delegations on the outcome of the informal meeting of Justice and',
          'Home Affairs Ministers1 held in Warsaw on 29 and 30 January 2026. COSI took note of the',
          'information provided.',
        ],
      ],
      [
        'Draft Council conclusions on the fight against drug trafficking',
        [
          'The Committee approved the draft Council conclusions2 and agreed to forward them to the',
          'Permanent Representatives Committee and the Council for adoption.',
        ],
      ],
      [
        'EU internal security threat analysis',
        [
          'Europol’s European Cybercrime Centre (EC3) presented the Internet Organised Crime Threat',
          'Assessment. COSI took note of the state of play presented by the Commission.',
        ],
      ],
      ['Any other business', ['The incoming Presidency presented its work programme for the second half of 2026.']],
    ],
    footnotes: ['Also circulated as WK 2345/2026.', 'Doc. 6640/26.'],
    language: 'EN',
  },
  French: {
    head: {
      institution: ['Conseil de', 'l’Union européenne'],
      placeDate: 'Bruxelles, le 10 mars 2026',
      kind: 'RÉSULTATS DES TRAVAUX',
      labels: ['Origine:', 'Destinataire:', 'Objet:'],
      values: ['Secrétariat général du Conseil', 'Délégations'],
      subject: [
        'Résumé de la réunion du Comité permanent de coopération',
        'opérationnelle en matière de sécurité intérieure (COSI) tenue à',
        'Bruxelles le 3 mars 2026',
      ],
    },
    items: [
      ['Adoption de l’ordre du jour', ['L’ordre du jour a été adopté tel qu’il figure dans le document CM 1250/26.']],
      [
        'Informations de la présidence',
        [
          'La présidence a informé les délégations des résultats de la réunion informelle des ministres',
          'de la justice et des affaires intérieures1 tenue à Varsovie les 29 et 30 janvier 2026. Le COSI',
          'a pris note des informations fournies.',
        ],
      ],
      [
        'Projet de conclusions du Conseil sur la lutte contre le trafic de drogue',
        [
          'Le Comité a approuvé le projet de conclusions du Conseil2 et est convenu de le transmettre',
          'au Comité des représentants permanents et au Conseil pour adoption.',
        ],
      ],
      [
        'Analyse des menaces pour la sécurité intérieure de l’UE',
        [
          'Le Centre européen de lutte contre la cybercriminalité (EC3) d’Europol a présenté l’évaluation',
          'de la menace que représente la criminalité organisée sur l’internet. Le COSI en a pris note.',
        ],
      ],
      ['Divers', ['La présidence entrante a présenté son programme de travail pour le second semestre de 2026.']],
    ],
    footnotes: ['Également diffusé sous la cote WK 2345/2026.', 'Doc. 6640/26.'],
    language: 'FR',
  },
  German: {
    head: {
      institution: ['Rat der', 'Europäischen Union'],
      placeDate: 'Brüssel, den 10. März 2026',
      kind: 'BERATUNGSERGEBNISSE',
      labels: ['Absender:', 'Empfänger:', 'Betr.:'],
      values: ['Generalsekretariat des Rates', 'Delegationen'],
      subject: [
        'Zusammenfassung der Sitzung des Ständigen Ausschusses für die',
        'operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
        'am 3. März 2026 in Brüssel',
      ],
    },
    items: [
      ['Annahme der Tagesordnung', ['Die Tagesordnung wurde in der Fassung des Dokuments CM 1250/26 angenommen.']],
      [
        'Informationen des Vorsitzes',
        [
          'Der Vorsitz unterrichtete die Delegationen über das Ergebnis der informellen Tagung der',
          'Justiz- und Innenminister1 am 29. und 30. Januar 2026 in Warschau. Der COSI nahm',
          'Kenntnis von diesen Informationen.',
        ],
      ],
      [
        'Entwurf von Schlussfolgerungen des Rates zur Bekämpfung des Drogenhandels',
        [
          'Der Ausschuss billigte den Entwurf von Schlussfolgerungen des Rates2 und kam überein, ihn',
          'dem Ausschuss der Ständigen Vertreter und dem Rat zur Annahme vorzulegen.',
        ],
      ],
      [
        'Analyse der Bedrohungen für die innere Sicherheit der EU',
        [
          'Das Europäische Zentrum zur Bekämpfung der Cyberkriminalität (EC3) von Europol stellte die',
          'Bewertung der Bedrohungslage im Bereich der organisierten Internetkriminalität vor.',
        ],
      ],
      ['Sonstiges', ['Der künftige Vorsitz stellte sein Arbeitsprogramm für das zweite Halbjahr 2026 vor.']],
    ],
    footnotes: ['Auch als WK 2345/2026 verteilt.', 'Dok. 6640/26.'],
    language: 'DE',
  },
};

/**
 * The outcome's head as plain `pdftotext` prints it (`layout` false: the number and codes under the place and date, each
 * label, value and the subject apart by blank lines) or as `-layout` does (the place and date, number and codes in the
 * right column, each label beside its value).
 */
function headLines(head: OutcomeHead, layout: boolean): string[] {
  const [from, to] = head.values;
  const codes = ['COSI 45', 'ENFOPOL 98', 'JAI 301'];
  if (!layout) {
    const cells = [head.labels[0], from, head.labels[1], to, head.labels[2]].flatMap((line) => [line, '']);
    return [...head.institution, '', head.placeDate, '(OR. en)', '6350/26', 'LIMITE', ...codes, '', head.kind, ...cells, ...head.subject, ''];
  }
  const right = (text: string) => `${' '.repeat(48)}${text}`;
  const rows = head.subject.map((line, index) => `${(index === 0 ? head.labels[2] : '').padEnd(25)}${line}`);
  return [
    `${head.institution[0].padEnd(48)}${head.placeDate}`,
    `${head.institution[1].padEnd(48)}(OR. en)`,
    ...[right('6350/26'), '', right('LIMITE'), '', ...codes.map(right), '', '', head.kind, ''],
    ...[`${head.labels[0].padEnd(25)}${from}`, `${head.labels[1].padEnd(25)}${to}`, ...rows, '', ''],
  ];
}

/** The outcome as plain `pdftotext` (`layout` false) or `-layout` prints its two pages, items 1–3 on the first. */
function outcomeText(outcome: Outcome, layout: boolean): string {
  const item = ([title, text]: [string, string[]], index: number): string[] =>
    layout ? [`${index + 1}.      ${title}`, '', ...text, ''] : [`${index + 1}.`, '', title, '', ...text];
  const footer = (page: number): string[] =>
    layout
      ? [`6350/26${' '.repeat(38)}TR/kl${' '.repeat(42)}${page}`, `JAI.1${' '.repeat(39)}LIMITE${' '.repeat(41)}${outcome.language}`]
      : ['6350/26', 'JAI.1', '', 'TR/kl', 'LIMITE', '', String(page), outcome.language, ''];
  const first = [
    ...headLines(outcome.head, layout),
    ...outcome.items.slice(0, 3).flatMap((entry, index) => item(entry, index)),
    ...(layout ? [] : ['']),
    ...outcome.footnotes.map((footnote, index) => `${index + 1} ${footnote}`),
    ...(layout ? [''] : []),
    ...footer(1),
  ];
  const second = [...outcome.items.slice(3).flatMap((entry, index) => item(entry, index + 3)), ...(layout ? [''] : ['']), ...footer(2)];
  return `${first.join('\n')}\n\f${second.join('\n')}\n\f`;
}

function readOutcome(outcome: Outcome, layout: boolean, flat: boolean | null): OkRecord {
  return expectOk(parseDocument(inShape(outcomeText(outcome, layout), flat), 'content/sources/outcome-ec3.txt'));
}

describe.each(Object.entries(OUTCOMES))('an outcome whose second page prints no footnote, its text naming Europol’s `EC3` (%s)', (_language, outcome) => {
  it.each(TEXT_SHAPES)(
    'reads the first page’s two footnotes and no third: `EC3` is the centre’s code, the last item’s text its own (%s)',
    (_shape, layout, flat) => {
      const record = readOutcome(outcome, layout, flat);
      expect(project(record).footnotes).toEqual(outcome.footnotes.map((text, index) => ({ mark: String(index + 1), text })));
      expect(callLabels([record.sections, record.items]).sort()).toEqual(['1', '2']);
      expect(record.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5']);
      // Item 4's title ends before its text in every shape, also on a page run into one line, where the English text opens
      // with the agency's possessive (`… threat analysis Europol’s European Cybercrime Centre (EC3) presented …`); the code
      // stays whole in the text and calls nothing.
      const fourth = record.items[3];
      expect(fourth?.title).toBe(outcome.items[3]?.[0]);
      expect(JSON.stringify(fourth?.text)).toContain('(EC3)');
      expect(JSON.stringify(record.items[4]?.text)).toContain(JSON.stringify(outcome.items[4]?.[1][0]).slice(1, -1));
    },
  );
});

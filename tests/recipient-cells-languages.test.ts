import { describe, expect, it } from 'vitest';
import { hardWrap } from '../scripts/bench/render-pdf.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { itemsSubject, outcomes, plainTop14470 } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A LIMITE note of the General Secretariat to COSI whose recipient is the committee's full name, as each version's
 * `To:` cell prints it, long enough to wrap: where a version prints its recipients in lower case or with a lower-case
 * article (the Dutch `het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid
 * (COSI)`, as the Dutch versions print `het voorzitterschap` and `delegaties`; the Hungarian `a belső biztonsággal …
 * állandó bizottság (COSI)`; the Maltese `il-Kumitat Permanenti …`), and the versions whose name opens with a capital.
 * Written by hand in the register's shape of 2025 (the Council's name over the place and day, `(OR. en)`, number,
 * LIMITE, codes, `NOTE`, From/To/Subject, the body's first paragraph, the two-line footer in pieces); the subject two
 * of the outcome's item titles apart by a colon (`Fight against organised crime: Information from the Presidency`;
 * the Latvian `Cīņa pret organizēto noziedzību: Prezidentvalsts sniegtā informācija` opens its second part with the
 * word for the Presidency, a sentence's subject elsewhere). The header is drawn as plain `pdftotext` prints a header
 * table: each label beside its value's first line, the wrapped lines under it; the labels first, then each cell after
 * a blank line; the same copied without blank lines; `-layout`, the values in their column; and each page run into
 * one line.
 */
const COSI: Readonly<Record<string, string>> = {
  nl: 'het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI)',
  hu: 'a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI)',
  mt: 'il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna (COSI)',
  sv: 'Ständiga kommittén för operativt samarbete i frågor som rör inre säkerhet (COSI)',
  da: 'Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed (COSI)',
  fr: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
  it: 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
  ro: 'Comitetul permanent pentru cooperare operațională în materie de securitate internă (COSI)',
  pt: 'Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI)',
  et: 'Sisejulgeolekualase operatiivkoostöö alaline komitee (COSI)',
  fi: 'Sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea (COSI)',
  lt: 'Vidaus saugumo operatyvinio bendradarbiavimo nuolatinis komitetas (COSI)',
  lv: 'Iekšējās drošības operatīvās sadarbības pastāvīgā komiteja (COSI)',
  en: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
  de: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
};

/** The width of the header table's value cell, in characters: where a long value wraps. */
const CELL_WIDTH = 62;

type Header = 'labels beside values' | 'labels first' | 'labels first, no blank lines' | '-layout';

const HEADERS: readonly Header[] = ['labels beside values', 'labels first', 'labels first, no blank lines', '-layout'];

function header(rows: readonly (readonly [string, string])[], shape: Header): string[] {
  const cells = rows.map(([label, value]) => [label, hardWrap(value, CELL_WIDTH)] as const);
  if (shape === 'labels beside values') return cells.flatMap(([label, [first = '', ...rest]]) => [`${label} ${first}`, ...rest]);
  if (shape === '-layout')
    return cells.flatMap(([label, [first = '', ...rest]]) => [`${label.padEnd(24)}${first}`, ...rest.map((line) => `${' '.repeat(24)}${line}`)]);
  const values = cells.flatMap(([, lines]) => (shape === 'labels first' ? [...lines, ''] : lines));
  return [...cells.map(([label]) => label), '', ...values];
}

function notePage(language: string, to: string, shape: Header): { text: string; subject: string } {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const subject = itemsSubject(outcome);
  const rows = [
    [`${outcome.labels.from}:`, outcome.from],
    [`${outcome.labels.to}:`, to],
    [`${outcome.labels.subject}:`, subject],
  ] as const;
  const text = [
    ...plainTop14470(outcome, ['COSI 180', 'JAI 1502']),
    '',
    'NOTE',
    ...header(rows, shape),
    '',
    `1. ${outcome.opening}`,
    '',
    '14470/25',
    'EB/hm',
    '1',
    'JAI.1',
    'LIMITE',
    language.toUpperCase(),
    '',
  ].join('\n');
  return { text, subject };
}

describe('a note to COSI whose recipient cell wraps, in lower case or opening with a capital', () => {
  for (const [language, to] of Object.entries(COSI))
    for (const shape of HEADERS)
      it(`reads the ${language} sender, recipient and subject apart (${shape}, as printed and run into one line)`, () => {
        const { text, subject } = notePage(language, to, shape);
        for (const [name, page] of [
          ['as printed', text],
          ['run into one line', flattenedPages(text)],
        ] as const) {
          const record = expectOk(parseDocument(page, `note-${language}.txt`));
          expect({ from: record.from, to: record.to, subject: record.subject }, name).toEqual({ from: outcomes[language]?.from, to, subject });
        }
      });
});

/**
 * Coreper, the Council and the delegations as a note's three recipients, each on its own line of the `To:` cell, in the
 * 24 versions (Coreper's and the Council's names as tests/ia-item-note-languages.test.ts prints them after a slash, the
 * delegations as the version's outcome names them): the labels beside their values, plain `pdftotext`'s labels first
 * and the page run into one line. The Bulgarian names in their indefinite form (`Комитет на постоянните представители`
 * / `Съвет`) and the Maltese without their article (`Kumitat tar-Rappreżentanti Permanenti` / `Kunsill`) are
 * recipients as the forms with their article are.
 */
const COREPER_AND_COUNCIL: Readonly<Record<string, readonly [coreper: string, council: string]>> = {
  en: ['Permanent Representatives Committee', 'Council'],
  fr: ['Comité des représentants permanents', 'Conseil'],
  de: ['Ausschuss der Ständigen Vertreter', 'Rat'],
  it: ['Comitato dei rappresentanti permanenti', 'Consiglio'],
  es: ['Comité de Representantes Permanentes', 'Consejo'],
  pt: ['Comité de Representantes Permanentes', 'Conselho'],
  nl: ['Comité van permanente vertegenwoordigers', 'Raad'],
  pl: ['Komitet Stałych Przedstawicieli', 'Rada'],
  sv: ['Ständiga representanternas kommitté', 'rådet'],
  el: ['Επιτροπή των Μονίμων Αντιπροσώπων', 'Συμβούλιο'],
  bg: ['Комитет на постоянните представители', 'Съвет'],
  ro: ['Comitetul Reprezentanților Permanenți', 'Consiliul'],
  hr: ['Odbor stalnih predstavnika', 'Vijeće'],
  cs: ['Výbor stálých zástupců', 'Rada'],
  sk: ['Výbor stálych predstaviteľov', 'Rada'],
  sl: ['Odbor stalnih predstavnikov', 'Svet'],
  et: ['Alaliste esindajate komitee', 'nõukogu'],
  lt: ['Nuolatinių atstovų komitetas', 'Taryba'],
  lv: ['Pastāvīgo pārstāvju komiteja', 'Padome'],
  hu: ['Állandó Képviselők Bizottsága', 'Tanács'],
  mt: ['Kumitat tar-Rappreżentanti Permanenti', 'Kunsill'],
  da: ['De Faste Repræsentanters Komité', 'Rådet'],
  ga: ['Coiste na mBuanionadaithe', 'An Chomhairle'],
  fi: ['Pysyvien edustajien komitea', 'neuvosto'],
};

function recipientsPage(language: string, recipients: readonly string[], labelsFirst: boolean): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const subject = outcome.items[2] ?? '';
  const header = labelsFirst
    ? [`${outcome.labels.from}:`, `${outcome.labels.to}:`, `${outcome.labels.subject}:`, '', outcome.from, '', ...recipients, '', subject, '']
    : [
        `${outcome.labels.from}: ${outcome.from}`,
        `${outcome.labels.to}: ${recipients[0] ?? ''}`,
        ...recipients.slice(1),
        `${outcome.labels.subject}: ${subject}`,
        '',
      ];
  return [
    outcome.institution,
    '',
    outcome.placeDate,
    '(OR. en)',
    '15123/25',
    '',
    'COSI 210',
    'JAI 1620',
    '',
    'NOTE',
    '',
    ...header,
    `1. ${outcome.sentences[0] ?? ''}`,
    '',
    '15123/25 ML/ab 1',
    `JAI.1 ${language.toUpperCase()}`,
    '',
  ].join('\n');
}

describe('a note to Coreper, the Council and the delegations, one recipient a line', () => {
  for (const [language, [coreper, council]] of Object.entries(COREPER_AND_COUNCIL))
    it(`reads the ${language} recipients one by one and the subject apart (labels beside values, labels first, the page run into one line)`, () => {
      const outcome = outcomes[language];
      const recipients = [coreper, council, outcome?.to ?? ''];
      for (const [shape, text] of [
        ['labels beside values', recipientsPage(language, recipients, false)],
        ['labels first', recipientsPage(language, recipients, true)],
        ['run into one line', flattenedPages(recipientsPage(language, recipients, false))],
      ] as const) {
        const record = expectOk(parseDocument(text, `note-${language}.txt`));
        expect({ shape, recipients: record.recipients, subject: record.subject }).toEqual({ shape, recipients, subject: outcome?.items[2] });
      }
    });
});

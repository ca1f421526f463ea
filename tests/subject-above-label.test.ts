import { describe, expect, it } from 'vitest';
import { hardWrap } from '../scripts/bench/render-pdf.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { itemsSubject, outcomes, type Outcome, plainTop14470 } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { blocksPlain } from '../src/shared/source-text.ts';

/**
 * Plain `pdftotext` of a register PDF whose header table's recipient cell wraps: it prints the label column's `From:`
 * and `To:` before their values, the recipient's lines and the subject's lines one under the other, and then the
 * subject's label with nothing under it but the body's first paragraph number apart (`Objet:` / `1.` / the
 * paragraph), as tests/fixtures/council-pdf-lo/note-annex-footnotes-fr/pdftotext.txt prints it. In each official
 * language (the header's words of tests/fixtures/outcome-languages/outcomes.json), addressed to COSI under the name
 * its versions give it, its subject two of the outcome's item titles (`Fight against organised crime: Information from
 * the Presidency`), long enough to wrap.
 */

/** COSI as a header's recipient, in each official language. */
const COSI: Readonly<Record<string, string>> = {
  bg: 'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)',
  cs: 'Stálý výbor pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI)',
  da: 'Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed (COSI)',
  de: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
  el: 'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)',
  en: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
  es: 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
  et: 'Sisejulgeolekualase operatiivkoostöö alaline komitee (COSI)',
  fi: 'Sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea (COSI)',
  fr: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
  ga: 'An Buanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach (COSI)',
  hr: 'Stalni odbor za operativnu suradnju u području unutarnje sigurnosti (COSI)',
  hu: 'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI)',
  it: 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
  lt: 'Vidaus saugumo operatyvinio bendradarbiavimo nuolatinis komitetas (COSI)',
  lv: 'Iekšējās drošības operatīvās sadarbības pastāvīgā komiteja (COSI)',
  mt: 'Il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna (COSI)',
  nl: 'Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI)',
  pl: 'Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI)',
  pt: 'Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI)',
  ro: 'Comitetul permanent pentru cooperare operațională în materie de securitate internă (COSI)',
  sk: 'Stály výbor pre operačnú spoluprácu v oblasti vnútornej bezpečnosti (COSI)',
  sl: 'Stalni odbor za operativno sodelovanje na področju notranje varnosti (COSI)',
  sv: 'Ständiga kommittén för operativt samarbete i frågor som rör inre säkerhet (COSI)',
};

/** The width of the header table's value cell, in characters: where a long value wraps. */
const CELL_WIDTH = 62;

function plainText(outcome: Outcome, to: string): string {
  return [
    ...plainTop14470(outcome, ['COSI 180', 'JAI 1502']),
    '',
    outcome.kind,
    `${outcome.labels.from}:`,
    '',
    outcome.from,
    '',
    `${outcome.labels.to}:`,
    '',
    ...hardWrap(to, CELL_WIDTH),
    ...hardWrap(itemsSubject(outcome), CELL_WIDTH),
    '',
    `${outcome.labels.subject}:`,
    '',
    '1.',
    '',
    outcome.opening,
    '',
    '2.',
    '',
    outcome.opening,
    '',
  ].join('\n');
}

describe('a subject plain pdftotext prints before its label, under a recipient whose cell wraps', () => {
  for (const [language, to] of Object.entries(COSI)) {
    it(`reads the ${language} recipient and subject apart, and the first paragraph as no subject`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(`no ${language} outcome`);
      const record = expectOk(parseDocument(plainText(outcome, to), `note-${language}.txt`));
      expect({ from: record.from, to: record.to, recipients: record.recipients, subject: record.subject, label: record.printed?.labels.subject }).toEqual({
        from: outcome.from,
        to,
        recipients: [to],
        subject: itemsSubject(outcome),
        label: `${outcome.labels.subject}:`,
      });
    });
  }
});

describe('the same plain pdftotext copied out of a PDF viewer, with no blank line', () => {
  for (const [language, to] of Object.entries(COSI)) {
    it(`reads the ${language} recipient and subject apart, the subject's label right over the first paragraph's number`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(`no ${language} outcome`);
      const copied = plainText(outcome, to)
        .split('\n')
        .filter((line) => line !== '')
        .join('\n');
      const record = expectOk(parseDocument(copied, `note-${language}.txt`));
      expect({ to: record.to, subject: record.subject }).toEqual({ to, subject: itemsSubject(outcome) });
    });
  }
});

/**
 * Plain `pdftotext` of an outcome whose header table's cells fit on the labels' rows: each label with its value beside
 * it (`Subject: Fight against organised crime`), then the first item's number alone, a blank line, its title, as plain
 * `pdftotext` prints a word processor's list number apart from its paragraph.
 */
function besideText(outcome: Outcome): string {
  return [
    outcome.institution,
    '',
    outcome.placeDate,
    '14470/25',
    'COSI 180',
    '',
    outcome.kind,
    `${outcome.labels.from}: ${outcome.from}`,
    `${outcome.labels.to}: ${outcome.to}`,
    `${outcome.labels.subject}: ${outcome.items[2] ?? ''}`,
    // items 1 and 2, each number alone, a blank line, its title, a blank line, its sentence
    ...[0, 1].flatMap((index) => ['', `${index + 1}.`, '', outcome.items[index] ?? '', '', outcome.sentences[index] ?? '']),
    '',
  ].join('\n');
}

describe("the first item's number plain pdftotext prints apart under a subject with its value beside its label", () => {
  for (const [language, outcome] of Object.entries(outcomes)) {
    it(`sets the ${language} item numbers back on their titles`, () => {
      const record = expectOk(parseDocument(besideText(outcome), `outcome-${language}.txt`));
      expect({ subject: record.subject, items: record.items.map((item) => [item.number, item.title, blocksPlain(item.text)]) }).toEqual({
        subject: outcome.items[2],
        items: [
          ['1', outcome.items[0], outcome.sentences[0]],
          ['2', outcome.items[1], outcome.sentences[1]],
        ],
      });
    });
  }
});

import { describe, expect, it } from 'vitest';
import { REGISTER_LANGUAGES } from '../scripts/fetch/targets.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { notRead, outcomes, type Outcome } from './support/outcome-languages.ts';
import { expectReadAsStated } from './support/not-read.ts';
import { outcomeRead } from './support/outcome-read.ts';
import { expectOk } from './support/projection.ts';

/**
 * One COSI outcome of proceedings in each of the 24 official languages (tests/fixtures/outcome-languages/outcomes.json,
 * written by hand as the Council's versions print it), set in the shapes its text reaches the ingest in, and read back
 * to its number, date, kind, language, header, meeting days, items, footnote and references, with no footer text left
 * in its body.
 */
const NUMBER = '14470/25';
const CODES = ['COSI 180', 'ENFOPOL 390', 'JAI 1502'];
/** The document each item's sentence names, in order. */
const DOCUMENTS = ['CM 5123/25', '14470/1/25 REV 1', '13802/25'];
const FOOTNOTE_DOCUMENT = 'WK 15012/2025';
const INITIALS = 'TR/kl';

/**
 * The decisions of each version, as the ingest reads them (scripts/ingest/parse/decisions/decisions.ts, decision-languages.ts,
 * decision-languages-east.ts, decision-languages-north.ts; the objects written by reading the sentences): in
 * each, item 2 records that the committee took note of the Presidency's information and item 3 that it approved the
 * conclusions, the committee named with a capital or in lower case as the version prints it (`Il comitato ha preso atto
 * …`, `Het comité nam nota …`); item 1 that the agenda was adopted, whichever verb the version prints for it (`Se aprobó
 * el orden del día`, `A ordem do dia foi aprovada`, `De agenda werd goedgekeurd zoals …`).
 */
const DECISIONS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['the information from the Presidency (14470/1/25 REV 1)', 'the conclusions set out in 13802/25'],
  fr: ['des informations de la présidence (14470/1/25 REV 1)', 'les conclusions figurant dans le document 13802/25'],
  de: ['die Informationen des Vorsitzes (14470/1/25 REV 1)', 'die Schlussfolgerungen in Dokument 13802/25'],
  es: ['la información de la Presidencia (14470/1/25 REV 1)', 'las conclusiones que figuran en el documento 13802/25'],
  it: ['delle informazioni della presidenza (14470/1/25 REV 1)', 'le conclusioni che figurano nel documento 13802/25'],
  nl: ['de informatie van het voorzitterschap (14470/1/25 REV 1)', 'de conclusies in document 13802/25'],
  pt: ['das informações da Presidência (14470/1/25 REV 1)', 'as conclusões constantes do documento 13802/25'],
  pl: ['informacje prezydencji (14470/1/25 REV 1)', 'konkluzje zawarte w dokumencie 13802/25'],
  bg: ['информацията от председателството (14470/1/25 REV 1)', 'заключенията, съдържащи се в 13802/25'],
  cs: ['informace předsednictví (14470/1/25 REV 1)', 'závěry uvedené v dokumentu 13802/25'],
  da: ['orienteringen fra formandskabet (14470/1/25 REV 1)', 'konklusionerne i 13802/25'],
  el: ['την ενημέρωση της Προεδρίας (14470/1/25 REV 1)', 'τα συμπεράσματα του εγγράφου 13802/25'],
  et: ['eesistujariigi teabe (14470/1/25 REV 1)', 'dokumendis 13802/25 esitatud järeldused'],
  fi: ['puheenjohtajavaltion tiedotuksen (14470/1/25 REV 1)', 'asiakirjassa 13802/25 esitetyt päätelmät'],
  ga: ['an fhaisnéis ón Uachtaránacht (14470/1/25 REV 1)', 'na conclúidí atá leagtha amach in 13802/25'],
  hr: ['informacije predsjedništva (14470/1/25 REV 1)', 'zaključke iz dokumenta 13802/25'],
  hu: ['az elnökség tájékoztatását (14470/1/25 REV 1)', 'a 13802/25 dokumentumban foglalt következtetéseket'],
  lt: ['pirmininkaujančiosios valstybės narės informaciją (14470/1/25 REV 1)', 'dokumente 13802/25 pateiktoms išvadoms'],
  lv: ['prezidentvalsts sniegto informāciju (14470/1/25 REV 1)', 'dokumentā 13802/25 izklāstītos secinājumus'],
  mt: ['tal-informazzjoni mill-Presidenza (14470/1/25 REV 1)', 'l-konklużjonijiet stabbiliti fid-dokument 13802/25'],
  ro: ['informarea președinției (14470/1/25 REV 1)', 'concluziile prezentate în documentul 13802/25'],
  sk: ['informácie predsedníctva (14470/1/25 REV 1)', 'závery uvedené v dokumente 13802/25'],
  sl: ['informacijami predsedstva (14470/1/25 REV 1)', 'sklepe iz dokumenta 13802/25'],
  sv: ['informationen från ordförandeskapet (14470/1/25 REV 1)', 'slutsatserna i dokument 13802/25'],
};

/**
 * Who adopted the agenda as item 1 states it: nobody named where the version prints a passive or an impersonal form;
 * the committee where it prints the committee as the subject (`A bizottság a napirendet … fogadta el`).
 */
const AGENDA_ADOPTED_BY: Readonly<Record<string, string>> = { hu: 'COSI' };

/** The page's top above the header table: the Council's name, place and date, original language, number, LIMITE and codes, the kind. */
function top(outcome: Outcome, layout: boolean): string[] {
  const right = (text: string) => (layout ? `${' '.repeat(49)}${text}` : text);
  return [
    outcome.institution,
    '',
    right(outcome.placeDate),
    right('(OR. en)'),
    right(NUMBER),
    '',
    right('LIMITE'),
    '',
    ...CODES.map(right),
    '',
    outcome.kind,
    '',
  ];
}

/** The labels of the header table and their values. */
function rows(outcome: Outcome): [string, string][] {
  const { labels } = outcome;
  return [
    [labels.from, outcome.from],
    [labels.to, outcome.to],
    [labels.subject, outcome.subject],
  ];
}

/** How an item's number is printed: `1.` as most versions print it, else with the version's word (`Item 1:`) or a bracket (`1)`). */
type Numbering = (outcome: Outcome, number: number) => string;

const DOTTED: Numbering = (_outcome, number) => `${number}.`;

/** The opening sentence with the footnote's mark, and the three numbered items, each with its sentence. */
function body(outcome: Outcome, indent: string, numbering: Numbering = DOTTED): string[] {
  return [
    `${outcome.opening}1`,
    '',
    ...outcome.items.flatMap((title, index) => [`${numbering(outcome, index + 1)}${indent}${title}`, '', outcome.sentences[index] ?? '', '']),
  ];
}

/** The footnote at the foot of the page. */
function footnote(outcome: Outcome): string {
  return `1 ${outcome.footnote}`;
}

/** The two-line footer as `pdftotext -layout` prints it: number, initials and page; unit, LIMITE and language. */
function layoutFooter(language: string): string[] {
  return [`${NUMBER}${' '.repeat(31)}${INITIALS}${' '.repeat(45)}1`, `JAI.1${' '.repeat(40)}LIMITE${' '.repeat(44)}${language.toUpperCase()}`];
}

/** The same footer as plain `pdftotext` prints it: each cell apart. */
function plainFooter(language: string): string[] {
  return [NUMBER, '', INITIALS, '', '1', '', 'JAI.1', '', 'LIMITE', '', language.toUpperCase(), ''];
}

/** The footer's table as plain `pdftotext` reads it column by column: number over unit, initials over LIMITE, page over language. */
function columnFooter(language: string): string[] {
  return [NUMBER, 'JAI.1', INITIALS, 'LIMITE', '1', language.toUpperCase()];
}

/** Each label on its own line above its value. */
const labelsAboveValues = (outcome: Outcome): string[] => rows(outcome).flatMap(([label, value]) => [`${label}:`, value]);

/** The page's body under its header as plain `pdftotext` prints it: the items, the footnote and, after a blank line, `footer`. */
const plainBody = (outcome: Outcome, numbering: Numbering | undefined, footer: readonly string[]): string[] => [
  ...body(outcome, ' ', numbering),
  footnote(outcome),
  '',
  ...footer,
];

/** The page's lines run into one line: blank lines dropped, each line trimmed, one space between them. */
const oneLine = (lines: readonly string[]): string =>
  lines
    .filter((line) => line !== '')
    .map((line) => line.trim())
    .join(' ')
    .concat('\n');

/**
 * The shapes: the header table printed as labelled rows, `pdftotext -layout`, plain `pdftotext` (the column of labels
 * read before the column of values), each label on its own line above its value, and the page flattened to one line,
 * its footer row by row or, as plain `pdftotext` prints the footer's table, column by column.
 */
const SHAPES: Record<string, (outcome: Outcome, language: string, numbering?: Numbering) => string> = {
  'labelled rows': (outcome, language, numbering) =>
    [...top(outcome, false), ...rows(outcome).map(([label, value]) => `${label}: ${value}`), '', ...plainBody(outcome, numbering, plainFooter(language))].join(
      '\n',
    ),
  layout: (outcome, language, numbering) =>
    [
      ...top(outcome, true),
      ...rows(outcome).map(([label, value]) => `${`${label}:`.padEnd(25)}${value}`),
      '',
      '',
      ...body(outcome, '    ', numbering),
      footnote(outcome),
      '',
      ...layoutFooter(language),
    ].join('\n'),
  'labels first': (outcome, language, numbering) =>
    [
      ...top(outcome, false),
      ...rows(outcome).map(([label]) => `${label}:`),
      '',
      ...rows(outcome).map(([, value]) => value),
      '',
      ...plainBody(outcome, numbering, plainFooter(language)),
    ].join('\n'),
  'label above value': (outcome, language, numbering) =>
    [...top(outcome, false), ...labelsAboveValues(outcome), '', ...plainBody(outcome, numbering, plainFooter(language))].join('\n'),
  flattened: (outcome, language, numbering) =>
    oneLine([...top(outcome, false), ...labelsAboveValues(outcome), ...plainBody(outcome, numbering, plainFooter(language))]),
  'flattened, footer column by column': (outcome, language, numbering) =>
    oneLine([...top(outcome, false), ...labelsAboveValues(outcome), ...plainBody(outcome, numbering, columnFooter(language))]),
};

describe('a COSI outcome of proceedings in each official language', () => {
  it('covers the 24 official languages, and the decisions of each', () => {
    expect(Object.keys(outcomes).sort()).toEqual([...REGISTER_LANGUAGES].sort());
    expect(Object.keys(DECISIONS).sort()).toEqual([...REGISTER_LANGUAGES].sort());
  });

  for (const [shape, print] of Object.entries(SHAPES)) {
    describe(shape, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        it(`reads the ${language} outcome's header, items and footnote`, () => {
          const record = expectOk(parseDocument(print(outcome, language), `outcome-${language}.txt`));
          // nothing lost: the opening and every item's sentence are in the body, and no text of the footer
          const read = outcomeRead(record, [outcome.opening, ...outcome.sentences], [NUMBER, INITIALS, 'JAI.1', 'LIMITE']);
          const stated: Record<string, unknown> = {
            number: NUMBER,
            date: '2025-11-25',
            kind: 'outcome-of-proceedings',
            language,
            originalLanguage: 'en',
            limite: true,
            codes: CODES,
            from: outcome.from,
            to: outcome.to,
            subject: outcome.subject,
            meeting: ['2025-11-18', '2025-11-19'],
            items: outcome.items.map((title, index) => [String(index + 1), title, [DOCUMENTS[index]]]),
            footnotes: [['1', outcome.footnote]],
            references: [...DOCUMENTS, FOOTNOTE_DOCUMENT].sort(),
            body: [],
            furniture: [],
          };
          expectReadAsStated(read, stated, notRead[`${shape}/${language}`]?.fields ?? []);
        });
      }
    });
  }

  /**
   * The items' numbers as some versions print them: with the version's word (`Item 1:`, `Punkt 1:`, `Σημείο 1:`, the
   * number first where the ordinal stands first, `1. napirendi pont:`) or closed by a bracket (`1)`).
   */
  const NUMBERINGS: Record<string, Numbering> = {
    'with its word': (outcome, number) => outcome.itemNumber.replace('{n}', String(number)),
    'in brackets': (_outcome, number) => `${number})`,
  };
  for (const [numbered, numbering] of Object.entries(NUMBERINGS)) {
    describe(`items numbered ${numbered}`, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        it(`reads the ${language} outcome's items, their titles and documents, in every shape`, () => {
          for (const [shape, print] of Object.entries(SHAPES)) {
            const record = expectOk(parseDocument(print(outcome, language, numbering), `outcome-${language}.txt`));
            const items = record.items.map((item) => [item.number, item.title, item.references]);
            expect(items, shape).toEqual(outcome.items.map((title, index) => [String(index + 1), title, [DOCUMENTS[index]]]));
          }
        });
      }
    });
  }

  describe('decisions', () => {
    for (const [language, [noted, approved]] of Object.entries(DECISIONS)) {
      it(`reads the ${language} outcome's decisions, in every shape`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(`no ${language} outcome`);
        for (const print of Object.values(SHAPES)) {
          const record = expectOk(parseDocument(print(outcome, language), `outcome-${language}.txt`));
          // item 1: the agenda adopted, printed in the passive or impersonal (nobody named); items 2 and 3: what the committee did
          expect(record.items[0]?.decisions.map(({ by, verb }) => ({ by, verb }))).toEqual([{ by: AGENDA_ADOPTED_BY[language] ?? null, verb: 'adopted' }]);
          expect(record.items.slice(1).map((item) => item.decisions.map(({ by, verb, object }) => ({ by, verb, object })))).toEqual([
            [{ by: 'COSI', verb: 'took-note', object: noted }],
            [{ by: 'COSI', verb: 'approved', object: approved }],
          ]);
        }
      });
    }
  });
});

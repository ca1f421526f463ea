import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A Presidency note whose header prints no `From:` and `To:` rows: its kind line names the sender and the recipient, as
 * each version prints it in capitals (written by hand, set in place of the kind line of the outcome of
 * tests/fixtures/outcome-languages/outcomes.json, the header keeping only its `Subject:` row). The sender is the
 * Presidency as the version's `From:` row names it, the recipient the words after the version's word for "to" and its
 * article (or before its case ending), as printed; the kind line is kept whole as the printed kind, its acronym no code.
 */
const SHORT_LINES: Readonly<Record<string, [line: string, from: string, to: string]>> = {
  en: ['NOTE FROM THE PRESIDENCY TO COSI', 'Presidency', 'COSI'],
  fr: ['NOTE DE LA PRÉSIDENCE AU COSI', 'Présidence', 'COSI'],
  de: ['VERMERK DES VORSITZES FÜR DEN COSI', 'Vorsitz', 'COSI'],
  es: ['NOTA DE LA PRESIDENCIA AL COSI', 'Presidencia', 'COSI'],
  it: ['NOTA DELLA PRESIDENZA AL COSI', 'Presidenza', 'COSI'],
  pt: ['NOTA DA PRESIDÊNCIA AO COSI', 'Presidência', 'COSI'],
  nl: ['NOTA VAN HET VOORZITTERSCHAP AAN HET COSI', 'Voorzitterschap', 'COSI'],
  pl: ['NOTA PREZYDENCJI DLA COSI', 'Prezydencja', 'COSI'],
  cs: ['POZNÁMKA PŘEDSEDNICTVÍ PRO COSI', 'Předsednictví', 'COSI'],
  sk: ['POZNÁMKA PREDSEDNÍCTVA PRE COSI', 'Predsedníctvo', 'COSI'],
  sl: ['OPOMBA PREDSEDSTVA ZA COSI', 'Predsedstvo', 'COSI'],
  hr: ['NAPOMENA PREDSJEDNIŠTVA ZA COSI', 'Predsjedništvo', 'COSI'],
  sv: ['NOT FRÅN ORDFÖRANDESKAPET TILL COSI', 'Ordförandeskapet', 'COSI'],
  da: ['NOTAT FRA FORMANDSKABET TIL COSI', 'Formandskabet', 'COSI'],
  el: ['ΣΗΜΕΙΩΜΑ ΤΗΣ ΠΡΟΕΔΡΙΑΣ ΠΡΟΣ ΤΗΝ COSI', 'Προεδρία', 'COSI'],
  bg: ['БЕЛЕЖКА ОТ ПРЕДСЕДАТЕЛСТВОТО ДО COSI', 'Председателството', 'COSI'],
  ro: ['NOTA PREȘEDINȚIEI CĂTRE COSI', 'Președinția', 'COSI'],
  hu: ['AZ ELNÖKSÉG FELJEGYZÉSE A COSI RÉSZÉRE', 'Elnökség', 'COSI'],
  fi: ['PUHEENJOHTAJAVALTION MUISTIO COSI:LLE', 'Puheenjohtajavaltio', 'COSI'],
  et: ['EESISTUJARIIGI MÄRKUS COSI-LE', 'Eesistujariik', 'COSI'],
  lt: ['PIRMININKAUJANČIOSIOS VALSTYBĖS NARĖS PASTABA COSI', 'Pirmininkaujanti valstybė narė', 'COSI'],
  lv: ['PREZIDENTŪRAS PIEZĪME COSI', 'Prezidentvalsts', 'COSI'],
  mt: ['NOTA MILL-PRESIDENZA LILL-COSI', 'Il-Presidenza', 'COSI'],
  ga: ['NÓTA ÓN UACHTARÁNACHT CHUIG COSI', 'An Uachtaránacht', 'COSI'],
};

/** The kind lines that name the committee in full (those of tests/long-kind-line-languages.test.ts), with the acronym after it, and other recipients. */
const LONG_LINES: readonly [language: string, line: string, from: string, to: string][] = [
  [
    'en',
    'NOTE FROM THE PRESIDENCY TO THE STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY (COSI)',
    'Presidency',
    'STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY (COSI)',
  ],
  [
    'fr',
    'NOTE DE LA PRÉSIDENCE AU COMITÉ PERMANENT DE COOPÉRATION OPÉRATIONNELLE EN MATIÈRE DE SÉCURITÉ INTÉRIEURE (COSI)',
    'Présidence',
    'COMITÉ PERMANENT DE COOPÉRATION OPÉRATIONNELLE EN MATIÈRE DE SÉCURITÉ INTÉRIEURE (COSI)',
  ],
  [
    'de',
    'VERMERK DES VORSITZES FÜR DEN STÄNDIGEN AUSSCHUSS FÜR DIE OPERATIVE ZUSAMMENARBEIT IM BEREICH DER INNEREN SICHERHEIT (COSI)',
    'Vorsitz',
    'STÄNDIGEN AUSSCHUSS FÜR DIE OPERATIVE ZUSAMMENARBEIT IM BEREICH DER INNEREN SICHERHEIT (COSI)',
  ],
  [
    'pl',
    'NOTA PREZYDENCJI DLA STAŁEGO KOMITETU DS. WSPÓŁPRACY OPERACYJNEJ W DZIEDZINIE BEZPIECZEŃSTWA WEWNĘTRZNEGO (COSI)',
    'Prezydencja',
    'STAŁEGO KOMITETU DS. WSPÓŁPRACY OPERACYJNEJ W DZIEDZINIE BEZPIECZEŃSTWA WEWNĘTRZNEGO (COSI)',
  ],
  [
    'fi',
    'PUHEENJOHTAJAVALTION MUISTIO SISÄISEN TURVALLISUUDEN OPERATIIVISEN YHTEISTYÖN PYSYVÄLLE KOMITEALLE (COSI)',
    'Puheenjohtajavaltio',
    'SISÄISEN TURVALLISUUDEN OPERATIIVISEN YHTEISTYÖN PYSYVÄLLE KOMITEALLE (COSI)',
  ],
  ['en', 'NOTE FROM THE PRESIDENCY TO THE PERMANENT REPRESENTATIVES COMMITTEE', 'Presidency', 'PERMANENT REPRESENTATIVES COMMITTEE'],
  ['en', 'NOTE FROM THE PRESIDENCY TO DELEGATIONS', 'Presidency', 'DELEGATIONS'],
  ['fr', 'NOTE DE LA PRÉSIDENCE AU CONSEIL', 'Présidence', 'CONSEIL'],
  ['de', 'VERMERK DES VORSITZES AN DEN AUSSCHUSS DER STÄNDIGEN VERTRETER', 'Vorsitz', 'AUSSCHUSS DER STÄNDIGEN VERTRETER'],
  ['es', 'NOTA DE LA PRESIDENCIA A LAS DELEGACIONES', 'Presidencia', 'DELEGACIONES'],
];

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/** The note in one shape, its kind line `kind`, its header printing only the subject's row (or `rows`). */
function note(language: string, kind: string, shape: OutcomeShape, rows: readonly ('from' | 'to' | 'subject')[] = ['subject']) {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  return { outcome, record: expectOk(parseDocument(outcomePage({ ...outcome, kind }, language, shape, { foot: [], order: rows }), `kind-to-${language}.txt`)) };
}

describe('a Presidency note whose kind line names its recipient, and no From and To rows, names its sender and recipient', () => {
  for (const [language, [line, from, to]] of Object.entries(SHORT_LINES))
    it(`${language}: ${line}`, () => {
      for (const shape of SHAPES) {
        const { outcome, record } = note(language, line, shape);
        expect({
          shape,
          kind: record.kind,
          printed: record.printed?.kind,
          from: record.from,
          to: record.to,
          codes: record.codes,
          other: record.otherHeaderLines,
        }).toEqual({
          shape,
          kind: 'presidency-note',
          printed: line,
          from,
          to,
          codes: ['COSI 180'],
          other: [outcome.institution],
        });
        expect(record.subject).toBe(outcome.subject);
      }
    });
  for (const [language, line, from, to] of LONG_LINES)
    it(`${language}: ${line}`, () => {
      for (const shape of SHAPES) {
        const { outcome, record } = note(language, line, shape);
        expect({
          shape,
          printed: record.printed?.kind,
          from: record.from,
          to: record.to,
          recipients: record.recipients,
          other: record.otherHeaderLines,
        }).toEqual({
          shape,
          printed: line,
          from,
          to,
          recipients: [to],
          other: [outcome.institution],
        });
      }
    });
});

/** Kind lines set on two lines, the recipient on the second, as a centred title may break (`NOTE FROM THE PRESIDENCY` / `TO COSI`). */
const TWO_LINES: readonly [language: string, kind: string, recipient: string][] = [
  ['en', 'NOTE FROM THE PRESIDENCY', 'TO COSI'],
  ['fr', 'NOTE DE LA PRÉSIDENCE', 'AU COSI'],
  ['de', 'VERMERK DES VORSITZES', 'FÜR DEN COSI'],
  ['es', 'NOTA DE LA PRESIDENCIA', 'AL COSI'],
  ['hu', 'AZ ELNÖKSÉG FELJEGYZÉSE', 'A COSI RÉSZÉRE'],
  ['fi', 'PUHEENJOHTAJAVALTION MUISTIO', 'COSI:LLE'],
];

describe('a Presidency note whose kind line names its recipient on a second line names its sender and recipient, in each shape that keeps the lines', () => {
  for (const [language, kind, recipient] of TWO_LINES)
    it(`${language}: ${kind} / ${recipient}`, () => {
      const [, from] = SHORT_LINES[language] ?? [];
      for (const shape of ['labelled rows', 'layout', 'labels first'] as const) {
        const { outcome, record } = note(language, `${kind}\n${recipient}`, shape);
        expect({ shape, printed: record.printed?.kind, from: record.from, to: record.to, codes: record.codes, other: record.otherHeaderLines }).toEqual({
          shape,
          printed: `${kind} ${recipient}`,
          from,
          to: 'COSI',
          codes: ['COSI 180'],
          other: [outcome.institution],
        });
      }
    });
});

describe('the rows a header prints are read before its kind line', () => {
  it('a note printing From and To rows under `NOTE FROM THE PRESIDENCY TO COSI` names the rows’ sender and recipient', () => {
    for (const shape of SHAPES) {
      const { outcome, record } = note('en', 'NOTE FROM THE PRESIDENCY TO COSI', shape, ['from', 'to', 'subject']);
      expect({ shape, from: record.from, to: record.to, printed: record.printed?.kind }).toEqual({
        shape,
        from: outcome.from,
        to: outcome.to,
        printed: 'NOTE FROM THE PRESIDENCY TO COSI',
      });
    }
  });

  it('a kind line that names no recipient after the kind (`NOTE FROM THE PRESIDENCY`) names no sender or recipient', () => {
    const { record } = note('en', 'NOTE FROM THE PRESIDENCY', 'labelled rows');
    expect({ from: record.from, to: record.to }).toEqual({ from: null, to: null });
  });
});

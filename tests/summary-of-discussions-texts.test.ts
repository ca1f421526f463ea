import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A summary of discussions of a COSI meeting as the register printed them in 2010–2012, before the committee's records
 * were headed `OUTCOME OF PROCEEDINGS`: the Council's name in capitals on two lines, the place and date, the number,
 * LIMITE and the codes in the right column, the kind line `SUMMARY OF DISCUSSIONS` (`RÉSUMÉ DES DISCUSSIONS`,
 * `ZUSAMMENFASSUNG DER BERATUNGEN` …), the labels in small letters with their colons spaced (`from :`, `to :`, `No. prev.
 * doc. :`, `Subject :`), the subject naming the meeting and its day, then the meeting's items, each with what the
 * committee did, and the two-line footer of those years (`7921/11 GG/hm 1` / `DG H 2C LIMITE EN`). Written by hand
 * for 7921/11 of 22 March 2011 (the meeting of 15 March 2011), in eight languages; the items and their sentences are those
 * of tests/fixtures/older-outcome-languages/outcomes.json. A user follows COSI's meetings back to 2010: such a summary is
 * the record of its meeting, listed with the outcomes of proceedings (its kind line kept as printed), its items read.
 */
interface Summary {
  kind: string;
  labels: { from: string; to: string; previous: string; subject: string };
  from: string;
  to: string;
  subject: [string, string];
  placeDate: string;
}

interface OlderOutcome {
  institution: [string, string];
  items: string[];
  sentences: string[];
}

const { outcomes } = JSON.parse(readFileSync('tests/fixtures/older-outcome-languages/outcomes.json', 'utf8')) as {
  outcomes: Record<string, OlderOutcome>;
};

const summaries: Record<string, Summary> = {
  en: {
    kind: 'SUMMARY OF DISCUSSIONS',
    labels: { from: 'from :', to: 'to :', previous: 'No. prev. doc. :', subject: 'Subject :' },
    from: 'General Secretariat of the Council',
    to: 'Delegations',
    subject: ['Meeting of the Standing Committee on Operational Cooperation on Internal Security', '(COSI) held in Brussels on 15 March 2011'],
    placeDate: 'Brussels, 22 March 2011',
  },
  fr: {
    kind: 'RÉSUMÉ DES DISCUSSIONS',
    labels: { from: 'de :', to: 'à :', previous: 'N° doc. préc. :', subject: 'Objet :' },
    from: 'Secrétariat général du Conseil',
    to: 'délégations',
    subject: ['Réunion du Comité permanent de coopération opérationnelle en matière de sécurité intérieure', '(COSI) tenue à Bruxelles le 15 mars 2011'],
    placeDate: 'Bruxelles, le 22 mars 2011',
  },
  de: {
    kind: 'ZUSAMMENFASSUNG DER BERATUNGEN',
    labels: { from: 'Absender :', to: 'Empfänger :', previous: 'Nr. Vordok. :', subject: 'Betr. :' },
    from: 'Generalsekretariat des Rates',
    to: 'Delegationen',
    subject: ['Sitzung des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren', 'Sicherheit (COSI) am 15. März 2011 in Brüssel'],
    placeDate: 'Brüssel, den 22. März 2011',
  },
  es: {
    kind: 'RESUMEN DE LOS DEBATES',
    labels: { from: 'de :', to: 'a :', previous: 'N.° doc. prec. :', subject: 'Asunto :' },
    from: 'Secretaría General del Consejo',
    to: 'Delegaciones',
    subject: ['Reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior', '(COSI) celebrada en Bruselas el 15 de marzo de 2011'],
    placeDate: 'Bruselas, 22 de marzo de 2011',
  },
  it: {
    kind: 'SINTESI DELLE DISCUSSIONI',
    labels: { from: 'del :', to: 'alle :', previous: 'n. doc. prec. :', subject: 'Oggetto :' },
    from: 'Segretariato generale del Consiglio',
    to: 'delegazioni',
    subject: ['Riunione del Comitato permanente per la cooperazione operativa in materia di sicurezza interna', '(COSI) tenutasi a Bruxelles il 15 marzo 2011'],
    placeDate: 'Bruxelles, 22 marzo 2011',
  },
  nl: {
    kind: 'SAMENVATTING VAN DE BESPREKINGEN',
    labels: { from: 'van :', to: 'aan :', previous: 'Nr. vorig doc. :', subject: 'Betreft :' },
    from: 'secretariaat-generaal van de Raad',
    to: 'delegaties',
    subject: [
      'Vergadering van het Permanent Comité operationele samenwerking op het gebied van de binnenlandse',
      'veiligheid (COSI) op 15 maart 2011 te Brussel',
    ],
    placeDate: 'Brussel, 22 maart 2011',
  },
  pl: {
    kind: 'PODSUMOWANIE DYSKUSJI',
    labels: { from: 'Od :', to: 'Do :', previous: 'Nr poprz. dok. :', subject: 'Dotyczy :' },
    from: 'Sekretariat Generalny Rady',
    to: 'Delegacje',
    subject: ['Posiedzenie Stałego Komitetu ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego', '(COSI) w Brukseli w dniu 15 marca 2011 r.'],
    placeDate: 'Bruksela, 22 marca 2011 r.',
  },
  pt: {
    kind: 'SÍNTESE DOS DEBATES',
    labels: { from: 'de :', to: 'para :', previous: 'n.º doc. ant. :', subject: 'Assunto :' },
    from: 'Secretariado-Geral do Conselho',
    to: 'Delegações',
    subject: [
      'Reunião do Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna',
      '(COSI) realizada em Bruxelas em 15 de março de 2011',
    ],
    placeDate: 'Bruxelas, 22 de março de 2011',
  },
};

const NUMBER = '7921/11';
const CODES = ['COSI 18', 'ENFOPOL 71', 'JAI 190'];
const PREVIOUS = 'CM 1723/11';
/** The documents each item's sentence names (tests/fixtures/older-outcome-languages/outcomes.json). */
const DOCUMENTS = ['CM 3012/13', '9876/1/13 REV 1', '9402/13'];

/** The summary as plain `pdftotext` prints it (`layout` false: the labels' column, then the values') or as `-layout` does. */
function summaryText(summary: Summary, outcome: OlderOutcome, language: string, layout: boolean): string {
  const { labels } = summary;
  const right = (text: string) => `${' '.repeat(62)}${text}`;
  const label = [labels.from, labels.to, labels.previous, labels.subject];
  const values = [summary.from, summary.to, PREVIOUS, summary.subject[0]];
  const header = layout
    ? [
        `${outcome.institution[0].padEnd(62)}${summary.placeDate}`,
        outcome.institution[1],
        '',
        right(NUMBER),
        '',
        right('LIMITE'),
        '',
        ...CODES.map(right),
        '',
        summary.kind,
        ...label.map((text, index) => `${text.padEnd(20)}${values[index] ?? ''}`),
        `${''.padEnd(20)}${summary.subject[1]}`,
      ]
    : [...outcome.institution, '', summary.placeDate, '', NUMBER, 'LIMITE', ...CODES, summary.kind, ...label, '', ...values, summary.subject[1]];
  const body = outcome.items.flatMap((title, index) => {
    const sentence = outcome.sentences[index] ?? '';
    return layout ? ['', `${`${index + 1}.`.padEnd(8)}${title}`, '', `${''.padEnd(8)}${sentence}`] : ['', `${index + 1}.`, '', title, '', sentence];
  });
  const footer = layout
    ? ['', '', `${NUMBER.padEnd(62)}GG/hm${''.padEnd(22)}1`, `${''.padEnd(62)}DG H 2C${''.padEnd(9)}LIMITE${''.padEnd(5)}${language.toUpperCase()}`]
    : ['', NUMBER, 'DG H 2C', '', 'GG/hm', 'LIMITE', '', '1', '', language.toUpperCase(), ''];
  return [...header, ...body, ...footer, '\f'].join('\n');
}

describe.each(Object.entries(summaries))('a summary of discussions of a COSI meeting of 2011 (%s)', (language, summary) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no ${language} outcome`);
  it.each(TEXT_SHAPES)('is listed as the outcome of the meeting its subject names, with its header and items (%s)', (_shape, layout, flat) => {
    const text = inShape(summaryText(summary, outcome, language, layout), flat);
    const record = expectOk(parseDocument(text, `content/sources/summary-of-discussions-${language}.txt`));
    expect([record.number, record.date, record.limite, record.codes]).toEqual([NUMBER, '2011-03-22', true, CODES]);
    expect([record.kind, record.printed?.kind, record.meeting?.dates]).toEqual(['outcome-of-proceedings', summary.kind, ['2011-03-15']]);
    expect([record.from, record.to, record.previous, record.subject]).toEqual([summary.from, summary.to, [PREVIOUS], summary.subject.join(' ')]);
    expect(record.items.map((item) => [item.number, item.title, item.references])).toEqual(
      outcome.items.map((title, index) => [String(index + 1), title, [DOCUMENTS[index]]]),
    );
    expect(record.items.map((item) => item.decisions.length > 0)).toEqual([true, true, true]);
    expect(record.warnings.map((warning) => warning.message).filter((message) => message.includes('kind line'))).toEqual([]);
    const body = JSON.stringify(record.items);
    for (const furniture of ['GG/hm', 'DG H 2C']) expect(body).not.toContain(furniture);
  });
});

/**
 * The same French summary under the other kind line the French versions of those years print, `RELEVÉ DES
 * DÉLIBÉRATIONS` (beside `RÉSUMÉ DES DISCUSSIONS`): listed with the outcomes as well, its header and items read.
 */
describe('a French summary of discussions headed RELEVÉ DES DÉLIBÉRATIONS', () => {
  const outcome = outcomes['fr'];
  const french = summaries['fr'];
  if (outcome === undefined || french === undefined) throw new Error('no fr summary');
  const summary: Summary = { ...french, kind: 'RELEVÉ DES DÉLIBÉRATIONS' };
  it.each(TEXT_SHAPES)('is listed as the outcome of the meeting its subject names, with its items (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(summaryText(summary, outcome, 'fr', layout), flat), 'content/sources/releve-des-deliberations-fr.txt'));
    expect([record.kind, record.printed?.kind, record.meeting?.dates, record.subject]).toEqual([
      'outcome-of-proceedings',
      'RELEVÉ DES DÉLIBÉRATIONS',
      ['2011-03-15'],
      summary.subject.join(' '),
    ]);
    expect(record.items.map((item) => [item.number, item.title, item.references])).toEqual(
      outcome.items.map((title, index) => [String(index + 1), title, [DOCUMENTS[index]]]),
    );
    expect(record.warnings.map((warning) => warning.message).filter((message) => message.includes('kind line'))).toEqual([]);
  });
});

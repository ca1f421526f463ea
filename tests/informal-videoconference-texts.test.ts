import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { isCommitteeDecision } from '../src/shared/decision-makers.ts';
import { expectOk } from './support/projection.ts';
import { outcomeHead, outcomeText, type OutcomeSheet, type OutcomeVersion } from './support/outcome-versions.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/** The number and file codes every version's head prints. */
const SHEET: OutcomeSheet = { number: '14390/25', codes: ['COSI 201', 'JAI 1402'] };

/**
 * The outcome of an informal videoconference of the members of COSI (14390/25) in English, French, German and Spanish,
 * as the register printed those of 2020–2025: the Council's name over its place and date, the number, LIMITE and the
 * codes, the kind, `From` / `To` / `Subject`, the subject naming the informal videoconference and its day (`Outcome of
 * the informal videoconference of the members of the Standing Committee … held on 14 October 2025`), numbered items
 * whose sentences say what the members supported and noted, and the two-line footer. No formal meeting takes place,
 * so nothing there is a decision: each statement is read (who, verb, what) and marked as a view, and none counts as
 * COSI's decision. Written by hand.
 */
const VERSIONS: Record<string, OutcomeVersion> = {
  en: {
    head: outcomeHead(SHEET, ['Council of the', 'European Union'], 'Brussels, 16 October 2025', 'OUTCOME OF PROCEEDINGS'),
    labels: ['From:', 'To:', 'Subject:'],
    values: [
      'General Secretariat of the Council',
      'Delegations',
      'Outcome of the informal videoconference of the members of the Standing Committee on Operational Cooperation on Internal Security (COSI) held on 14 October 2025',
    ],
    items: [
      {
        title: 'Internal security strategy: way forward',
        text: 'Members of COSI broadly supported the approach set out in 13870/25.',
        decisions: [['COSI', 'endorsed', 'the approach set out in 13870/25']],
      },
      {
        title: 'Europol threat assessment',
        text: 'COSI took note of the presentation by Europol.',
        decisions: [['COSI', 'took-note', 'the presentation by Europol']],
      },
    ],
  },
  fr: {
    head: outcomeHead(SHEET, ['Conseil de', "l'Union européenne"], 'Bruxelles, le 16 octobre 2025', 'RÉSULTATS DES TRAVAUX'),
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    values: [
      'Secrétariat général du Conseil',
      'Délégations',
      'Résultats de la vidéoconférence informelle des membres du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) tenue le 14 octobre 2025',
    ],
    items: [
      {
        title: 'Stratégie de sécurité intérieure: voie à suivre',
        text: "Le COSI a soutenu dans l'ensemble l'approche exposée dans le document 13870/25.",
        decisions: [['COSI', 'endorsed', "l'approche exposée dans le document 13870/25"]],
      },
      {
        title: 'Évaluation de la menace par Europol',
        text: 'Le COSI a pris note de la présentation d’Europol.',
        decisions: [['COSI', 'took-note', 'la présentation d’Europol']],
      },
    ],
  },
  de: {
    head: outcomeHead(SHEET, ['Rat der', 'Europäischen Union'], 'Brüssel, den 16. Oktober 2025', 'ERGEBNIS DER BERATUNGEN'),
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    values: [
      'Generalsekretariat des Rates',
      'Delegationen',
      'Ergebnis der informellen Videokonferenz der Mitglieder des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) am 14. Oktober 2025',
    ],
    items: [
      {
        title: 'Strategie der inneren Sicherheit: weiteres Vorgehen',
        text: 'Der COSI unterstützte weitgehend den Ansatz in Dokument 13870/25.',
        decisions: [['COSI', 'endorsed', 'den Ansatz in Dokument 13870/25']],
      },
      {
        title: 'Bedrohungsanalyse von Europol',
        text: 'Der Ausschuss nahm die Präsentation von Europol zur Kenntnis.',
        decisions: [['COSI', 'took-note', 'die Präsentation von Europol']],
      },
    ],
  },
  es: {
    head: outcomeHead(SHEET, ['Consejo de la', 'Unión Europea'], 'Bruselas, 16 de octubre de 2025', 'RESULTADO DE LOS TRABAJOS'),
    labels: ['De:', 'A:', 'Asunto:'],
    values: [
      'Secretaría General del Consejo',
      'Delegaciones',
      'Resultado de la videoconferencia informal de los miembros del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) celebrada el 14 de octubre de 2025',
    ],
    items: [
      {
        title: 'Estrategia de seguridad interior: camino a seguir',
        text: 'El COSI apoyó en general el enfoque expuesto en el documento 13870/25.',
        decisions: [['COSI', 'endorsed', 'el enfoque expuesto en el documento 13870/25']],
      },
      {
        title: 'Evaluación de la amenaza de Europol',
        text: 'El COSI tomó nota de la presentación de Europol.',
        decisions: [['COSI', 'took-note', 'la presentación de Europol']],
      },
    ],
  },
};

/** The two-line footer of each page, as the register prints it. */
const FOOTER = '14390/25\t\tMK/ft\t1\nJAI.1\tLIMITE\t';

describe.each(Object.entries(VERSIONS))('the outcome in %s of an informal videoconference of the members of COSI', (language, version) => {
  it.each(TEXT_SHAPES)('reads what the members supported and noted as their views, none as a decision of COSI (%s)', (_shape, layout, flat) => {
    const record = expectOk(
      parseDocument(inShape(outcomeText(FOOTER, language, version, layout), flat), `content/sources/informal-videoconference-${language}.txt`),
    );
    expect([record.number, record.kind, record.language]).toEqual(['14390/25', 'outcome-of-proceedings', language]);
    expect(record.items.map((item) => [item.title, item.decisions.map(({ by, verb, object }) => [by, verb, object])])).toEqual(
      version.items.map(({ title, decisions }) => [title, decisions]),
    );
    const decisions = record.items.flatMap((item) => item.decisions);
    expect(decisions.map((decision) => decision.informal)).toEqual(decisions.map(() => true));
    expect(decisions.filter(isCommitteeDecision)).toEqual([]);
  });
});

/**
 * The opening paragraph the register's outcomes of 2020 and 2021 print above item 1, unnumbered, in each version:
 * the meeting replaced by an informal videoconference of the members, no formal decision taken. Where no blank line parts
 * it from the subject (a viewer's copy) or the page runs into one line, the subject ends at its meeting's date, the
 * paragraph's sentence opening after it (`… (COSI) del 14 de octubre de 2025 Debido a las medidas …`).
 */
const OPENINGS: Record<string, string> = {
  en: 'Owing to the measures taken against the COVID-19 pandemic, the meeting of COSI was replaced by an informal videoconference of its members. No formal decision could be taken.',
  fr: 'En raison des mesures prises contre la pandémie de COVID-19, la réunion du COSI a été remplacée par une vidéoconférence informelle de ses membres. Aucune décision formelle ne pouvait être prise.',
  de: 'Aufgrund der Maßnahmen gegen die COVID-19-Pandemie wurde die Sitzung des COSI durch eine informelle Videokonferenz seiner Mitglieder ersetzt. Förmliche Beschlüsse konnten nicht gefasst werden.',
  es: 'Debido a las medidas adoptadas contra la pandemia de COVID-19, la reunión del COSI se sustituyó por una videoconferencia informal de sus miembros. No pudo adoptarse ninguna decisión formal.',
};

describe.each(Object.entries(VERSIONS))('the outcome in %s of an informal videoconference opening with an unnumbered paragraph', (language, version) => {
  it.each(TEXT_SHAPES)('ends the subject at its meeting’s date and reads the items under the paragraph (%s)', (_shape, layout, flat) => {
    const opening = OPENINGS[language];
    if (opening === undefined) throw new Error(`no opening paragraph for ${language}`);
    const opened = { ...version, opening };
    const record = expectOk(
      parseDocument(inShape(outcomeText(FOOTER, language, opened, layout), flat), `content/sources/informal-videoconference-${language}.txt`),
    );
    expect([record.subject, record.meeting?.dates, record.items.map((item) => item.title)]).toEqual([
      version.values[2],
      ['2025-10-14'],
      version.items.map(({ title }) => title),
    ]);
  });
});

describe('the outcome of a formal meeting', () => {
  it('reads its decisions as decisions of COSI, none marked as a view', () => {
    const formal = {
      ...VERSIONS.en!,
      values: [
        'General Secretariat of the Council',
        'Delegations',
        'Outcome of the meeting of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 14 October 2025',
      ] as [string, string, string],
    };
    const record = expectOk(parseDocument(outcomeText(FOOTER, 'en', formal, false), 'content/sources/informal-videoconference-formal.txt'));
    const decisions = record.items.flatMap((item) => item.decisions);
    expect(decisions.map((decision) => [decision.by, decision.informal])).toEqual([
      ['COSI', undefined],
      ['COSI', undefined],
    ]);
    expect(decisions.filter(isCommitteeDecision)).toHaveLength(2);
  });
});

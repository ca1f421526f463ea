import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { outcomeHead, outcomeText, type OutcomeSheet, type OutcomeVersion } from './support/outcome-versions.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/** The number and file codes every version's head prints. */
const SHEET: OutcomeSheet = { number: '16205/25', codes: ['COSI 262', 'JAI 1802'] };

/**
 * An outcome of proceedings of COSI (16205/25) in English, French, German, Spanish and Polish, in the register's shape
 * of 2025 (the Council's name over its place and date, the number, LIMITE and the file codes, the kind, `From` / `To`
 * / `Subject` and the two-line footer), whose items record what the committee approved between meetings by a written
 * or silence procedure, in the passive (`The draft conclusions were approved by silence procedure.`, `… a été approuvé
 * par procédure écrite.`, `… wurde im schriftlichen Verfahren gebilligt.`) and in the active with the procedure after
 * the object (`COSI endorsed the roadmap by written procedure.`). Written by hand; each decision is read off its
 * sentence: who, the verb, what was approved and, apart, how.
 */
interface ProcedureVersion extends OutcomeVersion {
  procedures: (string | null)[][];
}

const VERSIONS: Record<string, ProcedureVersion> = {
  en: {
    head: outcomeHead(SHEET, ['Council of the', 'European Union'], 'Brussels, 4 December 2025', 'OUTCOME OF PROCEEDINGS'),
    labels: ['From:', 'To:', 'Subject:'],
    values: [
      'General Secretariat of the Council',
      'Delegations',
      'Outcome of the meeting of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 1 December 2025',
    ],
    items: [
      {
        title: 'Adoption of the agenda',
        text: 'The agenda was adopted as set out in CM 5390/25.',
        decisions: [[null, 'adopted', 'the agenda as set out in CM 5390/25']],
      },
      {
        title: 'Draft Council conclusions on drug trafficking in EU ports',
        text: 'The draft conclusions set out in 15720/25 were approved by silence procedure. COSI took note of the state of play.',
        decisions: [
          [null, 'approved', 'the draft conclusions set out in 15720/25'],
          ['COSI', 'took-note', 'the state of play'],
        ],
      },
      {
        title: 'EMPACT roadmap 2026',
        text: 'COSI endorsed the roadmap in 15801/25 by written procedure.',
        decisions: [['COSI', 'endorsed', 'the roadmap in 15801/25']],
      },
    ],
    procedures: [[null], ['by silence procedure', null], ['by written procedure']],
  },
  fr: {
    head: outcomeHead(SHEET, ['Conseil de', "l'Union européenne"], 'Bruxelles, le 4 décembre 2025', 'RÉSULTATS DES TRAVAUX'),
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    values: [
      'Secrétariat général du Conseil',
      'Délégations',
      'Résultats de la réunion du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) du 1er décembre 2025',
    ],
    items: [
      {
        title: "Adoption de l'ordre du jour",
        text: "L'ordre du jour a été adopté tel qu'il figure dans le document CM 5390/25.",
        decisions: [[null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 5390/25"]],
      },
      {
        title: 'Projet de conclusions du Conseil sur le trafic de drogue dans les ports de l’UE',
        text: 'Le projet de conclusions figurant dans le document 15720/25 a été approuvé par procédure écrite. Le COSI a pris note de l’état des travaux.',
        decisions: [
          [null, 'approved', 'le projet de conclusions figurant dans le document 15720/25'],
          ['COSI', 'took-note', 'l’état des travaux'],
        ],
      },
      {
        title: 'Feuille de route EMPACT 2026',
        text: 'Le COSI a approuvé la feuille de route figurant dans le document 15801/25 par la procédure de silence.',
        decisions: [['COSI', 'approved', 'la feuille de route figurant dans le document 15801/25']],
      },
    ],
    procedures: [[null], ['par procédure écrite', null], ['par la procédure de silence']],
  },
  de: {
    head: outcomeHead(SHEET, ['Rat der', 'Europäischen Union'], 'Brüssel, den 4. Dezember 2025', 'ERGEBNIS DER BERATUNGEN'),
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    values: [
      'Generalsekretariat des Rates',
      'Delegationen',
      'Ergebnis der Tagung des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) am 1. Dezember 2025',
    ],
    items: [
      {
        title: 'Annahme der Tagesordnung',
        text: 'Die Tagesordnung wurde in der Fassung des Dokuments CM 5390/25 angenommen.',
        decisions: [[null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 5390/25']],
      },
      {
        title: 'Entwurf von Schlussfolgerungen des Rates zum Drogenhandel in den Häfen der EU',
        text: 'Der Entwurf von Schlussfolgerungen in Dokument 15720/25 wurde im schriftlichen Verfahren gebilligt. Der Ausschuss nahm den Sachstand zur Kenntnis.',
        decisions: [
          [null, 'approved', 'der Entwurf von Schlussfolgerungen in Dokument 15720/25'],
          ['COSI', 'took-note', 'den Sachstand'],
        ],
      },
      {
        title: 'EMPACT-Fahrplan 2026',
        text: 'Der Ausschuss billigte den Fahrplan in Dokument 15801/25 im Wege des schriftlichen Verfahrens.',
        decisions: [['COSI', 'approved', 'den Fahrplan in Dokument 15801/25']],
      },
    ],
    procedures: [[null], ['im schriftlichen Verfahren', null], ['im Wege des schriftlichen Verfahrens']],
  },
  es: {
    head: outcomeHead(SHEET, ['Consejo de la', 'Unión Europea'], 'Bruselas, 4 de diciembre de 2025', 'RESULTADO DE LOS TRABAJOS'),
    labels: ['De:', 'A:', 'Asunto:'],
    values: [
      'Secretaría General del Consejo',
      'Delegaciones',
      'Resultado de la reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) del 1 de diciembre de 2025',
    ],
    items: [
      {
        title: 'Aprobación del orden del día',
        text: 'Se aprobó el orden del día que figura en el documento CM 5390/25.',
        decisions: [[null, 'adopted', 'el orden del día que figura en el documento CM 5390/25']],
      },
      {
        title: 'Proyecto de Conclusiones del Consejo sobre el tráfico de drogas en los puertos de la UE',
        text: 'El proyecto de Conclusiones del documento 15720/25 fue aprobado mediante procedimiento escrito. El COSI tomó nota de la situación.',
        decisions: [
          [null, 'approved', 'el proyecto de Conclusiones del documento 15720/25'],
          ['COSI', 'took-note', 'la situación'],
        ],
      },
    ],
    procedures: [[null], ['mediante procedimiento escrito', null]],
  },
  pl: {
    head: outcomeHead(SHEET, ['Rada', 'Unii Europejskiej'], 'Bruksela, 4 grudnia 2025 r.', 'WYNIK PRAC'),
    labels: ['Od:', 'Do:', 'Dotyczy:'],
    values: [
      'Sekretariat Generalny Rady',
      'Delegacje',
      'Wynik posiedzenia Stałego Komitetu ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI) w dniu 1 grudnia 2025 r.',
    ],
    items: [
      {
        title: 'Przyjęcie porządku obrad',
        text: 'Porządek obrad przyjęto w brzmieniu zawartym w dokumencie CM 5390/25.',
        decisions: [[null, 'adopted', 'porządek obrad w brzmieniu zawartym w dokumencie CM 5390/25']],
      },
      {
        title: 'Projekt konkluzji w sprawie handlu narkotykami w portach morskich',
        text: 'Projekt konkluzji zawarty w dokumencie 15720/25 został zatwierdzony w drodze procedury pisemnej. Komitet przyjął do wiadomości stan prac.',
        decisions: [
          [null, 'approved', 'projekt konkluzji zawarty w dokumencie 15720/25'],
          ['COSI', 'took-note', 'stan prac'],
        ],
      },
    ],
    procedures: [[null], ['w drodze procedury pisemnej', null]],
  },
};

/** The two-line footer of each page, as the register prints it. */
const FOOTER = '16205/25\t\tRS/ml\t1\nJAI.1\tLIMITE\t';

describe.each(Object.entries(VERSIONS))(
  'an outcome in %s whose items record what the committee approved by a written or silence procedure',
  (language, version) => {
    it.each(TEXT_SHAPES)('reads what was approved apart from the procedure it was approved by (%s)', (_shape, layout, flat) => {
      const record = expectOk(
        parseDocument(inShape(outcomeText(FOOTER, language, version, layout), flat), `content/sources/decision-procedures-${language}.txt`),
      );
      expect([record.number, record.kind, record.language]).toEqual(['16205/25', 'outcome-of-proceedings', language]);
      expect(record.items.map((item) => [item.title, item.decisions.map(({ by, verb, object }) => [by, verb, object])])).toEqual(
        version.items.map(({ title, decisions }) => [title, decisions]),
      );
      expect(record.items.map((item) => item.decisions.map((decision) => decision.procedure ?? null))).toEqual(version.procedures);
    });
  },
);

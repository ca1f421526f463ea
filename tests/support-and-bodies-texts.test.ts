import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { outcomeHead, outcomeText, type OutcomeSheet, type OutcomeVersion } from './support/outcome-versions.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/** The number and file codes every version's head prints. */
const SHEET: OutcomeSheet = { number: '16120/25', codes: ['COSI 251', 'JAI 1750'] };

/**
 * An outcome of proceedings of COSI (16120/25) in French, German, Spanish, Dutch and Portuguese, as the register prints
 * one: the Council's name over its place and date, the number, LIMITE and the file codes, the kind, `From` / `To` /
 * `Subject` with their values (a working party's outcome of 2016 printed the same labels over `Summary of discussions`),
 * then numbered items whose sentences say what each body did in the words the versions use where the committee backs
 * what was put to it (`a soutenu dans l'ensemble l'approche …`, `unterstützte weitgehend den Vorschlag …`, support
 * reiterated, `a réitéré son soutien à la poursuite …`) and where another Council body decides (the Council, Coreper, a
 * working party named in small letters with its name quoted, `par le groupe "Terrorisme"`; Coreper and the Council as
 * a passive's agent, `vom AStV`, `vom Rat`, `pelo Conselho`, and a committee by its acronym, `Le CATS a pris note …`),
 * each body one name however the sentence declines it (`Der Rat hat …` and `vom Rat`: the Council; `der AStV` and
 * `par le Coreper`: Coreper; `le groupe "Terrorisme"` and `dal gruppo`: the group without its article), and the
 * two-line footer. As
 * plain `pdftotext` and `-layout` print it, each page run into one line, and a viewer's copy. Written by hand; the
 * decisions are read off each sentence: who, the closed set's verb, what.
 */
const VERSIONS: Record<string, OutcomeVersion> = {
  fr: {
    head: outcomeHead(SHEET, ["Conseil de l'Union européenne"], 'Bruxelles, le 27 novembre 2025', 'RÉSULTATS DES TRAVAUX'),
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    values: [
      'Secrétariat général du Conseil',
      'Délégations',
      'Résultats de la réunion du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) du 20 novembre 2025',
    ],
    items: [
      {
        title: "Adoption de l'ordre du jour",
        text: "L'ordre du jour a été adopté tel qu'il figure dans le document CM 5301/25.",
        decisions: [[null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 5301/25"]],
      },
      {
        title: "Avenir de la sécurité intérieure de l'UE",
        text: "Le COSI a soutenu dans l'ensemble l'approche proposée par la présidence dans le document 15880/25.",
        decisions: [['COSI', 'endorsed', "l'approche proposée par la présidence dans le document 15880/25"]],
      },
      {
        title: 'Cycle politique EMPACT 2026-2029',
        text: 'Le COSI a réitéré son soutien à la poursuite du cycle EMPACT.',
        decisions: [['COSI', 'endorsed', 'la poursuite du cycle EMPACT']],
      },
      {
        title: 'Évaluation de la menace terroriste',
        text: 'Le rapport a été approuvé par le groupe "Terrorisme". Le Conseil a approuvé les recommandations.',
        decisions: [
          ['groupe "Terrorisme"', 'approved', 'le rapport'],
          ['the Council', 'approved', 'les recommandations'],
        ],
      },
      {
        title: "Plan d'action de l'UE en matière de drogue",
        text: "Le plan d'action a été approuvé par le Coreper. Les conclusions ont été approuvées par le Conseil. Le CATS a pris note du plan.",
        decisions: [
          ['Coreper', 'approved', "le plan d'action"],
          ['the Council', 'approved', 'les conclusions'],
          ['CATS', 'took-note', 'du plan'],
        ],
      },
    ],
  },
  de: {
    head: outcomeHead(SHEET, ['Rat der Europäischen Union'], 'Brüssel, den 27. November 2025', 'ERGEBNIS DER BERATUNGEN'),
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    values: [
      'Generalsekretariat des Rates',
      'Delegationen',
      'Ergebnis der Tagung des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) am 20. November 2025',
    ],
    items: [
      {
        title: 'Annahme der Tagesordnung',
        text: 'Die Tagesordnung wurde in der Fassung des Dokuments CM 5301/25 angenommen.',
        decisions: [[null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 5301/25']],
      },
      {
        title: 'Zukunft der inneren Sicherheit der EU',
        text: 'Der COSI unterstützte weitgehend den Vorschlag des Vorsitzes in Dokument 15880/25.',
        decisions: [['COSI', 'endorsed', 'den Vorschlag des Vorsitzes in Dokument 15880/25']],
      },
      {
        title: 'EMPACT-Politikzyklus 2026-2029',
        text: 'Der Ausschuss bekräftigte seine Unterstützung für die Fortsetzung des EMPACT-Zyklus.',
        decisions: [['COSI', 'endorsed', 'die Fortsetzung des EMPACT-Zyklus']],
      },
      {
        title: 'Bewertung der terroristischen Bedrohung',
        text: 'Die Gruppe „Terrorismus“ nahm den Bericht zur Kenntnis. Der Rat hat die Empfehlungen gebilligt.',
        decisions: [
          ['Gruppe „Terrorismus“', 'took-note', 'den Bericht'],
          ['the Council', 'approved', 'die Empfehlungen'],
        ],
      },
      {
        title: 'EU-Drogenaktionsplan',
        text: 'Der Aktionsplan wurde vom AStV gebilligt. Die Schlussfolgerungen wurden vom Rat angenommen. Der CATS nahm den Plan zur Kenntnis.',
        decisions: [
          ['Coreper', 'approved', 'der Aktionsplan'],
          ['the Council', 'adopted', 'die Schlussfolgerungen'],
          ['CATS', 'took-note', 'den Plan'],
        ],
      },
    ],
  },
  es: {
    head: outcomeHead(SHEET, ['Consejo de la Unión Europea'], 'Bruselas, 27 de noviembre de 2025', 'RESULTADO DE LOS TRABAJOS'),
    labels: ['De:', 'A:', 'Asunto:'],
    values: [
      'Secretaría General del Consejo',
      'Delegaciones',
      'Resultado de la reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) del 20 de noviembre de 2025',
    ],
    items: [
      {
        title: 'Aprobación del orden del día',
        text: 'Se aprobó el orden del día que figura en el documento CM 5301/25.',
        decisions: [[null, 'adopted', 'el orden del día que figura en el documento CM 5301/25']],
      },
      {
        title: 'Futuro de la seguridad interior de la UE',
        text: 'El COSI apoyó en general el enfoque propuesto por la Presidencia en el documento 15880/25.',
        decisions: [['COSI', 'endorsed', 'el enfoque propuesto por la Presidencia en el documento 15880/25']],
      },
      {
        title: 'Ciclo de actuación EMPACT 2026-2029',
        text: 'El COSI reiteró su apoyo a la continuación del ciclo EMPACT.',
        decisions: [['COSI', 'endorsed', 'la continuación del ciclo EMPACT']],
      },
      {
        title: 'Evaluación de la amenaza terrorista',
        text: 'El informe fue aprobado por el grupo «Terrorismo». El Consejo aprobó las recomendaciones.',
        decisions: [
          ['grupo «Terrorismo»', 'approved', 'el informe'],
          ['the Council', 'approved', 'las recomendaciones'],
        ],
      },
      {
        title: 'Plan de acción de la UE en materia de drogas',
        text: 'El plan de acción fue aprobado por el Coreper. Las conclusiones fueron aprobadas por el Consejo. El CATS tomó nota del plan.',
        decisions: [
          ['Coreper', 'approved', 'el plan de acción'],
          ['the Council', 'approved', 'las conclusiones'],
          ['CATS', 'took-note', 'del plan'],
        ],
      },
    ],
  },
  nl: {
    head: outcomeHead(SHEET, ['Raad van de Europese Unie'], 'Brussel, 27 november 2025', 'RESULTAAT BESPREKINGEN'),
    labels: ['Van:', 'Aan:', 'Betreft:'],
    values: [
      'secretariaat-generaal van de Raad',
      'delegaties',
      'Resultaat van de vergadering van het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI) van 20 november 2025',
    ],
    items: [
      {
        title: 'Goedkeuring van de agenda',
        text: 'De agenda werd goedgekeurd zoals opgenomen in document CM 5301/25.',
        decisions: [[null, 'adopted', 'de agenda zoals opgenomen in document CM 5301/25']],
      },
      {
        title: 'Toekomst van de interne veiligheid van de EU',
        text: 'Het COSI steunde in grote lijnen de aanpak van het voorzitterschap in document 15880/25.',
        decisions: [['COSI', 'endorsed', 'de aanpak van het voorzitterschap in document 15880/25']],
      },
      {
        title: 'EMPACT-beleidscyclus 2026-2029',
        text: 'Het comité bevestigde zijn steun voor de voortzetting van de EMPACT-cyclus.',
        decisions: [['COSI', 'endorsed', 'de voortzetting van de EMPACT-cyclus']],
      },
      {
        title: 'Beoordeling van de terroristische dreiging',
        text: 'Het verslag werd goedgekeurd door de groep terrorisme. De Raad heeft de aanbevelingen goedgekeurd.',
        decisions: [
          ['groep terrorisme', 'approved', 'het verslag'],
          ['the Council', 'approved', 'de aanbevelingen'],
        ],
      },
      {
        title: 'EU-drugsactieplan',
        text: 'Het actieplan werd door het Coreper goedgekeurd. De conclusies werden door de Raad aangenomen. Het CATS nam nota van het plan.',
        decisions: [
          ['Coreper', 'approved', 'het actieplan'],
          ['the Council', 'adopted', 'de conclusies'],
          ['CATS', 'took-note', 'het plan'],
        ],
      },
    ],
  },
  pt: {
    head: outcomeHead(SHEET, ['Conselho da União Europeia'], 'Bruxelas, 27 de novembro de 2025', 'RESULTADOS DOS TRABALHOS'),
    labels: ['de:', 'para:', 'Assunto:'],
    values: [
      'Secretariado-Geral do Conselho',
      'Delegações',
      'Resultados da reunião do Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI) de 20 de novembro de 2025',
    ],
    items: [
      {
        title: 'Adoção da ordem do dia',
        text: 'A ordem do dia foi adotada tal como consta do documento CM 5301/25.',
        decisions: [[null, 'adopted', 'a ordem do dia tal como consta do documento CM 5301/25']],
      },
      {
        title: 'Futuro da segurança interna da UE',
        text: 'O COSI apoiou em geral a abordagem proposta pela Presidência no documento 15880/25.',
        decisions: [['COSI', 'endorsed', 'a abordagem proposta pela Presidência no documento 15880/25']],
      },
      {
        title: 'Ciclo político EMPACT 2026-2029',
        text: 'O COSI reiterou o seu apoio à continuação do ciclo EMPACT.',
        decisions: [['COSI', 'endorsed', 'à continuação do ciclo EMPACT']],
      },
      {
        title: 'Avaliação da ameaça terrorista',
        text: 'O relatório foi aprovado pelo Grupo do Terrorismo. O Conselho aprovou as recomendações.',
        decisions: [
          ['Grupo do Terrorismo', 'approved', 'o relatório'],
          ['the Council', 'approved', 'as recomendações'],
        ],
      },
      {
        title: 'Plano de ação da UE em matéria de droga',
        text: 'O plano de ação foi aprovado pelo Coreper. As conclusões foram aprovadas pelo Conselho. O CATS tomou nota do plano.',
        decisions: [
          ['Coreper', 'approved', 'o plano de ação'],
          ['the Council', 'approved', 'as conclusões'],
          ['CATS', 'took-note', 'do plano'],
        ],
      },
    ],
  },
};

/** The two-line footer of each page, as the register prints it. */
const FOOTER = '16120/25\t\tTR/kl\t1\nJAI.1\tLIMITE\t';

describe.each(Object.entries(VERSIONS))(
  'an outcome in %s whose items say what the committee supported and what other Council bodies decided',
  (language, version) => {
    it.each(TEXT_SHAPES)('reads each item’s decisions: who, what verb, on what (%s)', (_shape, layout, flat) => {
      const record = expectOk(
        parseDocument(inShape(outcomeText(FOOTER, language, version, layout), flat), `content/sources/support-and-bodies-${language}.txt`),
      );
      expect([record.number, record.kind, record.language]).toEqual(['16120/25', 'outcome-of-proceedings', language]);
      expect(record.items.map((item) => [item.title, item.decisions.map(({ by, verb, object }) => [by, verb, object])])).toEqual(
        version.items.map(({ title, decisions }) => [title, decisions]),
      );
    });
  },
);

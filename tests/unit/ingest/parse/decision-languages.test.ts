import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../scripts/ingest/parse/decisions.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';

/** An item title for texts whose decisions all have objects. */
const TITLE = 'Any item';

/** Who decided what, as triples, in order. */
function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, TITLE).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

/** The decisions of each item of a layout fixture, as the ingest records them. */
function fixtureDecisions(name: string): Array<[string, Array<[string | null, string, string, string[]]>]> {
  const path = `tests/fixtures/layouts/${name}/source.txt`;
  const record = parseDocument(readFileSync(path, 'utf8'), path);
  if (!('items' in record)) throw new Error(`${name} did not parse`);
  return record.items.map((item) => [item.number ?? '', item.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])]);
}

describe('decisions of the French summary record', () => {
  it('reads what the Committee adopted, noted, approved and agreed, each verb as the closed set writes it, from plain and -layout pdftotext alike', () => {
    const layout = fixtureDecisions('summary-record-table-layout-fr');
    expect(layout).toEqual(fixtureDecisions('summary-record-table-plain-fr'));
    expect(layout).toEqual([
      ['1', [['COSI', 'adopted', "l'ordre du jour", []]]],
      [
        '2',
        [
          ['COSI', 'took-note', 'du texte de compromis', []],
          ['COSI', 'agreed', 'de le soumettre au Conseil en vue de dégager une orientation générale', []],
        ],
      ],
      [
        '3',
        [
          ['COSI', 'approved', 'le projet de conclusions', []],
          ['COSI', 'agreed', 'de le soumettre au Conseil pour approbation en tant que point "A"', []],
        ],
      ],
      ['4', [['COSI', 'took-note', 'des informations communiquées par la présidence', []]]],
      [
        '5',
        [
          ['COSI', 'approved', 'le projet de décision figurant dans le document 14986/25', ['14986/25']],
          ['COSI', 'agreed', 'de le soumettre au Conseil pour adoption', []],
        ],
      ],
      ['6', []],
    ]);
  });
});

describe('decisions of the German summary record', () => {
  it('reads a separable verb with its object between the verb and its particle (nahm … zur Kenntnis, nahm … an), from plain and -layout pdftotext alike', () => {
    const layout = fixtureDecisions('summary-record-table-layout-de');
    expect(layout).toEqual(fixtureDecisions('summary-record-table-plain-de'));
    expect(layout).toEqual([
      ['1', [['COSI', 'adopted', 'die Tagesordnung', []]]],
      [
        '2',
        [
          ['COSI', 'took-note', 'den Kompromisstext', []],
          ['COSI', 'agreed', 'ihn dem Rat im Hinblick auf eine allgemeine Ausrichtung vorzulegen', []],
        ],
      ],
      [
        '3',
        [
          ['COSI', 'approved', 'den Entwurf von Schlussfolgerungen', []],
          ['COSI', 'agreed', 'ihn dem Rat als A-Punkt zur Billigung vorzulegen', []],
        ],
      ],
      ['4', [['COSI', 'took-note', 'die Informationen des Vorsitzes', []]]],
      [
        '5',
        [
          ['COSI', 'approved', 'den Entwurf eines Beschlusses in Dokument 14986/25', ['14986/25']],
          ['COSI', 'agreed', 'ihn dem Rat zur Annahme vorzulegen', []],
        ],
      ],
      ['6', []],
    ]);
  });
});

describe('findDecisions in French', () => {
  it('names the committee COSI, and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    const text = [
      'Le COSI a pris acte du rapport de la présidence.',
      'La présidence a salué les résultats de l’atelier.',
      'La Commission a confirmé son intention de présenter une proposition.',
      'Les délégations ont procédé à un échange de vues sur la menace terroriste.',
      'Le groupe de soutien du COSI a marqué son accord sur la feuille de route.',
      'La délégation allemande a invité Europol à présenter un rapport.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'du rapport de la présidence'],
      ['the Presidency', 'welcomed', 'les résultats de l’atelier'],
      ['the Commission', 'confirmed', 'son intention de présenter une proposition'],
      ['Delegations', 'exchanged-views', 'sur la menace terroriste'],
      ['the COSI Support Group', 'agreed', 'sur la feuille de route'],
      ['la délégation allemande', 'invited', 'Europol à présenter un rapport'],
    ]);
  });

  it('reads adverbs, "de" after "a pris note", a reflexive welcome, and verbs coordinated by "et" or a comma', () => {
    const text = [
      'Le Comité a également pris note de la note de la présidence, a salué les travaux accomplis et a chargé le groupe de soutien du COSI de la mise en œuvre.',
      "Les délégations se sont félicitées de l'initiative.",
      'Enfin, le Comité a adopté les conclusions; il a été convenu de revenir sur ce point.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'la note de la présidence'],
      ['COSI', 'welcomed', 'les travaux accomplis'],
      ['COSI', 'tasked', 'le groupe de soutien du COSI de la mise en œuvre'],
      ['Delegations', 'welcomed', "l'initiative"],
      ['COSI', 'adopted', 'les conclusions'],
    ]);
  });

  it('does not count what only some delegations did, a plan, or a verb of another kind', () => {
    const text = [
      'Certaines délégations ont salué la proposition.',
      'Le Comité sera invité à approuver le projet.',
      'La présidence a informé les délégations de l’état des travaux.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in German', () => {
  it('names the committee COSI, and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    const text = [
      'Der COSI bestätigte die Prioritäten.',
      'Der Vorsitz begrüßte die Ergebnisse des Workshops.',
      'Die Kommission führte einen Gedankenaustausch über die Bedrohungslage.',
      'Die Delegationen stimmten dem Vorschlag zu.',
      'Die COSI-Unterstützungsgruppe einigte sich auf den Fahrplan.',
      'Die deutsche Delegation ersuchte Europol, einen Bericht vorzulegen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'confirmed', 'die Prioritäten'],
      ['the Presidency', 'welcomed', 'die Ergebnisse des Workshops'],
      ['the Commission', 'exchanged-views', 'über die Bedrohungslage'],
      ['Delegations', 'agreed', 'dem Vorschlag'],
      ['the COSI Support Group', 'agreed', 'auf den Fahrplan'],
      ['die deutsche Delegation', 'invited', 'Europol, einen Bericht vorzulegen'],
    ]);
  });

  it('reads adverbs, coordinated verbs, "forderte … auf" and "beauftragte"', () => {
    const text = [
      'Der Ausschuss nahm außerdem den Bericht des Vorsitzes zur Kenntnis, begrüßte die geleistete Arbeit und beauftragte die COSI-Unterstützungsgruppe mit der Umsetzung.',
      'Der Ausschuss forderte die Kommission auf, einen Vorschlag vorzulegen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'den Bericht des Vorsitzes'],
      ['COSI', 'welcomed', 'die geleistete Arbeit'],
      ['COSI', 'tasked', 'die COSI-Unterstützungsgruppe mit der Umsetzung'],
      ['COSI', 'invited', 'die Kommission auf, einen Vorschlag vorzulegen'],
    ]);
  });

  it('does not count a separable verb of another kind, what only some delegations did, or a plan', () => {
    const text = [
      'Der Ausschuss nahm an der Sitzung teil.',
      'Einige Delegationen begrüßten den Vorschlag.',
      'Der Ausschuss forderte mehr Mittel.',
      'Der Ausschuss wird ersucht, den Entwurf zu billigen.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

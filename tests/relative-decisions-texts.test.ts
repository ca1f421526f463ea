import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A decision in a relative clause whose subject is the committee: the COSI outcome 14470/25
 * (tests/fixtures/outcome-languages/outcomes.json) whose item 3 records that the Presidency or Europol presented a
 * paper, which the committee then endorsed, approved or noted (`…, which the Committee endorsed.`, `…, que le comité
 * a approuvé.`, `…, den der Ausschuss billigte.`, `…, che il comitato ha approvato.`, `…, que el Comité aprobó.`, `…, que o
 * Comité aprovou.`, `…, dat het Comité goedkeurde.`, `…, waarvan het Comité nota nam.`, `…, dont le comité a pris note.`, `…, del que el Comité tomó nota.`, `…, di cui il comitato ha preso
 * atto.`, `…, do qual o Comité tomou nota.`;
 * in the versions without articles `…, który Komitet zatwierdził.`, `…, který výbor schválil.`, `…, ktorý výbor
 * schválil.`, `…, som komitéen godkendte.`, `…, som kommittén godkände.`, `…, ki ga je odbor potrdil.`, `…, koje je Odbor
 * odobrio.`): what the committee decided is
 * the noun the relative pronoun hangs on, the paper presented, with the document it cites, never the item's title nor
 * the words after the verb (`… lors de sa réunion`). A clause of what was said (`La présidence a indiqué que le comité a
 * approuvé le rapport.`) keeps its own object. Written by hand as the versions word them; before 7 December 2026 the
 * Romance versions gave the item's title (or the words after the verb) as the object, English, German and Dutch read
 * no decision; until the evening of 7 December 2026 the French `dont` read none, and on the Portuguese page run into
 * one line the title ran on over the sentence `A Presidência apresentou …` (no decision), and Polish, Czech, Slovak,
 * Danish and Swedish read no decision; the Spanish `…, del que el Comité tomó nota.` (and `de lo que`) noted the
 * item's title, the Italian `di cui` and the Portuguese `do qual` read none.
 * The passive relative clause whose agent is the committee, ending there (`…, which were endorsed by the Committee.`, `…,
 * qui ont été approuvées par le Comité.`, `…, die vom Ausschuss gebilligt wurden.`, `…, que fueron aprobadas por el
 * Comité.`, `…, che sono state approvate dal comitato.`, `…, que foram aprovadas pelo Comité.`, `…, die door het Comité
 * werden goedgekeurd.`) decided its antecedent too; one that says when (`…, which was adopted by the Council in 2020.`)
 * tells of a decision mentioned, and a relative clause on a thing the clause before recalls (`The Presidency recalled
 * the conclusions …, which the Committee endorsed.`) of a decision taken before: neither is read. Until the night of 7
 * December 2026 no passive relative was read, and the English recalled one gave an endorsement of the conclusions;
 * the Danish and Swedish `som` without a comma before it (`… handlingsplanen for grænsesikkerhed som komitéen
 * godkendte.`) and the Finnish `…, jonka komitea hyväksyi.` read no decision; until 8 December 2026 the Slovenian and
 * Croatian ones neither.
 */
const CASES: Record<string, { sentences: string[]; decisions: Array<[by: string, verb: string, object: string, references: string[]]> }> = {
  en: {
    sentences: [
      'The Presidency presented the draft conclusions set out in 13802/25, which the Committee endorsed.',
      'Europol presented its report on the implementation of the roadmap, which the Committee took note of.',
      'The Commission presented the action plan that the Committee approved.',
      'Europol presented the recommendations of the expert group, which were endorsed by the Committee.',
      // the clause before recalls what was decided earlier, and the agent's clause says when: no decision of this meeting
      'The Presidency recalled the conclusions set out in 13806/25, which the Committee endorsed.',
      'The Commission presented the strategy, which was adopted by the Council in 2020.',
    ],
    decisions: [
      ['COSI', 'endorsed', 'the draft conclusions set out in 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'its report on the implementation of the roadmap', []],
      ['COSI', 'approved', 'the action plan', []],
      ['COSI', 'endorsed', 'the recommendations of the expert group', []],
    ],
  },
  fr: {
    sentences: [
      'La présidence a présenté le projet de conclusions figurant dans le document 13802/25, que le comité a approuvé.',
      'Europol a présenté son rapport sur la mise en œuvre de la feuille de route, que le comité a approuvé lors de sa réunion.',
      'La présidence a indiqué que le comité a approuvé le rapport.',
      'La Commission a présenté le rapport sur la mise en œuvre de la stratégie, dont le comité a pris note.',
      "Europol a présenté les recommandations du groupe d'experts, qui ont été approuvées par le Comité.",
      // a thing recalled, and a clause that says when: none of this meeting's decisions
      'La présidence a rappelé les conclusions figurant dans le document 13806/25, qui ont été approuvées par le Comité.',
      'La Commission a présenté la stratégie, qui a été adoptée par le Conseil en 2020.',
    ],
    decisions: [
      ['COSI', 'approved', 'le projet de conclusions figurant dans le document 13802/25', ['13802/25']],
      ['COSI', 'approved', 'son rapport sur la mise en œuvre de la feuille de route', []],
      ['COSI', 'approved', 'le rapport', []],
      ['COSI', 'took-note', 'le rapport sur la mise en œuvre de la stratégie', []],
      ['COSI', 'approved', "les recommandations du groupe d'experts", []],
    ],
  },
  de: {
    sentences: [
      'Der Vorsitz stellte den Entwurf von Schlussfolgerungen in Dokument 13802/25 vor, den der Ausschuss billigte.',
      'Europol erläuterte seinen Bericht über die Umsetzung des Fahrplans, den der Ausschuss zur Kenntnis nahm.',
      'Die Kommission stellte die Schlussfolgerungen zur Terrorismusbekämpfung vor, die der Ausschuss gebilligt hat.',
      'Europol stellte die Empfehlungen der Sachverständigengruppe vor, die vom Ausschuss gebilligt wurden.',
      'Die Kommission stellte die Strategie vor, die vom Rat im Jahr 2020 gebilligt wurde.',
    ],
    decisions: [
      ['COSI', 'approved', 'den Entwurf von Schlussfolgerungen in Dokument 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'seinen Bericht über die Umsetzung des Fahrplans', []],
      ['COSI', 'approved', 'die Schlussfolgerungen zur Terrorismusbekämpfung', []],
      ['COSI', 'approved', 'die Empfehlungen der Sachverständigengruppe', []],
    ],
  },
  it: {
    sentences: [
      'La Presidenza ha presentato il progetto di conclusioni che figura nel documento 13802/25, che il comitato ha approvato.',
      "Europol ha presentato la sua relazione sull'attuazione della tabella di marcia, che il comitato ha approvato.",
      'La Commissione ha presentato la sua relazione annuale, di cui il comitato ha preso atto.',
      'Europol ha presentato le raccomandazioni del gruppo di esperti, che sono state approvate dal comitato.',
    ],
    decisions: [
      ['COSI', 'approved', 'il progetto di conclusioni che figura nel documento 13802/25', ['13802/25']],
      ['COSI', 'approved', "la sua relazione sull'attuazione della tabella di marcia", []],
      ['COSI', 'took-note', 'la sua relazione annuale', []],
      ['COSI', 'approved', 'le raccomandazioni del gruppo di esperti', []],
    ],
  },
  es: {
    sentences: [
      'La Presidencia presentó el proyecto de conclusiones que figura en el documento 13802/25, que el Comité aprobó.',
      'Europol presentó su informe sobre la aplicación de la hoja de ruta, que el Comité aprobó.',
      'La Comisión presentó su informe anual sobre la aplicación de la estrategia, del que el Comité tomó nota.',
      'Europol presentó las recomendaciones del grupo de expertos, que fueron aprobadas por el Comité.',
      // `de lo que`: the whole clause before, no noun the committee noted
      'La Presidencia informó sobre los preparativos de la reunión, de lo que el Comité tomó nota.',
    ],
    decisions: [
      ['COSI', 'approved', 'el proyecto de conclusiones que figura en el documento 13802/25', ['13802/25']],
      ['COSI', 'approved', 'su informe sobre la aplicación de la hoja de ruta', []],
      ['COSI', 'took-note', 'su informe anual sobre la aplicación de la estrategia', []],
      ['COSI', 'approved', 'las recomendaciones del grupo de expertos', []],
    ],
  },
  pt: {
    sentences: [
      // `A Presidência` right after the title: on a page run into one line, the sentence's start (a Hungarian title
      // opens with the article `A` too, never with a capitalised noun and a verb in the past)
      'A Presidência apresentou o projeto de conclusões constante do documento 13802/25, que o Comité aprovou.',
      'O Europol apresentou o seu relatório sobre a execução do roteiro, que o Comité aprovou.',
      'A Comissão apresentou o seu relatório anual, do qual o Comité tomou nota.',
      'A Comissão apresentou as recomendações do grupo de peritos, que foram aprovadas pelo Comité.',
    ],
    decisions: [
      ['COSI', 'approved', 'o projeto de conclusões constante do documento 13802/25', ['13802/25']],
      ['COSI', 'approved', 'o seu relatório sobre a execução do roteiro', []],
      ['COSI', 'took-note', 'o seu relatório anual', []],
      ['COSI', 'approved', 'as recomendações do grupo de peritos', []],
    ],
  },
  nl: {
    sentences: [
      'Het voorzitterschap presenteerde het ontwerp van conclusies in document 13802/25, dat het Comité goedkeurde.',
      'Europol lichtte zijn verslag over de uitvoering van de routekaart toe, waarvan het Comité nota nam.',
      'Europol presenteerde de aanbevelingen van de deskundigengroep, die door het Comité werden goedgekeurd.',
    ],
    decisions: [
      ['COSI', 'approved', 'het ontwerp van conclusies in document 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'zijn verslag over de uitvoering van de routekaart', []],
      ['COSI', 'approved', 'de aanbevelingen van de deskundigengroep', []],
    ],
  },
  pl: {
    sentences: [
      'Prezydencja przedstawiła projekt konkluzji zawarty w dokumencie 13802/25, który Komitet zatwierdził.',
      'Europol przedstawił sprawozdanie z realizacji planu działania, które Komitet przyjął do wiadomości.',
    ],
    decisions: [
      ['COSI', 'approved', 'projekt konkluzji zawarty w dokumencie 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'sprawozdanie z realizacji planu działania', []],
    ],
  },
  cs: {
    sentences: [
      'Předsednictví představilo návrh závěrů uvedený v dokumentu 13802/25, který výbor schválil.',
      'Europol představil zprávu o provádění plánu, kterou výbor vzal na vědomí.',
    ],
    decisions: [
      ['COSI', 'approved', 'návrh závěrů uvedený v dokumentu 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'zprávu o provádění plánu', []],
    ],
  },
  sk: {
    sentences: [
      'Predsedníctvo predstavilo návrh záverov uvedený v dokumente 13802/25, ktorý výbor schválil.',
      'Europol predstavil správu o vykonávaní plánu, ktorú výbor vzal na vedomie.',
    ],
    decisions: [
      ['COSI', 'approved', 'návrh záverov uvedený v dokumente 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'správu o vykonávaní plánu', []],
    ],
  },
  sl: {
    sentences: ['Predsedstvo je predstavilo osnutek sklepov iz dokumenta 13802/25, ki ga je odbor potrdil.'],
    decisions: [['COSI', 'confirmed', 'osnutek sklepov iz dokumenta 13802/25', ['13802/25']]],
  },
  hr: {
    sentences: ['Europol je predstavio izvješće o provedbi plana, koje je Odbor odobrio.'],
    decisions: [['COSI', 'approved', 'izvješće o provedbi plana', []]],
  },
  da: {
    sentences: [
      'Formandskabet forelagde udkastet til konklusioner i dokument 13802/25, som komitéen godkendte.',
      'Europol fremlagde sin rapport om gennemførelsen af køreplanen, som komitéen tog til efterretning.',
      // no comma before `som`, as Danish often prints a relative clause that names which paper
      'Kommissionen forelagde handlingsplanen for grænsesikkerhed som komitéen godkendte.',
    ],
    decisions: [
      ['COSI', 'approved', 'udkastet til konklusioner i dokument 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'sin rapport om gennemførelsen af køreplanen', []],
      ['COSI', 'approved', 'handlingsplanen for grænsesikkerhed', []],
    ],
  },
  sv: {
    sentences: [
      'Ordförandeskapet presenterade utkastet till slutsatser i dokument 13802/25, som kommittén godkände.',
      'Europol lade fram sin rapport om genomförandet av färdplanen, som kommittén noterade.',
      // a restrictive relative clause, without a comma
      'Kommissionen presenterade handlingsplanen för gränsförvaltning som kommittén godkände.',
    ],
    decisions: [
      ['COSI', 'approved', 'utkastet till slutsatser i dokument 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'sin rapport om genomförandet av färdplanen', []],
      ['COSI', 'approved', 'handlingsplanen för gränsförvaltning', []],
    ],
  },
  fi: {
    sentences: [
      'Puheenjohtajavaltio esitteli asiakirjassa 13802/25 olevan päätelmäluonnoksen, jonka komitea hyväksyi.',
      'Europol esitteli kertomuksensa etenemissuunnitelman täytäntöönpanosta, jonka komitea pani merkille.',
    ],
    decisions: [
      ['COSI', 'approved', 'asiakirjassa 13802/25 olevan päätelmäluonnoksen', ['13802/25']],
      ['COSI', 'took-note', 'kertomuksensa etenemissuunnitelman täytäntöönpanosta', []],
    ],
  },
};

describe.each(Object.entries(CASES))(
  'the outcome 14470/25 in %s whose item 3 records decisions in relative clauses with the committee as subject',
  (language, written) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', written.sentences.join(' ')];
    it.each(OUTCOME_COPIES)('reads who decided what, the noun the pronoun hangs on as the object (%s)', (shape) => {
      const record = expectOk(
        parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/relative-decisions-${language}.txt`),
      );
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      expect(record.items[2]?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual(written.decisions);
    });
  },
);

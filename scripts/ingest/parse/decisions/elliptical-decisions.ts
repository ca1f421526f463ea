/**
 * An outcome's sentence that is only what became of the item, its participle first and no body named (`Postponed to
 * the next meeting.`, `Item postponed.`, `Approved.`, `Reporté à la prochaine réunion.`, `Vertagt.`, `Aplazado a la
 * próxima reunión.`), as an outcome's table cell or a sub-point's line prints it: the decision, nobody named as taking
 * it, about the item (or the sub-point it stands under) and what the words after the participle add.
 */
import type { DecisionVerb } from './decisions.ts';

/**
 * The participles such a sentence opens with, by decision, in the versions that print them so (the Polish impersonal,
 * `Odłożono`, is read by decision-passives.ts): singular and plural, masculine and feminine where the version inflects.
 */
const PARTICIPLES: ReadonlyArray<readonly [DecisionVerb, string]> = [
  [
    'postponed',
    String.raw`Postponed|Deferred|(?:Reporté|Ajourné|Différé)e?s?|Vertagt|Verschoben|Zurückgestellt|(?:Aplazad|Pospuest)[oa]s?|(?:Rinviat|Rimandat)[oaie]|Uitgesteld|Verdaagd|Adiad[oa]s?`,
  ],
  ['withdrawn', String.raw`Withdrawn|Retirée?s?|Zurückgezogen|Abgesetzt|Retirad[oa]s?|Ritirat[oaie]|Ingetrokken|Afgevoerd`],
  ['approved', String.raw`Approved|Approuvée?s?|Gebilligt|Genehmigt|Aprobad[oa]s?|Approvat[oaie]|Goedgekeurd|Aprovad[oa]s?`],
  ['adopted', String.raw`Adopted|Adoptée?s?|Angenommen|Adoptad[oa]s?|Adottat[oaie]|Aangenomen|Adotad[oa]s?`],
  ['endorsed', String.raw`Endorsed|(?:Entériné|Avalisé)e?s?|Befürwortet|Refrendad[oa]s?|Avallat[oaie]|Bekrachtigd`],
  ['took-note', String.raw`Noted|Taken\s+note\s+of|Pris\s+(?:note|acte)|Zur\s+Kenntnis\s+genommen|Preso\s+atto|Kennis\s+genomen`],
];

/** The word for the item a version may print before the participle (`Item postponed.`, `Point reporté.`, `Punkt vertagt.`). */
const ITEM_WORD = String.raw`(?:(?:Item|Point|Punkt|Tagesordnungspunkt|Punto|Punt|Agendapunt|Ponto)\s+)`;

/** The whole sentence: the item's word if printed, a participle, the words after it up to the sentence's end (a full stop after any). */
const ELLIPTICAL = new RegExp(
  String.raw`^${ITEM_WORD}?(?:${PARTICIPLES.map(([, participle]) => `(${participle})`).join('|')})(?![\p{L}\p{N}'’-])(?:([^.;:!?]{0,80})[.!]|[.!]?)$`,
  'iu',
);

/** Words that open an agent or a reason after the participle: the sentence then says more than what became of the item. */
const NOT_A_COMPLEMENT = /^(?:by|par|von|vom|durch|por|da|dal|dalla|door|pelo|pela|that|que|dass|che|dat)(?![\p{L}])/iu;

/** The agenda an item is withdrawn from (`Withdrawn from the agenda.`, `Retiré de l'ordre du jour.`): the item alone is what was withdrawn. */
const FROM_THE_AGENDA =
  /^(?:(?:from|off)\s+the(?:\s+meeting['’]s)?\s+agenda|de\s+l['’]ordre\s+du\s+jour|del\s+orden\s+del\s+día|dall['’]ordine\s+del\s+giorno|van\s+de\s+agenda|da\s+ordem\s+do\s+dia)$/iu;

/** The decision an elliptical sentence records and the words after its participle, or null where the sentence is not one. */
export function ellipticalDecision(sentence: string): { verb: DecisionVerb; rest: string } | null {
  const match = ELLIPTICAL.exec(sentence.trim());
  if (match === null) return null;
  const group = PARTICIPLES.findIndex((_, index) => match[index + 1] !== undefined);
  const rest = (match[PARTICIPLES.length + 1] ?? '').trim();
  if (group === -1 || NOT_A_COMPLEMENT.test(rest)) return null;
  const verb = PARTICIPLES[group]![0];
  return { verb, rest: verb === 'withdrawn' && FROM_THE_AGENDA.test(rest) ? '' : rest };
}

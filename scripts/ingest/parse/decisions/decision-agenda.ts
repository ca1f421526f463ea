/**
 * The adoption of a meeting's agenda, whichever verb a language version prints for it: the English and French versions
 * adopt it (`The agenda was adopted`, `L'ordre du jour a été adopté`), the Spanish, Portuguese, Dutch and Italian ones
 * often approve it (`Se aprueba el orden del día`, `A ordem do dia foi aprovada`, `De agenda werd goedgekeurd`,
 * `L'ordine del giorno è stato approvato`). It is one procedural act, read as English prints it: `adopted`.
 */
import type { DecisionVerb } from './decisions.ts';

/**
 * The agenda as the other 16 versions name it, as a subject (`Дневният ред`, `Pořad jednání`, `Dagsordenen`, `Η ημερήσια
 * διάταξη`, `Päevakord`, `Esityslista`, `L-aġenda`) or an object (`a napirendet`, `leis an gclár oibre`).
 */
const OTHER_AGENDAS = [
  ...[String.raw`дневни(?:ят|я)\s+ред`, String.raw`pořad\s+jednání`, 'program', 'dagsorden(?:en)?', String.raw`ημερήσια\s+διάταξη`, 'päevakord'],
  ...['esityslista', String.raw`(?:leis\s+an\s+)?g?clár\s+oibre`, String.raw`dnevni\s+red`, 'napirend(?:et)?', 'darbotvarkė', String.raw`darba\s+kārtība`],
  ...['aġenda', String.raw`ordinea\s+de\s+zi`, 'dagordning(?:en)?'],
].join('|');

/** The agenda as each version names it, with its article and a `provisional` printed before the noun. */
const AGENDA = new RegExp(
  [
    String.raw`^(?:the\s+|l['’]|die\s+|el\s+|de\s+|a\s+|il\s+|η\s+|l-|an\s+)?`,
    String.raw`(?:(?:provisional|revised|vorläufige|voorlopige|geannoteerde)\s+)?`,
    String.raw`(?:agenda|ordre\s+du\s+jour|tagesordnung|orden\s+del\s+día|ordine\s+del\s+giorno|ordem\s+do\s+dia|porządek\s+(?:obrad|dzienny)|${OTHER_AGENDAS})(?![\p{L}])`,
  ].join(''),
  'iu',
);

/** The verbs a version may print for adopting the agenda. */
const ADOPTING: ReadonlySet<DecisionVerb> = new Set(['adopted', 'approved', 'agreed']);

/** The verb of a decision: `adopted` where its object is the meeting's agenda and its verb adopts it, else `verb`. */
export function agendaVerb(verb: DecisionVerb, object: string): DecisionVerb {
  return ADOPTING.has(verb) && AGENDA.test(object) ? 'adopted' : verb;
}

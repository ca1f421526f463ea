/**
 * A note taken with satisfaction is a welcome, as the Finnish (`pani tyytyväisenä merkille`) and Polish (`z
 * zadowoleniem przyjął do wiadomości`) versions are read: `COSI took note with satisfaction of the report` welcomed the
 * report, as did `Le COSI a pris note avec satisfaction du rapport`, `Der Ausschuss nahm den Bericht mit Genugtuung zur
 * Kenntnis` (or `nahm mit Genugtuung den Bericht zur Kenntnis`), `El COSI tomó nota con satisfacción del informe`, `Il comitato ha preso atto con soddisfazione della
 * relazione`, `O Comité tomou nota com satisfação do relatório`. The words of satisfaction are cut off the object,
 * which keeps the preposition its version's note takes (`du rapport`, `del informe`); the English `of` goes with them,
 * as English notes drop it.
 */
import type { DecisionVerb } from './decisions.ts';

/** The words of satisfaction, in English, French, Spanish, Italian, Portuguese and German (`nahm mit Genugtuung den Bericht …`). */
const SATISFACTION = String.raw`(?:with\s+(?:great\s+|much\s+)?satisfaction|avec\s+(?:grande\s+)?satisfaction|con\s+(?:gran\s+)?satisfacción|con\s+(?:grande\s+)?soddisfazione|com\s+(?:grande\s+)?satisfação|mit\s+(?:großer\s+)?(?:Genugtuung|Befriedigung|Zufriedenheit))`;

/**
 * The words of satisfaction opening a note's object, also as an aside between commas (`took note, with satisfaction, of
 * the report`), the English `of` with them; and Polish `do wiadomości` a welcome's object keeps.
 */
const OPENING = new RegExp(String.raw`^${SATISFACTION}(?:,?\s+of)?(?:,?\s+|$)`, 'iu');

/** Words that are only the words of satisfaction (`with satisfaction`, `avec satisfaction`). */
const ONLY_SATISFACTION = new RegExp(String.raw`^${SATISFACTION}$`, 'iu');

/** Whether `words` are only the words of satisfaction, which a note's reading turns into a welcome. */
export function isSatisfaction(words: string): boolean {
  return ONLY_SATISFACTION.test(words);
}

/** The German words of satisfaction ending a note's object, before `zur Kenntnis` (`den Bericht mit Genugtuung`). */
const CLOSING = /\s+mit\s+(?:großer\s+)?(?:Genugtuung|Befriedigung|Zufriedenheit)$/u;

/** What the Polish welcome keeps of the note it was taken as (`z zadowoleniem przyjął do wiadomości sprawozdanie`). */
const POLISH_NOTE = /^do\s+wiadomości\s+/u;

/** The words every phrase above holds one of, checked first: most objects hold none. */
const WORDS = /satisf|soddisf|Genugtuung|Befriedigung|Zufriedenheit|wiadomości/u;

/** A decision's verb and object, a note taken with satisfaction read as a welcome of what was noted; any other as it is. */
export function withSatisfaction(verb: DecisionVerb, object: string): { verb: DecisionVerb; object: string } {
  if (!WORDS.test(object)) return { verb, object };
  if (verb === 'welcomed') return { verb, object: object.replace(POLISH_NOTE, '') || object };
  if (verb !== 'took-note') return { verb, object };
  const rest = object.replace(OPENING, '').replace(CLOSING, '');
  return rest === object || rest === '' ? { verb, object } : { verb: 'welcomed', object: rest };
}

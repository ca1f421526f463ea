/**
 * An aside of circumstance a sentence sets between commas right after a decision's verb, before its object (`COSI took
 * note, after a discussion, of the report …`, `Le comité a pris note, après un échange de vues, du rapport …`, `Der
 * Ausschuss billigte, wie vom Vorsitz vorgeschlagen, den Entwurf …`, `El Comité tomó nota, tras un intercambio de puntos
 * de vista, del informe …`, `Het Comité heeft, na een gedachtewisseling, het verslag … goedgekeurd`): when or how the
 * body decided, no part of what it decided. The object is what follows the aside's closing comma (the English note's
 * `of` off it, as `took note of` takes it). An aside is told by its first word (`ASIDE_OPENERS` of text/vocabulary.ts),
 * is at most a few words and holds no comma; one that says how the decision was taken (`, by silence procedure,`,
 * `, without amendment,`: decision-procedures.ts), a note's satisfaction (satisfied-notes.ts: a welcome) or that cites a document
 * (`, as set out in 13802/25,`) is left for what reads it. A German aside of after what, set without commas before an
 * object its determiner opens (`Der Ausschuss nahm nach einer Aussprache den Bericht zur Kenntnis`), is no part of it
 * either. An English note followed by a comma and another past verb (`COSI took note, thanked the Presidency, and …`) has
 * no object of its own; an object followed by one (`took note of the report, thanked the Presidency, and …`, `a pris note
 * du rapport, a remercié la présidence et …`) ends before it. Every scan is bounded: linear in the object's length.
 */
import { ASIDE_OPENERS, STRONG_PASTS } from '../text/vocabulary.ts';
import type { DecisionVerb } from './decisions.ts';
import { withoutProcedure } from './decision-procedures.ts';
import { isSatisfaction } from './satisfied-notes.ts';

/** The most words an aside may hold. */
const MOST_WORDS = 10;

/** A document's number (`13802/25`), which an aside that cites one keeps for the object. */
const DOCUMENT_NUMBER = /\d\/\d/u;

/** A sentence's end or a clause's inside an aside: none is one. */
const CLAUSE_MARK = /[.;:!?()]/u;

/** A German aside of after what without commas (`nach einer Aussprache`), before the object's determiner (`den`, `die`). */
const GERMAN_AFTER = /^\s*nach\s+(?:einer|der|einem|dem|kurzer|eingehender)\s+\p{Lu}\p{Ll}{1,40}\s+(?=(?:den|die|das|einen|eine|ein|diese[nrs]?)\s)/u;

/** A comma and another verb in the past (`, thanked the Presidency`): what follows an English note with no object. */
const NEXT_PAST_VERB = /^\s*,\s*\p{Ll}{2,30}ed\s/u;

/**
 * A comma and another verb in the past of the same subject, what it did besides (`the report, thanked the Presidency`,
 * `the report, thanked Europol`, `du rapport, a remercié la présidence`, `della relazione, ha ringraziato la Presidenza`,
 * `del informe, agradeció a la Presidencia`, `do relatório, agradeceu à Presidência`): where the object before it ends.
 * The English verb is told by the determiner or the name after it, which a participle clause of the object's (`the
 * report, prepared by …`) has not, nor a date (`the report, dated March 2025`).
 */
const COORDINATED_PAST_VERB = new RegExp(
  [
    String.raw`,\s+(?:and\s+)?(?!dated\s)\p{Ll}{2,30}ed\s+(?:(?:the|a|an|its|their|this|these|those|all|both)\s|\p{Lu})`,
    String.raw`,\s+(?:et\s+)?a\s+\p{Ll}{2,30}(?:é|i|is|it|u)\s`,
    String.raw`,\s+(?:e\s+)?ha\s+\p{Ll}{2,30}(?:ato|ito|uto)\s`,
    String.raw`,\s+(?:y\s+)?\p{Ll}{2,30}ó\s`,
    String.raw`,\s+(?:e\s+)?\p{Ll}{2,30}(?:ou|eu|iu)\s`,
  ].join('|'),
  'u',
);

/**
 * A comma and a German verb in the past of the same subject, what it did besides: a weak one told by its ending and the
 * determiner or name after it (`, dankte dem Vorsitz`, `, dankte Europol`, `, begrüßten die Fortschritte`), a strong one
 * by name (`, hob … hervor`, `, sprach sich für … aus`, `, gab … seine Zustimmung`, `, nahm … an`): a clause's end of the
 * German grammar (decision-languages.ts), so that `billigte den Bericht, dankte dem Vorsitz und nahm …` approves `den
 * Bericht` and a separable verb's particle is found before it (`nahm den Bericht zur Kenntnis, dankte Europol und …`).
 */
export const GERMAN_NEXT_PAST = String.raw`,(?=\s+(?:und\s+)?(?:\p{Ll}{2,30}ten?\s+(?:(?:dem|den|der|die|das|des|ein|eine[mnrs]?|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|diese[mnrs]?)\s|\p{Lu})|(?:${STRONG_PASTS.de.join('|')})\s))`;

/**
 * The same in Dutch (`, bedankte het voorzitterschap`, `, dankte Europol`, `, steunde de conclusies`, `, gaf …`), never
 * a present participle used as a preposition (`, betreffende de uitvoering`) nor `alsmede` (`, alsmede de bijlage`):
 * a clause's end of the Dutch grammar.
 */
export const DUTCH_NEXT_PAST = String.raw`,(?=\s+(?:en\s+)?(?:(?!\p{Ll}{0,30}(?:ende|mede)\s)\p{Ll}{2,30}[dt]en?\s+(?:(?:het|de|een|zijn|haar|hun|dit|deze)\s|\p{Lu})|(?:${STRONG_PASTS.nl.join('|')})\s))`;

/**
 * The same in Polish, the past told by its ending in every gender and number (`, podziękował prezydencji`,
 * `, podziękowała`, `, podziękowali`, `, przyjął`): a clause's end of the Polish grammar.
 */
export const POLISH_NEXT_PAST = String.raw`,(?=\s+(?:(?:i|oraz)\s+)?\p{Ll}{1,30}[aeiyąę](?:ł[ao]?|li|ły)\s)`;

/**
 * The object a verb's text gives (`raw`: what follows `verb` up to its clause's end, as printed) without the aside that
 * opens it after a comma; `english`: the verb is read in English, whose note drops its `of`. `raw` as it is where it
 * opens with no such aside.
 */
export function withoutAside(raw: string, verb: DecisionVerb, english = false): string {
  const after = GERMAN_AFTER.exec(raw);
  if (after !== null) return raw.slice(after[0].length);
  if (english && verb === 'took-note' && NEXT_PAST_VERB.test(raw)) return '';
  const next = COORDINATED_PAST_VERB.exec(raw);
  if (next !== null && raw.slice(0, next.index).trim() !== '') return withoutAside(raw.slice(0, next.index), verb, english);
  const opening = raw.search(/\S/u);
  if (opening === -1 || raw.charAt(opening) !== ',') return raw;
  const close = raw.indexOf(',', opening + 1);
  if (close === -1) return raw;
  const aside = raw.slice(opening + 1, close).trim();
  const words = aside.split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase();
  const rest = raw.slice(close + 1).trim();
  if (rest === '' || words.length > MOST_WORDS || !ASIDE_OPENERS.has(first) || CLAUSE_MARK.test(aside) || DOCUMENT_NUMBER.test(aside)) return raw;
  if (withoutProcedure(`${aside}, ${rest}`).procedure !== withoutProcedure(rest).procedure || (verb === 'took-note' && isSatisfaction(aside))) return raw;
  return english && verb === 'took-note' ? rest.replace(/^of\s+/u, '') : rest;
}

/**
 * The grammar of a decision in a language whose clause opens with its subject and whose clauses are bounded the same
 * way in every version (`;`, a relative pronoun after a comma, the next verb phrase, `and` before another verb or
 * body): the other 16 official languages' grammars are built with it (decision-languages-east.ts,
 * decision-languages-north.ts), from their bodies, verb phrases, words for `and`, `that` and `but`, relative pronouns
 * and passives.
 */
import { anyOf, END, type Grammar, grammar, type Reading } from './decision-grammar.ts';
import type { PassiveGrammar } from './decision-passives.ts';
import { whenClause } from './decision-clauses.ts';

/** One language's words: its bodies, verb phrases, conjunctions and relative pronouns, its passives. */
export interface PlainGrammarSpec {
  /** A cheap test: whether a text may hold one of the language's verb phrases. */
  hint: RegExp;
  body: string;
  /**
   * Other bodies that decide (the Council, Coreper: council-bodies.ts), which a clause's object also names after its
   * `and` (`… to Coreper and the Council`): a subject, but a clause's end after `and` only before a verb phrase.
   */
  others?: string;
  phrases: ReadonlyArray<readonly [string, Reading]>;
  /** The words for `and` (coordinating two verbs), and those for `that` and `but` that open a clause. */
  and: string;
  opens: string;
  /** The relative pronouns that open a clause after a comma (`který`, `който`, `som`). */
  relatives: string;
  /**
   * The relative pronouns after which the body may open a clause as its subject, the pronoun its object (`…, který
   * výbor schválil`, `…, som kommittén godkände`): relative-objects.ts reads the antecedent as what was decided.
   */
  objectRelatives?: string;
  /** Words between a body and its verb (`Odbor je tudi …`), or after the verb where the verb stands second. */
  adverb?: { before: string; after: string };
  passive: PassiveGrammar;
  verbSecond?: boolean;
  /** Words the version marks as an object set first without a determiner (object-first.ts `objectBefore`). */
  objectMarked?: RegExp;
  /**
   * The conjunctions of a clause of when (`když`, `când`, `när`: `whenClause` of decision-clauses.ts), and the words
   * before one that make it a question the object asks (`o`, `om`), not a clause of its own.
   */
  when?: { conjunctions: string; notAfter: string };
}

/** A language's grammar with the clause bounds every such language shares. */
export function plainGrammar(spec: PlainGrammarSpec): Grammar {
  const phrases = anyOf(spec.phrases.map(([source]) => source));
  return grammar({
    hint: spec.hint,
    opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:${spec.and}|${spec.opens}${spec.objectRelatives === undefined ? '' : `|${spec.objectRelatives}`})\s{1,3})`,
    and: `(?:${spec.and})`,
    body: spec.others === undefined ? spec.body : `${spec.body}|${spec.others}`,
    finite: String.raw`\p{Ll}`,
    phrases: spec.phrases,
    adverb: spec.adverb ?? { before: '', after: '' },
    breaks: new RegExp(String.raw`[;:]|,\s*(?:${spec.relatives})(?![\p{L}])`, 'gu'),
    clauseEnds: [
      String.raw`\s*;`,
      String.raw`,\s*(?:${spec.relatives})${END}`,
      ...(spec.when === undefined ? [] : [whenClause(spec.when.conjunctions, spec.when.notAfter)]),
      String.raw`,\s+(?=${phrases})`,
      String.raw`,?\s+(?:${spec.and})\s+(?=${phrases}|(?:${spec.body})\s+\p{Ll}${spec.others === undefined ? '' : String.raw`|(?:${spec.others})\s+(?:${phrases})`})`,
    ],
    passive: spec.passive,
    ...(spec.verbSecond === true ? { verbSecond: true } : {}),
    // the words before a verb and its body are its object where the verb need not stand second (object-first.ts)
    objectFirst: spec.verbSecond === true ? 'named' : 'free',
    ...(spec.objectMarked === undefined ? {} : { objectMarked: spec.objectMarked }),
    ...(spec.objectRelatives === undefined ? {} : { objectRelatives: spec.objectRelatives }),
  });
}

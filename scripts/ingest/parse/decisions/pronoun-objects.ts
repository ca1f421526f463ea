/**
 * What a decision's object that is only a pronoun stands for (`They were endorsed by COSI.`, `Ils ont été approuvés`,
 * `Sie wurden gebilligt`): the object of the item's decision before it, else the documents the item cites. The
 * sentence stays as printed; the object names the pronoun and, in brackets, what it refers to (`They [the
 * presentations]`), as a passive's `most of them [Fourteen MASPs]` does.
 */

/**
 * Pronouns a passive's subject may be in the versions (plural "they", "these", "those", and the singular feminine
 * or masculine of the languages whose documents are one, `Elle`, `Er`): lower case, matched whole. `it` is not among
 * them: an `It was adopted.` stands for the item's title, as an empty object does.
 */
const PRONOUNS: ReadonlySet<string> = new Set([
  // en
  'they',
  'these',
  'those',
  'both',
  'all',
  'them',
  // fr
  'ils',
  'elles',
  'ceux-ci',
  'celles-ci',
  'ces derniers',
  'ces dernières',
  // de
  'sie',
  'diese',
  // es
  'ellos',
  'ellas',
  'estos',
  'estas',
  'éstos',
  'éstas',
  // it
  'essi',
  'esse',
  'questi',
  'queste',
  // pt
  'eles',
  'elas',
  'estes',
  // nl
  'zij',
  'ze',
  'deze',
  // da, sv
  'de',
  'disse',
  'dessa',
  // pl, cs, sk
  'one',
  'oni',
  'ona',
  'ono',
  'ony',
  'te',
  'tieto',
  // ro
  'acestea',
  'ele',
  'ei',
]);

/** A part of what an English pronoun stands for (`all of them were endorsed`, `most of these`). */
const PART_OF = /^(?:most|some|all|many|several|both|each|none|one|two|three|four|five)\s+of\s+(?:them|these|those)$/i;

/** Whether an object is a pronoun alone, or a part of one (`all of them`); bracketed antecedents already given are not. */
export function isPronounObject(object: string): boolean {
  const text = object.trim();
  return text.length <= MAX_PRONOUN && (PRONOUNS.has(text.toLowerCase()) || PART_OF.test(text));
}

const MAX_PRONOUN = 24;

/** The object with what its pronoun stands for (`They [the presentations]`), or as it is where nothing before names it. */
export function withAntecedent(object: string, previousObject: string | null, documents: readonly string[]): string {
  const antecedent = previousObject ?? (documents.length > 0 ? documents.join(', ') : null);
  return antecedent === null ? object : `${object} [${antecedent}]`;
}

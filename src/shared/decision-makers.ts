/** Who a decision is by, as the archive writes it: the ingest names the decision-maker, the site counts COSI's own. */

/** How the archive writes the committee itself, whichever way the text names it (`COSI`, `the Committee`). */
export const THE_COMMITTEE = 'COSI';

/**
 * Names of bodies the outcomes write in several ways, to the one way the archive writes them. Keys are lower case,
 * without a leading `the`; a name not listed is kept as printed.
 */
const CANONICAL_NAMES: ReadonlyMap<string, string> = new Map([
  ['cosi', THE_COMMITTEE],
  ['committee', THE_COMMITTEE],
  ['standing committee', THE_COMMITTEE],
  ['cosi support group', 'the COSI Support Group'],
  ['cosi sg', 'the COSI Support Group'],
  ['support group', 'the COSI Support Group'],
  ['delegations', 'Delegations'],
  ['presidency', 'the Presidency'],
  ['commission', 'the Commission'],
  ['european commission', 'the Commission'],
]);

/** A leading article, written in either case. */
const LEADING_THE = /^the\s+/i;

/**
 * The decision-maker a subject or agent phrase names: the committee is always `COSI`, a few bodies get one spelling
 * (`COSI SG` → `the COSI Support Group`), any other name is kept as printed with a leading `The` written `the`
 * (`The German delegation` → `the German delegation`), so that it reads inside a sentence.
 */
export function decisionMaker(phrase: string): string {
  const name = phrase.replace(/\s+/g, ' ').trim();
  const bare = name.replace(LEADING_THE, '');
  return CANONICAL_NAMES.get(bare.toLowerCase()) ?? (bare === name ? name : `the ${bare}`);
}

/** Whether a decision is the committee's own: the only ones that "COSI decisions" count. */
export function isCommitteeDecision(decision: { readonly by: string | null }): boolean {
  return decision.by === THE_COMMITTEE;
}

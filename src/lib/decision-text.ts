/** How a decision reads on the site, in feeds and in open data: who, the verb and what, as one sentence. */
import type { DECISION_VERBS } from '../schemas/vocabulary.ts';
import { findReferences } from '../shared/references.ts';
import { VERB_LABELS } from './labels.ts';

/** A decision verb. */
type Verb = (typeof DECISION_VERBS)[number];

/** What a decision's sentence needs: who, the verb and the object. */
export interface Stated {
  readonly by: string | null;
  readonly verb: Verb;
  readonly object: string;
  /** How it was taken where the text says so (`by silence procedure`): said after what was decided, in brackets. */
  readonly procedure?: string | undefined;
  /** Read at an informal videoconference, which takes no decisions: said after it, in brackets. */
  readonly informal?: boolean | undefined;
}

/** What the site says after a view taken at an informal videoconference. */
export const INFORMAL_NOTE = 'a view at an informal videoconference, which takes no decisions';

/** Verbs whose object the ingest reads without the preposition that joins them (`took note of`). */
const JOINING_WORDS: Partial<Record<Verb, string>> = { 'took-note': 'of', 'will-return': 'to' };

/** How a verb leads a decision that names nobody, where its label is a past tense (`Withdrawn: …`, not `Withdrew: …`). */
const NOBODY_LABELS: Partial<Record<Verb, string>> = { withdrawn: 'withdrawn' };

/** What the text says about who decided when it names nobody. */
export const NOBODY_NAMED = 'not named';

/** The verb with the word that joins it to its object: `took note of`, `endorsed`. */
export function verbPhrase(verb: Verb): string {
  const joining = JOINING_WORDS[verb];
  return joining === undefined ? VERB_LABELS[verb] : `${VERB_LABELS[verb]} ${joining}`;
}

/** Text with its first letter in upper case. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A piece of a decision's sentence: text, and the canonical id and official link of the document it cites when it is a reference. */
export interface DecisionPart {
  readonly text: string;
  readonly reference: string | null;
  readonly url: string | null;
}

/**
 * Each decision's pieces once made, by its fields: a decision shows on its meeting's, its documents', its actors' and
 * its topics' pages and in the lists and feeds (31,885 calls for 8,263 distinct decisions at 2,000 documents), and
 * finding the documents its object cites is most of the work. The pieces are shared, so they are frozen.
 */
const madeParts = new Map<string, readonly DecisionPart[]>();

/**
 * The decision as a sentence without its full stop, in pieces so that each document its object cites can be linked:
 * `Delegations agreed on the region's strategic importance`; where the text names nobody, the verb leads:
 * `Adopted: the agenda as set out in CM 4578/2/24 REV2`; the procedure it was taken by after it, in brackets
 * (`Approved: the report (by silence procedure)`), and that a view taken at an informal videoconference is no decision.
 */
export function decisionParts({ by, verb, object, procedure, informal }: Stated): readonly DecisionPart[] {
  // The lengths of who and how make the key one decision's alone, whatever characters its texts hold.
  const key = `${verb}|${informal === true ? 1 : 0}|${by === null ? -1 : by.length}|${procedure === undefined ? -1 : procedure.length}|${by ?? ''}${procedure ?? ''}${object}`;
  const made = madeParts.get(key);
  if (made !== undefined) return made;
  const parts = Object.freeze(partsOf({ by, verb, object, procedure, informal }).map((part) => Object.freeze(part)));
  madeParts.set(key, parts);
  return parts;
}

/** The pieces of one decision's sentence, made anew (decisionParts keeps them). */
function partsOf({ by, verb, object, procedure, informal }: Stated): DecisionPart[] {
  const text = (value: string): DecisionPart => ({ text: value, reference: null, url: null });
  const parts: DecisionPart[] = [text(by === null ? `${capitalised(NOBODY_LABELS[verb] ?? VERB_LABELS[verb])}: ` : `${capitalised(by)} ${verbPhrase(verb)} `)];
  let cursor = 0;
  for (const found of findReferences(object)) {
    parts.push(text(object.slice(cursor, found.start)), { text: object.slice(found.start, found.end), reference: found.id, url: found.url ?? null });
    cursor = found.end;
  }
  parts.push(text(object.slice(cursor)));
  if (procedure !== undefined) parts.push(text(` (${procedure})`));
  if (informal === true) parts.push(text(` (${INFORMAL_NOTE})`));
  return parts.filter((part) => part.text !== '');
}

/** The decision as one sentence of plain text, without its full stop. */
export function decisionText(decision: Stated): string {
  return decisionParts(decision)
    .map((part) => part.text)
    .join('');
}

/** Who decided, for a table cell: the name, capitalised, or that the text names nobody. */
export function decidedBy({ by }: Pick<Stated, 'by'>): string {
  return by === null ? NOBODY_NAMED : capitalised(by);
}

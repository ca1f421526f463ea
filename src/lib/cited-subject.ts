/**
 * What the archive's own texts say a document they cite is, for the page and the list entry of a document it does not
 * hold: the phrase a decision puts before "as set out in <number>" (`the way forward … Internal Security Strategy`), or a
 * footnote that gives the act's title after its number or the document's title before it. Only what the text says.
 */
import { findReferences } from '../shared/references.ts';

/** A decision as the description reads it: its object and the documents the object cites. */
export interface DescribingDecision {
  readonly object: string;
  readonly references: readonly string[];
}

/** A citation as the description reads it: where it stands and the sentence around the reference. */
export interface DescribingCitation {
  readonly label: string;
  readonly context: string;
}

/** The words that join a decision's object to the number it cites: `as set out in`, `as presented in doc`, `in`. */
const JOINING_TAIL =
  /[\s,(]*(?:(?:as\s+)?(?:set\s+out|contained|presented|described|outlined|proposed)\s+)?(?:in\s+)?(?:(?:doc(?:ument)?|the\s+document)\.?\s+)?$/i;

/** Where a footnote's act title ends: the Official Journal reference after it. */
const OFFICIAL_JOURNAL = /,\s*OJ\b[\s\S]*$/;

/** An excerpt's leading ellipsis and the spaces after it. */
const LEADING_ELLIPSIS = /^…\s*/;

/** The preposition a verb joins its object with (`agreed on the draft conclusions`), not part of what the document is. */
const LEADING_PREPOSITION = /^(?:on|to|of|with)\s+(?=(?:the|a|an)\s)/i;

/** How an act's title follows its number in a footnote: `Regulation (EU) 2022/2065 of the European Parliament …`. */
const ACT_TITLE_START = /^\s+of\s/;

/** A phrase worth showing as a description: three words at least. */
const MIN_WORDS = 3;

function enoughWords(text: string): boolean {
  return text.split(/\s+/).filter((word) => word !== '').length >= MIN_WORDS;
}

/** What a decision's object says of `id`: its words before the reference, joining words dropped; null when too short. */
function fromDecision(id: string, decision: DescribingDecision): string | null {
  if (!decision.references.includes(id)) return null;
  const found = findReferences(decision.object).find((reference) => reference.id === id);
  if (found === undefined) return null;
  const phrase = decision.object.slice(0, found.start).replace(JOINING_TAIL, '').trim().replace(LEADING_PREPOSITION, '');
  return enoughWords(phrase) ? phrase : null;
}

/** What a footnote says of `id`: the title after the act's number, or the title before the number that ends it. */
function fromFootnote(id: string, citation: DescribingCitation): string | null {
  if (!citation.label.startsWith('footnote')) return null;
  const context = citation.context.replace(LEADING_ELLIPSIS, '');
  const found = findReferences(context);
  const first = found[0];
  if (first?.id === id && first.start === 0 && ACT_TITLE_START.test(context.slice(first.end))) {
    const title = context
      .slice(first.end)
      .replace(OFFICIAL_JOURNAL, '')
      .replace(/[.\s]+$/, '')
      .trim();
    return enoughWords(title) ? `${context.slice(0, first.end)} ${title}` : null;
  }
  const last = found[found.length - 1];
  if (found.length === 1 && last?.id === id && /^[\s.]*$/.test(context.slice(last.end))) {
    const title = context
      .slice(0, last.start)
      .replace(/[\s,]+$/, '')
      .trim();
    return enoughWords(title) ? title : null;
  }
  return null;
}

/**
 * What the archive's texts say the document `id` is, each description once, in the order of its citations and then of
 * the decisions that cite it; empty when no text says.
 */
export function citedDescriptions(id: string, citations: readonly DescribingCitation[], decisions: readonly DescribingDecision[]): string[] {
  const found = [...citations.map((citation) => fromFootnote(id, citation)), ...decisions.map((decision) => fromDecision(id, decision))];
  return [...new Set(found.filter((description): description is string => description !== null))];
}

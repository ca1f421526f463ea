/**
 * What a single decision is about and who made it, so that /decisions/ can be narrowed decision by decision rather than
 * meeting by meeting: its topics are those named by the title of the item it was taken under or by what was decided,
 * unless what was decided lists three topics or more (`decisionTopicsOf`; never the rest of the meeting), its deciders the actors its `by` names, and who decided is `by` itself.
 */
import { findActors } from '../shared/actors.ts';
import { NOBODY_NAMED } from './decision-text.ts';
import { decisionTopicsOf } from '../shared/topic-tagging.ts';
import { TOPICS } from '../shared/topics.ts';

/** What the facets read of a decision. */
export interface Faceted {
  readonly by: string | null;
  readonly date: string;
  readonly itemTitle: string;
  readonly object: string;
}

/**
 * Topics and actors already found, by the text they were found in and by the decision: every decisions page narrows all
 * decisions again (the facet menus, a topic's or actor's list), and finding them afresh on each of those pages was a
 * tenth of `astro build` at 2,000 documents; making the text's key again for each decision on each page still cost a
 * second and a half at 10,000. The answers depend on the text alone, so a cached one is the same answer; a decision's
 * record is never changed once read.
 */
const topicsFound = new Map<string, readonly string[]>();
const actorsFound = new Map<string, readonly string[]>();
const topicsOfDecision = new WeakMap<Faceted, readonly string[]>();
const actorsOfDecision = new WeakMap<Faceted, readonly string[]>();

/** The ids kept for `decision`, else those cached under its text's `key`, else found by `find` the first time. */
function cachedIds(
  byDecision: WeakMap<Faceted, readonly string[]>,
  found: Map<string, readonly string[]>,
  decision: Faceted,
  key: () => string,
  find: () => readonly string[],
): readonly string[] {
  let ids = byDecision.get(decision);
  if (ids === undefined) {
    const text = key();
    ids = found.get(text);
    if (ids === undefined) {
      ids = find();
      found.set(text, ids);
    }
    byDecision.set(decision, ids);
  }
  return ids;
}

/** The ids of the topics a decision is about (`decisionTopicsOf`), in the topic table's order. */
export function decisionTopics(decision: Faceted): readonly string[] {
  return cachedIds(
    topicsOfDecision,
    topicsFound,
    decision,
    () => `${decision.itemTitle}\u0000${decision.object}`,
    () => decisionTopicsOf(decision.itemTitle, decision.object),
  );
}

/** The ids of the actors that made a decision: those its `by` names (`the Presidency` is the one in office that day). */
export function decisionActors(decision: Faceted): readonly string[] {
  if (decision.by === null) return [];
  const { by, date } = decision;
  return cachedIds(
    actorsOfDecision,
    actorsFound,
    decision,
    () => `${by}\u0000${date}`,
    () => findActors(by, date),
  );
}

/** The URL segment of who decided: `COSI` → `cosi`, `the COSI Support Group` → `the-cosi-support-group`, nobody → `not-named`. */
export function deciderSlug(by: string | null): string {
  return (by ?? NOBODY_NAMED)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One way of narrowing the decisions: its URL segment, its label and how many decisions it keeps. */
export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/**
 * A facet count done once per list of decisions: every page of a decisions route shows the facet menus of the same list
 * (the route's getStaticPaths hands each page the same array), and counting them again on each page was a twentieth of
 * `astro build` at 10,000 documents. A list's facets depend on the list alone.
 */
function oncePerList(count: (decisions: readonly Faceted[]) => readonly Facet[]): (decisions: readonly Faceted[]) => readonly Facet[] {
  const counted = new WeakMap<readonly Faceted[], readonly Facet[]>();
  return (decisions) => {
    let facets = counted.get(decisions);
    if (facets === undefined) {
      facets = count(decisions);
      counted.set(decisions, facets);
    }
    return facets;
  };
}

/** Who decided, each with its count, most decisions first (then by name); the decisions whose text names nobody last. */
export const deciderFacets = oncePerList(countDeciders);

/** The topics some decision is about, in the topic table's order, each with its count. */
export const topicFacets = oncePerList(countTopics);

/** The facets of `deciderFacets`, counted afresh. */
function countDeciders(decisions: readonly Faceted[]): Facet[] {
  const counts = new Map<string | null, number>();
  for (const d of decisions) counts.set(d.by, (counts.get(d.by) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => Number(a === null) - Number(b === null) || n - m || (a ?? '').localeCompare(b ?? '', 'en'))
    .map(([by, count]) => ({ value: deciderSlug(by), label: by ?? NOBODY_NAMED, count }));
}

/** The facets of `topicFacets`, counted afresh. */
function countTopics(decisions: readonly Faceted[]): Facet[] {
  const counts = new Map<string, number>();
  for (const d of decisions) for (const id of decisionTopics(d)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return TOPICS.flatMap((topic) => {
    const count = counts.get(topic.id);
    return count === undefined ? [] : [{ value: topic.id, label: topic.name, count }];
  });
}

/** The decisions made by whoever `slug` names (deciderSlug). */
export function decidedBy<T extends Faceted>(decisions: readonly T[], slug: string): T[] {
  return decisions.filter((d) => deciderSlug(d.by) === slug);
}

/** The decisions about one topic. */
export function aboutTopic<T extends Faceted>(decisions: readonly T[], topic: string): T[] {
  return decisions.filter((d) => decisionTopics(d).includes(topic));
}

/** The decisions one actor made. */
export function madeBy<T extends Faceted>(decisions: readonly T[], actor: string): T[] {
  return decisions.filter((d) => decisionActors(d).includes(actor));
}

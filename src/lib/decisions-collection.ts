/** The decisions collection read once per build, for the pages that list an actor's or a topic's decisions. */
import { getCollection } from 'astro:content';
import type { DecisionEntry } from '../schemas/decision-entry.ts';

let decisions: Promise<DecisionEntry[]> | undefined;

/** Every decision entry, shared by all the actor and topic pages of a build. */
export function allDecisions(): Promise<DecisionEntry[]> {
  decisions ??= getCollection('decisions').then((entries) => entries.map(({ data }) => data));
  return decisions;
}

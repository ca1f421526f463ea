/** The documents still to fetch, breadth first: the numbers given, then what they cite, to a depth, each document once. */
import type { Target } from './targets.ts';

/** A document to fetch, how many citation steps from the numbers given, and which document cited it first. */
export interface Visit {
  target: Target;
  depth: number;
  citedBy: string | null;
}

/**
 * A breadth-first queue of visits that never holds a document twice (by canonical number and language), so that
 * citation cycles end, and that takes no citation from a document at the last depth.
 */
export class Frontier {
  readonly #queue: Visit[] = [];
  readonly #seen = new Set<string>();
  readonly #maxDepth: number;
  #next = 0;

  /** Starts with the numbers given (depth 0); citations are followed up to `maxDepth` steps. */
  constructor(targets: readonly Target[], maxDepth: number) {
    this.#maxDepth = maxDepth;
    for (const target of targets) this.#add({ target, depth: 0, citedBy: null });
  }

  /** The next visit, or undefined when none is left. */
  next(): Visit | undefined {
    const visit = this.#queue[this.#next];
    if (visit !== undefined) this.#next += 1;
    return visit;
  }

  /** Queues what a visited document cites, unless it is at the last depth; returns how many were new. */
  cite(from: Visit, cited: readonly Target[]): number {
    if (from.depth >= this.#maxDepth) return 0;
    return cited.filter((target) => this.#add({ target, depth: from.depth + 1, citedBy: from.target.id })).length;
  }

  /** Visits taken so far and visits known in all (it grows as citations are followed). */
  get done(): number {
    return this.#next;
  }

  get total(): number {
    return this.#queue.length;
  }

  #add(visit: Visit): boolean {
    const key = `${visit.target.id}\n${visit.target.language}`;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    this.#queue.push(visit);
    return true;
  }
}

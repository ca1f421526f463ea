/**
 * The numbers that make decision ids (`<meeting>--<item anchor>--<n>`) stable across the versions of an outcome: a
 * decision keeps the number it had in the version that first recorded it, whatever a corrigendum or revision inserts
 * before it or drops, so that its page anchor and feed guid never pass to another decision.
 */
import type { OkRecord } from '../../../src/schemas/record.ts';
import { itemAnchors } from '../markdown/anchors.ts';

/** A decision as numbering reads it: the anchor of its item, who decided, the verb and what was decided. */
export interface DecisionKey {
  readonly anchor: string;
  readonly by: string | null;
  readonly verb: string;
  readonly object: string;
}

/** Per item anchor, the number of each of the item's decisions, in the item's order. */
export type DecisionNumbers = Readonly<Record<string, readonly number[]>>;

/** The decisions of a record in page order, each with its item's anchor. */
export function decisionKeys(record: Pick<OkRecord, 'items'>): DecisionKey[] {
  const anchors = itemAnchors(record.items);
  return record.items.flatMap((item, index) => item.decisions.map(({ by, verb, object }) => ({ anchor: anchors[index] ?? '', by, verb, object })));
}

/** A decision numbered in an earlier version: its number, and what it said last. */
interface Numbered {
  readonly number: number;
  key: DecisionKey;
}

/**
 * The numbers of the decisions of the last of `versions` (the decisions of each version of one outcome, oldest first).
 * Within an item, a decision takes the number of an earlier decision of the same who, verb and object; else of one of
 * the same who and verb not taken yet (the object corrected: `90331/25` become `90331/1/25 REV 1`); else the next
 * number the item never gave. Numbering a single version gives 1, 2, 3 … per item.
 */
export function decisionNumbers(versions: readonly (readonly DecisionKey[])[]): DecisionNumbers {
  const known = new Map<string, Numbered[]>();
  let numbers: Record<string, number[]> = {};
  for (const decisions of versions) {
    numbers = {};
    const byAnchor = Map.groupBy(decisions, ({ anchor }) => anchor);
    for (const [anchor, keys] of byAnchor) {
      const earlier = known.get(anchor) ?? [];
      const taken = new Set<Numbered>();
      const take = (key: DecisionKey, same: (a: DecisionKey, b: DecisionKey) => boolean) => {
        const found = earlier.find((numbered) => !taken.has(numbered) && same(numbered.key, key));
        if (found !== undefined) taken.add(found);
        return found;
      };
      const exact = keys.map((key) => take(key, (a, b) => a.by === b.by && a.verb === b.verb && a.object === b.object));
      const matched = keys.map((key, index) => exact[index] ?? take(key, (a, b) => a.by === b.by && a.verb === b.verb));
      let next = Math.max(0, ...earlier.map(({ number }) => number));
      const given = keys.map((key, index) => {
        const found = matched[index];
        if (found !== undefined) {
          found.key = key;
          return found.number;
        }
        next += 1;
        earlier.push({ number: next, key });
        return next;
      });
      known.set(anchor, earlier);
      numbers[anchor] = given;
    }
  }
  return numbers;
}

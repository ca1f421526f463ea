import { describe, expect, it } from 'vitest';
import { Frontier, type Visit } from '../../../scripts/fetch/frontier.ts';
import { type Target, targetOf } from '../../../scripts/fetch/targets.ts';

function target(number: string, language = 'en'): Target {
  return targetOf(number, language) as Target;
}

function drain(frontier: Frontier, cites: Record<string, string[]>): string[] {
  const order: string[] = [];
  for (let visit: Visit | undefined = frontier.next(); visit !== undefined; visit = frontier.next()) {
    order.push(`${visit.target.id}@${visit.depth}`);
    frontier.cite(
      visit,
      (cites[visit.target.id] ?? []).map((number) => target(number)),
    );
  }
  return order;
}

describe('Frontier', () => {
  it('visits breadth first to the depth given, each document once however often it is cited', () => {
    const cites = { '101/25': ['102/25', '103/25'], '102/25': ['101/25', '104/25'], '103/25': ['104/25', '102/25'], '104/25': ['105/25'] };
    expect(drain(new Frontier([target('101/25')], 2), cites)).toEqual(['101/25@0', '102/25@1', '103/25@1', '104/25@2']);
    expect(drain(new Frontier([target('101/25')], 0), cites)).toEqual(['101/25@0']);
  });

  it('treats two language versions of a number as two documents and one number written twice as one', () => {
    const frontier = new Frontier([target('101/25'), target('101/25', 'fr'), target('101/25')], 0);
    expect(drain(frontier, {})).toEqual(['101/25@0', '101/25@0']);
    expect(frontier.total).toBe(2);
  });

  it('counts what it took and what it knows, the count growing as citations are queued', () => {
    const frontier = new Frontier([target('101/25')], 1);
    const first = frontier.next() as Visit;
    expect([frontier.done, frontier.total]).toEqual([1, 1]);
    expect(frontier.cite(first, [target('102/25'), target('101/25'), target('103/25')])).toBe(2);
    expect([frontier.done, frontier.total]).toEqual([1, 3]);
    expect(frontier.next()).toEqual({ target: target('102/25'), depth: 1, citedBy: '101/25' });
  });
});

import { describe, expect, it } from 'vitest';
import { aboutTopic, deciderFacets, deciderSlug, decidedBy, decisionActors, decisionTopics, madeBy, topicFacets } from '../../../src/lib/decision-facets.ts';

/** Decisions of the seeds, as the outcomes of 21 November 2017 and 18–19 November 2025 record them. */
const decisions = [
  {
    id: '2017-11-21--item-5--1',
    by: 'the Presidency',
    date: '2017-11-21',
    itemTitle: 'Cooperation between CSDP missions/operations and JHA actors',
    object: 'the results of the discussions',
  },
  {
    id: '2017-11-21--item-7--2',
    by: null,
    date: '2017-11-21',
    itemTitle: 'Counter-terrorism:',
    object: 'the suggested way forward on the EU threat assessment',
  },
  {
    id: '2017-11-21--item-8--1',
    by: 'the COSI Support Group',
    date: '2017-11-21',
    itemTitle: 'EU Policy Cycle for organised and serious international crime',
    object: 'most of them',
  },
  {
    id: '2025-11-18--item-5--2',
    by: 'Delegations',
    date: '2025-11-18',
    itemTitle: 'Regional dialogue on internal security with the Mediterranean',
    object: "on the region's strategic importance",
  },
  { id: '2025-11-18--item-9--1', by: 'COSI', date: '2025-11-18', itemTitle: 'Digital Files', object: 'the regular overview of digital files' },
  {
    id: '2025-11-18--item-8--1',
    by: 'COSI',
    date: '2025-11-18',
    itemTitle: 'EU threat assessment in the field of counterterrorism',
    object: 'the recommendations',
  },
] as const;

describe('decisionTopics', () => {
  it('reads the topics of one decision from its item title and its object, not from the rest of its meeting', () => {
    expect(decisionTopics(decisions[1])).toEqual(['counter-terrorism']);
    expect(decisionTopics(decisions[3])).toEqual(['mediterranean']);
    expect(decisionTopics(decisions[2])).toEqual(['empact']);
    expect(decisionTopics(decisions[0])).toEqual([]);
  });

  it('does not take the topics an object lists (three or more) as what the decision is about', () => {
    const hubs = {
      by: 'COSI and CLASI delegations',
      date: '2025-11-18',
      itemTitle: 'Security and resilience in logistic hubs: tackling criminal infiltration and organised crime',
      object:
        'about the resilience of logistical hubs against criminal infiltration, confirming the importance of information exchange, public-private partnerships (like the European Ports Alliance), and of addressing vulnerabilities such as corruption and the trafficking of precursor chemicals',
    };
    expect(decisionTopics(hubs)).toEqual(['organised-crime-networks']);
  });
});

describe('decisionActors', () => {
  it('reads "the Presidency" of 21 November 2017 as the Estonian Presidency, and names no actor for COSI or for nobody', () => {
    expect(decisionActors(decisions[0])).toEqual(['presidency-estonia']);
    expect(decisionActors(decisions[2])).toEqual(['cosi-support-group']);
    expect(decisionActors(decisions[4])).toEqual([]);
    expect(decisionActors(decisions[1])).toEqual([]);
  });
});

describe('deciderFacets', () => {
  it('lists who decided by how many decisions, with a URL segment each, the decisions whose text names nobody last', () => {
    expect(deciderFacets(decisions)).toEqual([
      { value: 'cosi', label: 'COSI', count: 2 },
      { value: 'delegations', label: 'Delegations', count: 1 },
      { value: 'the-cosi-support-group', label: 'the COSI Support Group', count: 1 },
      { value: 'the-presidency', label: 'the Presidency', count: 1 },
      { value: 'not-named', label: 'not named', count: 1 },
    ]);
    expect(deciderSlug('COSI and CLASI delegations')).toBe('cosi-and-clasi-delegations');
  });
});

describe('topicFacets', () => {
  it('counts the decisions of each topic in the order of the topic table (digital files are the innovation topic’s)', () => {
    expect(topicFacets(decisions)).toEqual([
      { value: 'empact', label: 'EMPACT', count: 1 },
      { value: 'counter-terrorism', label: 'Counter-terrorism', count: 2 },
      { value: 'innovation', label: 'Innovation and new technologies', count: 1 },
      { value: 'mediterranean', label: 'Mediterranean', count: 1 },
    ]);
  });
});

describe('narrowing', () => {
  it('keeps the decisions of one topic, of one decider and of one actor', () => {
    expect(aboutTopic(decisions, 'counter-terrorism').map((d) => d.id)).toEqual(['2017-11-21--item-7--2', '2025-11-18--item-8--1']);
    expect(decidedBy(decisions, 'not-named').map((d) => d.id)).toEqual(['2017-11-21--item-7--2']);
    expect(madeBy(decisions, 'presidency-estonia').map((d) => d.id)).toEqual(['2017-11-21--item-5--1']);
  });
});

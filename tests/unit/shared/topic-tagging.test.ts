import { describe, expect, it } from 'vitest';
import { bodyTopics, decisionTopicsOf, documentTopics, headedTopics, sentencesOf, unitTopics } from '../../../src/shared/topic-tagging.ts';
import { loadContent } from '../support/content-entries.ts';

const { decisions } = loadContent();

/** The topics of a decision of the seeds, read from its item title and object as the ingest recorded them. */
function topicsOfDecision(id: string): string[] {
  const decision = decisions.find((entry) => entry.id === id);
  if (decision === undefined) throw new Error(`no decision ${id}`);
  return decisionTopicsOf(decision.data.itemTitle, decision.data.object);
}

describe('sentencesOf', () => {
  it('cuts at full stops, question marks and semicolons before a space, and at line breaks', () => {
    expect(sentencesOf('One. Two? Three; four\nfive 3.1 six\n\n')).toEqual(['One.', 'Two?', 'Three;', 'four', 'five 3.1 six']);
  });
});

describe('bodyTopics', () => {
  it('keeps a topic named in two sentences of four, and drops one named in one sentence only', () => {
    const body = 'COSI discussed firearms trafficking. Most firearms came from the Western Balkans. Delegations agreed. Europol will report.';
    expect(bodyTopics(body)).toEqual(['firearms']);
  });

  it('needs a quarter of the sentences: two of nine is a passing mention', () => {
    const body = ['EMPACT was mentioned.', 'So was EMPACT.', ...Array.from({ length: 7 }, (_, n) => `Point ${n + 1} was made.`)].join(' ');
    expect(bodyTopics(body)).toEqual([]);
    expect(bodyTopics(`${body} EMPACT again.`)).toEqual(['empact']);
  });

  it('counts a sentence naming three topics or more for none of them: it lists them', () => {
    const listing = 'Crime areas such as trafficking in human beings, trafficking of firearms and of drugs were named.';
    expect(bodyTopics(`${listing} ${listing}`)).toEqual([]);
    expect(bodyTopics('Firearms and drugs: the trafficking of drugs grows. Seized firearms rose.')).toEqual(['firearms']);
  });

  it('counts each sentence once however often it names the topic', () => {
    expect(bodyTopics('EMPACT, EMPACT and EMPACT. Nothing else. Nor here. Nor there.')).toEqual([]);
  });
});

describe('headedTopics and unitTopics', () => {
  it('takes every topic a heading names, whatever the body says', () => {
    expect(headedTopics('Counter-terrorism: priorities and way forward', 'The Committee exchanged views with the EU CTC.')).toEqual(['counter-terrorism']);
  });

  it("reads a headed unit's first characters as its heading, and an unheaded one's title (a document's subject) as its heading", () => {
    const text = 'Digital Files\nCOSI took note of the overview. Terrorism was named once.';
    expect(unitTopics({ title: 'Digital Files', text, headed: true })).toEqual(['innovation']);
    expect(unitTopics({ title: 'European Internal Security Strategy - Exchange of views', text: 'The Council met.', headed: false })).toEqual([
      'internal-security-strategy',
    ]);
  });
});

describe('decisionTopicsOf on the decisions of the seeds', () => {
  it('puts the revised Terms of Reference of the Policy Cycle (2017, item 8) on EMPACT, the serious and organised crime platform', () => {
    expect(topicsOfDecision('2017-11-21--item-8--2')).toEqual(['empact']);
  });

  it('puts the task of integrating the Dark Web roadmap into the EU Policy Cycle on EMPACT and cybercrime', () => {
    expect(topicsOfDecision('2017-11-21--item-6--3')).toEqual(['empact', 'cybercrime']);
  });

  it('puts the logistic hubs exchange of 2025 on criminal infiltration, its title, not on the three topics its object lists', () => {
    // "… confirming the importance of information exchange, public-private partnerships …, and of addressing vulnerabilities
    // such as corruption and the trafficking of precursor chemicals."
    expect(topicsOfDecision('2025-11-18--item-15--1')).toEqual(['organised-crime-networks']);
  });

  it('puts the note on data retention the Committee took note of under "Information from the Presidency" on access to data', () => {
    expect(topicsOfDecision('2017-11-21--item-3--4')).toEqual(['access-to-data']);
  });
});

describe('documentTopics', () => {
  it("joins the subject's topics and the units' in the order of the topic table, each once", () => {
    expect(documentTopics('Counter-terrorism', [['ukraine'], ['empact', 'ukraine'], []])).toEqual(['empact', 'counter-terrorism', 'ukraine']);
    expect(documentTopics(null, [])).toEqual([]);
  });
});

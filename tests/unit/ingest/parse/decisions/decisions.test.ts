import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';
import { findReferences } from '../../../../../src/shared/references.ts';
import { DECISION_VERBS } from '../../../../../src/schemas/vocabulary.ts';

/** An item title for texts whose decisions all have objects (the title only stands in for an empty one). */
const TITLE = 'Any item';

/** Who decided what, as triples, in order. */
function statements(text: string, title = TITLE): Array<[string | null, string, string]> {
  return findDecisions(text, title).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

describe('findDecisions: who decided', () => {
  it('names the committee COSI whether the text writes COSI or the Committee', () => {
    expect(statements('COSI endorsed the plan. The Committee approved the report.')).toEqual([
      ['COSI', 'endorsed', 'the plan'],
      ['COSI', 'approved', 'the report'],
    ]);
  });

  it('names the committee COSI when the text writes it in lower case, as subject and as agent, but not another committee', () => {
    const text = [
      'The committee took note of the progress report.',
      'The Presidency presented its proposal and the committee endorsed it.',
      'The handbook was approved by the committee.',
      'The committee of experts approved the plan.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'the progress report'],
      ['COSI', 'endorsed', 'it'],
      ['COSI', 'approved', 'the handbook'],
    ]);
  });

  it("names the committee COSI when the text writes its full name, with or without its acronym, and keeps another body's acronym", () => {
    const text = [
      'The Standing Committee on Operational Cooperation on Internal Security (COSI) took note of the information from the Presidency.',
      'The Standing Committee on Operational Cooperation on Internal Security endorsed the report.',
      'The Committee of the Regions (CoR) approved its opinion.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'the information from the Presidency'],
      ['COSI', 'endorsed', 'the report'],
      ['the Committee of the Regions (CoR)', 'approved', 'its opinion'],
    ]);
  });

  it('reads the adoption of the agenda as `adopted` whichever verb the text prints', () => {
    expect(statements('The agenda was approved as set out in CM 2210/24. The Committee approved the report.')).toEqual([
      [null, 'adopted', 'the agenda as set out in CM 2210/24'],
      ['COSI', 'approved', 'the report'],
    ]);
  });

  it('gives the delegations, the Presidency, the COSI Support Group and an agency their own decisions', () => {
    const text = [
      "Delegations agreed on the region's strategic importance.",
      'The Presidency welcomed the results of the workshop.',
      'The COSI SG took note of the roadmap.',
      'Europol welcomed the initiative.',
      'The German delegation invited the Commission to present a proposal.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['Delegations', 'agreed', "on the region's strategic importance"],
      ['the Presidency', 'welcomed', 'the results of the workshop'],
      ['the COSI Support Group', 'took-note', 'the roadmap'],
      ['Europol', 'welcomed', 'the initiative'],
      ['the German delegation', 'invited', 'the Commission to present a proposal'],
    ]);
  });

  it('reads a subject after "that", "and" or an opening phrase', () => {
    expect(statements('The Presidency concluded that the Committee agreed on the text and COSI welcomed it.')).toEqual([
      ['COSI', 'agreed', 'on the text'],
      ['COSI', 'welcomed', 'it'],
    ]);
    expect(statements('Under the Hungarian Presidency, delegations endorsed the handbook.')).toEqual([['Delegations', 'endorsed', 'the handbook']]);
  });

  it('keeps two bodies acting together as one decision-maker', () => {
    expect(statements('COSI and CLASI delegations exchanged views about the resilience of logistical hubs.')).toEqual([
      ['COSI and CLASI delegations', 'exchanged-views', 'about the resilience of logistical hubs'],
    ]);
  });

  it('does not count what only some delegations did: views are not decisions', () => {
    const text = [
      'Various delegations welcomed this initiative.',
      "A large number of delegations contributed and welcomed the Presidency's proposals.",
      'Some delegations endorsed the idea.',
      'Several Member States took note of it.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });

  it('keeps a named body that is not the committee apart from it: the Committee on Civil Liberties', () => {
    expect(statements('The Committee on Civil Liberties welcomed the report.')).toEqual([['the Committee on Civil Liberties', 'welcomed', 'the report']]);
  });
});

describe('findDecisions: passives', () => {
  it('makes what was decided the object and names nobody where the text names no agent', () => {
    expect(statements('The agenda was adopted as set out in CM 4578/2/24 REV2. The suggested way forward was endorsed.')).toEqual([
      [null, 'adopted', 'the agenda as set out in CM 4578/2/24 REV2'],
      [null, 'endorsed', 'the suggested way forward'],
    ]);
  });

  it('makes the one tasked the object of a tasking, with what it was tasked with', () => {
    expect(statements('Europol/EC3 was tasked with preparing the draft Protocol.')).toEqual([
      [null, 'tasked', 'Europol/EC3 with preparing the draft Protocol'],
    ]);
  });

  it('keeps the comma a passive prints after its agent against the subject (`the draft conclusions, subject to …`)', () => {
    expect(statements('The draft conclusions were approved by the Committee, subject to a scrutiny reservation by one delegation.')).toEqual([
      ['COSI', 'approved', 'the draft conclusions, subject to a scrutiny reservation by one delegation'],
    ]);
  });

  it('takes the agent named after "by" as who decided', () => {
    expect(statements('The conclusions were approved by the Council. Most MASPs were adopted by the COSI Support Group.')).toEqual([
      ['the Council', 'approved', 'the conclusions'],
      ['the COSI Support Group', 'adopted', 'most MASPs'],
    ]);
  });

  it('carries the agent and the subject of a passive clause over to "and most of them were adopted"', () => {
    expect(statements('Fourteen MASPs were discussed by the COSI Support Group and most of them were adopted.')).toEqual([
      ['the COSI Support Group', 'adopted', 'most of them [Fourteen MASPs]'],
    ]);
  });

  it('reads "It was agreed to …", "Note was taken of …" and "Views were exchanged on …" with their objects after the verb', () => {
    expect(statements('It was agreed to continue. Note was taken of the report. Views were exchanged on drugs. The plan was formally endorsed.')).toEqual([
      [null, 'agreed', 'to continue'],
      [null, 'took-note', 'the report'],
      [null, 'exchanged-views', 'on drugs'],
      [null, 'endorsed', 'the plan'],
    ]);
  });

  it('ignores participles, modal and future forms, negations, and past decisions in relative clauses', () => {
    const text = [
      'The mechanism agreed by the LEWP was presented.',
      'It will be submitted to the Council for adoption.',
      'The Drivers would be invited to COSI.',
      'The text was not adopted.',
      'COSI has not endorsed the plan.',
      'The roadmap, which was endorsed in May, was presented.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions: the perfect and the present perfect passive', () => {
  it('reads "has taken note of" and "have duly taken note of" as the committee or the delegations taking note', () => {
    expect(statements('COSI has taken note of the report. Delegations have duly taken note of the roadmap.')).toEqual([
      ['COSI', 'took-note', 'the report'],
      ['Delegations', 'took-note', 'the roadmap'],
    ]);
  });

  it('reads "has taken note of" coordinated with another verb of its subject, and a verb coordinated after it', () => {
    expect(statements('The Committee endorsed the plan and has taken note of the report, and has invited Europol to report back.')).toEqual([
      ['COSI', 'endorsed', 'the plan'],
      ['COSI', 'took-note', 'the report'],
      ['COSI', 'invited', 'Europol to report back'],
    ]);
  });

  it('reads the passive of the present perfect, with its agent or none', () => {
    expect(statements('The handbook has been endorsed by the Committee. The draft conclusions have been approved.')).toEqual([
      ['COSI', 'endorsed', 'the handbook'],
      [null, 'approved', 'the draft conclusions'],
    ]);
  });

  it('does not read a modal perfect or a negated one', () => {
    const text = [
      'The plan would have been endorsed by COSI.',
      'The conclusions should have been approved.',
      'COSI should have taken note of the report.',
      'The report has not been endorsed.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions: objects', () => {
  it('ends an object before a relative clause, a contrast and another clause joined by "and"', () => {
    const text = [
      'The Committee endorsed the updated Roadmap as set out in 12223/3/17 REV 3, which will be submitted to Coreper.',
      'Member States took note of the briefing by CTG, while stressing that security was a national responsibility.',
      "Delegations agreed on the region's strategic importance and highlighted the need for cooperation.",
      'COSI agreed to put in place a Roadmap, and Europol/EC3 was tasked with preparing this work.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'endorsed', 'the updated Roadmap as set out in 12223/3/17 REV 3'],
      ['Member States', 'took-note', 'the briefing by CTG'],
      ['Delegations', 'agreed', "on the region's strategic importance"],
      ['COSI', 'agreed', 'to put in place a Roadmap'],
      [null, 'tasked', 'Europol/EC3 with preparing this work'],
    ]);
  });

  it('ends an object before a verb reporting what the body said (`and said that …`, `and expressed its satisfaction …`)', () => {
    expect(statements('COSI took note of the report and said that it was satisfied with the cooperation with Europol.')).toEqual([
      ['COSI', 'took-note', 'the report'],
    ]);
    expect(statements('The Committee endorsed the roadmap and expressed satisfaction with the progress made.')).toEqual([['COSI', 'endorsed', 'the roadmap']]);
    expect(statements('COSI approved the plan and stressed that its implementation should be monitored.')).toEqual([['COSI', 'approved', 'the plan']]);
    // a participle after `and` inside the object is no verb of its own
    expect(statements('COSI took note of the progress achieved and planned.')).toEqual([['COSI', 'took-note', 'the progress achieved and planned']]);
  });

  it('reads a decision verb after a comma or `and` before an object with no determiner, and ends the object before it', () => {
    expect(statements('COSI took note of the report prepared by the Presidency, welcomed progress and endorsed the recommendations.')).toEqual([
      ['COSI', 'took-note', 'the report prepared by the Presidency'],
      ['COSI', 'welcomed', 'progress'],
      ['COSI', 'endorsed', 'the recommendations'],
    ]);
    expect(statements('COSI took note of the report and invited delegations to send comments.')).toEqual([
      ['COSI', 'took-note', 'the report'],
      ['COSI', 'invited', 'delegations to send comments'],
    ]);
    // a participle of the object's, before its agent, a word of time or an adverb, is no verb of the body's
    expect(statements('COSI took note of the report, endorsed by the Council in March.')).toEqual([
      ['COSI', 'took-note', 'the report, endorsed by the Council in March'],
    ]);
    expect(statements('COSI took note of the guidelines, adopted last year.')).toEqual([['COSI', 'took-note', 'the guidelines, adopted last year']]);
    expect(statements('COSI endorsed the handbook, approved unanimously.')).toEqual([['COSI', 'endorsed', 'the handbook, approved unanimously']]);
  });

  it('keeps the colon of a title inside an object, and ends the object at a colon that opens a clause', () => {
    expect(statements('COSI took note of the list of actions on counter-terrorism: priorities and way forward as set out in 15153/11.')).toEqual([
      ['COSI', 'took-note', 'the list of actions on counter-terrorism: priorities and way forward as set out in 15153/11'],
    ]);
    expect(statements('COSI took note of the meeting of 9 October: this meeting was the constituent meeting.')).toEqual([
      ['COSI', 'took-note', 'the meeting of 9 October'],
    ]);
  });

  it('reads two decisions of one subject in one sentence, each with its own object and references', () => {
    const found = findDecisions('COSI endorsed the plan set out in 14470/1/25 REV1 and took note of the report set out in 14559/25.', TITLE);
    expect(found.decisions).toEqual([
      { by: 'COSI', verb: 'endorsed', object: 'the plan set out in 14470/1/25 REV1', references: ['14470/1/25 REV 1'], sentence: 0 },
      { by: 'COSI', verb: 'took-note', object: 'the report set out in 14559/25', references: ['14559/25'], sentence: 0 },
    ]);
    expect(found.sentences).toEqual(['COSI endorsed the plan set out in 14470/1/25 REV1 and took note of the report set out in 14559/25.']);
  });

  it('reads an invitation or a task coordinated after another decision, its object opening with the name of who is asked', () => {
    expect(statements('COSI endorsed the recommendations set out in 90331/1/25 REV 1 and invited Europol to report on their implementation.')).toEqual([
      ['COSI', 'endorsed', 'the recommendations set out in 90331/1/25 REV 1'],
      ['COSI', 'invited', 'Europol to report on their implementation'],
    ]);
    expect(statements('The Committee approved the plan and tasked Frontex with its follow-up.')).toEqual([
      ['COSI', 'approved', 'the plan'],
      ['COSI', 'tasked', 'Frontex with its follow-up'],
    ]);
    expect(statements('COSI welcomed the report and Europol presented its findings.')).toEqual([['COSI', 'welcomed', 'the report']]);
  });

  it('reads a verb introducing a list as one decision per point, and the decisions inside the points', () => {
    const text = [
      'The Presidency concluded that COSI agreed:',
      '',
      '- to put in place a Roadmap, and Europol/EC3 was tasked with preparing this work;',
      '- that codes of conduct should be proposed. COSI also recommended a review.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['COSI', 'agreed', 'to put in place a Roadmap'],
      [null, 'tasked', 'Europol/EC3 with preparing this work'],
      ['COSI', 'agreed', 'that codes of conduct should be proposed'],
    ]);
  });

  it('gives each point of a note taken the references of its own first sentence only', () => {
    const text = 'The Committee took note of\n\n- the outcome, as set out in 14673/17,\n- the state of play. CATS agreed, as set out in 14068/17.';
    expect(findDecisions(text, TITLE).decisions.map(({ by, object, references }) => [by, object, references])).toEqual([
      ['COSI', 'the outcome, as set out in 14673/17', ['14673/17']],
      ['COSI', 'the state of play', []],
      ['CATS', 'as set out in 14068/17', ['14068/17']],
    ]);
  });

  it('makes the item title the object of a decision whose text names none', () => {
    expect(statements('COSI took note.', 'Digital files')).toEqual([['COSI', 'took-note', 'Digital files']]);
  });

  it('lists the references of an object once each, in order', () => {
    expect(findDecisions('COSI endorsed 14470/1/25 REV1, 14470/1/25 REV 1 and WK 13949/2021.', TITLE).decisions[0]?.references).toEqual([
      '14470/1/25 REV 1',
      'WK 13949/2021',
    ]);
  });
});

describe('findDecisions: each decision once, each sentence once', () => {
  it('records one decision per distinct (by, verb, object), pointing at the first sentence that states it', () => {
    const text = 'COSI took note of 14470/1/25 REV 1. Delegations took note of 14470/1/25 REV 1. COSI took note of 14470/1/25 REV 1.';
    const found = findDecisions(text, TITLE);
    expect(found.decisions.map(({ by, sentence }) => [by, sentence])).toEqual([
      ['COSI', 0],
      ['Delegations', 1],
    ]);
    expect(found.sentences).toEqual(['COSI took note of 14470/1/25 REV 1.', 'Delegations took note of 14470/1/25 REV 1.']);
  });

  it('keeps one decision and one copy of the sentence for a clause repeated 3,000 times in one sentence', () => {
    const text = `COSI took note of 14470/1/25 REV 1${'; COSI took note of 14470/1/25 REV 1'.repeat(3000)}.`;
    const found = findDecisions(text, TITLE);
    expect(found.decisions).toEqual([{ by: 'COSI', verb: 'took-note', object: '14470/1/25 REV 1', references: ['14470/1/25 REV 1'], sentence: 0 }]);
    expect(found.sentences).toEqual([text]);
  });

  it('gives distinct objects of one long sentence their own short objects, together no longer than the sentence', () => {
    const clauses = Array.from({ length: 2000 }, (_, index) => `COSI took note of ${index + 1}/25`);
    const text = `${clauses.join('; ')}.`;
    const { decisions, sentences } = findDecisions(text, TITLE);
    expect(decisions).toHaveLength(2000);
    expect(decisions.at(-1)).toEqual({ by: 'COSI', verb: 'took-note', object: '2000/25', references: ['2000/25'], sentence: 0 });
    expect(decisions.reduce((sum, decision) => sum + decision.object.length, 0)).toBeLessThan(text.length);
    expect(sentences).toHaveLength(1);
  });

  it('ends the object of a verb repeated in one unpunctuated clause at the next such verb, not the end of the sentence', () => {
    expect(statements('Note was taken of the report Note was taken of the roadmap')).toEqual([
      [null, 'took-note', 'the report'],
      [null, 'took-note', 'the roadmap'],
    ]);
    expect(statements('COSI endorsed the plan, COSI endorsed the roadmap')).toEqual([
      ['COSI', 'endorsed', 'the plan'],
      ['COSI', 'endorsed', 'the roadmap'],
    ]);
    expect(statements('Se aprobó el informe Se aprobó el plan')).toEqual([
      [null, 'approved', 'el informe'],
      [null, 'approved', 'el plan'],
    ]);
  });

  it('gives each of 5,000 repetitions of one verb in an unpunctuated sentence an object no longer than its own words', () => {
    for (const fragment of ['Note was taken of the report ', 'COSI endorsed the plan, ', 'Se aprobó el informe ', 'Il a été convenu de revenir ']) {
      const { decisions } = findDecisions(fragment.repeat(5000), TITLE);
      expect(decisions.length).toBeGreaterThan(0);
      for (const decision of decisions) expect(decision.object.length).toBeLessThanOrEqual(fragment.length);
    }
  });
});

describe('findDecisions on shuffled lines of the seeds', () => {
  const lines = ['000_fcebac5ee47826ac', '002_e25e8abf6c082c01', '004_3542f36dac911e8f'].flatMap((name) =>
    readFileSync(`content/sources/${name}.txt`, 'utf8').split('\n'),
  );

  it('only reports verbs of the vocabulary, with non-empty objects, references its object contains and a sentence that holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 30 }), (picked) => {
        const { sentences, decisions } = findDecisions(picked.join('\n'), TITLE);
        for (const decision of decisions) {
          expect(DECISION_VERBS).toContain(decision.verb);
          expect(decision.object).not.toBe('');
          expect(decision.references).toEqual([...new Set(findReferences(decision.object).map((reference) => reference.id))]);
          expect(sentences[decision.sentence]).toBeDefined();
        }
        expect(new Set(decisions.map(({ by, verb, object }) => JSON.stringify([by, verb, object]))).size).toBe(decisions.length);
      }),
    );
  });
});

describe('findDecisions: the other ways an English outcome writes its decisions', () => {
  it.each([
    ['COSI noted the progress made by the action plans.', ['COSI', 'took-note', 'the progress made by the action plans']],
    ['COSI duly noted the Presidency’s report.', ['COSI', 'took-note', 'the Presidency’s report']],
    ['COSI acknowledged the work of Europol.', ['COSI', 'took-note', 'the work of Europol']],
    ['COSI reached a broad agreement on the priorities.', ['COSI', 'agreed', 'on the priorities']],
    ['COSI reached consensus on the draft report.', ['COSI', 'agreed', 'on the draft report']],
    ['COSI decided to revert to the matter in September.', ['COSI', 'agreed', 'to revert to the matter in September']],
    ['COSI mandated the Presidency to draft conclusions.', ['COSI', 'tasked', 'the Presidency to draft conclusions']],
    ['COSI instructed the Support Group to prepare the fiches.', ['COSI', 'tasked', 'the Support Group to prepare the fiches']],
    ['COSI called on the Member States to use Europol’s platform.', ['COSI', 'invited', 'the Member States to use Europol’s platform']],
    ['COSI expressed its full support for the action plan.', ['COSI', 'endorsed', 'the action plan']],
    ['COSI gave its green light to the proposal.', ['COSI', 'endorsed', 'the proposal']],
  ] as const)('reads %s', (text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no decision where the committee did not reach one, or where the Presidency was only informed', () => {
    expect(statements('COSI did not reach agreement on the text. COSI was informed about the results.')).toEqual([]);
  });
});

describe('findDecisions: a common understanding reached, stock taken, and what records no decision', () => {
  it('reads a common understanding reached as an agreement and stock taken as a note taken', () => {
    expect(statements('COSI reached a common understanding on the way forward.')).toEqual([['COSI', 'agreed', 'on the way forward']]);
    expect(statements('The Committee reached a shared understanding on the draft conclusions set out in 14470/25.')).toEqual([
      ['COSI', 'agreed', 'on the draft conclusions set out in 14470/25'],
    ]);
    expect(statements('COSI took stock of the progress made in the implementation of the roadmap.')).toEqual([
      ['COSI', 'took-note', 'the progress made in the implementation of the roadmap'],
    ]);
  });

  it('reads no decision where none was reached, or where the committee was only informed (the item shows its text, with no outcome of its own)', () => {
    for (const sentence of [
      'COSI did not reach agreement on the draft conclusions.',
      'No agreement was reached on the draft conclusions.',
      'The Committee was informed by the Presidency about the state of play.',
      'COSI was briefed by Europol on the threat assessment.',
      'No discussion took place.',
    ])
      expect(statements(sentence), sentence).toEqual([]);
  });
});

describe('findDecisions: what a body discussed', () => {
  it('reads what a body discussed as the exchange of views the outcome records, its object what was discussed (seed 004, item 6)', () => {
    expect(statements('COSI discussed the way forward and expressed support.')).toEqual([['COSI', 'exchanged-views', 'the way forward']]);
    expect(
      statements("The Committee discussed the Presidency's proposals to strengthen the EU law enforcement response to cybercrime as set out in 13461/17."),
    ).toEqual([['COSI', 'exchanged-views', "the Presidency's proposals to strengthen the EU law enforcement response to cybercrime as set out in 13461/17"]]);
    expect(statements('Delegations discussed the proposal.')).toEqual([['Delegations', 'exchanged-views', 'the proposal']]);
  });

  it('reads no decision in `discussed` as a participle: what was discussed elsewhere, or a passive', () => {
    expect(statements('The issues discussed at the meeting were presented.')).toEqual([]);
    expect(statements('As discussed at the last meeting, the Presidency presented the plan.')).toEqual([]);
    expect(statements('The item was discussed by the COSI Support Group.')).toEqual([]);
  });
});

describe('findDecisions: an object followed by a list of its points after a colon', () => {
  it('ends the object at the colon that opens a list of points numbered i), (a) or 1), so the object is what the list is about, not its first points (seed 004, item 6)', () => {
    expect(
      statements(
        "The Committee discussed the Presidency's proposals on four priority issues as set out in 13461/17: i) to improve the fight against criminality on the Dark Web, ii) to increase a joint response to cyber-attacks; iii) and to improve the capability to investigate online crime.",
      ),
    ).toEqual([['COSI', 'exchanged-views', "the Presidency's proposals on four priority issues as set out in 13461/17"]]);
    expect(statements('COSI endorsed the three priorities set out in 9876/25: (a) drug trafficking; (b) firearms; (c) migrant smuggling.')).toEqual([
      ['COSI', 'endorsed', 'the three priorities set out in 9876/25'],
    ]);
    expect(statements('COSI agreed on the next steps: 1) a mapping by the Presidency; 2) a report to the Council in June.')).toEqual([
      ['COSI', 'agreed', 'on the next steps'],
    ]);
  });

  it('ends the object at such a colon in French and German too', () => {
    expect(statements('Le COSI a approuvé les priorités figurant dans le document 9876/25 : a) le trafic de drogue ; b) les armes à feu.')).toEqual([
      ['COSI', 'approved', 'les priorités figurant dans le document 9876/25'],
    ]);
    expect(statements('Der Ausschuss billigte die Vorschläge in Dokument 9876/25: i) Drogenhandel; ii) Feuerwaffen.')).toEqual([
      ['COSI', 'approved', 'die Vorschläge in Dokument 9876/25'],
    ]);
  });

  it("keeps a title's colon and a colon before words in the object", () => {
    expect(statements('COSI endorsed the paper on counter-terrorism: priorities and way forward.')).toEqual([
      ['COSI', 'endorsed', 'the paper on counter-terrorism: priorities and way forward'],
    ]);
    expect(statements('COSI took note of the report on Schengen: a state of play.')).toEqual([
      ['COSI', 'took-note', 'the report on Schengen: a state of play'],
    ]);
  });
});

describe('findDecisions: support given to what was put to the committee, and the committee by its members', () => {
  it('reads what a body supported (`broadly supported the approach`) as its endorsement of the paper or position put to it', () => {
    expect(statements('COSI broadly supported the approach set out in 9876/25.')).toEqual([['COSI', 'endorsed', 'the approach set out in 9876/25']]);
    expect(statements("COSI generally supported the Presidency's proposal to hold a joint meeting.")).toEqual([
      ['COSI', 'endorsed', "the Presidency's proposal to hold a joint meeting"],
    ]);
  });

  it("reads no decision in what the delegations as a whole supported: their position, not the committee's (delegations-support.ts)", () => {
    expect(statements('Delegations broadly supported the way forward.')).toEqual([]);
    expect(statements("Delegations agreed on the region's strategic importance. They broadly supported the concept of a regional dialogue.")).toEqual([
      ['Delegations', 'agreed', "on the region's strategic importance"],
    ]);
    expect(statements('Delegations welcomed the evaluation and supported the new action plan.')).toEqual([['Delegations', 'welcomed', 'the evaluation']]);
    expect(statements("Les délégations ont soutenu dans l'ensemble l'approche proposée par la présidence.")).toEqual([]);
    expect(statements('Die Delegationen unterstützten weitgehend den Vorschlag des Vorsitzes.')).toEqual([]);
    expect(statements('Las delegaciones apoyaron en general el enfoque propuesto.')).toEqual([]);
    // what the delegations endorsed, and what COSI supported, stay decisions
    expect(statements('Delegations endorsed the draft conclusions.')).toEqual([['Delegations', 'endorsed', 'the draft conclusions']]);
    // and so does what they approved with a verb of its own joined after their support (not the support read as approval)
    expect(statements('Delegations supported the approach set out in 13802/25 and approved the report.')).toEqual([['Delegations', 'approved', 'the report']]);
    expect(statements('Delegations supported and approved the report.')).toEqual([['Delegations', 'approved', 'the report']]);
    expect(statements('Delegacijos pritarė dokumente 13802/25 išdėstytam požiūriui.')).toEqual([]);
    expect(statements('Delegacijos pritarė dokumente 13802/25 išdėstytam požiūriui ir patvirtino ataskaitą.')).toEqual([
      ['Delegations', 'approved', 'ataskaitą'],
    ]);
    expect(statements('COSI agreed on the timeline. It broadly supported the approach.')).toEqual([
      ['COSI', 'agreed', 'on the timeline'],
      ['COSI', 'endorsed', 'the approach'],
    ]);
  });

  it('reads no endorsement in support given to people or work, nor in what only some delegations supported', () => {
    expect(statements('Europol supported the Member States in 200 operations.')).toEqual([]);
    expect(statements('Some delegations supported the proposal.')).toEqual([]);
  });

  it("reads the committee's members as the committee (`The members of COSI took note of …`)", () => {
    expect(statements('The members of COSI took note of the information provided by Europol.')).toEqual([
      ['COSI', 'took-note', 'the information provided by Europol'],
    ]);
    expect(statements('The members of the Committee took note of the report.')).toEqual([['COSI', 'took-note', 'the report']]);
  });
});

describe('findDecisions: support confirmed, reiterated or expressed without a possessive', () => {
  it('reads support a body confirms, reiterates, reaffirms or renews as its endorsement of what it supports, not as a confirmation', () => {
    expect(statements("COSI confirmed its support for the Presidency's approach set out in 9876/25.")).toEqual([
      ['COSI', 'endorsed', "the Presidency's approach set out in 9876/25"],
    ]);
    expect(statements('COSI reiterated its support for the continuation of the EMPACT cycle.')).toEqual([
      ['COSI', 'endorsed', 'the continuation of the EMPACT cycle'],
    ]);
    expect(statements("The Committee reiterated its full support to the Presidency's initiative.")).toEqual([
      ['COSI', 'endorsed', "the Presidency's initiative"],
    ]);
    expect(statements('The Committee reaffirmed its continued support for the roadmap.')).toEqual([['COSI', 'endorsed', 'the roadmap']]);
    expect(statements('COSI expressed broad support for the proposal.')).toEqual([['COSI', 'endorsed', 'the proposal']]);
    // the delegations' support is their position (delegations-support.ts)
    expect(statements('Delegations expressed broad support for the proposal.')).toEqual([]);
  });

  it('still reads a confirmation of anything else as confirmed, support an agency gives to operations too', () => {
    expect(statements('COSI confirmed the timeline.')).toEqual([['COSI', 'confirmed', 'the timeline']]);
    expect(statements('Frontex confirmed its support for the joint operations in the region.')).toEqual([
      ['Frontex', 'confirmed', 'its support for the joint operations in the region'],
    ]);
  });
});

describe('findDecisions: what a body says it will do after its decision', () => {
  it('ends the object before `and will …`, the same body’s intention, no part of what it noted', () => {
    expect(statements('The Presidency took note of the comments and will take them into account.')).toEqual([['the Presidency', 'took-note', 'the comments']]);
    expect(statements('COSI endorsed the roadmap and would also monitor its implementation.')).toEqual([['COSI', 'endorsed', 'the roadmap']]);
    expect(statements('COSI took note of the report and will revert to this item at its next meeting.')).toEqual([
      ['COSI', 'took-note', 'the report'],
      ['COSI', 'will-return', `${TITLE} at its next meeting`],
    ]);
  });
});

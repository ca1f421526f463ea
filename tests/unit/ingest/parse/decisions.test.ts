import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../scripts/ingest/parse/decisions.ts';
import { findReferences } from '../../../../src/shared/references.ts';
import { DECISION_VERBS } from '../../../../src/schemas/vocabulary.ts';

/** The body of one agenda item of a seed: the lines after its title line, up to the next item's title line. */
function itemText(seed: string, title: string, nextTitle: string | null): string {
  const lines = readFileSync(`content/sources/${seed}.txt`, 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith(title));
  const last = nextTitle === null ? lines.length : lines.findIndex((line, index) => index > first && line.startsWith(nextTitle));
  if (first < 0 || last < 0) throw new Error(`item ${title} not found in ${seed}`);
  return lines.slice(first + 1, last).join('\n');
}

function verbsAndReferences(text: string): Array<[string, string[]]> {
  return findDecisions(text).map(({ verb, references }) => [verb, references]);
}

const SEED_000 = '000_fcebac5ee47826ac';
const SEED_002 = '002_e25e8abf6c082c01';
const SEED_004 = '004_3542f36dac911e8f';

describe('findDecisions on seed 000 (15912/25)', () => {
  it('reads the adopted agenda with its meeting document', () => {
    const text = itemText(SEED_000, '1. Adoption', '2. Information');
    expect(findDecisions(text)).toEqual([
      { verb: 'adopted', references: ['CM 4578/2/24 REV 2'], sentence: 'The agenda was adopted as set out in CM 4578/2/24 REV2.' },
    ]);
  });

  it('finds no decision where the Presidency or the Commission only informed', () => {
    expect(findDecisions(itemText(SEED_000, '2. Information', '3. Implementation'))).toEqual([]);
    expect(findDecisions(itemText(SEED_000, '3. Implementation', '4. Access'))).toEqual([]);
    expect(findDecisions(itemText(SEED_000, '11. Presentation', '12. AOB'))).toEqual([]);
    expect(findDecisions(itemText(SEED_000, '12. AOB', 'Items for discussion'))).toEqual([]);
  });

  it('reads an exchange of views and the invitation the delegations addressed to the Commission and Europol', () => {
    expect(verbsAndReferences(itemText(SEED_000, '4. Access', '5. Regional'))).toEqual([
      ['exchanged-views', []],
      ['invited', []],
    ]);
  });

  it('counts "Delegations agreed on the region\'s strategic importance" as agreed', () => {
    expect(verbsAndReferences(itemText(SEED_000, '5. Regional', 'Items for information'))).toEqual([
      ['exchanged-views', []],
      ['agreed', []],
    ]);
  });

  it('reads the endorsements of items 6 to 8 with the documents they endorse', () => {
    expect(verbsAndReferences(itemText(SEED_000, '6. Implementation', '7. Access'))).toEqual([['endorsed', ['14470/1/25 REV 1']]]);
    expect(verbsAndReferences(itemText(SEED_000, '7. Access', '8. EU threat'))).toEqual([['endorsed', ['14472/1/25 REV 1']]]);
    expect(verbsAndReferences(itemText(SEED_000, '8. EU threat', '9. Digital'))).toEqual([['endorsed', ['14557/25']]]);
  });

  it('reads the notes taken in items 9 and 10', () => {
    expect(verbsAndReferences(itemText(SEED_000, '9. Digital', '10. Items'))).toEqual([['took-note', []]]);
    expect(verbsAndReferences(itemText(SEED_000, '10. Items', '11. Presentation'))).toEqual([['took-note', ['14559/25']]]);
  });

  it('finds no decision in discussions with CLASI, and the exchange of views of COSI and CLASI delegations', () => {
    expect(findDecisions(itemText(SEED_000, 'opportunities for synergies', '14. Exchange'))).toEqual([]);
    expect(findDecisions(itemText(SEED_000, '14. Exchange', '15. Security'))).toEqual([]);
    expect(verbsAndReferences(itemText(SEED_000, '15. Security', null))).toEqual([['exchanged-views', []]]);
  });
});

describe('findDecisions on seed 002 (14342/21)', () => {
  it('reads the passive adoption of the agenda set out in a meeting document', () => {
    expect(verbsAndReferences(itemText(SEED_002, '### 1. Adoption', '### 2. Information'))).toEqual([['adopted', ['CM 5119/21']]]);
  });

  it('finds no decision in support expressed and information given', () => {
    expect(findDecisions(itemText(SEED_002, '### 2. Information', '## Discussion'))).toEqual([]);
    expect(findDecisions(itemText(SEED_002, '### **3.', '### **4.'))).toEqual([]);
    expect(findDecisions(itemText(SEED_002, '#### **7.2.', '#### **7.3.'))).toEqual([]);
  });

  it('reads "The Committee" as the subject of exchanges, endorsements and confirmations', () => {
    expect(verbsAndReferences(itemText(SEED_002, '### **5.', '## Items for'))).toEqual([['exchanged-views', []]]);
    expect(verbsAndReferences(itemText(SEED_002, '#### **6.1.', '#### **6.2.'))).toEqual([['endorsed', ['13682/21']]]);
    expect(verbsAndReferences(itemText(SEED_002, '#### **6.2.', '### **7.'))).toEqual([['endorsed', ['13683/21']]]);
    expect(verbsAndReferences(itemText(SEED_002, '#### **7.3.', '**8.'))).toEqual([['confirmed', ['13684/21']]]);
  });

  it('reads the note taken of items set out in a linked document', () => {
    expect(verbsAndReferences(itemText(SEED_002, '**10.', '**11.'))).toEqual([['took-note', ['13685/21']]]);
  });
});

describe('findDecisions on seed 004 (15754/17)', () => {
  it('reads an endorsement followed by a future submission for adoption as one decision', () => {
    expect(verbsAndReferences(itemText(SEED_004, '2. Updated Roadmap', '¹ Exceptionally'))).toEqual([['endorsed', ['12223/3/17 REV 3']]]);
  });

  it('extends a note taken of a list over the references of all its points', () => {
    expect(verbsAndReferences(itemText(SEED_004, '3. **Information', '4. **Draft'))).toEqual([['took-note', ['14673/17', '14068/17']]]);
  });

  it('reads "agreed on" as agreed and ignores the later submission for adoption', () => {
    expect(verbsAndReferences(itemText(SEED_004, '4. **Draft', '5. **Cooperation'))).toEqual([['agreed', ['13272/3/17 REV 3']]]);
  });

  it('ignores what the Presidency and some delegations welcomed', () => {
    expect(findDecisions(itemText(SEED_004, '5. **Cooperation', '6. EU law'))).toEqual([]);
  });

  it('reads what COSI agreed and the passive taskings in its list, but not the infinitive "to task"', () => {
    expect(verbsAndReferences(itemText(SEED_004, '6. EU law', '7. Counter-terrorism'))).toEqual([
      ['agreed', []],
      ['tasked', []],
      ['tasked', []],
    ]);
  });

  it('reads the decisions under the counter-terrorism sub-headings, and not the note Member States took', () => {
    expect(verbsAndReferences(itemText(SEED_004, '7. Counter-terrorism', '8. EU Policy'))).toEqual([
      ['agreed', ['12583/5/17 REV 5']],
      ['endorsed', ['13414/1/17 REV 1']],
      ['welcomed', []],
      ['took-note', []],
      ['took-note', []],
    ]);
  });

  it('reads a past passive adoption whoever adopted, but not a future submission for adoption', () => {
    expect(verbsAndReferences(itemText(SEED_004, '8. EU Policy', '9. The role'))).toEqual([
      ['adopted', []],
      ['agreed', ['10544/1/17 REV 1']],
    ]);
  });

  it('reads "reached agreement" as agreed', () => {
    expect(verbsAndReferences(itemText(SEED_004, '10. Draft report', '11. Any other'))).toEqual([['agreed', ['14108/1/17 REV 1']]]);
  });
});

describe('findDecisions on written forms', () => {
  it('recognises each verb of the vocabulary after COSI, the Committee or Delegations', () => {
    const text = [
      'COSI approved the report.',
      'The Committee confirmed the composition.',
      'Delegations welcomed the initiative.',
      'COSI tasked the LEWP to map the existing tools.',
      'COSI held an exchange of views on firearms.',
      'COSI agreed to the revised Terms of Reference.',
      'In May 2024, COSI also endorsed the plan.',
    ].join(' ');
    expect(findDecisions(text).map(({ verb }) => verb)).toEqual(['approved', 'confirmed', 'welcomed', 'tasked', 'exchanged-views', 'agreed', 'endorsed']);
  });

  it('reads verbs coordinated with the same subject, in order', () => {
    expect(
      findDecisions('COSI took note of the reports, welcomed the regular reporting and endorsed the organisation of a reflection.').map(({ verb }) => verb),
    ).toEqual(['took-note', 'welcomed', 'endorsed']);
  });

  it('reads the committee as the subject of a clause after "that" or "and"', () => {
    expect(findDecisions('The Presidency concluded that the Committee agreed on the text and COSI welcomed it.').map(({ verb }) => verb)).toEqual([
      'agreed',
      'welcomed',
    ]);
    expect(findDecisions('Under the Hungarian Presidency, delegations endorsed the handbook.').map(({ verb }) => verb)).toEqual(['endorsed']);
  });

  it('reads passives whoever the agent, and "It was agreed"', () => {
    expect(findDecisions('It was agreed to continue. The conclusions were approved by the Council.').map(({ verb }) => verb)).toEqual(['agreed', 'approved']);
    expect(findDecisions('Note was taken of the report. Views were exchanged on drugs. The plan was formally endorsed.').map(({ verb }) => verb)).toEqual([
      'took-note',
      'exchanged-views',
      'endorsed',
    ]);
  });

  it('ignores participles, nouns, modal forms and other subjects', () => {
    const text = [
      'The mechanism agreed by the LEWP was presented.',
      'It will be submitted to the Council for adoption.',
      'The Drivers would be invited to COSI.',
      'The Presidency welcomed the results.',
      'Member States took note of the briefing.',
      'Various delegations welcomed this initiative.',
      'The COSI Support Group took note of the report.',
      'COSI discussed the way forward and expressed support.',
      'The COSI SG took note of the roadmap and endorsed the plan.',
      'The Committee on Civil Liberties welcomed the report.',
      'The text was not adopted.',
      'COSI has not endorsed the plan.',
    ].join(' ');
    expect(findDecisions(text)).toEqual([]);
  });

  it('keeps the references of a sentence that opens with eu-LISA out of the decision before it', () => {
    const text = 'COSI took note of the briefing by the EEAS. eu-LISA presented the state of play of the Entry/Exit System as set out in 10662/25 ADD 2.';
    expect(findDecisions(text).map(({ verb, references }) => [verb, references])).toEqual([['took-note', []]]);
  });

  it('lists the references of the decision sentence once each, in order', () => {
    expect(findDecisions('COSI endorsed 14470/1/25 REV1, 14470/1/25 REV 1 and WK 13949/2021.')[0]?.references).toEqual(['14470/1/25 REV 1', 'WK 13949/2021']);
  });
});

describe('findDecisions on shuffled lines of the seeds', () => {
  const lines = [SEED_000, SEED_002, SEED_004].flatMap((name) => readFileSync(`content/sources/${name}.txt`, 'utf8').split('\n'));

  it('only reports verbs of the vocabulary, with references that the text contains', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 30 }), (picked) => {
        const text = picked.join('\n');
        const present = new Set(findReferences(text).map((reference) => reference.id));
        for (const decision of findDecisions(text)) {
          expect(DECISION_VERBS).toContain(decision.verb);
          for (const id of decision.references) expect(present).toContain(id);
        }
      }),
    );
  });
});

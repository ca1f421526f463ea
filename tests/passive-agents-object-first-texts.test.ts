import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose item 3 records the committee's approval of a report in
 * the word orders the versions use to put what was decided first: a passive whose agent follows the preposition in the
 * form it takes there (the Romanian noun without its article, `Raportul președinției a fost aprobat de comitet.`; the
 * Bulgarian short article, `… беше одобрен от комитета.`; the Greek committee in small letters after `από την`, `…
 * εγκρίθηκε από την επιτροπή.`), and an object set before the verb and its subject without a determiner, marked by
 * the Swedish and Danish definite ending (`Rapporten från ordförandeskapet godkände kommittén.`, `Rapporten fra
 * formandskabet godkendte udvalget.`) or the Hungarian accusative (`A jelentést a bizottság jóváhagyta.`). Written by
 * hand; each is the committee's approval of the report, never of the item's title, the agent never in the object.
 */
const CASES: Record<string, [sentence: string, object: string]> = {
  ro: ['Raportul președinției a fost aprobat de comitet.', 'raportul președinției'],
  bg: ['Докладът на председателството беше одобрен от комитета.', 'докладът на председателството'],
  el: ['Η έκθεση της Προεδρίας εγκρίθηκε από την επιτροπή.', 'η έκθεση της Προεδρίας'],
  sv: ['Rapporten från ordförandeskapet godkände kommittén.', 'rapporten från ordförandeskapet'],
  da: ['Rapporten fra formandskabet godkendte udvalget.', 'rapporten fra formandskabet'],
  hu: ['A jelentést a bizottság jóváhagyta.', 'a jelentést'],
};

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose item 3 approves a report, what was decided first', (language, [sentence, object]) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
  it.each(OUTCOME_COPIES)('reads the committee approving the report (%s)', (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
    const record = expectOk(parseDocument(page, `content/sources/agents-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['COSI', 'approved', object]]);
    expect(record.items[2]?.sentences).toEqual([sentence]);
  });
});

/**
 * The same item where the version names the committee with a postposition in an impersonal passive: the Estonian
 * `komitee poolt` after the verb or before it (`Eesistujariigi aruanne kiideti heaks komitee poolt.`, `… komitee poolt
 * kiideti heaks.`), the Hungarian `a bizottság által` right before the verb (`A jelentést a bizottság által
 * jóváhagyták.`). Written by hand; the committee approved what stands before the agent, the agent never in the object.
 * An agent of a participle inside the object (`a bizottság által javasolt módosításokkal`, with the amendments the
 * committee proposed) names nobody who decided: the approval is nobody's, its object whole.
 */
const POSTPOSITIONS: ReadonlyArray<[language: string, sentence: string, by: string | null, object: string]> = [
  ['et', 'Eesistujariigi aruanne kiideti heaks komitee poolt.', 'COSI', 'eesistujariigi aruanne'],
  ['et', 'Eesistujariigi aruanne komitee poolt kiideti heaks.', 'COSI', 'eesistujariigi aruanne'],
  ['et', 'Dokumendis 13802/25 esitatud järeldused kiideti heaks komitee poolt.', 'COSI', 'dokumendis 13802/25 esitatud järeldused'],
  ['hu', 'A jelentést a bizottság által jóváhagyták.', 'COSI', 'a jelentést'],
  ['hu', 'A 13802/25 dokumentumban foglalt következtetéseket a bizottság által jóváhagyták.', 'COSI', 'a 13802/25 dokumentumban foglalt következtetéseket'],
  ['hu', 'A jelentést a bizottság által javasolt módosításokkal jóváhagyták.', null, 'a jelentést a bizottság által javasolt módosításokkal'],
];

describe.each(POSTPOSITIONS)('the outcome 14470/25 in %s whose item 3 approves with the agent after its postposition: %s', (language, sentence, by, object) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
  it.each(OUTCOME_COPIES)('reads who approved apart from what was approved (%s)', (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
    const record = expectOk(parseDocument(page, `content/sources/agents-postposition-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map((decision) => [decision.by, decision.verb, decision.object])).toEqual([[by, 'approved', object]]);
  });
});

/**
 * The same item where the object is set first and repeated by its pronoun right before the verb, the committee after
 * it, as the Bulgarian and Greek versions write it (`Доклада на председателството го одобри Комитетът.`, `Την έκθεση της
 * Προεδρίας την ενέκρινε η επιτροπή.`), also where a pair of commas sets a participle's or relative clause inside
 * the object (`Заключенията, съдържащи се в документ 13802/25, ги одобри Комитетът.`). Written by hand; on the page run
 * into one line the title ends before the object, never at the committee the sentence ends with.
 */
const REPEATED: ReadonlyArray<[language: string, sentence: string, object: string]> = [
  ['bg', 'Доклада на председателството го одобри Комитетът.', 'доклада на председателството'],
  ['el', 'Την έκθεση της Προεδρίας την ενέκρινε η επιτροπή.', 'την έκθεση της Προεδρίας'],
  // a participle's or relative clause inside the object between a pair of commas, the pronoun after the second
  ['bg', 'Заключенията, съдържащи се в документ 13802/25, ги одобри Комитетът.', 'заключенията, съдържащи се в документ 13802/25'],
  ['bg', 'Доклада, изготвен от председателството, го одобри Комитетът.', 'доклада, изготвен от председателството'],
  ['el', 'Τα συμπεράσματα, που περιλαμβάνονται στο έγγραφο 13802/25, τα ενέκρινε η επιτροπή.', 'τα συμπεράσματα, που περιλαμβάνονται στο έγγραφο 13802/25'],
];

describe.each(REPEATED)('the outcome 14470/25 in %s whose item 3 sets its object first and repeats it: %s', (language, sentence, object) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
  it.each(OUTCOME_COPIES)('reads the title apart and the committee approving the object (%s)', (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
    const record = expectOk(parseDocument(page, `content/sources/agents-repeated-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map((decision) => [decision.by, decision.verb, decision.object])).toEqual([['COSI', 'approved', object]]);
  });
});

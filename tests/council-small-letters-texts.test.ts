import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose item 3 records two decisions in one sentence, the
 * committee's and then the Council's, the Council named in small letters as the Finnish and Estonian versions write it
 * inside a sentence (`Komitea hyväksyi puheenjohtajavaltion kertomuksen, ja neuvosto hyväksyi …`, `Komitee kiitis
 * eesistujariigi aruande heaks ja nõukogu kiitis heaks …`). Written by hand. The committee approved the report only, the
 * Council the conclusions: the Council's clause is never part of what the committee approved.
 */
const CASES: ReadonlyArray<[language: string, sentence: string, report: string, conclusions: string]> = [
  [
    'fi',
    'Komitea hyväksyi puheenjohtajavaltion kertomuksen, ja neuvosto hyväksyi asiakirjassa 13802/25 esitetyt päätelmät.',
    'puheenjohtajavaltion kertomuksen',
    'asiakirjassa 13802/25 esitetyt päätelmät',
  ],
  [
    'fi',
    'Komitea hyväksyi puheenjohtajavaltion kertomuksen ja neuvosto hyväksyi asiakirjassa 13802/25 esitetyt päätelmät.',
    'puheenjohtajavaltion kertomuksen',
    'asiakirjassa 13802/25 esitetyt päätelmät',
  ],
  [
    'et',
    'Komitee kiitis eesistujariigi aruande heaks ja nõukogu kiitis heaks dokumendis 13802/25 esitatud järeldused.',
    'eesistujariigi aruande',
    'dokumendis 13802/25 esitatud järeldused',
  ],
];

describe.each(CASES)('the outcome 14470/25 in %s whose item 3 names the Council in small letters: %s', (language, sentence, report, conclusions) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
  it.each(OUTCOME_COPIES)("reads the committee's approval and the Council's apart (%s)", (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
    const record = expectOk(parseDocument(page, `content/sources/council-small-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map((decision) => [decision.by, decision.verb, decision.object])).toEqual([
      ['COSI', 'approved', report],
      ['the Council', 'approved', conclusions],
    ]);
  });
});

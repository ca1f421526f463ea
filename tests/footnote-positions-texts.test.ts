import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose item 3 approves the conclusions and calls a footnote
 * at the foot of the page recording one delegation's reservation, as outcomes set a delegation's position apart
 * (`The Committee approved the conclusions set out in 13802/25.1` / `1 One delegation (HU) entered a parliamentary
 * scrutiny reservation.`). Written by hand in English, French, German, Spanish, Italian and Polish. The footnote's
 * sentence is a position of the item, as the same sentence in its text would be; the committee's approval stays its
 * one decision.
 */
const CASES: Record<string, [note: string, group: string]> = {
  en: ['One delegation (HU) entered a parliamentary scrutiny reservation.', 'One delegation (HU)'],
  fr: ["Une délégation (HU) a émis une réserve d'examen parlementaire.", 'Une délégation (HU)'],
  de: ['Eine Delegation (HU) legte einen Parlamentsvorbehalt ein.', 'Eine Delegation (HU)'],
  es: ['Una delegación (HU) formuló una reserva de estudio parlamentario.', 'Una delegación (HU)'],
  it: ['Una delegazione (HU) ha formulato una riserva di esame parlamentare.', 'Una delegazione (HU)'],
  pl: ['Jedna delegacja (HU) zgłosiła zastrzeżenie parlamentarne.', 'Jedna delegacja (HU)'],
};

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose item 3 calls a footnote with a delegation’s position', (language, [note, group]) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', `${outcome.sentences[2] ?? ''}1`];
  it.each(OUTCOME_COPIES)('reads the footnote’s sentence as a position of item 3 (%s)', (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [`1 ${note}`], sentences });
    const record = expectOk(parseDocument(page, `content/sources/footnote-positions-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const item = record.items[2];
    expect(item?.positions?.map(({ by, sentence }) => [by, sentence])).toEqual([[[group], note]]);
    expect(item?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'approved']]);
    expect(record.items[1]?.positions).toBeUndefined();
  });
});

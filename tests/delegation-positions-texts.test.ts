import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose items record, as the register's outcomes do beside the
 * committee's decisions, what some of the delegations said: item 2 the committee's note of the Presidency's information,
 * then most delegations' support and one delegation's parliamentary scrutiny reservation in one sentence (`…, while one
 * delegation (HU) entered …`, `…, tandis qu'une délégation (HU) a émis …`, `…, während eine Delegation (HU) …`), item 3
 * only the concerns of several delegations named by their codes (`Several delegations (AT, DE, FR) expressed concerns
 * …`). Written by hand in eight versions. Each group is read as printed, as a position of delegations, and none is a
 * decision: item 2 keeps the committee's one decision, item 3 has none.
 */
interface Case {
  /** Item 2's sentence after the committee's note: most delegations, then one. */
  support: string;
  /** Item 3's one sentence: several delegations. */
  concerns: string;
  /** The groups of each sentence, as printed. */
  groups: [string[], string[]];
}

const CASES: Record<string, Case> = {
  en: {
    support: 'Most delegations supported the approach set out in 13802/25, while one delegation (HU) entered a parliamentary scrutiny reservation.',
    concerns: 'Several delegations (AT, DE, FR) expressed concerns about the proposed timeline.',
    groups: [['Most delegations', 'one delegation (HU)'], ['Several delegations (AT, DE, FR)']],
  },
  fr: {
    support:
      "La plupart des délégations ont soutenu l'approche exposée dans le document 13802/25, tandis qu'une délégation (HU) a émis une réserve d'examen parlementaire.",
    concerns: 'Plusieurs délégations (AT, DE, FR) ont exprimé des préoccupations quant au calendrier proposé.',
    groups: [['La plupart des délégations', 'une délégation (HU)'], ['Plusieurs délégations (AT, DE, FR)']],
  },
  de: {
    support:
      'Die meisten Delegationen unterstützten den in Dokument 13802/25 dargelegten Ansatz, während eine Delegation (HU) einen Parlamentsvorbehalt einlegte.',
    concerns: 'Mehrere Delegationen (AT, DE, FR) äußerten Bedenken hinsichtlich des vorgeschlagenen Zeitplans.',
    groups: [['Die meisten Delegationen', 'eine Delegation (HU)'], ['Mehrere Delegationen (AT, DE, FR)']],
  },
  es: {
    support:
      'La mayoría de las delegaciones apoyaron el enfoque expuesto en el documento 13802/25, mientras que una delegación (HU) formuló una reserva de estudio parlamentario.',
    concerns: 'Varias delegaciones (AT, DE, FR) expresaron su preocupación por el calendario propuesto.',
    groups: [['La mayoría de las delegaciones', 'una delegación (HU)'], ['Varias delegaciones (AT, DE, FR)']],
  },
  it: {
    support:
      "La maggior parte delle delegazioni ha sostenuto l'approccio illustrato nel documento 13802/25, mentre una delegazione (HU) ha formulato una riserva di esame parlamentare.",
    concerns: 'Diverse delegazioni (AT, DE, FR) hanno espresso preoccupazioni in merito al calendario proposto.',
    groups: [['La maggior parte delle delegazioni', 'una delegazione (HU)'], ['Diverse delegazioni (AT, DE, FR)']],
  },
  nl: {
    support:
      'De meeste delegaties steunden de in document 13802/25 uiteengezette aanpak, terwijl één delegatie (HU) een parlementair behandelingsvoorbehoud maakte.',
    concerns: 'Verscheidene delegaties (AT, DE, FR) uitten hun bezorgdheid over het voorgestelde tijdschema.',
    groups: [['De meeste delegaties', 'één delegatie (HU)'], ['Verscheidene delegaties (AT, DE, FR)']],
  },
  pt: {
    support:
      'A maioria das delegações apoiou a abordagem apresentada no documento 13802/25, enquanto uma delegação (HU) formulou uma reserva de análise parlamentar.',
    concerns: 'Várias delegações (AT, DE, FR) manifestaram preocupações quanto ao calendário proposto.',
    groups: [['A maioria das delegações', 'uma delegação (HU)'], ['Várias delegações (AT, DE, FR)']],
  },
  pl: {
    support: 'Większość delegacji poparła podejście przedstawione w dokumencie 13802/25, natomiast jedna delegacja (HU) zgłosiła zastrzeżenie parlamentarne.',
    concerns: 'Kilka delegacji (AT, DE, FR) wyraziło obawy dotyczące proponowanego harmonogramu.',
    groups: [['Większość delegacji', 'jedna delegacja (HU)'], ['Kilka delegacji (AT, DE, FR)']],
  },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose items record what some delegations said', (language, { support, concerns, groups }) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${support}`, concerns];
  it.each(SHAPES)('reads each group of delegations as a position, none as a decision (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/positions-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, raised] = record.items;
    expect(noted?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[groups[0], support, ['13802/25']]]);
    expect(raised?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[groups[1], concerns, []]]);
    // the committee's note stays its one decision; the delegations' words are none
    expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
    expect(raised?.decisions).toEqual([]);
    expect(record.items[0]?.positions).toBeUndefined();
  });
});

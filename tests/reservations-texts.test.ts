import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose item 3 approves the conclusions in 13802/25 subject to a
 * parliamentary scrutiny reservation one delegation entered, as the register's outcomes record it (`The Committee
 * approved the conclusions set out in 13802/25, subject to a parliamentary scrutiny reservation by NL.`, `… sous
 * réserve d'une réserve d'examen parlementaire de NL.`, `… vorbehaltlich eines Parlamentsvorbehalts von NL.`). Written
 * by hand in English, French, German, Spanish, Italian, Dutch (a passive), Portuguese and Polish. The reservation is how
 * the conclusions were approved, not part of them: what was approved is the conclusions, the reservation is kept as
 * printed beside it (the decision's `procedure`, shown in brackets after the object).
 */
const CASES: Record<string, [sentence: string, by: string | null, object: string, reservation: string | undefined]> = {
  en: [
    'The Committee approved the conclusions set out in 13802/25, subject to a parliamentary scrutiny reservation by NL.',
    'COSI',
    'the conclusions set out in 13802/25',
    'subject to a parliamentary scrutiny reservation by NL',
  ],
  fr: [
    "Le Comité a approuvé les conclusions figurant dans le document 13802/25, sous réserve d'une réserve d'examen parlementaire de NL.",
    'COSI',
    'les conclusions figurant dans le document 13802/25',
    "sous réserve d'une réserve d'examen parlementaire de NL",
  ],
  de: [
    'Der Ausschuss billigte die in Dokument 13802/25 enthaltenen Schlussfolgerungen vorbehaltlich eines Parlamentsvorbehalts von NL.',
    'COSI',
    'die in Dokument 13802/25 enthaltenen Schlussfolgerungen',
    'vorbehaltlich eines Parlamentsvorbehalts von NL',
  ],
  es: [
    'El Comité aprobó las conclusiones que figuran en el documento 13802/25, con una reserva de estudio parlamentario de NL.',
    'COSI',
    'las conclusiones que figuran en el documento 13802/25',
    'con una reserva de estudio parlamentario de NL',
  ],
  it: [
    'Il comitato ha approvato le conclusioni contenute nel documento 13802/25, con una riserva di esame parlamentare di NL.',
    'COSI',
    'le conclusioni contenute nel documento 13802/25',
    'con una riserva di esame parlamentare di NL',
  ],
  nl: [
    'De in document 13802/25 opgenomen conclusies werden goedgekeurd, onder voorbehoud van een parlementair behandelingsvoorbehoud van NL.',
    null,
    'de in document 13802/25 opgenomen conclusies',
    'onder voorbehoud van een parlementair behandelingsvoorbehoud van NL',
  ],
  pt: [
    'O Comité aprovou as conclusões constantes do documento 13802/25, com uma reserva de análise parlamentar de NL.',
    'COSI',
    'as conclusões constantes do documento 13802/25',
    'com uma reserva de análise parlamentar de NL',
  ],
  pl: [
    'Komitet zatwierdził konkluzje zawarte w dokumencie 13802/25 z zastrzeżeniem parlamentarnym zgłoszonym przez NL.',
    'COSI',
    'konkluzje zawarte w dokumencie 13802/25',
    'z zastrzeżeniem parlamentarnym zgłoszonym przez NL',
  ],
};

describe.each(Object.entries(CASES))(
  'the outcome 14470/25 in %s whose item 3 approves conclusions subject to a reservation',
  (language, [sentence, by, object, reservation]) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
    it.each(OUTCOME_COPIES)('reads what was approved apart from the reservation it was approved with (%s)', (shape) => {
      const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
      const record = expectOk(parseDocument(page, `content/sources/reservations-${language}.txt`));
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const decisions = record.items[2]?.decisions.map((decision) => [decision.by, decision.verb, decision.object, decision.procedure, decision.references]);
      expect(decisions).toEqual([[by, 'approved', object, reservation, ['13802/25']]]);
    });
  },
);

/**
 * The same item where the verb ends its clause and the reservation follows it after a comma, as the German and Dutch
 * versions set a phrase after the verb: a passive (`De in document 13802/25 opgenomen conclusies werden goedgekeurd,
 * onder voorbehoud van …`, `Die … Schlussfolgerungen wurden gebilligt, vorbehaltlich …`), a separable verb whose particle
 * ends the clause (`Het Comité keurde … goed, onder voorbehoud van …`, `Der Ausschuss nahm … zur Kenntnis, vorbehaltlich
 * …`) and a perfect (`Het Comité heeft … goedgekeurd, …`, `Der Ausschuss hat … gebilligt, …`); in Dutch also the
 * reservation named by the scrutiny alone (`onder voorbehoud van parlementaire behandeling door NL`).
 */
const VERB_LAST: ReadonlyArray<[language: string, sentence: string, by: string | null, verb: string, object: string, reservation: string]> = [
  [
    'nl',
    'De in document 13802/25 opgenomen conclusies werden goedgekeurd, onder voorbehoud van parlementaire behandeling door NL.',
    null,
    'approved',
    'de in document 13802/25 opgenomen conclusies',
    'onder voorbehoud van parlementaire behandeling door NL',
  ],
  [
    'nl',
    'De in document 13802/25 opgenomen conclusies werden door het Comité goedgekeurd, onder voorbehoud van een parlementair behandelingsvoorbehoud van NL.',
    'COSI',
    'approved',
    'de in document 13802/25 opgenomen conclusies',
    'onder voorbehoud van een parlementair behandelingsvoorbehoud van NL',
  ],
  [
    'nl',
    'Het Comité keurde de in document 13802/25 opgenomen conclusies goed, onder voorbehoud van een parlementair behandelingsvoorbehoud van NL.',
    'COSI',
    'approved',
    'de in document 13802/25 opgenomen conclusies',
    'onder voorbehoud van een parlementair behandelingsvoorbehoud van NL',
  ],
  [
    'nl',
    'Het Comité heeft de in document 13802/25 opgenomen conclusies goedgekeurd, onder voorbehoud van parlementaire behandeling door NL.',
    'COSI',
    'approved',
    'de in document 13802/25 opgenomen conclusies',
    'onder voorbehoud van parlementaire behandeling door NL',
  ],
  [
    'de',
    'Die in Dokument 13802/25 enthaltenen Schlussfolgerungen wurden gebilligt, vorbehaltlich eines Parlamentsvorbehalts von NL.',
    null,
    'approved',
    'die in Dokument 13802/25 enthaltenen Schlussfolgerungen',
    'vorbehaltlich eines Parlamentsvorbehalts von NL',
  ],
  [
    'de',
    'Der Ausschuss hat die in Dokument 13802/25 enthaltenen Schlussfolgerungen gebilligt, vorbehaltlich eines Parlamentsvorbehalts von NL.',
    'COSI',
    'approved',
    'die in Dokument 13802/25 enthaltenen Schlussfolgerungen',
    'vorbehaltlich eines Parlamentsvorbehalts von NL',
  ],
  [
    'de',
    'Der Ausschuss nahm die in Dokument 13802/25 enthaltenen Schlussfolgerungen zur Kenntnis, mit einem Parlamentsvorbehalt seitens NL.',
    'COSI',
    'took-note',
    'die in Dokument 13802/25 enthaltenen Schlussfolgerungen',
    'mit einem Parlamentsvorbehalt seitens NL',
  ],
];

describe.each(VERB_LAST)(
  'the outcome 14470/25 in %s whose item 3 ends its verb before the reservation: %s',
  (language, sentence, by, verb, object, reservation) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
    it.each(OUTCOME_COPIES)('reads the decision and the reservation after its verb apart (%s)', (shape) => {
      const page = outcomeCopy(outcome, language, shape, { foot: [], sentences });
      const record = expectOk(parseDocument(page, `content/sources/reservations-late-${language}.txt`));
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const decisions = record.items[2]?.decisions.map((decision) => [decision.by, decision.verb, decision.object, decision.procedure, decision.references]);
      expect(decisions).toEqual([[by, verb, object, reservation, ['13802/25']]]);
    });
  },
);

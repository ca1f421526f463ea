import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json, the register's
 * shape of 2025: the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, the two-line
 * footer), whose third item records a report noted with satisfaction, as outcomes write a welcome (`COSI took note with
 * satisfaction of …`, `Le COSI a pris note avec satisfaction du …`, `Der Ausschuss nahm … mit Genugtuung zur Kenntnis`,
 * `El COSI tomó nota con satisfacción del …`, `Il comitato ha preso atto con soddisfazione della …`, `O Comité tomou
 * nota com satisfação do …`, `Komitet z zadowoleniem przyjął do wiadomości …`): COSI welcomed the report, what was noted
 * written as the version's note writes it (its `du`, `del`, `della`, `do` kept; the English `of` dropped). Written by
 * hand; each decision read off its sentence.
 */
const CASES: Record<string, [sentence: string, object: string]> = {
  en: ['COSI took note with satisfaction of the report set out in 9001/25.', 'the report set out in 9001/25'],
  fr: ['Le COSI a pris note avec satisfaction du rapport figurant dans le document 9001/25.', 'du rapport figurant dans le document 9001/25'],
  de: ['Der Ausschuss nahm den Bericht in Dokument 9001/25 mit Genugtuung zur Kenntnis.', 'den Bericht in Dokument 9001/25'],
  es: ['El COSI tomó nota con satisfacción del informe que figura en el documento 9001/25.', 'del informe que figura en el documento 9001/25'],
  it: ['Il comitato ha preso atto con soddisfazione della relazione di cui al documento 9001/25.', 'della relazione di cui al documento 9001/25'],
  pt: ['O Comité tomou nota com satisfação do relatório constante do documento 9001/25.', 'do relatório constante do documento 9001/25'],
  pl: ['Komitet z zadowoleniem przyjął do wiadomości sprawozdanie zawarte w dokumencie 9001/25.', 'sprawozdanie zawarte w dokumencie 9001/25'],
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose third item notes a report with satisfaction', (language, [sentence, object]) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  it.each(SHAPES)('reads that COSI welcomed the report, the words of satisfaction off what was welcomed (%s)', (shape) => {
    const sentences = [...outcome.sentences.slice(0, 2), sentence];
    const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/satisfied-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
      ['COSI', 'welcomed', object, ['9001/25']],
    ]);
  });
});

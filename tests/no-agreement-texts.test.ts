import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose items record that the committee did not agree: item 2
 * the committee's note of the Presidency's information, then that it reached no agreement on the draft conclusions (`The
 * Committee did not reach agreement on …`, `Le Comité n'est pas parvenu à un accord sur …`), item 3 only that no
 * agreement could be reached, no one named (`No agreement could be reached on the proposed timeline.`, `Über den
 * vorgeschlagenen Zeitplan konnte keine Einigung erzielt werden.`). Written by hand in 11 versions. A user asking what
 * COSI decided reads there no decision (nor a decision not to: the committee left the matter open), so the item keeps
 * only what was decided, the note of item 2, and item 3 has none, in every shape.
 */
const CASES: Record<string, { failed: string; none: string }> = {
  en: {
    failed: 'The Committee did not reach agreement on the draft conclusions set out in 13802/25.',
    none: 'No agreement could be reached on the proposed timeline.',
  },
  fr: {
    failed: "Le Comité n'est pas parvenu à un accord sur le projet de conclusions figurant dans le document 13802/25.",
    none: "Aucun accord n'a pu être dégagé sur le calendrier proposé.",
  },
  de: {
    failed: 'Der Ausschuss erzielte keine Einigung über den in Dokument 13802/25 enthaltenen Entwurf von Schlussfolgerungen.',
    none: 'Über den vorgeschlagenen Zeitplan konnte keine Einigung erzielt werden.',
  },
  es: {
    failed: 'El Comité no alcanzó un acuerdo sobre el proyecto de Conclusiones que figura en el documento 13802/25.',
    none: 'No pudo alcanzarse un acuerdo sobre el calendario propuesto.',
  },
  it: {
    failed: 'Il comitato non ha raggiunto un accordo sul progetto di conclusioni di cui al documento 13802/25.',
    none: 'Non è stato possibile raggiungere un accordo sul calendario proposto.',
  },
  nl: {
    failed: 'Het comité bereikte geen overeenstemming over de ontwerpconclusies in document 13802/25.',
    none: 'Over het voorgestelde tijdschema kon geen overeenstemming worden bereikt.',
  },
  pt: {
    failed: 'O Comité não chegou a acordo sobre o projeto de conclusões constante do documento 13802/25.',
    none: 'Não foi possível chegar a acordo sobre o calendário proposto.',
  },
  pl: {
    failed: 'Komitet nie osiągnął porozumienia w sprawie projektu konkluzji zawartego w dokumencie 13802/25.',
    none: 'Nie udało się osiągnąć porozumienia w sprawie proponowanego harmonogramu.',
  },
  sl: {
    failed: 'Odbor ni dosegel dogovora o osnutku sklepov iz dokumenta 13802/25.',
    none: 'O predlaganem časovnem načrtu ni bilo mogoče doseči dogovora.',
  },
  fi: {
    failed: 'Komitea ei päässyt sopimukseen asiakirjassa 13802/25 olevasta päätelmäluonnoksesta.',
    none: 'Ehdotetusta aikataulusta ei päästy sopimukseen.',
  },
  sv: {
    failed: 'Kommittén nådde ingen överenskommelse om utkastet till slutsatser i dokument 13802/25.',
    none: 'Ingen överenskommelse kunde nås om den föreslagna tidsplanen.',
  },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose items record that no agreement was reached', (language, { failed, none }) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${failed}`, none];
  it.each(SHAPES)('reads no decision where the committee did not agree, and keeps the one it took (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/no-agreement-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, open] = record.items;
    expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
    expect(open?.decisions).toEqual([]);
    expect(noted?.positions).toBeUndefined();
    expect(open?.positions).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { otherBusinessTextAt } from '../scripts/ingest/parse/flat/other-business-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * An outcome's last item, "any other business", under which nothing was raised, in each official language as the
 * Council's versions word it (written by hand): its title and the one sentence under it. The register prints them one
 * under the other (`4. Any other business` / `No items were raised.`); a page run into one line prints them one after
 * the other (`… 4. Divers Aucun point n'a été soulevé. 14470/25 TR/kl 1 …`), where the title must end at the sentence.
 */
const NOTHING_RAISED: Record<string, readonly [string, string]> = {
  en: ['Any other business', 'No items were raised under this item.'],
  fr: ['Divers', "Aucun point n'a été soulevé."],
  de: ['Sonstiges', 'Keine Wortmeldungen.'],
  es: ['Varios', 'No se planteó ningún punto.'],
  it: ['Varie', 'Non sono stati sollevati punti.'],
  pt: ['Diversos', 'Não foram levantadas questões.'],
  nl: ['Rondvraag', 'Er werden geen punten aan de orde gesteld.'],
  pl: ['Sprawy różne', 'Nie poruszono żadnych kwestii.'],
  sv: ['Övriga frågor', 'Inga frågor togs upp.'],
  da: ['Eventuelt', 'Der blev ikke rejst nogen punkter.'],
  el: ['Διάφορα θέματα', 'Δεν τέθηκαν θέματα.'],
  bg: ['Други въпроси', 'Не бяха повдигнати въпроси.'],
  ro: ['Diverse', 'Nu au fost ridicate alte puncte.'],
  cs: ['Různé', 'Nebyly vzneseny žádné body.'],
  sk: ['Rôzne', 'Neboli nastolené žiadne body.'],
  sl: ['Razno', 'Nobena točka ni bila obravnavana.'],
  hr: ['Razno', 'Nije bilo točaka.'],
  hu: ['Egyebek', 'Egyéb kérdés nem merült fel.'],
  fi: ['Muut asiat', 'Muita asioita ei käsitelty.'],
  et: ['Muud küsimused', 'Muid küsimusi ei tõstatatud.'],
  lt: ['Kiti klausimai', 'Jokių klausimų nebuvo iškelta.'],
  lv: ['Citi jautājumi', 'Netika izvirzīti citi jautājumi.'],
  mt: ['Kwalunkwe punt ieħor', 'Ma tqajmu l-ebda punti.'],
  ga: ['Aon ghnó eile', 'Níor ardaíodh aon phointe.'],
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

const cases = Object.entries(NOTHING_RAISED).flatMap(([language, [title, sentence]]) => SHAPES.map((shape) => ({ language, shape, title, sentence })));

describe.each(cases)('an outcome whose "any other business" raised nothing ($language, $shape)', ({ language, shape, title, sentence }) => {
  it('reads item 4 with its own title and the sentence under it as its text', () => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const text = outcomePage(outcome, language, shape, { foot: ['4. ' + title, '', sentence, ''] });
    const record = expectOk(parseDocument(text, `${language}.txt`));
    expect(record.items.map((item) => item.number)).toEqual(['1', '2', '3', '4']);
    const last = record.items[3];
    expect([last?.title, last?.text.map((block) => block.inline.map((run) => ('value' in run ? run.value : '')).join(''))]).toEqual([title, [sentence]]);
  });
});

describe('otherBusinessTextAt', () => {
  it.each([
    ['AOB None.', 4],
    ['Divers Le COSI a pris note des informations de la présidence.', 7],
    ['Varios No se planteó ningún punto.', 7],
    // closed by a colon, as seed 004's outcome of 2017 prints it (`11. Any other business:` / `No items were raised.`)
    ['Any other business: No items were raised.', 20],
    ["Divers : Aucun point n'a été soulevé.", 9],
  ])('ends the title of "any other business" where a sentence follows it: %s', (rest, at) => {
    expect(otherBusinessTextAt(rest)).toBe(at);
  });

  it.each([
    'Divers États membres ont souligné la nécessité de poursuivre EMPACT.',
    'Varie delegazioni hanno sostenuto la proposta.',
    'Any other business Information from the Presidency',
    'Any other business – Information from the Presidency.',
    'Divers: États membres ont souligné la nécessité de poursuivre EMPACT.',
  ])('leaves a sentence that opens with a title’s word, or a title with its point, whole: %s', (rest) => {
    expect(otherBusinessTextAt(rest)).toBeNull();
  });
});

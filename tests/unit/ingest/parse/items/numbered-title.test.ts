import { describe, expect, it } from 'vitest';
import { opensTextUnderTitle, titleGoesOnUnder } from '../../../../../scripts/ingest/parse/items/numbered-title.ts';

const TITLE = '3. Draft Council conclusions on the future of the internal security of the European Union and the police partnership';

describe('opensTextUnderTitle', () => {
  it('is true when a sentence opens under a numbered title that ends on its own word', () => {
    expect(opensTextUnderTitle(TITLE, TITLE, 'Delegations broadly supported the draft conclusions.')).toBe(true);
    expect(opensTextUnderTitle(TITLE, TITLE, 'The Presidency presented the text.')).toBe(true);
  });

  it('is false when the title line ends on a word a title goes on after', () => {
    const cut = '4. Information from the Commission on the state of play of the Schengen evaluation of the';
    expect(opensTextUnderTitle(cut, cut, 'European Union external borders')).toBe(false);
    const between = '4. Information from the Presidency on the cooperation on firearms trafficking between';
    expect(opensTextUnderTitle(between, between, 'Europol and Eurojust')).toBe(false);
  });

  it('is true under a title that opens as a sentence does where a colon or dash sets its parts apart', () => {
    const hawala = '9. The role of criminal “Hawala” and other service providers in money laundering – recommendations for changes';
    expect(opensTextUnderTitle(hawala, 'and other initiatives: presentation by the Austrian delegation', 'The Committee took note of the presentation.')).toBe(
      true,
    );
    const clasi = '13. The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029: opportunities for synergies';
    expect(opensTextUnderTitle(clasi, clasi, 'Europol presented the new Operational Action Plans.')).toBe(true);
    const french = '4. La mise en œuvre de la stratégie de l’UE en matière de drogue : présentation par la Commission';
    expect(opensTextUnderTitle(french, french, 'Le Comité a pris note de la présentation.')).toBe(true);
    const german = '5. Die Zukunft der inneren Sicherheit – Gedankenaustausch mit dem Koordinator';
    expect(opensTextUnderTitle(german, german, 'Der Ausschuss nahm die Ausführungen zur Kenntnis.')).toBe(true);
  });

  it('is true under a German title whose days print their dots (`am 13./14. Dezember 2011`), no sentence’s end', () => {
    const days = '4. Vorbereitung der Tagung des Rates (Justiz und Inneres) am 13./14. Dezember 2011';
    expect(opensTextUnderTitle(days, days, 'Der Ausschuss nahm Kenntnis vom Stand der Vorbereitung.')).toBe(true);
    const period = '3. Urteile des Gerichtshofs in Rechtssachen, an denen der Rat beteiligt ist (1. Juli bis 31. Dezember 2011)';
    expect(opensTextUnderTitle(period, period, 'Der Ausschuss nahm Kenntnis von den Informationen.')).toBe(true);
  });

  it('is false for a numbered paragraph, which opens as a sentence itself or holds one', () => {
    const paragraph = '3. The Presidency invites the Committee to take note of the results presented by Frontex';
    expect(opensTextUnderTitle(paragraph, paragraph, 'Europol will report in June.')).toBe(false);
    const sentences = '3. Draft conclusions were discussed. Several delegations asked for a reference to Frontex';
    expect(opensTextUnderTitle(sentences, sentences, 'The Presidency will revise the text.')).toBe(false);
  });

  it('is false under a numbered question that wraps before a name (a questionnaire’s, `… and how could` / `COSI help …?`)', () => {
    const could = '4. What obstacles to operational cooperation has your Member State met, and how could';
    expect(opensTextUnderTitle(could, could, 'COSI help to remove them?')).toBe(false);
    const which = '2. In the light of the threat assessment, to what extent and in which areas should';
    expect(opensTextUnderTitle(which, which, 'Europol support the national authorities?')).toBe(false);
    const your = '1. What are the main obstacles to the exchange of information met by your';
    expect(opensTextUnderTitle(your, your, 'Member State in the implementation of the Swedish Framework Decision?')).toBe(false);
  });

  it('is false when the next line does not open a sentence', () => {
    expect(opensTextUnderTitle(TITLE, TITLE, '(doc. 11960/21)')).toBe(false);
  });

  it('is true under a sub-point lettered in the Greek or Cyrillic alphabet, as under a Latin letter', () => {
    const greek = 'β) Ενημέρωση από την Επιτροπή σχετικά με το θεματολόγιο ProtectEU';
    expect(opensTextUnderTitle(greek, greek, 'Η COSI έλαβε γνώση των πληροφοριών.')).toBe(true);
    const bulgarian = 'б) Информация от Комисията относно програмата ProtectEU';
    expect(opensTextUnderTitle(bulgarian, bulgarian, 'Комитетът взе под внимание информацията.')).toBe(true);
    const latin = 'b) Information from the Commission on the ProtectEU agenda';
    expect(opensTextUnderTitle(latin, latin, 'COSI took note of the information.')).toBe(true);
  });
});

describe('titleGoesOnUnder', () => {
  it('is true under a title line cut after a title word in small letters, whatever the line below opens with', () => {
    const english = '4. Exchange of views on the';
    expect(titleGoesOnUnder(english, english, 'Schengen Evaluation and Monitoring Mechanism', 'COSI held an exchange of views.')).toBe(true);
    const german = '5.2 Gedankenaustausch über den';
    expect(titleGoesOnUnder(german, german, 'Schengen-Evaluierungs- und Überwachungsmechanismus', 'Der COSI …')).toBe(true);
  });

  it('is true under a title over the rest of a name ending on its acronym in brackets, a whole line', () => {
    const german = '5.1 Zusammenarbeit mit dem Lateinamerikanischen Ausschuss für innere';
    expect(titleGoesOnUnder(german, german, 'Sicherheit (CLASI)', 'Während des Dreiervorsitzes hat der COSI …')).toBe(true);
    const spanish = '5.1 Cooperación con el Comité Latinoamericano de Seguridad Interior';
    expect(titleGoesOnUnder(spanish, spanish, '(CLASI)', 'Durante el trío de Presidencias, el COSI …')).toBe(true);
    expect(titleGoesOnUnder(spanish, spanish, '(CLASI)', 'en la reunión …')).toBe(false);
  });

  it('is false where the title ends on its own word, a quantifier, or French `par an`, or the line below is far longer', () => {
    const whole = '3. Internal security architecture';
    expect(titleGoesOnUnder(whole, whole, 'COSI took note of the presentation.', '')).toBe(false);
    const all = '2. Security for all';
    expect(titleGoesOnUnder(all, all, 'The Presidency presented its priorities', '')).toBe(false);
    const year = '3. Organiser deux journées d’action communes par an';
    expect(titleGoesOnUnder(year, year, 'Pilotes EMPACT', 'Chaque année')).toBe(false);
    const cell = '3. Develop joint action days against the';
    expect(titleGoesOnUnder(cell, cell, 'EMPACT drivers arrests and to the seizure of 38 tonnes of drugs. networks that exploit the logistical hubs', '')).toBe(
      false,
    );
  });

  it('is false under a numbered paragraph that holds a sentence', () => {
    const paragraph = '3. The Presidency presented the report. It invited the';
    expect(titleGoesOnUnder(paragraph, paragraph, 'Committee to take note of it.', '')).toBe(false);
  });

  it('goes on under a German adjective its title opens with, the noun in a capital on the line below (`4. Aktuelle` / `Entwicklungen …`)', () => {
    expect(titleGoesOnUnder('4. Aktuelle', '4. Aktuelle', 'Entwicklungen im Bereich der inneren Sicherheit', 'Der COSI nahm Kenntnis.')).toBe(true);
    expect(titleGoesOnUnder('3. Künftige', '3. Künftige', 'Zusammenarbeit mit den Agenturen der EU', 'Der COSI nahm Kenntnis.')).toBe(true);
    // A noun ends a title however it ends (`Lage`), and a sentence under the adjective is no title's rest.
    expect(titleGoesOnUnder('4. Lage', '4. Lage', 'Entwicklungen im Bereich der inneren Sicherheit', '')).toBe(false);
    expect(titleGoesOnUnder('4. Aktuelle', '4. Aktuelle', 'Der Vorsitz unterrichtete die Delegationen.', '')).toBe(false);
  });
});

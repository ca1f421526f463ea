import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * Where the object of a decision ends, as the register's outcomes write what follows it (15754/17 items 2, 5 and 7 in
 * its English, German, French and Italian versions): the COSI outcome 14470/25 (tests/fixtures/outcome-languages/outcomes.json)
 * whose item 3 records, instead of the committee's approval, decisions followed by
 * - a participle clause, what the committee did besides (`…, welcoming and supporting the ongoing cooperation, while
 *   underlining …`, `…, saluant et soutenant …, tout en soulignant …`, `…, accogliendo con favore e sostenendo …, pur
 *   sottolineando …`): no part of what was noted;
 * - the relative clause that names the document (`…, qui figure dans le document 13802/25`, `…, che figura nel documento
 *   13802/25`, `…, der in Dokument 13802/25 enthalten ist`): part of what was agreed, the document cited;
 * - a German relative clause that says what happens to it next (`…, der dem AStV … vorgelegt werden soll`): no part of
 *   what was approved;
 * - a clause of when it was decided (`… when the Presidency presented its report`, `… lorsque la présidence a présenté
 *   …`, `… quando la Presidenza ha presentato …`, `… cuando la Presidencia presentó …`, `… quando a Presidência
 *   apresentou …`, `…, als der Vorsitz … vorstellte`, and in 17 more versions `… toen het voorzitterschap …`, `…,
 *   kiedy prezydencja …`, `…, když`, `…, keď`, `…, ko`, `… kada`, `… când`, `…, когато`, `… όταν`, `…, amikor`, `…, da`,
 *   `… när`, `…, kun`, `…, kad`, `…, kai`, `… meta`, `… nuair`): no part of what was approved;
 * - another verb in the past of the body's after a comma (`…, thanked Europol, and …`, `…, dankte dem Vorsitz und …`,
 *   `…, hob … hervor und …`, `…, bedankte het voorzitterschap en …`, `…, podziękował prezydencji i …`): no part of it;
 * - another decision verb after a comma whose object has no determiner or whose auxiliary is left out (`COSI took note of
 *   the report prepared by the Presidency, welcomed progress and …`, `…, salué les progrès et approuvé …`, `…, accolto con
 *   favore le proposte e approvato …`), and the same in the other versions (`…, begrüßte Fortschritte und …`,
 *   `…, verwelkomde vooruitgang en …`, `…, z zadowoleniem przyjął postępy i …`): a decision of its own, no part of it;
 * - an aside of when or how between commas before the object (`COSI took note, after a discussion, of the report …`,
 *   `Le comité a pris note, après un échange de vues, du rapport …`, `Der Ausschuss billigte, wie vom Vorsitz
 *   vorgeschlagen, den Entwurf …`, `El Comité tomó nota, tras un intercambio de puntos de vista, del informe …`, `Il
 *   comitato ha preso atto, dopo uno scambio di opinioni, della relazione …`, `O Comité tomou nota, após uma troca de
 *   pontos de vista, do relatório …`, `Het Comité heeft, na een gedachtewisseling, het verslag … goedgekeurd`, `Het
 *   Comité nam, na een bespreking, nota van …`): no part of what was decided, and a note's satisfaction set so a
 *   welcome (`took note, with satisfaction, of the progress report`);
 * and the Estonian postponement with where to after its particle (`Komitee lükkas arutelu edasi järgmisele koosolekule.`),
 * read as the impersonal `Arutelu lükati edasi järgmisele koosolekule.` is.
 * Written by hand as the versions word them; before 7 December 2026 each object ran on over the clause, lost the
 * document, or (Estonian) was no decision; the clauses of when, until the evening of 7 December 2026; until the night of
 * 7 December 2026 each object after an aside opened with the aside (`after a discussion, of the report …`), and the
 * note with satisfaction set as an aside was a note of `with satisfaction, of the progress report`; until 8 December
 * 2026 the German, Dutch and Polish objects ran on over the next verb, and a clause of when outside the six versions
 * that read one ran into the object; until the morning of 8 December 2026 the English note ran on over `, welcomed progress`
 * (no welcome read), the French and Italian ones over a participle without its auxiliary, and the Dutch `nam, na een
 * bespreking, nota van …` was no note.
 */
const CASES: Record<string, { sentences: string[]; decisions: Array<[by: string, verb: string, object: string, references: string[]]> }> = {
  en: {
    sentences: [
      'The Committee took note of the briefing by CTG and the intervention by Europol, welcoming and supporting the ongoing cooperation, while underlining that security remains a national responsibility.',
      'The Committee approved the conclusions set out in 13802/25 when the Presidency presented its report.',
      'COSI took note, after a discussion, of the report on the implementation of the roadmap set out in 13805/25.',
      'The Committee endorsed, following an exchange of views, the draft guidelines on information exchange.',
      'The Committee took note, with satisfaction, of the progress report.',
      'COSI took note, thanked the Presidency, and endorsed the conclusions.',
      'COSI took note of the report, thanked the Presidency, and endorsed the draft guidelines.',
      'COSI took note of the annual report, thanked Europol, and endorsed the action plan.',
      'COSI took note of the report prepared by the Presidency, welcomed progress and endorsed the recommendations.',
    ],
    decisions: [
      ['COSI', 'took-note', 'the briefing by CTG and the intervention by Europol', []],
      ['COSI', 'approved', 'the conclusions set out in 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'the report on the implementation of the roadmap set out in 13805/25', ['13805/25']],
      ['COSI', 'endorsed', 'the draft guidelines on information exchange', []],
      ['COSI', 'welcomed', 'the progress report', []],
      ['COSI', 'took-note', 'Fight against organised crime', []],
      ['COSI', 'endorsed', 'the conclusions', []],
      ['COSI', 'took-note', 'the report', []],
      ['COSI', 'endorsed', 'the draft guidelines', []],
      ['COSI', 'took-note', 'the annual report', []],
      ['COSI', 'endorsed', 'the action plan', []],
      ['COSI', 'took-note', 'the report prepared by the Presidency', []],
      ['COSI', 'welcomed', 'progress', []],
      ['COSI', 'endorsed', 'the recommendations', []],
    ],
  },
  fr: {
    sentences: [
      "Le comité a pris note de l'exposé du GAT et de l'intervention d'Europol, saluant et soutenant la coopération en cours, tout en soulignant que la sécurité relève de la responsabilité nationale.",
      'Le comité est convenu du projet de rapport au Parlement européen, qui figure dans le document 13802/25.',
      'Le comité a approuvé les conclusions figurant dans le document 13803/25 lorsque la présidence a présenté son rapport.',
      'Le comité a pris note, après un échange de vues, du rapport sur la mise en œuvre de la feuille de route.',
      'Le comité a pris note du rapport, a remercié la présidence et a approuvé les conclusions.',
      'Le comité a pris note du rapport établi par la présidence, salué les progrès et approuvé les recommandations.',
    ],
    decisions: [
      ['COSI', 'took-note', "l'exposé du GAT et de l'intervention d'Europol", []],
      ['COSI', 'agreed', 'du projet de rapport au Parlement européen, qui figure dans le document 13802/25', ['13802/25']],
      ['COSI', 'approved', 'les conclusions figurant dans le document 13803/25', ['13803/25']],
      ['COSI', 'took-note', 'du rapport sur la mise en œuvre de la feuille de route', []],
      ['COSI', 'took-note', 'du rapport', []],
      ['COSI', 'approved', 'les conclusions', []],
      ['COSI', 'took-note', 'du rapport établi par la présidence', []],
      ['COSI', 'welcomed', 'les progrès', []],
      ['COSI', 'approved', 'les recommandations', []],
    ],
  },
  it: {
    sentences: [
      "Il comitato ha preso atto del briefing del CTG e dell'intervento di Europol, accogliendo con favore e sostenendo la cooperazione in corso, pur sottolineando che la sicurezza è una responsabilità nazionale.",
      'Il comitato ha convenuto sul progetto di relazione al Parlamento europeo, che figura nel documento 13802/25.',
      'Il comitato ha approvato le conclusioni che figurano nel documento 13803/25 quando la Presidenza ha presentato la sua relazione.',
      "Il comitato ha preso atto, dopo uno scambio di opinioni, della relazione sull'attuazione della tabella di marcia.",
      'Il comitato ha preso atto della relazione, ha ringraziato la Presidenza e ha approvato le conclusioni.',
      'Il comitato ha preso atto della relazione elaborata dalla Presidenza, ha accolto con favore i progressi e ha approvato le raccomandazioni.',
      'Il comitato ha preso atto del documento di sintesi, accolto con favore le proposte e approvato il mandato.',
    ],
    decisions: [
      ['COSI', 'took-note', "del briefing del CTG e dell'intervento di Europol", []],
      ['COSI', 'agreed', 'sul progetto di relazione al Parlamento europeo, che figura nel documento 13802/25', ['13802/25']],
      ['COSI', 'approved', 'le conclusioni che figurano nel documento 13803/25', ['13803/25']],
      ['COSI', 'took-note', "della relazione sull'attuazione della tabella di marcia", []],
      ['COSI', 'took-note', 'della relazione', []],
      ['COSI', 'approved', 'le conclusioni', []],
      ['COSI', 'took-note', 'della relazione elaborata dalla Presidenza', []],
      ['COSI', 'welcomed', 'i progressi', []],
      ['COSI', 'approved', 'le raccomandazioni', []],
      ['COSI', 'took-note', 'del documento di sintesi', []],
      ['COSI', 'welcomed', 'le proposte', []],
      ['COSI', 'approved', 'il mandato', []],
    ],
  },
  de: {
    sentences: [
      'Der Ausschuss billigte den Entwurf von Schlussfolgerungen in der Fassung des Dokuments 13802/25, der dem AStV als I/A-Punkt vorgelegt werden soll.',
      'Der Ausschuss begrüßte den Bericht, der in Dokument 13803/25 enthalten ist.',
      'Der Ausschuss billigte die Schlussfolgerungen in Dokument 13804/25, als der Vorsitz seinen Bericht vorstellte.',
      'Der Ausschuss billigte, wie vom Vorsitz vorgeschlagen, den Entwurf von Leitlinien für den Informationsaustausch.',
      'Der Ausschuss nahm nach einer Aussprache den Bericht zur Kenntnis.',
      'Der Ausschuss nahm mit Genugtuung den Bericht zur Kenntnis.',
      'Der Ausschuss nahm den Fortschrittsbericht zur Kenntnis, dankte dem Vorsitz und billigte die Schlussfolgerungen.',
      'Der Ausschuss billigte den Jahresbericht, dankte dem Vorsitz und nahm den Zeitplan an.',
      'Der Ausschuss billigte den Aktionsplan, hob die Bedeutung der Zusammenarbeit hervor und nahm die Leitlinien an.',
      'Der Ausschuss nahm die Präsentation zur Kenntnis, dankte Europol und billigte das Arbeitsprogramm.',
      'Der Ausschuss nahm das Sachstandspapier zur Kenntnis, hob die Fortschritte hervor und billigte die Empfehlungen.',
      'Der Ausschuss nahm den vom Vorsitz erstellten Bericht zur Kenntnis, begrüßte Fortschritte und billigte das Mandat.',
    ],
    decisions: [
      ['COSI', 'approved', 'den Entwurf von Schlussfolgerungen in der Fassung des Dokuments 13802/25', ['13802/25']],
      ['COSI', 'welcomed', 'den Bericht, der in Dokument 13803/25 enthalten ist', ['13803/25']],
      ['COSI', 'approved', 'die Schlussfolgerungen in Dokument 13804/25', ['13804/25']],
      ['COSI', 'approved', 'den Entwurf von Leitlinien für den Informationsaustausch', []],
      ['COSI', 'took-note', 'den Bericht', []],
      ['COSI', 'welcomed', 'den Bericht', []],
      ['COSI', 'took-note', 'den Fortschrittsbericht', []],
      ['COSI', 'approved', 'die Schlussfolgerungen', []],
      ['COSI', 'approved', 'den Jahresbericht', []],
      ['COSI', 'adopted', 'den Zeitplan', []],
      ['COSI', 'approved', 'den Aktionsplan', []],
      ['COSI', 'adopted', 'die Leitlinien', []],
      ['COSI', 'took-note', 'die Präsentation', []],
      ['COSI', 'approved', 'das Arbeitsprogramm', []],
      ['COSI', 'took-note', 'das Sachstandspapier', []],
      ['COSI', 'approved', 'die Empfehlungen', []],
      ['COSI', 'took-note', 'den vom Vorsitz erstellten Bericht', []],
      ['COSI', 'welcomed', 'Fortschritte', []],
      ['COSI', 'approved', 'das Mandat', []],
    ],
  },
  es: {
    sentences: [
      'El Comité aprobó las conclusiones que figuran en el documento 13802/25 cuando la Presidencia presentó su informe.',
      'El Comité tomó nota, tras un intercambio de puntos de vista, del informe sobre la aplicación de la hoja de ruta.',
      'El Comité tomó nota del informe, agradeció a la Presidencia y aprobó las conclusiones.',
      'El Comité tomó nota del informe elaborado por la Presidencia, acogió con satisfacción los progresos y aprobó las recomendaciones.',
    ],
    decisions: [
      ['COSI', 'approved', 'las conclusiones que figuran en el documento 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'del informe sobre la aplicación de la hoja de ruta', []],
      ['COSI', 'took-note', 'del informe', []],
      ['COSI', 'approved', 'las conclusiones', []],
      ['COSI', 'took-note', 'del informe elaborado por la Presidencia', []],
      ['COSI', 'welcomed', 'los progresos', []],
      ['COSI', 'approved', 'las recomendaciones', []],
    ],
  },
  pt: {
    sentences: [
      'O Comité aprovou as conclusões constantes do documento 13802/25 quando a Presidência apresentou o seu relatório.',
      'O Comité tomou nota, após uma troca de pontos de vista, do relatório sobre a execução do roteiro.',
      'O Comité tomou nota do relatório, agradeceu à Presidência e aprovou as conclusões.',
      'O Comité tomou nota do relatório elaborado pela Presidência, congratulou-se com os progressos e aprovou as recomendações.',
    ],
    decisions: [
      ['COSI', 'approved', 'as conclusões constantes do documento 13802/25', ['13802/25']],
      ['COSI', 'took-note', 'do relatório sobre a execução do roteiro', []],
      ['COSI', 'took-note', 'do relatório', []],
      ['COSI', 'approved', 'as conclusões', []],
      ['COSI', 'took-note', 'do relatório elaborado pela Presidência', []],
      ['COSI', 'welcomed', 'os progressos', []],
      ['COSI', 'approved', 'as recomendações', []],
    ],
  },
  nl: {
    sentences: [
      'Het Comité heeft, na een gedachtewisseling, het verslag over de uitvoering van de routekaart goedgekeurd.',
      'Het Comité nam nota van het jaarverslag, bedankte het voorzitterschap en keurde de conclusies goed.',
      'Het Comité nam nota van de presentatie, dankte Europol en keurde het actieplan goed.',
      'Het Comité nam nota van het verslag toen het voorzitterschap het presenteerde.',
      'Het comité keurde de conclusies in document 13806/25 goed toen het voorzitterschap zijn verslag presenteerde.',
      'Het Comité nam nota van het door het voorzitterschap opgestelde verslag, verwelkomde vooruitgang en keurde de aanbevelingen goed.',
      'Het Comité nam, na een bespreking, nota van het voortgangsverslag over de routekaart.',
    ],
    decisions: [
      ['COSI', 'approved', 'het verslag over de uitvoering van de routekaart', []],
      ['COSI', 'took-note', 'het jaarverslag', []],
      ['COSI', 'approved', 'de conclusies', []],
      ['COSI', 'took-note', 'de presentatie', []],
      ['COSI', 'approved', 'het actieplan', []],
      ['COSI', 'took-note', 'het verslag', []],
      ['COSI', 'approved', 'de conclusies in document 13806/25', ['13806/25']],
      ['COSI', 'took-note', 'het door het voorzitterschap opgestelde verslag', []],
      ['COSI', 'welcomed', 'vooruitgang', []],
      ['COSI', 'approved', 'de aanbevelingen', []],
      ['COSI', 'took-note', 'het voortgangsverslag over de routekaart', []],
    ],
  },
  pl: {
    sentences: [
      'Komitet przyjął, po dyskusji, do wiadomości sprawozdanie.',
      'Komitet przyjął, w obecnym brzmieniu, konkluzje.',
      'Komitet przyjął do wiadomości prezentację Europolu, podziękował prezydencji i zatwierdził plan działania.',
      'Komitet zatwierdził konkluzje zawarte w dokumencie 13806/25, kiedy prezydencja przedstawiła swoje sprawozdanie.',
      'Komitet przyjął do wiadomości sprawozdanie przygotowane przez prezydencję, z zadowoleniem przyjął postępy i zatwierdził konkluzje.',
    ],
    decisions: [
      ['COSI', 'took-note', 'sprawozdanie', []],
      ['COSI', 'adopted', 'konkluzje', []],
      ['COSI', 'took-note', 'prezentację Europolu', []],
      ['COSI', 'approved', 'plan działania', []],
      ['COSI', 'approved', 'konkluzje zawarte w dokumencie 13806/25', ['13806/25']],
      ['COSI', 'took-note', 'sprawozdanie przygotowane przez prezydencję', []],
      ['COSI', 'welcomed', 'postępy', []],
      ['COSI', 'approved', 'konkluzje', []],
    ],
  },
  cs: {
    sentences: ['Výbor schválil závěry uvedené v dokumentu 13806/25, když předsednictví představilo svou zprávu.'],
    decisions: [['COSI', 'approved', 'závěry uvedené v dokumentu 13806/25', ['13806/25']]],
  },
  sk: {
    sentences: ['Výbor schválil závery uvedené v dokumente 13806/25, keď predsedníctvo predstavilo svoju správu.'],
    decisions: [['COSI', 'approved', 'závery uvedené v dokumente 13806/25', ['13806/25']]],
  },
  sl: {
    sentences: ['Odbor je odobril sklepe iz dokumenta 13806/25, ko je predsedstvo predstavilo svoje poročilo.'],
    decisions: [['COSI', 'approved', 'sklepe iz dokumenta 13806/25', ['13806/25']]],
  },
  hr: {
    sentences: ['Odbor je odobrio zaključke iz dokumenta 13806/25 kada je predsjedništvo predstavilo svoje izvješće.'],
    decisions: [['COSI', 'approved', 'zaključke iz dokumenta 13806/25', ['13806/25']]],
  },
  ro: {
    sentences: ['Comitetul a aprobat concluziile prezentate în documentul 13806/25 când președinția și-a prezentat raportul.'],
    decisions: [['COSI', 'approved', 'concluziile prezentate în documentul 13806/25', ['13806/25']]],
  },
  bg: {
    sentences: ['Комитетът одобри заключенията, съдържащи се в 13806/25, когато председателството представи своя доклад.'],
    decisions: [['COSI', 'approved', 'заключенията, съдържащи се в 13806/25', ['13806/25']]],
  },
  el: {
    sentences: ['Η Μόνιμη Επιτροπή ενέκρινε τα συμπεράσματα του εγγράφου 13806/25 όταν η Προεδρία παρουσίασε την έκθεσή της.'],
    decisions: [['COSI', 'approved', 'τα συμπεράσματα του εγγράφου 13806/25', ['13806/25']]],
  },
  hu: {
    sentences: ['A bizottság jóváhagyta a 13806/25 dokumentumban foglalt következtetéseket, amikor az elnökség bemutatta jelentését.'],
    decisions: [['COSI', 'approved', 'a 13806/25 dokumentumban foglalt következtetéseket', ['13806/25']]],
  },
  da: {
    sentences: ['Komitéen godkendte konklusionerne i 13806/25, da formandskabet fremlagde sin rapport.'],
    decisions: [['COSI', 'approved', 'konklusionerne i 13806/25', ['13806/25']]],
  },
  sv: {
    sentences: ['Kommittén godkände slutsatserna i dokument 13806/25 när ordförandeskapet lade fram sin rapport.'],
    decisions: [['COSI', 'approved', 'slutsatserna i dokument 13806/25', ['13806/25']]],
  },
  fi: {
    sentences: ['Komitea hyväksyi asiakirjassa 13806/25 esitetyt päätelmät, kun puheenjohtajavaltio esitteli raporttinsa.'],
    decisions: [['COSI', 'approved', 'asiakirjassa 13806/25 esitetyt päätelmät', ['13806/25']]],
  },
  lv: {
    sentences: ['Komiteja apstiprināja dokumentā 13806/25 izklāstītos secinājumus, kad prezidentvalsts iepazīstināja ar savu ziņojumu.'],
    decisions: [['COSI', 'approved', 'dokumentā 13806/25 izklāstītos secinājumus', ['13806/25']]],
  },
  lt: {
    sentences: ['Komitetas pritarė dokumente 13806/25 pateiktoms išvadoms, kai pirmininkaujanti valstybė narė pristatė savo ataskaitą.'],
    decisions: [['COSI', 'approved', 'dokumente 13806/25 pateiktoms išvadoms', ['13806/25']]],
  },
  mt: {
    sentences: ['Il-Kumitat approva l-konklużjonijiet stabbiliti fid-dokument 13806/25 meta l-Presidenza ppreżentat ir-rapport tagħha.'],
    decisions: [['COSI', 'approved', 'l-konklużjonijiet stabbiliti fid-dokument 13806/25', ['13806/25']]],
  },
  ga: {
    sentences: ["D'fhormheas an Coiste na conclúidí atá leagtha amach in 13806/25 nuair a chuir an Uachtaránacht a tuarascáil i láthair."],
    decisions: [['COSI', 'approved', 'na conclúidí atá leagtha amach in 13806/25', ['13806/25']]],
  },
  et: {
    sentences: ['Komitee lükkas arutelu edasi järgmisele koosolekule.'],
    decisions: [['COSI', 'postponed', 'arutelu järgmisele koosolekule', []]],
  },
};

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose item 3 ends its objects before a clause, or keeps the document', (language, written) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', written.sentences.join(' ')];
  it.each(OUTCOME_COPIES)('reads who decided what, each object as written (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/clause-ends-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items[2]?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual(written.decisions);
  });
});

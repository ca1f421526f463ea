import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`), its three items written anew in each version the way the
 * register's outcomes record who decided and how: the committee's members as its subject (`Les membres du COSI ont
 * soutenu …`, `Die Mitglieder des COSI …`, `Členové výboru COSI …`), a passive whose agent the version declines or
 * joins by its own word (`schválena Radou`, `s strani Sveta`, `godkändes av rådet`, `hyväksyttiin neuvostossa`), a
 * subject holding a relative clause (`El informe que figura en el documento …`, `Le projet, qui figure dans …,`), a
 * written procedure with the day it ended, before the meeting (`by silence procedure on 10 November 2025`), and a text
 * approved unchanged (`without amendment`, `sans modification`, `ohne Änderungen`). Each decision is written by reading
 * its sentence: who (`COSI` for the committee and its members, `the Council`, null where nobody is named), the verb,
 * what, and how (the procedure with its day, or the unchanged text; null where the sentence says nothing of it).
 */
type Decision = [by: string | null, verb: string, object: string, how: string | null];

interface Case {
  sentences: [string, string, string];
  decisions: [Decision[], Decision[], Decision[]];
}

const CASES: Record<string, Case> = {
  en: {
    sentences: [
      'Members of COSI supported the approach set out in 14470/25.',
      'The draft conclusions set out in 13802/25 were approved by silence procedure on 10 November 2025.',
      'The report in 9001/25 was approved without amendment.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'the approach set out in 14470/25', null]],
      [[null, 'approved', 'the draft conclusions set out in 13802/25', 'by silence procedure on 10 November 2025']],
      [[null, 'approved', 'the report in 9001/25', 'without amendment']],
    ],
  },
  fr: {
    sentences: [
      "Les membres du COSI ont soutenu l'approche proposée par la présidence dans le document 14470/25.",
      'Le projet de conclusions, qui figure dans le document 13802/25, a été approuvé par procédure écrite le 10 novembre 2025.',
      'Le rapport figurant dans le document 9001/25 a été approuvé sans modification.',
    ],
    decisions: [
      [['COSI', 'endorsed', "l'approche proposée par la présidence dans le document 14470/25", null]],
      [[null, 'approved', 'le projet de conclusions, qui figure dans le document 13802/25', 'par procédure écrite le 10 novembre 2025']],
      [[null, 'approved', 'le rapport figurant dans le document 9001/25', 'sans modification']],
    ],
  },
  de: {
    sentences: [
      'Die Mitglieder des COSI unterstützten den Ansatz des Vorsitzes in Dokument 14470/25.',
      'Der Entwurf von Schlussfolgerungen in Dokument 13802/25 wurde am 10. November 2025 im schriftlichen Verfahren gebilligt.',
      'Der Bericht in Dokument 9001/25 wurde ohne Änderungen gebilligt.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'den Ansatz des Vorsitzes in Dokument 14470/25', null]],
      [[null, 'approved', 'der Entwurf von Schlussfolgerungen in Dokument 13802/25', 'am 10. November 2025 im schriftlichen Verfahren']],
      [[null, 'approved', 'der Bericht in Dokument 9001/25', 'ohne Änderungen']],
    ],
  },
  es: {
    sentences: [
      'Los miembros del COSI apoyaron el enfoque de la Presidencia expuesto en el documento 14470/25.',
      'El proyecto de Conclusiones que figura en el documento 13802/25 fue aprobado mediante procedimiento escrito el 10 de noviembre de 2025.',
      'El informe que figura en el documento 9001/25 fue aprobado sin modificaciones.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'el enfoque de la Presidencia expuesto en el documento 14470/25', null]],
      [[null, 'approved', 'el proyecto de Conclusiones que figura en el documento 13802/25', 'mediante procedimiento escrito el 10 de noviembre de 2025']],
      [[null, 'approved', 'el informe que figura en el documento 9001/25', 'sin modificaciones']],
    ],
  },
  it: {
    sentences: [
      'I membri del COSI hanno preso atto della nota della presidenza (14470/25).',
      'La relazione che figura nel documento 13802/25 è stata approvata mediante procedura scritta il 10 novembre 2025.',
      'Le conclusioni che figurano nel documento 9001/25 sono state approvate senza modifiche.',
    ],
    decisions: [
      [['COSI', 'took-note', 'della nota della presidenza (14470/25)', null]],
      [[null, 'approved', 'la relazione che figura nel documento 13802/25', 'mediante procedura scritta il 10 novembre 2025']],
      [[null, 'approved', 'le conclusioni che figurano nel documento 9001/25', 'senza modifiche']],
    ],
  },
  nl: {
    sentences: [
      'De leden van het COSI steunden de aanpak van het voorzitterschap in document 14470/25.',
      'Het ontwerp van conclusies in document 13802/25 werd op 10 november 2025 via de schriftelijke procedure goedgekeurd.',
      'Het verslag in document 9001/25 werd zonder wijzigingen goedgekeurd.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'de aanpak van het voorzitterschap in document 14470/25', null]],
      [[null, 'approved', 'het ontwerp van conclusies in document 13802/25', 'op 10 november 2025 via de schriftelijke procedure']],
      [[null, 'approved', 'het verslag in document 9001/25', 'zonder wijzigingen']],
    ],
  },
  pt: {
    sentences: [
      'Os membros do COSI apoiaram a abordagem da Presidência constante do documento 14470/25.',
      'O relatório que consta do documento 13802/25 foi aprovado por procedimento escrito em 10 de novembro de 2025.',
      'As conclusões que constam do documento 9001/25 foram aprovadas sem alterações.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'a abordagem da Presidência constante do documento 14470/25', null]],
      [[null, 'approved', 'o relatório que consta do documento 13802/25', 'por procedimento escrito em 10 de novembro de 2025']],
      [[null, 'approved', 'as conclusões que constam do documento 9001/25', 'sem alterações']],
    ],
  },
  cs: {
    sentences: [
      'Členové výboru COSI vzali na vědomí informace předsednictví (14470/25).',
      'Zpráva uvedená v dokumentu 13802/25 byla schválena Radou.',
      'Závěry uvedené v dokumentu 9001/25 byly schváleny Coreperem beze změn.',
    ],
    decisions: [
      [['COSI', 'took-note', 'informace předsednictví (14470/25)', null]],
      [['the Council', 'approved', 'zpráva uvedená v dokumentu 13802/25', null]],
      [['Coreper', 'approved', 'závěry uvedené v dokumentu 9001/25', 'beze změn']],
    ],
  },
  sk: {
    sentences: [
      'Členovia výboru COSI vzali na vedomie informácie predsedníctva (14470/25).',
      'Správa uvedená v dokumente 13802/25 bola schválená Radou.',
      'Závery uvedené v dokumente 9001/25 boli schválené Coreperom bez zmien.',
    ],
    decisions: [
      [['COSI', 'took-note', 'informácie predsedníctva (14470/25)', null]],
      [['the Council', 'approved', 'správa uvedená v dokumente 13802/25', null]],
      [['Coreper', 'approved', 'závery uvedené v dokumente 9001/25', 'bez zmien']],
    ],
  },
  sl: {
    sentences: [
      'Člani odbora COSI so se seznanili z informacijami predsedstva (14470/25).',
      'Poročilo iz dokumenta 13802/25 je bilo odobreno s strani Sveta.',
      'Sklepi iz dokumenta 9001/25 so bili sprejeti brez sprememb.',
    ],
    decisions: [
      [['COSI', 'took-note', 'informacijami predsedstva (14470/25)', null]],
      [['the Council', 'approved', 'poročilo iz dokumenta 13802/25', null]],
      [[null, 'adopted', 'sklepi iz dokumenta 9001/25', 'brez sprememb']],
    ],
  },
  sv: {
    sentences: [
      'Medlemmarna i COSI noterade ordförandeskapets information (14470/25).',
      'Rapporten i dokument 13802/25 godkändes av rådet.',
      'Slutsatserna i dokument 9001/25 godkändes av kommittén utan ändringar.',
    ],
    decisions: [
      [['COSI', 'took-note', 'ordförandeskapets information (14470/25)', null]],
      [['the Council', 'approved', 'rapporten i dokument 13802/25', null]],
      [['COSI', 'approved', 'slutsatserna i dokument 9001/25', 'utan ändringar']],
    ],
  },
  fi: {
    sentences: [
      'COSI:n jäsenet panivat merkille puheenjohtajavaltion tiedotuksen (14470/25).',
      'Asiakirjassa 13802/25 oleva kertomus hyväksyttiin neuvostossa.',
      'Asiakirjassa 9001/25 esitetyt päätelmät hyväksyttiin komiteassa ilman muutoksia.',
    ],
    decisions: [
      [['COSI', 'took-note', 'puheenjohtajavaltion tiedotuksen (14470/25)', null]],
      [['the Council', 'approved', 'asiakirjassa 13802/25 oleva kertomus', null]],
      [['COSI', 'approved', 'asiakirjassa 9001/25 esitetyt päätelmät', 'ilman muutoksia']],
    ],
  },
  da: {
    sentences: [
      'Medlemmerne af COSI noterede sig formandskabets orientering (14470/25).',
      'Rapporten i dokument 13802/25 godkendtes af Rådet.',
      'Konklusionerne i dokument 9001/25 blev godkendt uden ændringer.',
    ],
    decisions: [
      [['COSI', 'took-note', 'formandskabets orientering (14470/25)', null]],
      [['the Council', 'approved', 'rapporten i dokument 13802/25', null]],
      [[null, 'approved', 'konklusionerne i dokument 9001/25', 'uden ændringer']],
    ],
  },
  // The committee's members as its subject in the versions committee-members.ts reads since 8 more (Greek, Hungarian,
  // Bulgarian, Estonian, Latvian, Lithuanian, Maltese, Irish), and a Croatian perfect whose auxiliary follows its
  // participle, as a clause with a long subject orders them (`Članovi Odbora COSI primili su …`, `Odbor COSI odobrio je …`).
  el: {
    sentences: [
      'Τα μέλη της COSI υποστήριξαν την προσέγγιση που περιγράφεται στο 14470/25.',
      'Τα μέλη της Μόνιμης Επιτροπής σημείωσαν την ενημέρωση της Προεδρίας (13802/25).',
      'Τα μέλη της επιτροπής ενέκριναν τα συμπεράσματα του εγγράφου 9001/25.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'την προσέγγιση που περιγράφεται στο 14470/25', null]],
      [['COSI', 'took-note', 'την ενημέρωση της Προεδρίας (13802/25)', null]],
      [['COSI', 'approved', 'τα συμπεράσματα του εγγράφου 9001/25', null]],
    ],
  },
  hu: {
    sentences: [
      'A COSI tagjai támogatták a 14470/25 dokumentumban ismertetett megközelítést.',
      'A bizottság tagjai tudomásul vették az elnökség tájékoztatását (13802/25).',
      'A COSI tagjai jóváhagyták a 9001/25 dokumentumban foglalt következtetéseket.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'a 14470/25 dokumentumban ismertetett megközelítést', null]],
      [['COSI', 'took-note', 'az elnökség tájékoztatását (13802/25)', null]],
      [['COSI', 'approved', 'a 9001/25 dokumentumban foglalt következtetéseket', null]],
    ],
  },
  bg: {
    sentences: [
      'Членовете на КОСИ подкрепиха подхода, изложен в 14470/25.',
      'Членовете на Комитета взеха под внимание информацията от председателството (13802/25).',
      'Членовете на COSI одобриха заключенията в документ 9001/25.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'подхода, изложен в 14470/25', null]],
      [['COSI', 'took-note', 'информацията от председателството (13802/25)', null]],
      [['COSI', 'approved', 'заключенията в документ 9001/25', null]],
    ],
  },
  et: {
    sentences: [
      'COSI liikmed toetasid dokumendis 14470/25 esitatud lähenemisviisi.',
      'Komitee liikmed võtsid eesistujariigi teabe (13802/25) teadmiseks.',
      'COSI liikmed kiitsid heaks dokumendis 9001/25 esitatud järeldused.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'dokumendis 14470/25 esitatud lähenemisviisi', null]],
      [['COSI', 'took-note', 'eesistujariigi teabe (13802/25)', null]],
      [['COSI', 'approved', 'dokumendis 9001/25 esitatud järeldused', null]],
    ],
  },
  lv: {
    sentences: [
      'COSI locekļi atbalstīja dokumentā 14470/25 izklāstīto pieeju.',
      'Komitejas locekļi pieņēma zināšanai prezidentvalsts sniegto informāciju (13802/25).',
      'COSI locekļi apstiprināja dokumentā 9001/25 izklāstītos secinājumus.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'dokumentā 14470/25 izklāstīto pieeju', null]],
      [['COSI', 'took-note', 'prezidentvalsts sniegto informāciju (13802/25)', null]],
      [['COSI', 'approved', 'dokumentā 9001/25 izklāstītos secinājumus', null]],
    ],
  },
  lt: {
    sentences: [
      'COSI nariai palaikė dokumente 14470/25 išdėstytą požiūrį.',
      'Komiteto nariai atsižvelgė į pirmininkaujančiosios valstybės narės informaciją (13802/25).',
      'COSI nariai pritarė dokumente 9001/25 pateiktoms išvadoms.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'dokumente 14470/25 išdėstytą požiūrį', null]],
      [['COSI', 'took-note', 'pirmininkaujančiosios valstybės narės informaciją (13802/25)', null]],
      [['COSI', 'approved', 'dokumente 9001/25 pateiktoms išvadoms', null]],
    ],
  },
  mt: {
    sentences: [
      'Il-membri tal-COSI appoġġaw l-approċċ stabbilit fid-dokument 14470/25.',
      'Il-membri tal-Kumitat ħadu nota tal-informazzjoni mill-Presidenza (13802/25).',
      'Il-membri tal-COSI approvaw il-konklużjonijiet stabbiliti fid-dokument 9001/25.',
    ],
    decisions: [
      [['COSI', 'endorsed', 'l-approċċ stabbilit fid-dokument 14470/25', null]],
      [['COSI', 'took-note', 'tal-informazzjoni mill-Presidenza (13802/25)', null]],
      [['COSI', 'approved', 'il-konklużjonijiet stabbiliti fid-dokument 9001/25', null]],
    ],
  },
  ga: {
    sentences: [
      'Thacaigh comhaltaí COSI leis an gcur chuige atá leagtha amach in 14470/25.',
      'Thug comhaltaí an Choiste dá n-aire an fhaisnéis ón Uachtaránacht (13802/25).',
      "D'fhormheas comhaltaí COSI na conclúidí atá leagtha amach in 9001/25.",
    ],
    decisions: [
      [['COSI', 'endorsed', 'leis an gcur chuige atá leagtha amach in 14470/25', null]],
      [['COSI', 'took-note', 'an fhaisnéis ón Uachtaránacht (13802/25)', null]],
      [['COSI', 'approved', 'na conclúidí atá leagtha amach in 9001/25', null]],
    ],
  },
  hr: {
    sentences: [
      'Članovi Odbora COSI primili su na znanje informacije predsjedništva (14470/25).',
      'Odbor COSI odobrio je zaključke iz dokumenta 13802/25.',
      'Predsjedništvo pozvalo je izaslanstva da dostave pisane primjedbe.',
    ],
    decisions: [
      [['COSI', 'took-note', 'informacije predsjedništva (14470/25)', null]],
      [['COSI', 'approved', 'zaključke iz dokumenta 13802/25', null]],
      [['the Presidency', 'invited', 'izaslanstva da dostave pisane primjedbe', null]],
    ],
  },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/**
 * The shapes each version is read in: all four, but a Finnish page run into one line, whose passive's subject opens with a
 * noun in any case (`Asiakirjassa 13802/25 oleva kertomus hyväksyttiin …`) that no word tells from the title's last
 * words before it (`Puheenjohtajavaltion tiedotus Asiakirjassa …`).
 */
const shapesOf = (language: string): readonly OutcomeShape[] => (language === 'fi' ? SHAPES.filter((shape) => shape !== 'flattened') : SHAPES);

describe.each(Object.entries(CASES))('the outcome 14470/25 in %s whose items say who decided and how', (language, { sentences, decisions }) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  it.each(shapesOf(language))('reads each decision with who took it and how, apart from what was decided (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/deciders-${language}.txt`));
    expect([record.number, record.language, record.meeting?.dates]).toEqual(['14470/25', language, ['2025-11-18', '2025-11-19']]);
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.items.map((item) => item.decisions.map(({ by, verb, object, procedure }) => [by, verb, object, procedure ?? null]))).toEqual(decisions);
  });
});

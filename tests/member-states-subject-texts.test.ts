import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The Member States as a whole as the subject of what they noted and agreed, as the register's outcomes write it beside
 * the committee's decisions (15754/17 item 7: `Member States took note of the briefing by CTG and the intervention by
 * Europol, …`): the COSI outcome 14470/25 (tests/fixtures/outcome-languages/outcomes.json) whose item 3 records, instead
 * of the committee's approval, that the Member States took note of the Presidency's briefing, agreed on the way forward
 * set out in 13802/25 and supported the approach set out there, written by hand in the 24 versions as they name the
 * Member States (`Die Mitgliedstaaten nahmen … zur Kenntnis`, `Les États membres ont pris note …`, `Gli Stati membri
 * hanno preso atto …`, `Thug na Ballstáit dá n-aire …`). Their note and their agreement are decisions by `Member
 * States`, one name in every version, as `Delegations` is; their support is their position, named by the subject as
 * printed (delegations-support.ts), not a decision. Until 7 December 2026 only the English subject was read: the 23
 * other versions read neither decision.
 */
const MEMBER_STATES: Record<
  string,
  { subject: string; noted: [sentence: string, object: string]; agreed: [sentence: string, object: string]; support: string }
> = {
  en: {
    subject: 'Member States',
    noted: ['Member States took note of the briefing by the Presidency.', 'the briefing by the Presidency'],
    agreed: ['Member States agreed on the way forward set out in 13802/25.', 'on the way forward set out in 13802/25'],
    support: 'Member States generally supported the approach set out in 13802/25.',
  },
  fr: {
    subject: 'Les États membres',
    noted: ["Les États membres ont pris note de l'exposé de la présidence.", "l'exposé de la présidence"],
    agreed: [
      'Les États membres sont convenus de la marche à suivre exposée dans le document 13802/25.',
      'de la marche à suivre exposée dans le document 13802/25',
    ],
    support: "Les États membres ont, dans l'ensemble, soutenu l'approche exposée dans le document 13802/25.",
  },
  de: {
    subject: 'Die Mitgliedstaaten',
    noted: ['Die Mitgliedstaaten nahmen die Unterrichtung durch den Vorsitz zur Kenntnis.', 'die Unterrichtung durch den Vorsitz'],
    agreed: [
      'Die Mitgliedstaaten einigten sich auf das in Dokument 13802/25 dargelegte weitere Vorgehen.',
      'auf das in Dokument 13802/25 dargelegte weitere Vorgehen',
    ],
    support: 'Die Mitgliedstaaten unterstützten weitgehend den in Dokument 13802/25 dargelegten Ansatz.',
  },
  es: {
    subject: 'Los Estados miembros',
    noted: ['Los Estados miembros tomaron nota de la información facilitada por la Presidencia.', 'la información facilitada por la Presidencia'],
    agreed: ['Los Estados miembros acordaron el camino a seguir expuesto en el documento 13802/25.', 'el camino a seguir expuesto en el documento 13802/25'],
    support: 'Los Estados miembros apoyaron en general el enfoque expuesto en el documento 13802/25.',
  },
  it: {
    subject: 'Gli Stati membri',
    noted: ['Gli Stati membri hanno preso atto del briefing della presidenza.', 'del briefing della presidenza'],
    agreed: [
      'Gli Stati membri hanno convenuto sulla via da seguire illustrata nel documento 13802/25.',
      'sulla via da seguire illustrata nel documento 13802/25',
    ],
    support: "Gli Stati membri hanno sostenuto in linea di massima l'approccio illustrato nel documento 13802/25.",
  },
  nl: {
    subject: 'De lidstaten',
    noted: ['De lidstaten namen nota van de briefing door het voorzitterschap.', 'de briefing door het voorzitterschap'],
    agreed: ['De lidstaten stemden in met de in document 13802/25 uiteengezette aanpak.', 'met de in document 13802/25 uiteengezette aanpak'],
    support: 'De lidstaten steunden in grote lijnen de in document 13802/25 uiteengezette aanpak.',
  },
  pt: {
    subject: 'Os Estados-Membros',
    noted: ['Os Estados-Membros tomaram nota da informação prestada pela Presidência.', 'da informação prestada pela Presidência'],
    agreed: ['Os Estados-Membros acordaram no caminho a seguir apresentado no documento 13802/25.', 'no caminho a seguir apresentado no documento 13802/25'],
    support: 'Os Estados-Membros apoiaram de um modo geral a abordagem apresentada no documento 13802/25.',
  },
  pl: {
    subject: 'Państwa członkowskie',
    noted: ['Państwa członkowskie przyjęły do wiadomości informacje prezydencji.', 'informacje prezydencji'],
    agreed: ['Państwa członkowskie uzgodniły dalsze działania przedstawione w dokumencie 13802/25.', 'dalsze działania przedstawione w dokumencie 13802/25'],
    support: 'Państwa członkowskie zasadniczo poparły podejście przedstawione w dokumencie 13802/25.',
  },
  sv: {
    subject: 'Medlemsstaterna',
    noted: ['Medlemsstaterna noterade ordförandeskapets information.', 'ordförandeskapets information'],
    agreed: ['Medlemsstaterna enades om den väg framåt som anges i dokument 13802/25.', 'den väg framåt som anges i dokument 13802/25'],
    support: 'Medlemsstaterna stödde i stort sett den strategi som anges i dokument 13802/25.',
  },
  da: {
    subject: 'Medlemsstaterne',
    noted: ['Medlemsstaterne noterede sig formandskabets orientering.', 'formandskabets orientering'],
    agreed: ['Medlemsstaterne enedes om den i dokument 13802/25 beskrevne vej frem.', 'den i dokument 13802/25 beskrevne vej frem'],
    support: 'Medlemsstaterne støttede generelt den tilgang, der er beskrevet i dokument 13802/25.',
  },
  fi: {
    subject: 'Jäsenvaltiot',
    noted: ['Jäsenvaltiot panivat merkille puheenjohtajavaltion tiedotuksen.', 'puheenjohtajavaltion tiedotuksen'],
    agreed: ['Jäsenvaltiot sopivat asiakirjassa 13802/25 esitetyistä jatkotoimista.', 'asiakirjassa 13802/25 esitetyistä jatkotoimista'],
    support: 'Jäsenvaltiot tukivat yleisesti asiakirjassa 13802/25 esitettyä lähestymistapaa.',
  },
  cs: {
    subject: 'Členské státy',
    noted: ['Členské státy vzaly na vědomí informace předsednictví.', 'informace předsednictví'],
    agreed: ['Členské státy se dohodly na dalším postupu uvedeném v dokumentu 13802/25.', 'na dalším postupu uvedeném v dokumentu 13802/25'],
    support: 'Členské státy obecně podpořily přístup uvedený v dokumentu 13802/25.',
  },
  sk: {
    subject: 'Členské štáty',
    noted: ['Členské štáty vzali na vedomie informácie predsedníctva.', 'informácie predsedníctva'],
    agreed: ['Členské štáty sa dohodli na ďalšom postupe uvedenom v dokumente 13802/25.', 'na ďalšom postupe uvedenom v dokumente 13802/25'],
    support: 'Členské štáty vo všeobecnosti podporili prístup uvedený v dokumente 13802/25.',
  },
  sl: {
    subject: 'Države članice',
    noted: ['Države članice so se seznanile z informacijami predsedstva.', 'informacijami predsedstva'],
    agreed: ['Države članice so se dogovorile o nadaljnjem postopku iz dokumenta 13802/25.', 'o nadaljnjem postopku iz dokumenta 13802/25'],
    support: 'Države članice so na splošno podprle pristop iz dokumenta 13802/25.',
  },
  hr: {
    subject: 'Države članice',
    noted: ['Države članice primile su na znanje informacije predsjedništva.', 'informacije predsjedništva'],
    agreed: ['Države članice dogovorile su se o daljnjem postupku iz dokumenta 13802/25.', 'o daljnjem postupku iz dokumenta 13802/25'],
    support: 'Države članice su općenito podržale pristup iz dokumenta 13802/25.',
  },
  ro: {
    subject: 'Statele membre',
    noted: ['Statele membre au luat act de informațiile prezentate de președinție.', 'informațiile prezentate de președinție'],
    agreed: [
      'Statele membre au convenit asupra modului de a proceda prezentat în documentul 13802/25.',
      'asupra modului de a proceda prezentat în documentul 13802/25',
    ],
    support: 'Statele membre au sprijinit în general abordarea prezentată în documentul 13802/25.',
  },
  bg: {
    subject: 'Държавите членки',
    noted: ['Държавите членки взеха под внимание информацията на председателството.', 'информацията на председателството'],
    agreed: ['Държавите членки се споразумяха за изложения в документ 13802/25 подход.', 'за изложения в документ 13802/25 подход'],
    support: 'Държавите членки като цяло подкрепиха подхода, изложен в документ 13802/25.',
  },
  el: {
    subject: 'Τα κράτη μέλη',
    noted: ['Τα κράτη μέλη έλαβαν γνώση της ενημέρωσης της Προεδρίας.', 'της ενημέρωσης της Προεδρίας'],
    agreed: ['Τα κράτη μέλη συμφώνησαν για την πορεία που παρουσιάζεται στο έγγραφο 13802/25.', 'για την πορεία που παρουσιάζεται στο έγγραφο 13802/25'],
    support: 'Τα κράτη μέλη υποστήριξαν γενικά την προσέγγιση που παρουσιάζεται στο έγγραφο 13802/25.',
  },
  hu: {
    subject: 'A tagállamok',
    noted: ['A tagállamok tudomásul vették az elnökség tájékoztatását.', 'az elnökség tájékoztatását'],
    agreed: ['A tagállamok megállapodtak a 13802/25 dokumentumban ismertetett további lépésekről.', 'a 13802/25 dokumentumban ismertetett további lépésekről'],
    support: 'A tagállamok általánosságban támogatták a 13802/25 dokumentumban ismertetett megközelítést.',
  },
  et: {
    subject: 'Liikmesriigid',
    noted: ['Liikmesriigid võtsid eesistujariigi teabe teadmiseks.', 'eesistujariigi teabe'],
    agreed: ['Liikmesriigid leppisid kokku dokumendis 13802/25 esitatud edasises tegevuses.', 'dokumendis 13802/25 esitatud edasises tegevuses'],
    support: 'Liikmesriigid toetasid üldiselt dokumendis 13802/25 esitatud lähenemisviisi.',
  },
  lv: {
    subject: 'Dalībvalstis',
    noted: ['Dalībvalstis pieņēma zināšanai prezidentvalsts sniegto informāciju.', 'prezidentvalsts sniegto informāciju'],
    agreed: ['Dalībvalstis vienojās par dokumentā 13802/25 izklāstīto turpmāko rīcību.', 'par dokumentā 13802/25 izklāstīto turpmāko rīcību'],
    support: 'Dalībvalstis kopumā atbalstīja dokumentā 13802/25 izklāstīto pieeju.',
  },
  lt: {
    subject: 'Valstybės narės',
    noted: ['Valstybės narės atsižvelgė į pirmininkaujančios valstybės narės pateiktą informaciją.', 'pirmininkaujančios valstybės narės pateiktą informaciją'],
    agreed: ['Valstybės narės susitarė dėl dokumente 13802/25 išdėstytų tolesnių veiksmų.', 'dėl dokumente 13802/25 išdėstytų tolesnių veiksmų'],
    support: 'Valstybės narės iš esmės pritarė dokumente 13802/25 išdėstytam požiūriui.',
  },
  mt: {
    subject: 'L-Istati Membri',
    noted: ['L-Istati Membri ħadu nota tal-briefing mill-Presidenza.', 'tal-briefing mill-Presidenza'],
    agreed: ["L-Istati Membri qablu dwar il-mod 'il quddiem stabbilit fid-dokument 13802/25.", "dwar il-mod 'il quddiem stabbilit fid-dokument 13802/25"],
    support: "L-Istati Membri b'mod ġenerali appoġġaw l-approċċ stabbilit fid-dokument 13802/25.",
  },
  ga: {
    subject: 'na Ballstáit',
    noted: ['Thug na Ballstáit dá n-aire an t-eolas ón Uachtaránacht.', 'an t-eolas ón Uachtaránacht'],
    agreed: ['Chomhaontaigh na Ballstáit ar an mbealach chun cinn atá leagtha amach in 13802/25.', 'ar an mbealach chun cinn atá leagtha amach in 13802/25'],
    support: 'Thacaigh na Ballstáit go ginearálta leis an gcur chuige atá leagtha amach in 13802/25.',
  },
};

describe.each(Object.entries(MEMBER_STATES))(
  'the outcome 14470/25 in %s whose item 3 records what the Member States noted, agreed and supported',
  (language, written) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const { subject, noted, agreed, support } = written;
    const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', `${noted[0]} ${agreed[0]} ${support}`];
    it.each(OUTCOME_COPIES)('reads their note and agreement as decisions by the Member States and their support as their position (%s)', (shape) => {
      const record = expectOk(parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/member-states-${language}.txt`));
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const [, presidency, item] = record.items;
      expect(presidency?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
      expect(item?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
        ['Member States', 'took-note', noted[1], []],
        ['Member States', 'agreed', agreed[1], ['13802/25']],
      ]);
      expect(item?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[[subject], support, ['13802/25']]]);
    });
  },
);

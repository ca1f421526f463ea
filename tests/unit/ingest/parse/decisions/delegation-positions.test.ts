import { describe, expect, it } from 'vitest';
import { delegationPositions } from '../../../../../scripts/ingest/parse/decisions/delegation-positions.ts';

/** The groups each sentence of `text` names as subjects, one list a sentence that names any. */
const groups = (text: string): string[][] => delegationPositions(text).map((position) => position.by);

describe('delegationPositions', () => {
  it.each([
    ['Most delegations supported the approach set out in 13870/25.', [['Most delegations']]],
    ['Several delegations expressed concerns about the timeline.', [['Several delegations']]],
    ['One delegation entered a scrutiny reservation.', [['One delegation']]],
    ['A large number of delegations welcomed the proposals.', [['A large number of delegations']]],
    ['However, some Member States questioned the added value of the analysis.', [['some Member States']]],
    ['Several other delegations asked for more time.', [['Several other delegations']]],
    ['La plupart des délégations ont soutenu cette approche.', [['La plupart des délégations']]],
    ["Le texte a été soutenu, tandis qu'une délégation a émis une réserve d'examen.", [['une délégation']]],
    ['Mehrere Delegationen äußerten Bedenken.', [['Mehrere Delegationen']]],
    ['Einige Mitgliedstaaten baten um Klarstellung.', [['Einige Mitgliedstaaten']]],
    ['Algunas delegaciones pidieron aclaraciones.', [['Algunas delegaciones']]],
    ['Alcune delegazioni hanno chiesto chiarimenti.', [['Alcune delegazioni']]],
    ['Enkele lidstaten vroegen om verduidelijking.', [['Enkele lidstaten']]],
    ['Algumas delegações pediram esclarecimentos.', [['Algumas delegações']]],
    ['Niektóre delegacje poprosiły o wyjaśnienia.', [['Niektóre delegacje']]],
    ['Vissa medlemsstater begärde förtydliganden.', [['Vissa medlemsstater']]],
    ['Jotkin jäsenvaltiot pyysivät selvennyksiä.', [['Jotkin jäsenvaltiot']]],
    ['Některé členské státy požádaly o vysvětlení.', [['Některé členské státy']]],
    ['Unele state membre au solicitat clarificări.', [['Unele state membre']]],
    ['Ορισμένα κράτη μέλη ζήτησαν διευκρινίσεις.', [['Ορισμένα κράτη μέλη']]],
    ['Néhány tagállam pontosítást kért.', [['Néhány tagállam']]],
    ['Kai kurios valstybės narės paprašė paaiškinimų.', [['Kai kurios valstybės narės']]],
  ] as const)('reads a sentence whose subject counts the delegations as their position: %s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it('reads each group of one sentence, with the codes of its members in brackets, and the documents it cites', () => {
    expect(delegationPositions('Most delegations (BE, NL) supported 13802/25, while one delegation (HU) entered a scrutiny reservation.')).toEqual([
      {
        by: ['Most delegations (BE, NL)', 'one delegation (HU)'],
        sentence: 'Most delegations (BE, NL) supported 13802/25, while one delegation (HU) entered a scrutiny reservation.',
        references: ['13802/25'],
      },
    ]);
  });

  it.each([
    // Irish sets its verb first, the group right after it, at the sentence's start or after the clause's conjunction
    [
      'Thacaigh formhór na dtoscaireachtaí leis an togra, ach chuir toscaireacht amháin (HU) forchoimeád isteach.',
      ['formhór na dtoscaireachtaí', 'toscaireacht amháin (HU)'],
    ],
    ["D'ardaigh Ballstáit áirithe (AT, DE) ceisteanna faoin amchlár.", ['Ballstáit áirithe (AT, DE)']],
    // Maltese counts one delegation after its noun
    ['Delegazzjoni waħda (PL) daħħlet riżerva ta’ skrutinju.', ['Delegazzjoni waħda (PL)']],
    // the Slovene and Croatian auxiliary between the conjunction and the group
    ['Večina delegacij je podprla predlog, medtem ko so tri delegacije (AT, DE, FR) izrazile pomisleke.', ['Večina delegacij', 'tri delegacije (AT, DE, FR)']],
    ['Većina izaslanstava podržala je prijedlog, dok su dva izaslanstva (AT, DE) izrazila zabrinutost.', ['Većina izaslanstava', 'dva izaslanstva (AT, DE)']],
  ])('reads a group counted after its noun, after its verb or after an auxiliary: %s', (text, by) => {
    expect(groups(text)).toEqual([by]);
  });

  it.each([
    // an Irish group that is not the subject right after the verb: the object of a preposition, or after the subject
    'Thug an Coiste buíochas do roinnt toscaireachtaí as a gcuid tuairimí.',
    'Ghlac an Coiste le tuairimí toscaireachtaí áirithe.',
  ])('reads no Irish position where the group does not follow the verb: %s', (text) => {
    expect(delegationPositions(text)).toEqual([]);
  });

  it('reads one position a sentence, in order, and none in a sentence without a counted group', () => {
    const text = 'COSI took note of the report. Some delegations asked for clarifications.\n\nTwo delegations welcomed it.';
    expect(delegationPositions(text).map((position) => position.sentence)).toEqual([
      'Some delegations asked for clarifications.',
      'Two delegations welcomed it.',
    ]);
  });

  it.each([
    // the delegations as a whole stay a decider where they agree (decisions.ts)
    "Delegations agreed on the region's strategic importance.",
    // a support that is not theirs: a participle, a relative clause's verb, an infinitive
    'Delegations took note of the report supported by Europol.',
    'Delegations that supported the proposal asked for more time.',
    'Delegations were invited to support the approach.',
    // a group as the object of a verb, or after a preposition
    'The Presidency thanked, in particular, two delegations for their contributions.',
    'COSI took note of the information provided by most delegations.',
    // a count inside a name, no verb after it
    'The Two Member States Forum met in Vienna.',
    // a delegation named by its Member State is a decider, no count
    'The Italian delegation welcomed the report.',
    // a group before a word that joins it to another (Romanian `și`, and), not before a verb's `și-au`
    'Unele delegații și Comisia au prezentat propuneri.',
  ])('reads no position where no counted group is a subject: %s', (text) => {
    expect(delegationPositions(text)).toEqual([]);
  });
});

describe('delegationPositions: the support of the delegations as a whole', () => {
  it.each([
    ['Delegations generally supported the idea of a regular threat analysis.', [['Delegations']]],
    ['Delegations expressed broad support for the approach set out in 13802/25.', [['Delegations']]],
    ['In general, the Member States supported the proposal.', [['the Member States']]],
    ['Delegations supported the approach, while one delegation (HU) entered a scrutiny reservation.', [['Delegations', 'one delegation (HU)']]],
    ["Les délégations ont, dans l'ensemble, soutenu l'approche proposée.", [['Les délégations']]],
    ['Die Delegationen unterstützten weitgehend den Vorschlag des Vorsitzes.', [['Die Delegationen']]],
    ['Las delegaciones apoyaron en general el enfoque propuesto.', [['Las delegaciones']]],
    ["Le delegazioni hanno sostenuto in linea di massima l'approccio proposto.", [['Le delegazioni']]],
    ['De delegaties steunden in grote lijnen de voorgestelde aanpak.', [['De delegaties']]],
    ['As delegações apoiaram de um modo geral a abordagem proposta.', [['As delegações']]],
    ['Delegacje zasadniczo poparły proponowane podejście.', [['Delegacje']]],
    ['Delegationerna stödde i stort sett förslaget.', [['Delegationerna']]],
    ['Delegationerne støttede generelt forslaget.', [['Delegationerne']]],
    ['Valtuuskunnat tukivat yleisesti ehdotusta.', [['Valtuuskunnat']]],
    ['Delegace obecně podpořily navržený přístup.', [['Delegace']]],
    ['Delegácie vo všeobecnosti podporili navrhnutý prístup.', [['Delegácie']]],
    ['Delegacije so na splošno podprle predlagani pristop.', [['Delegacije']]],
    ['Izaslanstva su općenito podržala predloženi pristup.', [['Izaslanstva']]],
    ['Delegațiile au sprijinit în general abordarea propusă.', [['Delegațiile']]],
    ['Делегациите като цяло подкрепиха предложения подход.', [['Делегациите']]],
    ['Οι αντιπροσωπίες υποστήριξαν γενικά την προτεινόμενη προσέγγιση.', [['Οι αντιπροσωπίες']]],
    ['A delegációk általánosságban támogatták a javasolt megközelítést.', [['A delegációk']]],
    ['Delegatsioonid toetasid üldiselt kavandatud lähenemisviisi.', [['Delegatsioonid']]],
    ['Delegācijas kopumā atbalstīja ierosināto pieeju.', [['Delegācijas']]],
    ['Delegacijos iš esmės pritarė pasiūlytam požiūriui.', [['Delegacijos']]],
    ["Id-delegazzjonijiet b'mod ġenerali appoġġaw l-approċċ propost.", [['Id-delegazzjonijiet']]],
    ['Thacaigh na toscaireachtaí go ginearálta leis an gcur chuige.', [['na toscaireachtaí']]],
  ])('reads the delegations supporting what was put to them as their position: %s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it('names the delegations a pronoun stands for where the sentence before opens with them, and nobody else', () => {
    const text = "Delegations agreed on the region's strategic importance. They broadly supported the concept of a regional dialogue.";
    expect(delegationPositions(text)).toEqual([
      { by: ['Delegations'], sentence: 'They broadly supported the concept of a regional dialogue.', references: [] },
    ]);
    expect(delegationPositions('The Presidency presented its paper. They broadly supported the concept.')).toEqual([]);
  });
});

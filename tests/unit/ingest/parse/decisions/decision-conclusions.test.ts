import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';

/** The item's title: what a decision whose object is the item itself reads as. */
const TITLE = 'Internal security architecture';

/** Who decided what, as triples, in order. */
function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, TITLE).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

describe('findDecisions: the conclusions an outcome records', () => {
  it('reads what COSI, the Presidency and the Chair concluded, with who concluded', () => {
    expect(statements('COSI concluded that the report should be forwarded to Coreper.')).toEqual([
      ['COSI', 'concluded', 'that the report should be forwarded to Coreper'],
    ]);
    expect(statements('Following the discussion, the Presidency concluded that there was broad support for the approach.')).toEqual([
      ['the Presidency', 'concluded', 'that there was broad support for the approach'],
    ]);
    expect(statements('The Chair concluded the discussion by noting the broad support of delegations.')).toEqual([
      ['the Chair', 'concluded', 'the discussion by noting the broad support of delegations'],
    ]);
    expect(statements('COSI and CLASI concluded that there was a strong commitment on both sides to step up operational cooperation.')).toEqual([
      ['COSI and CLASI', 'concluded', 'that there was a strong commitment on both sides to step up operational cooperation'],
    ]);
  });

  it('reads an impersonal conclusion with nobody named', () => {
    expect(statements('It was concluded that a more comprehensive intelligence picture is needed.')).toEqual([
      [null, 'concluded', 'that a more comprehensive intelligence picture is needed'],
    ]);
  });

  it('reads the decision a conclusion frames, not an empty conclusion (`The Presidency concluded that COSI agreed: …`)', () => {
    expect(statements('The Presidency concluded that COSI agreed: to put in place a Roadmap for tackling criminality in the Dark Web.')).toEqual([
      ['COSI', 'agreed', 'to put in place a Roadmap for tackling criminality in the Dark Web'],
    ]);
  });

  it('reads no conclusion in a title or a participle (`Items concluded by the COSI Support Group`)', () => {
    expect(statements('Items concluded by the COSI Support Group')).toEqual([]);
    expect(statements('COSI took note of the items concluded by COSI SG as set out in 9876/25.')).toEqual([
      ['COSI', 'took-note', 'the items concluded by COSI SG as set out in 9876/25'],
    ]);
  });
});

describe('findDecisions: items put off', () => {
  it('reads an item postponed or deferred, in the active and the passive', () => {
    expect(statements('COSI postponed the discussion to its next meeting.')).toEqual([['COSI', 'postponed', 'the discussion to its next meeting']]);
    expect(statements('The Presidency deferred the item to the next meeting.')).toEqual([['the Presidency', 'postponed', 'the item to the next meeting']]);
    expect(statements('The item was postponed.')).toEqual([[null, 'postponed', TITLE]]);
    expect(statements('This item was deferred to the next meeting.')).toEqual([[null, 'postponed', 'this item to the next meeting']]);
    expect(statements('The discussion on the draft conclusions was postponed by the Committee.')).toEqual([
      ['COSI', 'postponed', 'the discussion on the draft conclusions'],
    ]);
  });

  it('reads no postponement that was not decided (`was not postponed`, `would be deferred`)', () => {
    expect(statements('The item was not postponed.')).toEqual([]);
    expect(statements('The item would be deferred if no agreement was found.')).toEqual([]);
  });
});

describe('findDecisions: an exchange of views said to be a first, a brief or a further one', () => {
  it('reads it in English and the versions that print the word before their noun', () => {
    expect(statements('COSI held a first exchange of views on the draft.')).toEqual([['COSI', 'exchanged-views', 'on the draft']]);
    expect(statements('The Committee had a further exchange of views.')).toEqual([['COSI', 'exchanged-views', TITLE]]);
    expect(statements('Le COSI a procédé à un premier échange de vues sur le projet.')).toEqual([['COSI', 'exchanged-views', 'sur le projet']]);
    expect(statements('Der Ausschuss führte einen ersten Gedankenaustausch über den Entwurf.')).toEqual([['COSI', 'exchanged-views', 'über den Entwurf']]);
    expect(statements('El Comité mantuvo un primer intercambio de opiniones sobre el proyecto.')).toEqual([['COSI', 'exchanged-views', 'sobre el proyecto']]);
    expect(statements('Il Comitato ha avuto un primo scambio di opinioni sul progetto.')).toEqual([['COSI', 'exchanged-views', 'sul progetto']]);
  });
});

describe('findDecisions: an exchange of views ending the sentence after another verb', () => {
  it('reads both verbs and gives the exchange the item as its object', () => {
    expect(statements('COSI took note of the presentation and held an exchange of views.')).toEqual([
      ['COSI', 'took-note', 'the presentation'],
      ['COSI', 'exchanged-views', TITLE],
    ]);
    expect(statements('COSI welcomed the report and exchanged views.')).toEqual([
      ['COSI', 'welcomed', 'the report'],
      ['COSI', 'exchanged-views', TITLE],
    ]);
  });
});

describe('findDecisions: conclusions and postponements in the other language versions', () => {
  it.each([
    ['fr', 'La présidence a conclu que le rapport serait transmis au Coreper.', ['the Presidency', 'concluded', 'que le rapport serait transmis au Coreper']],
    ['fr', 'Il a été conclu que la coopération devait être renforcée.', [null, 'concluded', 'que la coopération devait être renforcée']],
    [
      'de',
      'Der Vorsitz stellte abschließend fest, dass der Bericht an den AStV weitergeleitet wird.',
      ['the Presidency', 'concluded', 'dass der Bericht an den AStV weitergeleitet wird'],
    ],
    [
      'de',
      'Der Ausschuss kam zu dem Schluss, dass die Zusammenarbeit verstärkt werden muss.',
      ['COSI', 'concluded', 'dass die Zusammenarbeit verstärkt werden muss'],
    ],
    ['es', 'La Presidencia concluyó que el informe se remitiría al Coreper.', ['the Presidency', 'concluded', 'que el informe se remitiría al Coreper']],
    [
      'it',
      'La presidenza ha concluso che la relazione sarà trasmessa al Coreper.',
      ['the Presidency', 'concluded', 'che la relazione sarà trasmessa al Coreper'],
    ],
    [
      'nl',
      'Het voorzitterschap concludeerde dat het verslag aan het Coreper wordt toegezonden.',
      ['the Presidency', 'concluded', 'dat het verslag aan het Coreper wordt toegezonden'],
    ],
    [
      'pt',
      'A Presidência concluiu que o relatório seria transmitido ao Coreper.',
      ['the Presidency', 'concluded', 'que o relatório seria transmitido ao Coreper'],
    ],
    ['pl', 'Prezydencja podsumowała dyskusję.', ['the Presidency', 'concluded', 'dyskusję']],
    ['fr', "Le Comité a reporté l'examen de ce point à sa prochaine réunion.", ['COSI', 'postponed', "l'examen de ce point à sa prochaine réunion"]],
    ['fr', 'Le point a été reporté à la prochaine réunion.', [null, 'postponed', 'le point à la prochaine réunion']],
    ['de', 'Der Ausschuss vertagte die Beratung auf seine nächste Sitzung.', ['COSI', 'postponed', 'die Beratung auf seine nächste Sitzung']],
    ['de', 'Der Punkt wurde vertagt.', [null, 'postponed', 'der Punkt']],
    ['es', 'El punto fue aplazado a la próxima reunión.', [null, 'postponed', 'el punto a la próxima reunión']],
    ['es', 'Se aplazó el debate a la próxima reunión.', [null, 'postponed', 'el debate a la próxima reunión']],
    ['it', 'Il punto è stato rinviato alla prossima riunione.', [null, 'postponed', 'il punto alla prossima riunione']],
    ['nl', 'Het Comité stelde de bespreking uit tot de volgende vergadering.', ['COSI', 'postponed', 'de bespreking']],
    ['nl', 'Het punt werd uitgesteld.', [null, 'postponed', 'het punt']],
    ['pt', 'O ponto foi adiado para a próxima reunião.', [null, 'postponed', 'o ponto para a próxima reunião']],
    ['pl', 'Komitet odłożył dyskusję do następnego posiedzenia.', ['COSI', 'postponed', 'dyskusję do następnego posiedzenia']],
    ['pl', 'Punkt został odłożony do następnego posiedzenia.', [null, 'postponed', 'punkt do następnego posiedzenia']],
    ['bg', 'Председателството заключи, че докладът ще бъде изпратен на Корепер.', ['the Presidency', 'concluded', 'че докладът ще бъде изпратен на Корепер']],
    ['bg', 'Точката беше отложена за следващото заседание.', [null, 'postponed', 'точката за следващото заседание']],
    ['cs', 'Předsednictví dospělo k závěru, že zpráva bude předložena Coreperu.', ['the Presidency', 'concluded', 'že zpráva bude předložena Coreperu']],
    ['cs', 'Výbor odložil projednání na příští zasedání.', ['COSI', 'postponed', 'projednání na příští zasedání']],
    ['sk', 'Bod bol odložený na budúce zasadnutie.', [null, 'postponed', 'bod na budúce zasadnutie']],
    ['sl', 'Predsedstvo je zaključilo, da bo poročilo posredovano Coreperju.', ['the Presidency', 'concluded', 'da bo poročilo posredovano Coreperju']],
    ['sl', 'Točka je bila preložena na naslednjo sejo.', [null, 'postponed', 'točka na naslednjo sejo']],
    ['hr', 'Točka je odgođena za sljedeći sastanak.', [null, 'postponed', 'točka za sljedeći sastanak']],
    ['ro', 'Președinția a concluzionat că raportul va fi transmis Coreper.', ['the Presidency', 'concluded', 'că raportul va fi transmis Coreper']],
    ['ro', 'Punctul a fost amânat pentru următoarea reuniune.', [null, 'postponed', 'punctul pentru următoarea reuniune']],
    ['el', 'Η Προεδρία κατέληξε ότι η έκθεση θα διαβιβαστεί στην ΕΜΑ.', ['the Presidency', 'concluded', 'ότι η έκθεση θα διαβιβαστεί στην ΕΜΑ']],
    ['el', 'Το σημείο αναβλήθηκε για την επόμενη συνεδρίαση.', [null, 'postponed', 'το σημείο για την επόμενη συνεδρίαση']],
    [
      'da',
      'Formandskabet konkluderede, at rapporten ville blive sendt videre til Coreper.',
      ['the Presidency', 'concluded', 'at rapporten ville blive sendt videre til Coreper'],
    ],
    ['da', 'Punktet blev udsat til næste møde.', [null, 'postponed', 'punktet til næste møde']],
    [
      'sv',
      'Ordförandeskapet konstaterade avslutningsvis att rapporten skulle överlämnas till Coreper.',
      ['the Presidency', 'concluded', 'att rapporten skulle överlämnas till Coreper'],
    ],
    ['sv', 'Punkten sköts upp till nästa möte.', [null, 'postponed', 'punkten till nästa möte']],
    ['sv', 'Kommittén sköt upp diskussionen.', ['COSI', 'postponed', 'diskussionen']],
    [
      'fi',
      'Puheenjohtajavaltio totesi lopuksi, että kertomus toimitetaan Coreperille.',
      ['the Presidency', 'concluded', 'että kertomus toimitetaan Coreperille'],
    ],
    ['fi', 'Kohdan käsittely lykättiin seuraavaan kokoukseen.', [null, 'postponed', 'kohdan käsittely seuraavaan kokoukseen']],
    ['et', 'Eesistujariik järeldas, et aruanne edastatakse Coreperile.', ['the Presidency', 'concluded', 'et aruanne edastatakse Coreperile']],
    ['et', 'Komitee lükkas arutelu edasi.', ['COSI', 'postponed', 'arutelu']],
    ['lv', 'Prezidentvalsts secināja, ka ziņojums tiks nosūtīts Coreper.', ['the Presidency', 'concluded', 'ka ziņojums tiks nosūtīts Coreper']],
    ['lv', 'Punkts tika atlikts uz nākamo sanāksmi.', [null, 'postponed', 'punkts uz nākamo sanāksmi']],
    [
      'lt',
      'Pirmininkaujanti valstybė narė padarė išvadą, kad ataskaita bus perduota Coreper.',
      ['the Presidency', 'concluded', 'kad ataskaita bus perduota Coreper'],
    ],
    ['lt', 'Komitetas atidėjo svarstymą.', ['COSI', 'postponed', 'svarstymą']],
  ] as const)('reads a conclusion or a postponement in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no conclusion where a French or Italian verb concludes something else (`a conclu un accord`)', () => {
    expect(statements('La Commission a conclu un accord avec le Maroc.')).toEqual([]);
    expect(statements('La presidenza ha concluso i lavori.')).toEqual([]);
  });
});

describe('findDecisions: a Dutch approval with a later clause that negates something else', () => {
  it('reads the approval of `keurde … goed, maar niet …`, and none where the negation is the verb’s', () => {
    expect(statements('Het Comité keurde het verslag goed, maar niet de bijlage.')).toEqual([['COSI', 'approved', 'het verslag']]);
    expect(statements('Het Comité keurde het verslag niet goed.')).toEqual([]);
  });
});

describe('findDecisions: a decision whose subject is a pronoun for the body before it', () => {
  it('gives `It`, `They`, `Il`, `Er` opening a sentence the body that decided in the sentence before', () => {
    expect(statements('COSI took note of the report set out in 14001/25. It also endorsed the recommendations contained therein.')).toEqual([
      ['COSI', 'took-note', 'the report set out in 14001/25'],
      ['COSI', 'endorsed', 'the recommendations contained therein'],
    ]);
    expect(statements('Delegations welcomed the report. They further invited the Commission to present a proposal.')).toEqual([
      ['Delegations', 'welcomed', 'the report'],
      ['Delegations', 'invited', 'the Commission to present a proposal'],
    ]);
    expect(statements('Le Comité a pris note du rapport. Il a également approuvé les recommandations.')).toEqual([
      ['COSI', 'took-note', 'du rapport'],
      ['COSI', 'approved', 'les recommandations'],
    ]);
    expect(statements('Der Ausschuss nahm den Bericht zur Kenntnis. Er billigte außerdem die Empfehlungen.')).toEqual([
      ['COSI', 'took-note', 'den Bericht'],
      ['COSI', 'approved', 'die Empfehlungen'],
    ]);
  });

  it('gives a verb with no subject after an opening adverb the body before it (`Asimismo, aprobó …`, `Ponadto zatwierdził …`)', () => {
    expect(statements('El COSI tomó nota del informe. Asimismo, aprobó las conclusiones.')).toEqual([
      ['COSI', 'took-note', 'del informe'],
      ['COSI', 'approved', 'las conclusiones'],
    ]);
    expect(statements('La Presidencia tomó nota de las observaciones. Por último, invitó a las delegaciones a enviar sus comentarios.')).toEqual([
      ['the Presidency', 'took-note', 'las observaciones'],
      ['the Presidency', 'invited', 'a las delegaciones a enviar sus comentarios'],
    ]);
    expect(statements('Il COSI ha preso atto della relazione. Inoltre, ha approvato le conclusioni.')).toEqual([
      ['COSI', 'took-note', 'della relazione'],
      ['COSI', 'approved', 'le conclusioni'],
    ]);
    expect(statements('O COSI tomou nota do relatório. Além disso, aprovou as conclusões.')).toEqual([
      ['COSI', 'took-note', 'do relatório'],
      ['COSI', 'approved', 'as conclusões'],
    ]);
    expect(statements('Komitet przyjął do wiadomości sprawozdanie. Ponadto zatwierdził konkluzje.')).toEqual([
      ['COSI', 'took-note', 'sprawozdanie'],
      ['COSI', 'approved', 'konkluzje'],
    ]);
    expect(statements('Comitetul a luat act de raport. De asemenea, a aprobat concluziile.')).toEqual([
      ['COSI', 'took-note', 'raport'],
      ['COSI', 'approved', 'concluziile'],
    ]);
  });

  it('reads none after an opening adverb where no body decided before it', () => {
    expect(statements('Asimismo, aprobó las conclusiones.')).toEqual([]);
    expect(statements('La Presidencia presentó el informe. Asimismo, aprobó las conclusiones.')).toEqual([]);
  });

  it('reads a Polish passive whose pronoun subject follows the auxiliary (`Zostały one zatwierdzone`) as what it stands for', () => {
    expect(statements('Komitet przyjął do wiadomości sprawozdanie. Zostały one zatwierdzone.')).toEqual([
      ['COSI', 'took-note', 'sprawozdanie'],
      [null, 'approved', 'one [sprawozdanie]'],
    ]);
    expect(statements('Przedstawiono dwa dokumenty (14001/25, 14002/25). Zostały one poparte przez Komitet.')).toEqual([
      ['COSI', 'endorsed', 'one [14001/25, 14002/25]'],
    ]);
    expect(statements('Komitet wysłuchał prezentacji Komisji (14003/25). Została ona przyjęta do wiadomości.')).toEqual([
      [null, 'took-note', 'ona [14003/25]'],
    ]);
  });

  it('writes an English pronoun object in lower case, as the other versions write theirs', () => {
    expect(statements('The Presidency presented two papers (14001/25, 14002/25). They were endorsed by COSI.')).toEqual([
      ['COSI', 'endorsed', 'they [14001/25, 14002/25]'],
    ]);
    expect(statements('COSI took note of the presentations. These were welcomed.')).toEqual([
      ['COSI', 'took-note', 'the presentations'],
      [null, 'welcomed', 'these [the presentations]'],
    ]);
    expect(statements('La présidence a présenté deux documents (14001/25). Ils ont été approuvés par le COSI.')).toEqual([
      ['COSI', 'approved', 'ils [14001/25]'],
    ]);
  });

  it('reads none where nobody decided before the pronoun, or the pronoun stands inside a sentence', () => {
    expect(statements('The Presidency presented the report. It also endorsed the recommendations.')).toEqual([]);
    // the participle clause after what was noted is no part of it (decision-clauses.ts CLAUSE_END), nor a decision
    expect(statements('COSI took note of the report, noting that it endorsed the recommendations.')).toEqual([['COSI', 'took-note', 'the report']]);
  });
});

describe('findDecisions: the whole decision vocabulary of the Hungarian, Maltese and Irish versions', () => {
  it.each([
    ['hu', 'A COSI megállapította, hogy a jelentés hasznos alapot nyújt.', ['COSI', 'concluded', 'hogy a jelentés hasznos alapot nyújt']],
    ['hu', 'Az elnökség összegzésként megállapította, hogy széles körű támogatás van.', ['the Presidency', 'concluded', 'hogy széles körű támogatás van']],
    ['hu', 'A bizottság arra a következtetésre jutott, hogy a munkát folytatni kell.', ['COSI', 'concluded', 'hogy a munkát folytatni kell']],
    ['hu', 'A COSI elhalasztotta a napirendi pont megvitatását.', ['COSI', 'postponed', 'a napirendi pont megvitatását']],
    ['hu', 'A bizottság elnapolta a vitát a következő ülésre.', ['COSI', 'postponed', 'a vitát a következő ülésre']],
    ['hu', 'A napirendi pont tárgyalását elhalasztották.', [null, 'postponed', 'a napirendi pont tárgyalását']],
    ['hu', 'A napirendet elfogadták.', [null, 'adopted', 'a napirendet']],
    ['hu', 'A következtetéseket jóváhagyták.', [null, 'approved', 'a következtetéseket']],
    ['hu', 'A delegációk jóváhagyták a jelentést.', ['Delegations', 'approved', 'a jelentést']],
    ['mt', 'Il-COSI ikkonkluda li r-rapport huwa utli.', ['COSI', 'concluded', 'li r-rapport huwa utli']],
    ['mt', "Il-Presidenza kkonkludiet li hemm appoġġ wiesa' għall-approċċ.", ['the Presidency', 'concluded', "li hemm appoġġ wiesa' għall-approċċ"]],
    ['mt', 'Il-Kumitat wasal għall-konklużjoni li l-kooperazzjoni għandha tissaħħaħ.', ['COSI', 'concluded', 'li l-kooperazzjoni għandha tissaħħaħ']],
    ['mt', 'Il-COSI ippospona d-diskussjoni għal-laqgħa li jmiss.', ['COSI', 'postponed', 'd-diskussjoni għal-laqgħa li jmiss']],
    ['mt', 'Il-punt ġie pospost.', [null, 'postponed', 'il-punt']],
    ['mt', 'Il-COSI ħa nota tar-rapport tal-Presidenza.', ['COSI', 'took-note', 'tar-rapport tal-Presidenza']],
    ['mt', 'Il-Presidenza ħadet nota tal-kummenti tad-delegazzjonijiet.', ['the Presidency', 'took-note', 'tal-kummenti tad-delegazzjonijiet']],
    ['mt', "Il-COSI kellu skambju ta' fehmiet dwar is-sitwazzjoni.", ['COSI', 'exchanged-views', 'dwar is-sitwazzjoni']],
    [
      'mt',
      'Il-Presidenza stiednet lid-delegazzjonijiet jibagħtu l-kummenti tagħhom.',
      ['the Presidency', 'invited', 'lid-delegazzjonijiet jibagħtu l-kummenti tagħhom'],
    ],
    ['ga', 'Tháinig COSI ar an gconclúid go bhfuil an obair úsáideach.', ['COSI', 'concluded', 'go bhfuil an obair úsáideach']],
    ['ga', 'Tháinig an Uachtaránacht ar an tátal gur cheart an obair a leanúint.', ['the Presidency', 'concluded', 'gur cheart an obair a leanúint']],
    ['ga', 'Chuir COSI an plé ar athló.', ['COSI', 'postponed', 'an plé']],
    ['ga', 'Chuir an Coiste siar an plé go dtí an chéad chruinniú eile.', ['COSI', 'postponed', 'an plé go dtí an chéad chruinniú eile']],
    ['ga', 'Cuireadh an pointe ar athló.', [null, 'postponed', 'an pointe ar athló']],
    ['ga', 'Chuir COSI fáilte roimh an tionscnamh.', ['COSI', 'welcomed', 'an tionscnamh']],
  ] as const)('reads %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });
});

describe('findDecisions: an item a body says it will come back to, and an item withdrawn', () => {
  it('reads `will revert to` / `will return to` / `will come back to` as `will-return`, the item itself as its title and when after it', () => {
    expect(statements('COSI will revert to this item at its next meeting.')).toEqual([['COSI', 'will-return', `${TITLE} at its next meeting`]]);
    expect(statements('COSI will return to this item.')).toEqual([['COSI', 'will-return', TITLE]]);
    expect(statements('The Committee will come back to the matter at a later stage.')).toEqual([['COSI', 'will-return', `${TITLE} at a later stage`]]);
    expect(statements('The Presidency will revert to COSI with a revised draft.')).toEqual([['the Presidency', 'will-return', 'COSI with a revised draft']]);
    expect(statements('COSI took note of the report and will return to it in March 2026.')).toEqual([
      ['COSI', 'took-note', 'the report'],
      ['COSI', 'will-return', `${TITLE} in March 2026`],
    ]);
  });

  it('reads no return that is negated or asked of someone else (`will not revert`, `invited to return to`)', () => {
    expect(statements('The Presidency will not revert to the matter.')).toEqual([]);
    expect(statements('Delegations were invited to return to the Presidency with comments by 15 January 2026.')).toEqual([
      [null, 'invited', 'Delegations to return to the Presidency with comments by 15 January 2026'],
    ]);
  });

  it('reads an item withdrawn, in the passive and the active, the item itself as its title', () => {
    expect(statements('The item was withdrawn from the agenda.')).toEqual([[null, 'withdrawn', TITLE]]);
    expect(statements('This item was withdrawn.')).toEqual([[null, 'withdrawn', TITLE]]);
    expect(statements('The Presidency withdrew the item from the agenda.')).toEqual([['the Presidency', 'withdrawn', TITLE]]);
    expect(statements('The draft conclusions set out in 14001/25 were withdrawn by the Presidency.')).toEqual([
      ['the Presidency', 'withdrawn', 'the draft conclusions set out in 14001/25'],
    ]);
  });

  it.each([
    ['fr', 'Le COSI reviendra sur ce point lors de sa prochaine réunion.', ['COSI', 'will-return', `${TITLE} lors de sa prochaine réunion`]],
    ['fr', "Le point a été retiré de l'ordre du jour.", [null, 'withdrawn', "le point de l'ordre du jour"]],
    ['de', 'Der Ausschuss wird auf diesen Punkt zurückkommen.', ['COSI', 'will-return', TITLE]],
    ['de', 'Der Punkt wurde von der Tagesordnung abgesetzt.', [null, 'withdrawn', 'der Punkt von der Tagesordnung']],
    ['es', 'El COSI volverá sobre este punto en su próxima reunión.', ['COSI', 'will-return', `${TITLE} en su próxima reunión`]],
    ['es', 'El punto fue retirado del orden del día.', [null, 'withdrawn', 'el punto del orden del día']],
    ['it', 'Il COSI tornerà su questo punto nella prossima riunione.', ['COSI', 'will-return', `${TITLE} nella prossima riunione`]],
    ['it', "Il punto è stato ritirato dall'ordine del giorno.", [null, 'withdrawn', "il punto dall'ordine del giorno"]],
    ['nl', 'Het Comité zal op dit punt terugkomen.', ['COSI', 'will-return', TITLE]],
    ['nl', 'Het punt werd van de agenda afgevoerd.', [null, 'withdrawn', 'het punt van de agenda']],
    ['pt', 'O COSI voltará a este ponto na próxima reunião.', ['COSI', 'will-return', `${TITLE} na próxima reunião`]],
    ['pt', 'O ponto foi retirado da ordem do dia.', [null, 'withdrawn', 'o ponto da ordem do dia']],
    ['pl', 'Komitet powróci do tego punktu na następnym posiedzeniu.', ['COSI', 'will-return', `${TITLE} na następnym posiedzeniu`]],
    ['pl', 'Punkt został wycofany z porządku obrad.', [null, 'withdrawn', 'punkt z porządku obrad']],
  ] as const)('reads in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no return in another future (`wird den Bericht vorlegen`, `zal een ontwerp voorleggen`)', () => {
    expect(statements('Der Vorsitz wird den Bericht vorlegen.')).toEqual([]);
    expect(statements('Het voorzitterschap zal een nieuw ontwerp voorleggen.')).toEqual([]);
  });
});

describe('findDecisions: a body reporting that it will come back to the item', () => {
  it.each([
    [
      'said … will',
      'The Presidency said that it will revert to COSI on this matter at its next meeting.',
      ['the Presidency', 'will-return', 'COSI on this matter at its next meeting'],
    ],
    ['indicated … would', 'The Commission indicated that it would return to this item.', ['the Commission', 'will-return', TITLE]],
    [
      'informed delegations',
      'The Presidency informed delegations that it would come back to the matter in January 2026.',
      ['the Presidency', 'will-return', `${TITLE} in January 2026`],
    ],
    ['announced, a clause after a comma', 'Following the discussion, the Chair announced that it would revert to it.', ['the Chair', 'will-return', TITLE]],
    ['noted … would, not a note taken', 'The Presidency noted that it would revert to this item.', ['the Presidency', 'will-return', TITLE]],
    [
      'confirmed, without `that`',
      'The Commission confirmed it would come back to the matter in January 2026.',
      ['the Commission', 'will-return', `${TITLE} in January 2026`],
    ],
    [
      'revert on',
      'The Presidency indicated that it would revert on this issue at the next meeting.',
      ['the Presidency', 'will-return', `${TITLE} at the next meeting`],
    ],
    ['will revert on', 'COSI will revert on this item.', ['COSI', 'will-return', TITLE]],
  ] as const)('reads %s: %s', (_shape, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no return that is negated, nor one by another body than the speaker (whose own sentence it is)', () => {
    expect(statements('The Presidency said that it will not revert to COSI.')).toEqual([]);
    expect(statements('The Chair said that Europol will revert to COSI.')).toEqual([['Europol', 'will-return', 'COSI']]);
  });
});

describe('findDecisions: a return reported in the other versions, and what a body said kept out of an object', () => {
  it.each([
    [
      'fr',
      "La présidence a indiqué qu'elle reviendrait sur ce point lors de la prochaine réunion.",
      ['the Presidency', 'will-return', `${TITLE} lors de la prochaine réunion`],
    ],
    ['fr', "La présidence a noté qu'elle y reviendrait.", ['the Presidency', 'will-return', TITLE]],
    ['de', 'Der Vorsitz erklärte, dass er darauf zurückkommen werde.', ['the Presidency', 'will-return', TITLE]],
    ['de', 'Der Vorsitz teilte mit, dass er auf diesen Punkt zurückkommen werde.', ['the Presidency', 'will-return', TITLE]],
    ['es', 'La Presidencia indicó que volvería sobre este punto en la próxima reunión.', ['the Presidency', 'will-return', `${TITLE} en la próxima reunión`]],
    [
      'it',
      'La Presidenza ha indicato che tornerà sulla questione nella prossima riunione.',
      ['the Presidency', 'will-return', `${TITLE} nella prossima riunione`],
    ],
    ['it', 'La Presidenza ha comunicato che sarebbe tornata su questo punto.', ['the Presidency', 'will-return', TITLE]],
    ['nl', 'Het voorzitterschap deelde mee dat het op dit punt zou terugkomen.', ['the Presidency', 'will-return', TITLE]],
    ['nl', 'Het voorzitterschap verklaarde dat het hierop zal terugkomen.', ['the Presidency', 'will-return', TITLE]],
    ['pt', 'A Presidência indicou que voltaria a este ponto na próxima reunião.', ['the Presidency', 'will-return', `${TITLE} na próxima reunião`]],
    [
      'pl',
      'Prezydencja poinformowała, że powróci do tego punktu na następnym posiedzeniu.',
      ['the Presidency', 'will-return', `${TITLE} na następnym posiedzeniu`],
    ],
    ['ga', 'Cinneadh tuilleadh faisnéise a lorg ó Europol.', [null, 'agreed', 'tuilleadh faisnéise a lorg ó Europol']],
    ['ga', 'Cinneadh filleadh ar an bpointe seo ag an gcéad chruinniú eile.', [null, 'agreed', 'filleadh ar an bpointe seo ag an gcéad chruinniú eile']],
  ] as const)('reads in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['fr', "Le COSI a pris note du rapport et a déclaré qu'il était satisfait de la coopération avec Europol.", ['COSI', 'took-note', 'du rapport']],
    ['de', 'Der Ausschuss nahm den Bericht zur Kenntnis und erklärte, dass er mit der Zusammenarbeit zufrieden sei.', ['COSI', 'took-note', 'den Bericht']],
    ['es', 'El COSI tomó nota del informe y señaló que estaba satisfecho con la cooperación con Europol.', ['COSI', 'took-note', 'del informe']],
    ['it', 'Il COSI ha preso atto della relazione e ha dichiarato di essere soddisfatto della cooperazione.', ['COSI', 'took-note', 'della relazione']],
    ['pl', 'Komitet przyjął do wiadomości sprawozdanie i stwierdził, że jest zadowolony ze współpracy.', ['COSI', 'took-note', 'sprawozdanie']],
    ['pt', 'O Comité tomou nota do relatório e declarou que estava satisfeito com a cooperação.', ['COSI', 'took-note', 'do relatório']],
    ['nl', 'Het Comité nam nota van het verslag en verklaarde dat het tevreden was over de samenwerking.', ['COSI', 'took-note', 'het verslag']],
  ] as const)('ends an object where the body goes on to say something (%s): %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['en', 'COSI held a strategic discussion on the future of EMPACT.', ['COSI', 'exchanged-views', 'on the future of EMPACT']],
    ['en', 'The Committee had a debate on the Europol report.', ['COSI', 'exchanged-views', 'on the Europol report']],
    ['fr', "Le COSI a tenu un débat sur le rapport d'Europol.", ['COSI', 'exchanged-views', "sur le rapport d'Europol"]],
    ['de', 'Der Ausschuss führte eine Diskussion über den Bericht von Europol.', ['COSI', 'exchanged-views', 'über den Bericht von Europol']],
  ] as const)('reads a discussion held as an exchange of views (%s): %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads what COSI discussed as its exchange of views, and no decision in `discussed` as a participle (`The items discussed by COSI …`)', () => {
    expect(statements('COSI discussed the way forward.')).toEqual([['COSI', 'exchanged-views', 'the way forward']]);
    expect(statements('The items discussed by COSI were the following.')).toEqual([]);
  });

  it.each([
    [
      'de',
      'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/25 genehmigt.',
      [null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 1234/25'],
    ],
    ['de', 'Der Ausschuss genehmigte den Bericht.', ['COSI', 'approved', 'den Bericht']],
    [
      'nl',
      'Het Comité keurde het verslag goed op basis van document 14470/1/25 REV 1.',
      ['COSI', 'approved', 'het verslag op basis van document 14470/1/25 REV 1'],
    ],
  ] as const)('reads a verb the versions print for approving (%s): %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no Council decision named in Irish (`Cinneadh (AE) …`) as one taken', () => {
    expect(statements('Cinneadh (AE) 2017/1234 ón gComhairle.')).toEqual([]);
  });
});

describe('findDecisions: a decision under a sub-point heading', () => {
  it('reads an object left empty under a sub-point as the sub-point, not the item', () => {
    const text = ['(a) Presentation by Europol', '13990/25', 'COSI took note of the presentation.', '(b) Way forward', 'COSI held an exchange of views.'].join(
      '\n\n',
    );
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'the presentation'],
      ['COSI', 'exchanged-views', 'Way forward'],
    ]);
  });

  it.each([
    ['German, `a)`', 'a) Sachstand\n\nDer Ausschuss billigte den Bericht.\n\nb) Weiteres Vorgehen\n\nDer Ausschuss führte einen Gedankenaustausch.'],
    ['Roman numerals', '(i) State of play\n\nCOSI took note.\n\n(ii) Way forward\n\nCOSI held an exchange of views.'],
  ])('in another labelling (%s)', (_shape, text) => {
    const read = statements(text);
    expect(read.map(([, , object]) => object)).toEqual(text.includes('Sachstand') ? ['den Bericht', 'Weiteres Vorgehen'] : ['State of play', 'Way forward']);
  });

  it('keeps the item title where no sub-point heads the sentence, and a sub-point sentence that ends with a full stop is no heading', () => {
    expect(statements('COSI held an exchange of views.')).toEqual([['COSI', 'exchanged-views', TITLE]]);
    expect(statements('(a) COSI took note of the report.\n\n(b) COSI held an exchange of views.')).toEqual([
      ['COSI', 'took-note', 'the report'],
      ['COSI', 'exchanged-views', TITLE],
    ]);
  });
});

describe('findDecisions: an item or sub-point postponed, in a sentence that names it or only by its participle', () => {
  it('reads `the item` a sentence under a sub-point names as the sub-point, in English and French', () => {
    const english =
      'a) EU threat assessment\n\nCOSI endorsed the recommendations.\n\nb) Counter-Terrorism Agenda – state of play\n\nThe item was postponed to the next meeting.';
    expect(statements(english)).toEqual([
      ['COSI', 'endorsed', 'the recommendations'],
      [null, 'postponed', 'Counter-Terrorism Agenda – state of play to the next meeting'],
    ]);
    const french =
      'a) Évaluation de la menace\n\nLe COSI a approuvé les recommandations.\n\nb) Programme de lutte contre le terrorisme\n\nLe point a été reporté à la prochaine réunion.';
    expect(statements(french)).toEqual([
      ['COSI', 'approved', 'les recommandations'],
      [null, 'postponed', 'Programme de lutte contre le terrorisme à la prochaine réunion'],
    ]);
    // with no sub-point, `the item` is the item the decision is listed under
    expect(statements('The item was postponed to the next meeting.')).toEqual([[null, 'postponed', 'the item to the next meeting']]);
  });

  it.each([
    ['English', 'Postponed to the next meeting.', 'postponed', `${TITLE} to the next meeting`],
    ['English, the item named', 'Item postponed.', 'postponed', TITLE],
    ['English, withdrawn', 'Withdrawn from the agenda.', 'withdrawn', TITLE],
    ['English, a table cell', 'Approved.', 'approved', TITLE],
    ['French', 'Reporté à la prochaine réunion.', 'postponed', `${TITLE} à la prochaine réunion`],
    ['German', 'Vertagt.', 'postponed', TITLE],
    ['Spanish', 'Aplazado a la próxima reunión.', 'postponed', `${TITLE} a la próxima reunión`],
    ['Italian', 'Rinviato alla prossima riunione.', 'postponed', `${TITLE} alla prossima riunione`],
    ['Dutch', 'Uitgesteld tot de volgende vergadering.', 'postponed', `${TITLE} tot de volgende vergadering`],
    ['Portuguese', 'Adiado para a próxima reunião.', 'postponed', `${TITLE} para a próxima reunião`],
  ])('reads a sentence that is only the participle as what became of the item, nobody named (%s)', (_language, sentence, verb, object) => {
    expect(statements(sentence)).toEqual([[null, verb, object]]);
  });

  it('reads it under a sub-point as the sub-point’s, and none where the participle is followed by its agent or a clause', () => {
    expect(statements('(a) State of play\n\nCOSI took note.\n\n(b) Way forward\n\nPostponed to the next meeting.')).toEqual([
      ['COSI', 'took-note', 'State of play'],
      [null, 'postponed', 'Way forward to the next meeting'],
    ]);
    expect(statements('Approved by the Council on 3 March 2025.')).toEqual([]);
    expect(statements('Noted that the Presidency would present a report.')).toEqual([]);
  });
});

describe('findDecisions: a return and a withdrawal in the other 16 language versions', () => {
  it.each([
    ['bg', 'Комитетът ще се върне към тази точка на следващото си заседание.', ['COSI', 'will-return', `${TITLE} на следващото си заседание`]],
    ['bg', 'Председателството оттегли точката от дневния ред.', ['the Presidency', 'withdrawn', 'точката от дневния ред']],
    ['bg', 'Точката беше оттеглена от дневния ред.', [null, 'withdrawn', 'точката от дневния ред']],
    ['cs', 'Výbor se vrátí k tomuto bodu na příštím zasedání.', ['COSI', 'will-return', `${TITLE} na příštím zasedání`]],
    ['cs', 'Bod byl stažen z pořadu jednání.', [null, 'withdrawn', 'bod z pořadu jednání']],
    ['sk', 'Výbor sa vráti k tomuto bodu na nasledujúcom zasadnutí.', ['COSI', 'will-return', `${TITLE} na nasledujúcom zasadnutí`]],
    ['sk', 'Bod bol stiahnutý z programu rokovania.', [null, 'withdrawn', 'bod z programu rokovania']],
    ['sl', 'Odbor se bo vrnil k tej točki na naslednji seji.', ['COSI', 'will-return', `${TITLE} na naslednji seji`]],
    ['sl', 'Točka je bila umaknjena z dnevnega reda.', [null, 'withdrawn', 'točka z dnevnega reda']],
    ['hr', 'Odbor će se vratiti na tu točku na sljedećem sastanku.', ['COSI', 'will-return', `${TITLE} na sljedećem sastanku`]],
    ['hr', 'Predsjedništvo je povuklo točku s dnevnog reda.', ['the Presidency', 'withdrawn', 'točku s dnevnog reda']],
    ['ro', 'COSI va reveni asupra acestui punct la următoarea reuniune.', ['COSI', 'will-return', `${TITLE} la următoarea reuniune`]],
    ['ro', 'Punctul a fost retras de pe ordinea de zi.', [null, 'withdrawn', 'punctul de pe ordinea de zi']],
    ['el', 'Η COSI θα επανέλθει στο θέμα κατά την επόμενη συνεδρίασή της.', ['COSI', 'will-return', `${TITLE} κατά την επόμενη συνεδρίασή της`]],
    ['el', 'Το σημείο αποσύρθηκε από την ημερήσια διάταξη.', [null, 'withdrawn', 'το σημείο από την ημερήσια διάταξη']],
    ['hu', 'A bizottság vissza fog térni erre a pontra a következő ülésén.', ['COSI', 'will-return', `${TITLE} a következő ülésén`]],
    ['hu', 'Az Elnökség visszavonta a napirendi pontot.', ['the Presidency', 'withdrawn', 'a napirendi pontot']],
    ['da', 'Udvalget vil vende tilbage til dette punkt på sit næste møde.', ['COSI', 'will-return', `${TITLE} på sit næste møde`]],
    ['da', 'Punktet blev trukket tilbage fra dagsordenen.', [null, 'withdrawn', 'punktet fra dagsordenen']],
    ['sv', 'Kommittén kommer att återkomma till frågan vid sitt nästa möte.', ['COSI', 'will-return', `${TITLE} vid sitt nästa möte`]],
    ['sv', 'Punkten drogs tillbaka från dagordningen.', [null, 'withdrawn', 'punkten från dagordningen']],
    ['fi', 'Komitea palaa asiaan seuraavassa kokouksessaan.', ['COSI', 'will-return', `${TITLE} seuraavassa kokouksessaan`]],
    ['fi', 'Kohta poistettiin esityslistalta.', [null, 'withdrawn', 'kohta esityslistalta']],
    ['et', 'Komitee naaseb selle küsimuse juurde järgmisel koosolekul.', ['COSI', 'will-return', `${TITLE} järgmisel koosolekul`]],
    ['et', 'Eesistujariik võttis punkti tagasi.', ['the Presidency', 'withdrawn', 'punkti']],
    ['lv', 'Komiteja atgriezīsies pie šā jautājuma nākamajā sanāksmē.', ['COSI', 'will-return', `${TITLE} nākamajā sanāksmē`]],
    ['lv', 'Punkts tika svītrots no darba kārtības.', [null, 'withdrawn', 'punkts no darba kārtības']],
    ['lt', 'Komitetas grįš prie šio klausimo kitame posėdyje.', ['COSI', 'will-return', `${TITLE} kitame posėdyje`]],
    ['lt', 'Klausimas buvo išbrauktas iš darbotvarkės.', [null, 'withdrawn', 'klausimas iš darbotvarkės']],
    ['mt', "Il-Kumitat se jerġa' lura għal dan il-punt fil-laqgħa li jmiss.", ['COSI', 'will-return', `${TITLE} fil-laqgħa li jmiss`]],
    ['mt', 'Il-punt ġie rtirat mill-aġenda.', [null, 'withdrawn', 'il-punt mill-aġenda']],
    ['ga', 'Fillfidh an Coiste ar an bpointe seo ag an gcéad chruinniú eile.', ['COSI', 'will-return', `${TITLE} ag an gcéad chruinniú eile`]],
    ['ga', 'Tharraing an Uachtaránacht siar an pointe.', ['the Presidency', 'withdrawn', 'an pointe']],
  ] as const)('reads in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no withdrawal in a passage struck out or a decision taken by someone, only an item taken off the agenda', () => {
    for (const text of [
      'Punkt 3 ströks.',
      'Kohta 3 poistettiin.',
      'Teksts tika svītrots.',
      '3 punktas buvo išbrauktas.',
      'Bod byl vyřazen.',
      'Beslutningen blev taget af formandskabet.',
    ])
      expect(statements(text)).toEqual([]);
    expect(statements('Punkten ströks från dagordningen.')).toEqual([[null, 'withdrawn', 'punkten från dagordningen']]);
    expect(statements('Punktet blev taget af dagsordenen.')).toEqual([[null, 'withdrawn', 'punktet']]);
  });

  it('reads no return that is negated, nor a body turning to someone (`ei palaa`, `pöördub delegatsioonide poole`)', () => {
    expect(statements('Komitea ei palaa asiaan.')).toEqual([]);
    expect(statements('Eesistujariik pöördub delegatsioonide poole.')).toEqual([]);
    expect(statements('Výbor se nevrátí k tomuto bodu.')).toEqual([]);
  });
});

describe('findDecisions: an exchange of views as the Spanish, French and German versions also word it', () => {
  it.each([
    ['es', 'El COSI mantuvo un cambio de impresiones sobre el informe.', ['COSI', 'exchanged-views', 'sobre el informe']],
    ['es', 'El COSI mantuvo un breve cambio de impresiones.', ['COSI', 'exchanged-views', TITLE]],
    ['fr', 'Le COSI a procédé à un tour de table sur la voie à suivre.', ['COSI', 'exchanged-views', 'sur la voie à suivre']],
    ['de', 'Der Ausschuss führte eine Aussprache über den Bericht.', ['COSI', 'exchanged-views', 'über den Bericht']],
    ['de', 'Der Ausschuss führte eine kurze Aussprache.', ['COSI', 'exchanged-views', TITLE]],
  ] as const)('reads in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads it under a sub-point as the sub-point’s (French, Spanish)', () => {
    expect(statements('a) État des lieux\n\nLe COSI a pris note du rapport.\n\nb) Voie à suivre\n\nLe COSI a procédé à un échange de vues.')).toEqual([
      ['COSI', 'took-note', 'du rapport'],
      ['COSI', 'exchanged-views', 'Voie à suivre'],
    ]);
    expect(statements('b) Vía a seguir\n\nEl COSI mantuvo un cambio de impresiones.')).toEqual([['COSI', 'exchanged-views', 'Vía a seguir']]);
  });
});

describe('findDecisions: a return reported after another decision of the same body', () => {
  it('reads `… and said that it would come back to COSI …` as a return by the body before, ending the object before it', () => {
    expect(statements('The Presidency took note of the comments made and said that it would come back to COSI with a revised version.')).toEqual([
      ['the Presidency', 'took-note', 'the comments made'],
      ['the Presidency', 'will-return', 'COSI with a revised version'],
    ]);
  });
});

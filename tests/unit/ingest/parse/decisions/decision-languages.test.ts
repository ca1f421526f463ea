import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';

/** An item title for texts whose decisions all have objects. */
const TITLE = 'Any item';

/** Who decided what, as triples, in order. */
function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, TITLE).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

/** The decisions of each item of a layout fixture, as the ingest records them. */
function fixtureDecisions(name: string): Array<[string, Array<[string | null, string, string, string[]]>]> {
  const path = `tests/fixtures/layouts/${name}/source.txt`;
  const record = parseDocument(readFileSync(path, 'utf8'), path);
  if (!('items' in record)) throw new Error(`${name} did not parse`);
  return record.items.map((item) => [item.number ?? '', item.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])]);
}

describe('a date inside an object', () => {
  it('keeps a German date whose day ends with a dot before its month inside the object (`am 9. Dezember 2025`)', () => {
    expect(statements('Der Ausschuss kam überein, in seiner Sitzung am 9. Dezember 2025 auf die Frage zurückzukommen.')).toEqual([
      ['COSI', 'agreed', 'in seiner Sitzung am 9. Dezember 2025 auf die Frage zurückzukommen'],
    ]);
    expect(statements('Der Ausschuss nahm den Bericht vom 3. März 2026 zur Kenntnis.')).toEqual([['COSI', 'took-note', 'den Bericht vom 3. März 2026']]);
  });
});

describe('decisions of the French summary record', () => {
  it('reads what the Committee adopted, noted, approved and agreed, each verb as the closed set writes it, from plain and -layout pdftotext alike', () => {
    const layout = fixtureDecisions('summary-record-table-layout-fr');
    expect(layout).toEqual(fixtureDecisions('summary-record-table-plain-fr'));
    expect(layout).toEqual([
      ['1', [['COSI', 'adopted', "l'ordre du jour", []]]],
      [
        '2',
        [
          ['COSI', 'took-note', 'du texte de compromis', []],
          ['COSI', 'agreed', 'de le soumettre au Conseil en vue de dégager une orientation générale', []],
        ],
      ],
      [
        '3',
        [
          ['COSI', 'approved', 'le projet de conclusions', []],
          ['COSI', 'agreed', 'de le soumettre au Conseil pour approbation en tant que point "A"', []],
        ],
      ],
      ['4', [['COSI', 'took-note', 'des informations communiquées par la présidence', []]]],
      [
        '5',
        [
          ['COSI', 'approved', 'le projet de décision figurant dans le document 14986/25', ['14986/25']],
          ['COSI', 'agreed', 'de le soumettre au Conseil pour adoption', []],
        ],
      ],
      ['6', []],
    ]);
  });
});

describe('decisions of the German summary record', () => {
  it('reads a separable verb with its object between the verb and its particle (nahm … zur Kenntnis, nahm … an), from plain and -layout pdftotext alike', () => {
    const layout = fixtureDecisions('summary-record-table-layout-de');
    expect(layout).toEqual(fixtureDecisions('summary-record-table-plain-de'));
    expect(layout).toEqual([
      ['1', [['COSI', 'adopted', 'die Tagesordnung', []]]],
      [
        '2',
        [
          ['COSI', 'took-note', 'den Kompromisstext', []],
          ['COSI', 'agreed', 'ihn dem Rat im Hinblick auf eine allgemeine Ausrichtung vorzulegen', []],
        ],
      ],
      [
        '3',
        [
          ['COSI', 'approved', 'den Entwurf von Schlussfolgerungen', []],
          ['COSI', 'agreed', 'ihn dem Rat als A-Punkt zur Billigung vorzulegen', []],
        ],
      ],
      ['4', [['COSI', 'took-note', 'die Informationen des Vorsitzes', []]]],
      [
        '5',
        [
          ['COSI', 'approved', 'den Entwurf eines Beschlusses in Dokument 14986/25', ['14986/25']],
          ['COSI', 'agreed', 'ihn dem Rat zur Annahme vorzulegen', []],
        ],
      ],
      ['6', []],
    ]);
  });
});

describe('findDecisions in French', () => {
  it('names the committee COSI, and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    const text = [
      'Le COSI a pris acte du rapport de la présidence.',
      'La présidence a salué les résultats de l’atelier.',
      'La Commission a confirmé son intention de présenter une proposition.',
      'Les délégations ont procédé à un échange de vues sur la menace terroriste.',
      'Le groupe de soutien du COSI a marqué son accord sur la feuille de route.',
      'La délégation allemande a invité Europol à présenter un rapport.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'du rapport de la présidence'],
      ['the Presidency', 'welcomed', 'les résultats de l’atelier'],
      ['the Commission', 'confirmed', 'son intention de présenter une proposition'],
      ['Delegations', 'exchanged-views', 'sur la menace terroriste'],
      ['the COSI Support Group', 'agreed', 'sur la feuille de route'],
      ['la délégation allemande', 'invited', 'Europol à présenter un rapport'],
    ]);
  });

  it('reads adverbs, "de" after "a pris note", a reflexive welcome, verbs coordinated by "et" or a comma, and "il a été convenu de"', () => {
    const text = [
      'Le Comité a également pris note de la note de la présidence, a salué les travaux accomplis et a chargé le groupe de soutien du COSI de la mise en œuvre.',
      "Les délégations se sont félicitées de l'initiative.",
      'Enfin, le Comité a adopté les conclusions; il a été convenu de revenir sur ce point.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'la note de la présidence'],
      ['COSI', 'welcomed', 'les travaux accomplis'],
      ['COSI', 'tasked', 'le groupe de soutien du COSI de la mise en œuvre'],
      ['Delegations', 'welcomed', "l'initiative"],
      ['COSI', 'adopted', 'les conclusions'],
      [null, 'agreed', 'de revenir sur ce point'],
    ]);
  });

  it('reads a participle coordinated without its auxiliary before its object (`… et approuvé le rapport`), never one an attribute (`présenté et approuvé par`)', () => {
    expect(statements('Le COSI a pris note du rapport et approuvé les conclusions.')).toEqual([
      ['COSI', 'took-note', 'du rapport'],
      ['COSI', 'approved', 'les conclusions'],
    ]);
    expect(statements('Le Comité a pris note du rapport présenté et approuvé par le groupe de travail.')).toEqual([
      ['COSI', 'took-note', 'du rapport présenté et approuvé par le groupe de travail'],
    ]);
    expect(statements('Le Comité a pris note du rapport examiné et approuvé le 3 mars 2026.')).toEqual([
      ['COSI', 'took-note', 'du rapport examiné et approuvé le 3 mars 2026'],
    ]);
    expect(statements('Il comitato ha preso atto della relazione e approvato le conclusioni.')).toEqual([
      ['COSI', 'took-note', 'della relazione'],
      ['COSI', 'approved', 'le conclusioni'],
    ]);
  });

  it('does not count what only some delegations did, a plan, or a verb of another kind', () => {
    const text = [
      'Certaines délégations ont salué la proposition.',
      'Le Comité sera invité à approuver le projet.',
      'La présidence a informé les délégations de l’état des travaux.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in French: noted and decided', () => {
  it('reads `a noté` as took note and `a décidé de` as agreed', () => {
    expect(statements('Le COSI a noté les progrès accomplis. Le Comité a décidé de revenir sur la question en septembre.')).toEqual([
      ['COSI', 'took-note', 'les progrès accomplis'],
      ['COSI', 'agreed', 'de revenir sur la question en septembre'],
    ]);
  });
});

describe('findDecisions: decided, as agreed, in German, Spanish and Italian', () => {
  it.each([
    ['Der Ausschuss beschloss, auf die Frage zurückzukommen.', ['COSI', 'agreed', 'auf die Frage zurückzukommen']],
    ['Die Delegationen vereinbarten, die Arbeiten fortzusetzen.', ['Delegations', 'agreed', 'die Arbeiten fortzusetzen']],
    ['El COSI decidió volver sobre la cuestión en septiembre.', ['COSI', 'agreed', 'volver sobre la cuestión en septiembre']],
    ['Il COSI ha deciso di tornare sulla questione a settembre.', ['COSI', 'agreed', 'di tornare sulla questione a settembre']],
  ] as const)('reads %s', (text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });
});

describe('findDecisions in German', () => {
  it('names the committee COSI, and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    const text = [
      'Der COSI bestätigte die Prioritäten.',
      'Der Vorsitz begrüßte die Ergebnisse des Workshops.',
      'Die Kommission führte einen Gedankenaustausch über die Bedrohungslage.',
      'Die Delegationen stimmten dem Vorschlag zu.',
      'Die COSI-Unterstützungsgruppe einigte sich auf den Fahrplan.',
      'Die deutsche Delegation ersuchte Europol, einen Bericht vorzulegen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'confirmed', 'die Prioritäten'],
      ['the Presidency', 'welcomed', 'die Ergebnisse des Workshops'],
      ['the Commission', 'exchanged-views', 'über die Bedrohungslage'],
      ['Delegations', 'agreed', 'dem Vorschlag'],
      ['the COSI Support Group', 'agreed', 'auf den Fahrplan'],
      ['die deutsche Delegation', 'invited', 'Europol, einen Bericht vorzulegen'],
    ]);
  });

  it('reads adverbs, coordinated verbs, "forderte … auf" and "beauftragte"', () => {
    const text = [
      'Der Ausschuss nahm außerdem den Bericht des Vorsitzes zur Kenntnis, begrüßte die geleistete Arbeit und beauftragte die COSI-Unterstützungsgruppe mit der Umsetzung.',
      'Der Ausschuss forderte die Kommission auf, einen Vorschlag vorzulegen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'den Bericht des Vorsitzes'],
      ['COSI', 'welcomed', 'die geleistete Arbeit'],
      ['COSI', 'tasked', 'die COSI-Unterstützungsgruppe mit der Umsetzung'],
      ['COSI', 'invited', 'die Kommission auf, einen Vorschlag vorzulegen'],
    ]);
  });

  it('does not count a separable verb of another kind, what only some delegations did, or a plan', () => {
    const text = [
      'Der Ausschuss nahm an der Sitzung teil.',
      'Einige Delegationen begrüßten den Vorschlag.',
      'Der Ausschuss forderte mehr Mittel.',
      'Der Ausschuss wird ersucht, den Entwurf zu billigen.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in French: the passive', () => {
  it('makes what was decided the object, with its complement, and the agent after "par" who decided', () => {
    const text = [
      'Le rapport a été approuvé par le Comité.',
      'Les conclusions ont été adoptées.',
      "L'ordre du jour a été adopté tel qu'il figure dans le document CM 1234/24.",
      'La feuille de route a été entérinée par les délégations.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'approved', 'le rapport'],
      [null, 'adopted', 'les conclusions'],
      [null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 1234/24"],
      ['Delegations', 'endorsed', 'la feuille de route'],
    ]);
  });

  it('reads "il a été pris note de" and "il a été convenu de" with their objects after the verb', () => {
    expect(statements('Il a été pris note du rapport de la présidence. Il a été convenu de transmettre le texte au Coreper.')).toEqual([
      [null, 'took-note', 'du rapport de la présidence'],
      [null, 'agreed', 'de transmettre le texte au Coreper'],
    ]);
  });

  it('does not read a future, a negation or a relative clause', () => {
    const text = [
      'Le projet sera approuvé par le Conseil.',
      "Le texte n'a pas été adopté.",
      'Le rapport, qui a été approuvé en mai, a été présenté par la présidence.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in German: the perfect and the passive', () => {
  it('reads the perfect with its participle at the clause end, the object the words between', () => {
    const text = [
      'Der Ausschuss hat den Bericht zur Kenntnis genommen.',
      'Der Ausschuss hat die Tagesordnung angenommen.',
      'Die Delegationen haben den Fahrplan gebilligt.',
      'Der Vorsitz hat die Ergebnisse begrüßt.',
      'Der Ausschuss ist übereingekommen, den Entwurf dem Rat vorzulegen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'den Bericht'],
      ['COSI', 'adopted', 'die Tagesordnung'],
      ['Delegations', 'approved', 'den Fahrplan'],
      ['the Presidency', 'welcomed', 'die Ergebnisse'],
      ['COSI', 'agreed', 'den Entwurf dem Rat vorzulegen'],
    ]);
  });

  it('reads the passive: the subject what was decided, with the words before the participle, the agent after "vom" or "von"', () => {
    const text = [
      'Der Bericht wurde gebilligt.',
      'Die Schlussfolgerungen wurden vom Ausschuss befürwortet.',
      'Die Tagesordnung wurde in der Fassung des Dokuments CM 1234/24 angenommen.',
      'Der Fahrplan ist von den Delegationen zur Kenntnis genommen worden.',
      'Es wurde vereinbart, die Frage erneut zu prüfen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      [null, 'approved', 'der Bericht'],
      ['COSI', 'endorsed', 'die Schlussfolgerungen'],
      [null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 1234/24'],
      ['Delegations', 'took-note', 'der Fahrplan'],
      [null, 'agreed', 'die Frage erneut zu prüfen'],
    ]);
  });

  it('does not read another participle, a negation, a future or a subordinate clause', () => {
    const text = [
      'Der Ausschuss hat an der Sitzung teilgenommen.',
      'Der Bericht wurde vorgestellt.',
      'Der Bericht wurde nicht gebilligt.',
      'Der Entwurf wird dem Rat vorgelegt werden.',
      'Der Bericht, der im Mai gebilligt wurde, wurde vorgestellt.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in Spanish', () => {
  it('names the committee COSI and reads "tomó nota de", "ha tomado nota del", "aprobó", "acordó", "refrendó"', () => {
    const text = [
      'El Comité tomó nota de la nota de la Presidencia.',
      'El COSI ha tomado nota del documento 14986/25.',
      'El Comité aprobó el orden del día.',
      'El Comité acordó remitir el proyecto al Consejo.',
      'Las delegaciones refrendaron las conclusiones.',
      'La Presidencia acogió con satisfacción los resultados del seminario.',
      'La Comisión mantuvo un intercambio de opiniones sobre la amenaza terrorista.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'la nota de la Presidencia'],
      ['COSI', 'took-note', 'del documento 14986/25'],
      ['COSI', 'adopted', 'el orden del día'],
      ['COSI', 'agreed', 'remitir el proyecto al Consejo'],
      ['Delegations', 'endorsed', 'las conclusiones'],
      ['the Presidency', 'welcomed', 'los resultados del seminario'],
      ['the Commission', 'exchanged-views', 'sobre la amenaza terrorista'],
    ]);
  });

  it('reads verbs coordinated by "y" or a comma, and the passive with "fue" and with "se"', () => {
    const text = [
      'El Comité tomó nota del informe, aprobó el proyecto y encargó al Grupo de Apoyo del COSI su seguimiento.',
      'El informe fue aprobado por el Comité.',
      'Se aprobó el orden del día.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'del informe'],
      ['COSI', 'approved', 'el proyecto'],
      ['COSI', 'tasked', 'al Grupo de Apoyo del COSI su seguimiento'],
      ['COSI', 'approved', 'el informe'],
      [null, 'adopted', 'el orden del día'],
    ]);
  });

  it('does not count what only some delegations did, a plan, or a verb of another kind', () => {
    const text = [
      'Algunas delegaciones acogieron con satisfacción la propuesta.',
      'Se invitará al Comité a aprobar el proyecto.',
      'La Presidencia informó a las delegaciones.',
      'El texto no fue aprobado.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in Italian', () => {
  it('names the committee COSI and reads "ha preso atto di", "ha approvato", "ha convenuto"', () => {
    const text = [
      'Il Comitato ha preso atto della relazione della Presidenza.',
      "Il COSI ha approvato l'ordine del giorno.",
      'Il Comitato ha convenuto di trasmettere il progetto al Consiglio.',
      'La Presidenza ha accolto con favore i risultati del seminario.',
      'Le delegazioni hanno proceduto a uno scambio di opinioni sulla minaccia terroristica.',
      'La Commissione ha confermato la sua intenzione di presentare una proposta.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'della relazione della Presidenza'],
      ['COSI', 'adopted', "l'ordine del giorno"],
      ['COSI', 'agreed', 'di trasmettere il progetto al Consiglio'],
      ['the Presidency', 'welcomed', 'i risultati del seminario'],
      ['Delegations', 'exchanged-views', 'sulla minaccia terroristica'],
      ['the Commission', 'confirmed', 'la sua intenzione di presentare una proposta'],
    ]);
  });

  it('reads verbs coordinated by "e" or a comma, and the passive with "è stato" and its agent after "dal"', () => {
    const text = [
      'Il Comitato ha preso atto della nota, ha approvato il progetto e ha invitato la Presidenza a trasmetterlo al Consiglio.',
      "L'ordine del giorno è stato approvato.",
      'Le conclusioni sono state approvate dal Comitato.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'della nota'],
      ['COSI', 'approved', 'il progetto'],
      ['COSI', 'invited', 'la Presidenza a trasmetterlo al Consiglio'],
      [null, 'adopted', "l'ordine del giorno"],
      ['COSI', 'approved', 'le conclusioni'],
    ]);
  });

  it('does not count what only some delegations did, a plan, or a verb of another kind', () => {
    const text = [
      'Alcune delegazioni hanno accolto con favore la proposta.',
      'Il Comitato sarà invitato ad approvare il progetto.',
      'La Presidenza ha informato le delegazioni.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in Dutch', () => {
  it('names the committee COSI and reads "nam nota van", "heeft … goedgekeurd", "stemde in met", a separable verb by its particle', () => {
    const text = [
      'Het Comité nam nota van het verslag van het voorzitterschap.',
      'Het Comité heeft de agenda goedgekeurd.',
      'Het Comité stemde in met het voorstel.',
      'Het COSI heeft kennis genomen van de nota.',
      'Het voorzitterschap verwelkomde de resultaten van de workshop.',
      'De delegaties keurden de conclusies goed.',
      'De Commissie bevestigde haar voornemen.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'het verslag van het voorzitterschap'],
      ['COSI', 'adopted', 'de agenda'],
      ['COSI', 'agreed', 'met het voorstel'],
      ['COSI', 'took-note', 'de nota'],
      ['the Presidency', 'welcomed', 'de resultaten van de workshop'],
      ['Delegations', 'approved', 'de conclusies'],
      ['the Commission', 'confirmed', 'haar voornemen'],
    ]);
  });

  it('reads the passive with "werd" or "is", the agent after "door"', () => {
    expect(statements('De agenda werd goedgekeurd. Het verslag is door het Comité bekrachtigd.')).toEqual([
      [null, 'adopted', 'de agenda'],
      ['COSI', 'endorsed', 'het verslag'],
    ]);
  });

  it('does not count what only some delegations did, a plan, or a verb of another kind', () => {
    const text = [
      'Enkele delegaties verwelkomden het voorstel.',
      'Het Comité zal worden verzocht het ontwerp goed te keuren.',
      'Het Comité nam deel aan de vergadering.',
      'Het verslag werd niet goedgekeurd.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions in Portuguese', () => {
  it('names the committee COSI and reads "tomou nota de", "aprovou", "acordou", the passive with "foi"', () => {
    const text = [
      'O Comité tomou nota do relatório da Presidência.',
      'O COSI aprovou a ordem do dia.',
      'O Comité acordou em transmitir o projeto ao Conselho.',
      'As delegações procederam a uma troca de opiniões sobre a ameaça terrorista.',
      'A ordem do dia foi aprovada.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'do relatório da Presidência'],
      ['COSI', 'adopted', 'a ordem do dia'],
      ['COSI', 'agreed', 'em transmitir o projeto ao Conselho'],
      ['Delegations', 'exchanged-views', 'sobre a ameaça terrorista'],
      [null, 'adopted', 'a ordem do dia'],
    ]);
  });

  it('does not count what only some delegations did or a plan', () => {
    expect(statements('Algumas delegações saudaram a proposta. O Comité será convidado a aprovar o projeto.')).toEqual([]);
  });
});

describe('findDecisions in Polish', () => {
  it('names the committee COSI and reads "przyjął do wiadomości", "przyjął", "zatwierdził", "uzgodnił", "z zadowoleniem przyjęła"', () => {
    const text = [
      'Komitet przyjął do wiadomości sprawozdanie prezydencji.',
      'Komitet przyjął porządek obrad.',
      'COSI zatwierdził projekt konkluzji i uzgodnił, że przekaże go Radzie.',
      'Prezydencja z zadowoleniem przyjęła wyniki warsztatów.',
      'Delegacje przeprowadziły wymianę poglądów na temat zagrożenia terrorystycznego.',
      'Komisja potwierdziła zamiar przedstawienia wniosku.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'sprawozdanie prezydencji'],
      ['COSI', 'adopted', 'porządek obrad'],
      ['COSI', 'approved', 'projekt konkluzji'],
      ['COSI', 'agreed', 'że przekaże go Radzie'],
      ['the Presidency', 'welcomed', 'wyniki warsztatów'],
      ['Delegations', 'exchanged-views', 'na temat zagrożenia terrorystycznego'],
      ['the Commission', 'confirmed', 'zamiar przedstawienia wniosku'],
    ]);
  });

  it('names the committee COSI when the text calls it by its name, short or whole (`Komitet ds. Współpracy Operacyjnej`, `Stały Komitet ds. … (COSI)`)', () => {
    const text = [
      'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI) przyjął do wiadomości informacje prezydencji.',
      'Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego zatwierdził konkluzje.',
      'Komitet ds. Współpracy Operacyjnej uzgodnił, że przekaże projekt Radzie.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'informacje prezydencji'],
      ['COSI', 'approved', 'konkluzje'],
      ['COSI', 'agreed', 'że przekaże projekt Radzie'],
    ]);
  });

  it('reads the passive with "został" and its agent after "przez", and "przyjęto", "uzgodniono" with their objects after them', () => {
    const text = [
      'Porządek obrad został przyjęty.',
      'Sprawozdanie zostało zatwierdzone przez Komitet.',
      'Przyjęto do wiadomości informacje prezydencji.',
      'Uzgodniono, że kwestia zostanie ponownie rozpatrzona.',
    ].join(' ');
    expect(statements(text)).toEqual([
      [null, 'adopted', 'porządek obrad'],
      ['COSI', 'approved', 'sprawozdanie'],
      [null, 'took-note', 'informacje prezydencji'],
      [null, 'agreed', 'że kwestia zostanie ponownie rozpatrzona'],
    ]);
  });

  it('does not count what only some delegations did, a plan, a negation or a verb of another kind', () => {
    const text = [
      'Niektóre delegacje z zadowoleniem przyjęły propozycję.',
      'Komitet zostanie poproszony o zatwierdzenie projektu.',
      'Sprawozdanie nie zostało zatwierdzone.',
      'Prezydencja poinformowała delegacje o stanie prac.',
    ].join(' ');
    expect(statements(text)).toEqual([]);
  });
});

describe('findDecisions: the committee by its full name in the other versions', () => {
  it('reads the committee named by its official name, with its acronym, as COSI deciding in the 22 versions beside English and Polish', () => {
    const sentences: Array<[string, string, string]> = [
      ['Постоянният комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI) одобри заключенията.', 'approved', 'заключенията'],
      ['Stálý výbor pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI) schválil závěry.', 'approved', 'závěry'],
      ['Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed (COSI) godkendte konklusionerne.', 'approved', 'konklusionerne'],
      [
        'Der Ständige Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) billigte die Schlussfolgerungen.',
        'approved',
        'die Schlussfolgerungen',
      ],
      ['Η Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI) ενέκρινε τα συμπεράσματα.', 'approved', 'τα συμπεράσματα'],
      ['El Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) aprobó las conclusiones.', 'approved', 'las conclusiones'],
      ['Sisejulgeolekualase operatiivkoostöö alaline komitee (COSI) kiitis heaks järeldused.', 'approved', 'järeldused'],
      ['Sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea (COSI) hyväksyi päätelmät.', 'approved', 'päätelmät'],
      ['Le Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) a approuvé les conclusions.', 'approved', 'les conclusions'],
      ["D'fhormheas an Buanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach (COSI) na conclúidí.", 'approved', 'na conclúidí'],
      ['Stalni odbor za operativnu suradnju u području unutarnje sigurnosti (COSI) je odobrio zaključke.', 'approved', 'zaključke'],
      [
        'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI) jóváhagyta a következtetéseket.',
        'approved',
        'a következtetéseket',
      ],
      [
        'Il comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI) ha approvato le conclusioni.',
        'approved',
        'le conclusioni',
      ],
      ['Nuolatinis operatyvinio bendradarbiavimo vidaus saugumo srityje komitetas (COSI) pritarė išvadoms.', 'approved', 'išvadoms'],
      ['Iekšējās drošības operatīvās sadarbības pastāvīgā komiteja (COSI) apstiprināja secinājumus.', 'approved', 'secinājumus'],
      [
        'Il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna (COSI) approva l-konklużjonijiet.',
        'approved',
        'l-konklużjonijiet',
      ],
      [
        'Het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI) keurde de conclusies goed.',
        'approved',
        'de conclusies',
      ],
      ['O Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI) aprovou as conclusões.', 'approved', 'as conclusões'],
      ['Comitetul permanent pentru cooperarea operațională în materie de securitate internă (COSI) a aprobat concluziile.', 'approved', 'concluziile'],
      ['Stály výbor pre operatívnu spoluprácu v oblasti vnútornej bezpečnosti (COSI) schválil závery.', 'approved', 'závery'],
      ['Stalni odbor za operativno sodelovanje na področju notranje varnosti (COSI) je odobril sklepe.', 'approved', 'sklepe'],
      ['Ständiga kommittén för operativt samarbete i frågor som rör inre säkerhet (COSI) godkände slutsatserna.', 'approved', 'slutsatserna'],
    ];
    for (const [sentence, verb, object] of sentences) expect(statements(sentence), sentence).toEqual([['COSI', verb, object]]);
  });

  it('reads the name without its acronym and wrapped over two lines, as a PDF prints it', () => {
    const text = [
      'Le Comité permanent de coopération opérationnelle en\nmatière de sécurité intérieure a pris note du rapport.',
      'Der Ständige Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit nahm den Bericht zur Kenntnis.',
      'El Comité Permanente de Cooperación Operativa en materia de Seguridad Interior tomó nota del informe.',
      'Ständiga kommittén för operativt samarbete i frågor\nsom rör inre säkerhet noterade rapporten.',
      'Thug an Buanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach dá aire an tuarascáil.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'du rapport'],
      ['COSI', 'took-note', 'den Bericht'],
      ['COSI', 'took-note', 'del informe'],
      ['COSI', 'took-note', 'rapporten'],
      ['COSI', 'took-note', 'an tuarascáil'],
    ]);
  });

  it("reads the full name as the agent of a passive, the object the passive's subject alone, and Coreper as the German agent", () => {
    const sentences: Array<[string, string | null, string]> = [
      ['Le rapport a été approuvé par le Comité permanent de coopération opérationnelle en matière de sécurité intérieure.', 'COSI', 'le rapport'],
      ['Le rapport a été approuvé par le COSI.', 'COSI', 'le rapport'],
      ['Der Bericht wurde vom Ständigen Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit gebilligt.', 'COSI', 'der Bericht'],
      ['Der Bericht wurde vom AStV gebilligt.', 'Coreper', 'der Bericht'],
      ['Der Bericht wurde vom AStV/COSI gebilligt.', 'AStV/COSI', 'der Bericht'],
      ['El informe fue aprobado por el Comité Permanente de Cooperación Operativa en materia de Seguridad Interior.', 'COSI', 'el informe'],
      ['La relazione è stata approvata dal comitato permanente per la cooperazione operativa in materia di sicurezza interna.', 'COSI', 'la relazione'],
      [
        'Het verslag werd door het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI) goedgekeurd.',
        'COSI',
        'het verslag',
      ],
      ['O relatório foi aprovado pelo Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna.', 'COSI', 'o relatório'],
      ['Sprawozdanie zostało zatwierdzone przez Komitet ds. Współpracy Operacyjnej.', 'COSI', 'sprawozdanie'],
      ['Raportul a fost aprobat de Comitetul permanent pentru cooperarea operaţională în materie de securitate internă.', 'COSI', 'raportul'],
      ['Rapporten blev godkendt af Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed.', 'COSI', 'rapporten'],
      ['Izvješće je odobreno od strane Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti.', 'COSI', 'izvješće'],
      ['Докладът беше одобрен от Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност.', 'COSI', 'докладът'],
    ];
    for (const [sentence, by, object] of sentences) expect(statements(sentence), sentence).toEqual([[by, 'approved', object]]);
  });
});

describe('findDecisions: the committee named in lower case, as the versions print it mid-sentence', () => {
  it('reads il comitato, het comité, el comité, o comité and komitet as COSI, in the active and as the agent of a passive', () => {
    const text = [
      'Il comitato ha preso atto delle informazioni della presidenza.',
      'Het comité keurde de conclusies goed.',
      'El comité tomó nota del informe.',
      'O comité aprovou as conclusões.',
      'Prezydencja przedstawiła sprawozdanie i komitet zatwierdził konkluzje.',
      'La relazione è stata approvata dal comitato.',
      'Het verslag is door het comité bekrachtigd.',
      'Sprawozdanie zostało zatwierdzone przez komitet.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'delle informazioni della presidenza'],
      ['COSI', 'approved', 'de conclusies'],
      ['COSI', 'took-note', 'del informe'],
      ['COSI', 'approved', 'as conclusões'],
      ['COSI', 'approved', 'konkluzje'],
      ['COSI', 'approved', 'la relazione'],
      ['COSI', 'endorsed', 'het verslag'],
      ['COSI', 'approved', 'sprawozdanie'],
    ]);
  });

  it('reads the presidency in lower case too (la presidenza, la presidencia, a presidência, prezydencja)', () => {
    const text = [
      'La presidenza ha accolto con favore i risultati.',
      'La presidencia tomó nota del informe.',
      'A presidência tomou nota das observações.',
      'Prezydencja przyjęła do wiadomości uwagi.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['the Presidency', 'welcomed', 'i risultati'],
      ['the Presidency', 'took-note', 'del informe'],
      ['the Presidency', 'took-note', 'das observações'],
      ['the Presidency', 'took-note', 'uwagi'],
    ]);
  });
});

describe('findDecisions: the adoption of the agenda', () => {
  it('is `adopted` whichever verb the version prints, past or present (Se aprueba, foi aprovada, wordt goedgekeurd, è approvato)', () => {
    const agenda = [
      'Se aprueba el orden del día tal como figura en el documento CM 2210/24.',
      'A ordem do dia foi aprovada tal como consta do documento CM 2210/24.',
      'De agenda wordt goedgekeurd zoals vermeld in document CM 2210/24.',
      'De voorlopige agenda in document CM 2210/24 werd goedgekeurd.',
      "L'ordine del giorno è approvato quale figura nel documento CM 2210/24.",
      "L'ordre du jour est adopté tel qu'il figure dans le document CM 2210/24.",
      'Die Tagesordnung wird in der Fassung des Dokuments CM 2210/24 angenommen.',
      'Porządek obrad przyjęto w brzmieniu z dokumentu CM 2210/24.',
    ];
    expect(agenda.map((sentence) => statements(sentence))).toEqual([
      [[null, 'adopted', 'el orden del día tal como figura en el documento CM 2210/24']],
      [[null, 'adopted', 'a ordem do dia tal como consta do documento CM 2210/24']],
      [[null, 'adopted', 'de agenda zoals vermeld in document CM 2210/24']],
      [[null, 'adopted', 'de voorlopige agenda in document CM 2210/24']],
      [[null, 'adopted', "l'ordine del giorno quale figura nel documento CM 2210/24"]],
      [[null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 2210/24"]],
      [[null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 2210/24']],
      [[null, 'adopted', 'porządek obrad w brzmieniu z dokumentu CM 2210/24']],
    ]);
  });

  it('leaves other approvals approved, and a present passive that asks rather than decides no decision', () => {
    const text = [
      'El informe se aprobó sin cambios.',
      'De conclusies werden door het comité goedgekeurd, zoals voorgesteld.',
      'Het Comité wordt verzocht de conclusies goed te keuren.',
      'Der Ausschuss wird ersucht, den Entwurf zu billigen.',
      'Le delegazioni sono invitate a presentare osservazioni.',
      'Następnie przyjęto do wiadomości informacje prezydencji.',
    ].join(' ');
    // `sin cambios` is how the report was approved, kept apart from it (decision-procedures.ts)
    expect(statements(text)).toEqual([
      [null, 'approved', 'el informe'],
      ['COSI', 'approved', 'de conclusies'],
      [null, 'took-note', 'informacje prezydencji'],
    ]);
    expect(findDecisions(text, TITLE).decisions[0]?.procedure).toBe('sin cambios');
  });
});

describe('findDecisions: the verb second after an opening part, in German and Dutch', () => {
  it('reads the body after the verb when the clause opens with another part (Abschließend nahm der Ausschuss …)', () => {
    const text = [
      'Abschließend nahm der Ausschuss den Bericht zur Kenntnis.',
      'Nach einer kurzen Aussprache billigte der Ausschuss die Schlussfolgerungen.',
      'Anschließend hat der Vorsitz den Fahrplan bestätigt.',
      'Na de discussie keurde het Comité de conclusies goed.',
      'Vervolgens verwelkomde het comité het verslag van Europol.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'den Bericht'],
      ['COSI', 'approved', 'die Schlussfolgerungen'],
      ['the Presidency', 'confirmed', 'den Fahrplan'],
      ['COSI', 'approved', 'de conclusies'],
      ['COSI', 'welcomed', 'het verslag van Europol'],
    ]);
  });

  it('takes a body that opens the clause for the subject, the one after the verb for its object', () => {
    expect(statements('Der Vorsitz ersuchte die Delegationen um Stellungnahmen. Daraufhin begrüßten einige Delegationen den Vorschlag.')).toEqual([
      ['the Presidency', 'invited', 'die Delegationen um Stellungnahmen'],
    ]);
  });
});

describe('findDecisions: Dutch `nam` with its subject after it', () => {
  it('reads `nam het Comité nota van` / `kennis van` as taking note, the words after them what was noted', () => {
    const text = [
      'Vervolgens nam het Comité nota van het verslag van het voorzitterschap.',
      'Na de presentatie nam het comité kennis van de stand van zaken.',
      'Daarna nam het Comité met belangstelling nota van de presentatie van Europol.',
      'Ten slotte nam het Comité de conclusies aan.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'took-note', 'het verslag van het voorzitterschap'],
      ['COSI', 'took-note', 'de stand van zaken'],
      ['COSI', 'took-note', 'de presentatie van Europol'],
      ['COSI', 'adopted', 'de conclusies'],
    ]);
  });
});

describe('findDecisions: the subject after an opening part without a comma, where it comes before the verb', () => {
  it('reads the Italian, Polish, Spanish, Portuguese and French subject after one to six opening words', () => {
    const text = [
      'Al termine della discussione il comitato ha approvato le conclusioni.',
      'In seguito la presidenza ha confermato il calendario.',
      'Następnie Komitet przyjął do wiadomości sprawozdanie.',
      'W wyniku dyskusji prezydencja potwierdziła harmonogram.',
      'Tras el debate el Comité aprobó las conclusiones.',
      'Em seguida o Comité aprovou o relatório.',
      'Ensuite le Comité a approuvé le rapport.',
    ].join(' ');
    expect(statements(text)).toEqual([
      ['COSI', 'approved', 'le conclusioni'],
      ['the Presidency', 'confirmed', 'il calendario'],
      ['COSI', 'took-note', 'sprawozdanie'],
      ['the Presidency', 'confirmed', 'harmonogram'],
      ['COSI', 'approved', 'las conclusiones'],
      ['COSI', 'approved', 'o relatório'],
      ['COSI', 'approved', 'le rapport'],
    ]);
  });

  it('reads the subject, not a body named in the opening part, nor part of a body, nor a subject after more than six opening words', () => {
    expect(statements('Secondo la presidenza il comitato ha approvato il calendario.')).toEqual([['COSI', 'approved', 'il calendario']]);
    expect(statements('Następnie niektóre delegacje poparły propozycję.')).toEqual([]);
    expect(statements('Po długiej i bardzo szczegółowej dyskusji na temat sprawozdania Komitet zatwierdził konkluzje.')).toEqual([]);
  });
});

describe('findDecisions: a common understanding reached, in the other versions', () => {
  it('reads a common position, a convergence of views or a common understanding reached as an agreement', () => {
    const sentences: Array<[string, string]> = [
      ['Le COSI est parvenu à une convergence de vues sur la voie à suivre.', 'sur la voie à suivre'],
      ['Le COSI a dégagé une position commune sur le projet de conclusions.', 'sur le projet de conclusions'],
      ['Der Ausschuss erzielte ein gemeinsames Verständnis über das weitere Vorgehen.', 'über das weitere Vorgehen'],
      ['El COSI alcanzó un entendimiento común sobre el camino a seguir.', 'sobre el camino a seguir'],
      ['Il comitato ha raggiunto una visione comune sulla via da seguire.', 'sulla via da seguire'],
      ['Het comité bereikte een gemeenschappelijk begrip over de verdere aanpak.', 'over de verdere aanpak'],
      ['O Comité chegou a um entendimento comum sobre o caminho a seguir.', 'sobre o caminho a seguir'],
      ['Komitet osiągnął wspólne stanowisko w sprawie dalszych działań.', 'w sprawie dalszych działań'],
    ];
    for (const [sentence, object] of sentences) expect(statements(sentence), sentence).toEqual([['COSI', 'agreed', object]]);
  });

  it('reads none where the version says no agreement was reached', () => {
    for (const sentence of [
      "Le COSI n'est pas parvenu à un accord sur le projet de conclusions.",
      'Der Ausschuss erzielte keine Einigung über den Entwurf.',
      'El COSI no alcanzó un acuerdo sobre el proyecto de conclusiones.',
    ])
      expect(statements(sentence), sentence).toEqual([]);
  });
});

describe('findDecisions: a Dutch or German passive whose agent follows the participle', () => {
  it('reads `werd goedgekeurd door het COSI` as `werd door het COSI goedgekeurd` is read, and `wurde gebilligt vom AStV`', () => {
    const sentences: Array<[string, string | null, string]> = [
      ['Het verslag werd goedgekeurd door het COSI.', 'COSI', 'het verslag'],
      ['Het verslag werd door het COSI goedgekeurd.', 'COSI', 'het verslag'],
      [
        'De conclusies werden goedgekeurd door het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI).',
        'COSI',
        'de conclusies',
      ],
      ['Der Bericht wurde gebilligt vom AStV.', 'Coreper', 'der Bericht'],
    ];
    for (const [sentence, by, object] of sentences) expect(statements(sentence), sentence).toEqual([[by, 'approved', object]]);
    expect(statements('Het verslag werd niet goedgekeurd door het COSI.')).toEqual([]);
  });
});

describe('findDecisions: the committee by its short name, an agent the vocabulary does not name, and a coordinated passive', () => {
  it.each([
    ['fr', 'Le Comité permanent a approuvé le rapport.', ['COSI', 'approved', 'le rapport']],
    ['fr', 'Le rapport a été approuvé par le Comité permanent.', ['COSI', 'approved', 'le rapport']],
    ['de', 'Der Ständige Ausschuss billigte den Bericht.', ['COSI', 'approved', 'den Bericht']],
    ['de', 'Der Bericht wurde vom Ständigen Ausschuss gebilligt.', ['COSI', 'approved', 'der Bericht']],
    ['es', 'El Comité Permanente aprobó el informe.', ['COSI', 'approved', 'el informe']],
    ['it', 'Il Comitato permanente ha approvato la relazione.', ['COSI', 'approved', 'la relazione']],
    ['nl', 'Het Permanent Comité heeft nota genomen van het verslag.', ['COSI', 'took-note', 'het verslag']],
    ['pt', 'O Comité Permanente aprovou o relatório.', ['COSI', 'approved', 'o relatório']],
    ['pl', 'Stały Komitet zatwierdził sprawozdanie.', ['COSI', 'approved', 'sprawozdanie']],
  ] as const)('reads the Standing Committee by its short name in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['nl', 'Het verslag werd goedgekeurd door de Raad.', ['the Council', 'approved', 'het verslag']],
    ['nl', 'Het verslag werd door de LEWP goedgekeurd.', ['LEWP', 'approved', 'het verslag']],
    ['nl', 'Het verslag werd goedgekeurd door de Groep terrorisme.', ['Groep terrorisme', 'approved', 'het verslag']],
    ['nl', 'De conclusies werden door de Raad aangenomen.', ['the Council', 'adopted', 'de conclusies']],
    ['de', 'Der Bericht wurde vom Rat gebilligt.', ['the Council', 'approved', 'der Bericht']],
    ['fr', 'Le rapport a été approuvé par le CATS.', ['CATS', 'approved', 'le rapport']],
    ['es', 'El informe fue aprobado por el CATS.', ['CATS', 'approved', 'el informe']],
  ] as const)('reads an agent the vocabulary does not name as who decided, not as part of the object, in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('keeps the agenda an item is taken off out of the agent (`von der Tagesordnung abgesetzt`)', () => {
    expect(statements('Der Punkt wurde von der Tagesordnung abgesetzt.')).toEqual([[null, 'withdrawn', 'der Punkt von der Tagesordnung']]);
  });

  it('reads a German or Dutch passive coordinated with its own agent as a second decision about the same subject', () => {
    expect(statements('Der Bericht wurde vom AStV gebilligt und vom COSI zur Kenntnis genommen.')).toEqual([
      ['Coreper', 'approved', 'der Bericht'],
      ['COSI', 'took-note', 'der Bericht'],
    ]);
    expect(statements('Die Schlussfolgerungen wurden vom AStV gebilligt und vom Ausschuss zur Kenntnis genommen.')).toEqual([
      ['Coreper', 'approved', 'die Schlussfolgerungen'],
      ['COSI', 'took-note', 'die Schlussfolgerungen'],
    ]);
    expect(statements('Het verslag werd door het Coreper goedgekeurd en door het COSI voor kennisgeving aangenomen.')).toEqual([
      ['Coreper', 'approved', 'het verslag'],
      ['COSI', 'took-note', 'het verslag'],
    ]);
    expect(statements('Der Bericht wurde vom AStV gebilligt und die Leitlinien wurden vorgestellt.')).toEqual([['Coreper', 'approved', 'der Bericht']]);
  });
});

describe('findDecisions: support given to what was put to the committee, in the other versions', () => {
  it.each([
    ['fr', "Le COSI a soutenu dans l'ensemble l'approche proposée par la présidence.", ['COSI', 'endorsed', "l'approche proposée par la présidence"]],
    ['fr', 'Le COSI a largement soutenu la proposition de la présidence.', ['COSI', 'endorsed', 'la proposition de la présidence']],
    ['de', 'Der COSI unterstützte weitgehend den Vorschlag des Vorsitzes.', ['COSI', 'endorsed', 'den Vorschlag des Vorsitzes']],
    ['de', 'Der Ausschuss unterstützte den Ansatz der Kommission.', ['COSI', 'endorsed', 'den Ansatz der Kommission']],
    ['es', 'El COSI apoyó en general el enfoque propuesto por la Presidencia.', ['COSI', 'endorsed', 'el enfoque propuesto por la Presidencia']],
    ['nl', 'Het COSI steunde in grote lijnen de aanpak van het voorzitterschap.', ['COSI', 'endorsed', 'de aanpak van het voorzitterschap']],
    ['pt', 'O COSI apoiou em geral a abordagem proposta pela Presidência.', ['COSI', 'endorsed', 'a abordagem proposta pela Presidência']],
  ] as const)('reads support given to the paper or position put to the body as its endorsement in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['fr', 'Le COSI a réitéré son soutien à la poursuite du cycle EMPACT.', ['COSI', 'endorsed', 'la poursuite du cycle EMPACT']],
    ['fr', "Le COSI a confirmé son soutien à l'approche.", ['COSI', 'endorsed', "l'approche"]],
    ['fr', 'Le COSI a réaffirmé son soutien au projet de conclusions.', ['COSI', 'endorsed', 'au projet de conclusions']],
    ['de', 'Der Ausschuss bekräftigte seine Unterstützung für die Fortsetzung des EMPACT-Zyklus.', ['COSI', 'endorsed', 'die Fortsetzung des EMPACT-Zyklus']],
    ['es', 'El COSI reiteró su apoyo a la continuación del ciclo EMPACT.', ['COSI', 'endorsed', 'la continuación del ciclo EMPACT']],
    ['it', 'Il COSI ha ribadito il suo sostegno al proseguimento del ciclo EMPACT.', ['COSI', 'endorsed', 'al proseguimento del ciclo EMPACT']],
    ['nl', 'Het COSI bevestigde zijn steun voor de voortzetting van de EMPACT-cyclus.', ['COSI', 'endorsed', 'de voortzetting van de EMPACT-cyclus']],
    ['pt', 'O COSI reiterou o seu apoio à continuação do ciclo EMPACT.', ['COSI', 'endorsed', 'à continuação do ciclo EMPACT']],
  ] as const)('reads support confirmed or reiterated as an endorsement, not a confirmation, in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('reads no endorsement in support given to people or work, and a confirmation of anything else as confirmed', () => {
    expect(statements('Le COSI a soutenu les États membres dans leurs efforts.')).toEqual([]);
    expect(statements('Europol unterstützte die Mitgliedstaaten bei 200 Operationen.')).toEqual([]);
    expect(statements('Le COSI a confirmé le calendrier.')).toEqual([['COSI', 'confirmed', 'le calendrier']]);
    expect(statements('Der Ausschuss bestätigte den Zeitplan.')).toEqual([['COSI', 'confirmed', 'den Zeitplan']]);
    expect(statements('Frontex a confirmé son soutien aux opérations conjointes.')).toEqual([
      ['Frontex', 'confirmed', 'son soutien aux opérations conjointes'],
    ]);
  });
});

describe("findDecisions: the Council's other bodies as subjects and agents in the other versions", () => {
  it.each([
    ['fr', 'Le Conseil a approuvé le rapport.', ['the Council', 'approved', 'le rapport']],
    ['fr', 'Le Coreper a approuvé le rapport.', ['Coreper', 'approved', 'le rapport']],
    ['fr', 'Le groupe "Terrorisme" a pris note du rapport.', ['groupe "Terrorisme"', 'took-note', 'du rapport']],
    ['de', 'Der Rat hat den Bericht gebilligt.', ['the Council', 'approved', 'den Bericht']],
    ['de', 'Der AStV hat den Bericht gebilligt.', ['Coreper', 'approved', 'den Bericht']],
    ['de', 'Die Gruppe „Terrorismus“ nahm den Bericht zur Kenntnis.', ['Gruppe „Terrorismus“', 'took-note', 'den Bericht']],
    ['es', 'El Consejo aprobó el informe.', ['the Council', 'approved', 'el informe']],
    ['it', 'Il Consiglio ha approvato la relazione.', ['the Council', 'approved', 'la relazione']],
    ['nl', 'De Raad heeft de conclusies goedgekeurd.', ['the Council', 'approved', 'de conclusies']],
    ['nl', 'Het Coreper heeft het verslag goedgekeurd.', ['Coreper', 'approved', 'het verslag']],
    ['pt', 'O Conselho aprovou o relatório.', ['the Council', 'approved', 'o relatório']],
  ] as const)('reads the Council, Coreper or a working party as who decided in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['fr', 'Le rapport a été approuvé par le groupe "Terrorisme".', ['groupe "Terrorisme"', 'approved', 'le rapport']],
    ['fr', 'Le rapport a été approuvé par le groupe Terrorisme.', ['groupe Terrorisme', 'approved', 'le rapport']],
    ['es', 'El informe fue aprobado por el grupo «Terrorismo».', ['grupo «Terrorismo»', 'approved', 'el informe']],
    ['it', 'La relazione è stata approvata dal gruppo "Terrorismo".', ['gruppo "Terrorismo"', 'approved', 'la relazione']],
    ['nl', 'Het verslag werd goedgekeurd door de groep terrorisme.', ['groep terrorisme', 'approved', 'het verslag']],
  ] as const)('reads a working party named in small letters as the agent, not as part of the object, in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('keeps the Council coordinated after `en` in the object where no decision verb follows it', () => {
    expect(statements('Het COSI kwam overeen deze ter goedkeuring aan het Comité van permanente vertegenwoordigers en de Raad voor te leggen.')).toEqual([
      ['COSI', 'agreed', 'deze ter goedkeuring aan het Comité van permanente vertegenwoordigers en de Raad voor te leggen'],
    ]);
    expect(statements('Der Ausschuss kam überein, den Entwurf dem AStV und dem Rat vorzulegen, und der Rat billigte ihn.')).toEqual([
      ['COSI', 'agreed', 'den Entwurf dem AStV und dem Rat vorzulegen'],
      ['the Council', 'approved', 'ihn'],
    ]);
  });

  it('reads no body in an acronym of two letters, nor a decision where none is stated', () => {
    expect(statements('La Presidência informou o Conselho.')).toEqual([]);
    expect(statements('Le SIS a été évalué.')).toEqual([]);
  });
});

describe('findDecisions: the Council and Coreper deciding, in the versions without a separate article or with their own', () => {
  it.each([
    ['pl', 'Rada zatwierdziła sprawozdanie.', ['the Council', 'approved', 'sprawozdanie']],
    ['pl', 'Sprawozdanie zostało zatwierdzone przez Radę.', ['the Council', 'approved', 'sprawozdanie']],
    ['bg', 'Съветът одобри заключенията.', ['the Council', 'approved', 'заключенията']],
    ['cs', 'Rada schválila závěry.', ['the Council', 'approved', 'závěry']],
    ['sk', 'Rada schválila závery.', ['the Council', 'approved', 'závery']],
    ['sl', 'Svet je odobril sklepe.', ['the Council', 'approved', 'sklepe']],
    ['hr', 'Vijeće je odobrilo zaključke.', ['the Council', 'approved', 'zaključke']],
    ['ro', 'Consiliul a aprobat concluziile.', ['the Council', 'approved', 'concluziile']],
    ['ro', 'Coreper a aprobat raportul.', ['Coreper', 'approved', 'raportul']],
    ['el', 'Το Συμβούλιο ενέκρινε τα συμπεράσματα.', ['the Council', 'approved', 'τα συμπεράσματα']],
    ['hu', 'A Tanács jóváhagyta a következtetéseket.', ['the Council', 'approved', 'a következtetéseket']],
    ['da', 'Rådet godkendte konklusionerne.', ['the Council', 'approved', 'konklusionerne']],
    ['sv', 'Rådet godkände slutsatserna.', ['the Council', 'approved', 'slutsatserna']],
    ['fi', 'Neuvosto hyväksyi päätelmät.', ['the Council', 'approved', 'päätelmät']],
    ['et', 'Nõukogu kiitis järeldused heaks.', ['the Council', 'approved', 'järeldused']],
    ['lv', 'Padome apstiprināja secinājumus.', ['the Council', 'approved', 'secinājumus']],
    ['lt', 'Taryba patvirtino išvadas.', ['the Council', 'approved', 'išvadas']],
    ['mt', 'Il-Kunsill approva l-konklużjonijiet.', ['the Council', 'approved', 'l-konklużjonijiet']],
  ] as const)('reads the Council or Coreper as who decided in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it.each([
    ['ga', "D'fhormheas an Chomhairle na conclúidí.", ['the Council', 'approved', 'na conclúidí']],
    ['ga', 'Thug an Coreper dá aire an tuarascáil.', ['Coreper', 'took-note', 'an tuarascáil']],
    ['bg', 'Докладът беше одобрен от Съвета.', ['the Council', 'approved', 'докладът']],
    ['da', 'Rapporten blev godkendt af Rådet.', ['the Council', 'approved', 'rapporten']],
    ['da', 'Rapporten blev godkendt af Coreper.', ['Coreper', 'approved', 'rapporten']],
    ['hr', 'Izvješće je odobreno od strane Vijeća.', ['the Council', 'approved', 'izvješće']],
    ['ro', 'Raportul a fost aprobat de Consiliu.', ['the Council', 'approved', 'raportul']],
    ['ro', 'Raportul a fost aprobat de către Consiliul UE.', ['the Council', 'approved', 'raportul']],
    ['mt', 'Ir-rapport ġie approvat mill-Kunsill.', ['the Council', 'approved', 'ir-rapport']],
  ] as const)('reads the Council as the subject after an Irish verb and as the agent of a passive, one name, in %s: %s', (_language, text, expected) => {
    expect(statements(text)).toEqual([expected]);
  });

  it('ends an object before the Council only where it decides after `and`, not where the object names it', () => {
    expect(statements('Udvalget noterede sig rapporten, og Rådet godkendte konklusionerne.')).toEqual([
      ['COSI', 'took-note', 'rapporten'],
      ['the Council', 'approved', 'konklusionerne'],
    ]);
    expect(statements('Udvalget godkendte at sende rapporten til Coreper og Rådet til godkendelse.')).toEqual([
      ['COSI', 'approved', 'at sende rapporten til Coreper og Rådet til godkendelse'],
    ]);
  });
});

describe('findDecisions: a passive whose subject holds a relative clause', () => {
  it.each([
    ['Le rapport que la présidence a présenté a été approuvé.', 'le rapport que la présidence a présenté'],
    ['El informe que la Presidencia presentó fue aprobado.', 'el informe que la Presidencia presentó'],
    ['Il progetto che la presidenza ha presentato è stato approvato.', 'il progetto che la presidenza ha presentato'],
    ['O relatório que a Presidência apresentou foi aprovado.', 'o relatório que a Presidência apresentou'],
    ['Der Bericht, der in Dokument 15720/25 enthalten ist, wurde gebilligt.', 'der Bericht, der in Dokument 15720/25 enthalten ist'],
    ['Het verslag, dat in document 15720/25 is opgenomen, werd goedgekeurd.', 'het verslag, dat in document 15720/25 is opgenomen'],
  ])('reads the noun with its relative clause as what was approved, not the clause’s own subject: %s', (text, object) => {
    expect(statements(text)).toEqual([[null, 'approved', object]]);
  });

  it('reads the agent after a German subject holding a relative clause with its own subject', () => {
    expect(statements('Der Bericht, den der Vorsitz vorgelegt hat, wurde vom AStV gebilligt.')).toEqual([
      ['Coreper', 'approved', 'der Bericht, den der Vorsitz vorgelegt hat'],
    ]);
  });

  it('reads no decision from a passive inside a relative clause, whose comma closes it after the verb', () => {
    expect(statements('Het verslag, dat in mei werd goedgekeurd, werd voorgesteld.')).toEqual([]);
    expect(statements('Der Bericht, der im Mai gebilligt wurde, wurde vorgestellt.')).toEqual([]);
  });
});

describe('findDecisions in Estonian and Irish: the agent opening the clause, the preposition `Ghlac … le` takes', () => {
  it('reads the committee as who agreed or approved where `komitee poolt` opens the clause, what follows the verb as the object', () => {
    expect(statements('Komitee poolt lepiti kokku järeldused.')).toEqual([['COSI', 'agreed', 'järeldused']]);
    expect(statements('Komitee poolt kiideti heaks dokumendis 13802/25 esitatud järeldused.')).toEqual([
      ['COSI', 'approved', 'dokumendis 13802/25 esitatud järeldused'],
    ]);
    expect(statements('Aruanne komitee poolt kiideti heaks.')).toEqual([['COSI', 'approved', 'aruanne']]);
    expect(statements('Punkti arutelu lükati edasi.')).toEqual([[null, 'postponed', 'punkti arutelu']]);
  });

  it('reads what `Ghlac … le` and `Glacadh le` adopted without the preposition', () => {
    expect(statements('Ghlac an Coiste leis an tuarascáil.')).toEqual([['COSI', 'adopted', 'an tuarascáil']]);
    expect(statements('Ghlac an Chomhairle le moladh na hUachtaránachta.')).toEqual([['the Council', 'adopted', 'moladh na hUachtaránachta']]);
    expect(statements('Glacadh leis na conclúidí.')).toEqual([[null, 'adopted', 'na conclúidí']]);
    expect(statements('Ghlac an Coiste an clár oibre.')).toEqual([['COSI', 'adopted', 'an clár oibre']]);
  });
});

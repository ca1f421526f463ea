import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';

/** Who decided what, as triples, in order. */
/** The item's title, which the item itself returned to stands for. */
const ITEM = 'Any item';

function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, ITEM).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

/**
 * Sentences as the Bulgarian, Czech, Slovak, Slovenian, Croatian, Romanian, Greek and Hungarian versions of an outcome
 * print them (written by hand: the committee, the delegations, the Presidency, the Commission as subjects, singular and
 * plural, a decision to come back to a matter in a month, the passive), each with who decided what.
 */
const SENTENCES: Record<string, ReadonlyArray<readonly [string, [string | null, string, string]]>> = {
  bg: [
    ['Комитетът взе под внимание доклада на Европол.', ['COSI', 'took-note', 'доклада на Европол']],
    ['Делегациите приветстваха инициативата на председателството.', ['Delegations', 'welcomed', 'инициативата на председателството']],
    ['Комитетът реши да се върне към въпроса през септември.', ['COSI', 'agreed', 'да се върне към въпроса през септември']],
    ['Заключенията бяха одобрени.', [null, 'approved', 'заключенията']],
  ],
  cs: [
    ['Výbor vzal na vědomí zprávu Europolu.', ['COSI', 'took-note', 'zprávu Europolu']],
    ['Delegace vzaly na vědomí informace předsednictví.', ['Delegations', 'took-note', 'informace předsednictví']],
    ['Výbor se dohodl, že se k otázce vrátí v září.', ['COSI', 'agreed', 'že se k otázce vrátí v září']],
    ['Závěry byly schváleny.', [null, 'approved', 'závěry']],
    ['Předsednictví vyzvalo delegace, aby předložily připomínky.', ['the Presidency', 'invited', 'delegace, aby předložily připomínky']],
  ],
  sk: [
    ['Výbor vzal na vedomie správu Europolu.', ['COSI', 'took-note', 'správu Europolu']],
    ['Výbor sa dohodol, že sa k otázke vráti v septembri.', ['COSI', 'agreed', 'že sa k otázke vráti v septembri']],
    ['Závery boli schválené.', [null, 'approved', 'závery']],
    ['Predsedníctvo privítalo pripomienky delegácií.', ['the Presidency', 'welcomed', 'pripomienky delegácií']],
  ],
  sl: [
    ['Odbor se je seznanil s poročilom Europola.', ['COSI', 'took-note', 'poročilom Europola']],
    ['Odbor je odobril osnutek sklepov.', ['COSI', 'approved', 'osnutek sklepov']],
    ['Odbor se je dogovoril, da se bo k vprašanju vrnil septembra.', ['COSI', 'agreed', 'da se bo k vprašanju vrnil septembra']],
    ['Delegacije so pozdravile pobudo predsedstva.', ['Delegations', 'welcomed', 'pobudo predsedstva']],
    ['Sklepi so bili sprejeti.', [null, 'adopted', 'sklepi']],
  ],
  hr: [
    ['Odbor je primio na znanje izvješće Europola.', ['COSI', 'took-note', 'izvješće Europola']],
    ['Odbor se složio da se pitanju vrati u rujnu.', ['COSI', 'agreed', 'da se pitanju vrati u rujnu']],
    ['Zaključci su odobreni.', [null, 'approved', 'zaključci']],
    ['Predsjedništvo je pozvalo izaslanstva da dostave primjedbe.', ['the Presidency', 'invited', 'izaslanstva da dostave primjedbe']],
  ],
  ro: [
    ['Comitetul a luat act de raportul Europol.', ['COSI', 'took-note', 'raportul Europol']],
    ['Comitetul a convenit să revină asupra chestiunii în septembrie.', ['COSI', 'agreed', 'să revină asupra chestiunii în septembrie']],
    ['Delegațiile au salutat inițiativa președinției.', ['Delegations', 'welcomed', 'inițiativa președinției']],
    ['Concluziile au fost aprobate.', [null, 'approved', 'concluziile']],
  ],
  el: [
    ['Η COSI σημείωσε την έκθεση της Ευρωπόλ.', ['COSI', 'took-note', 'την έκθεση της Ευρωπόλ']],
    ['Η ΜΕΕΕΣ σημείωσε την έκθεση της Ευρωπόλ.', ['COSI', 'took-note', 'την έκθεση της Ευρωπόλ']],
    ['Η Μόνιμη Επιτροπή αποφάσισε να επανέλθει στο θέμα τον Σεπτέμβριο.', ['COSI', 'agreed', 'να επανέλθει στο θέμα τον Σεπτέμβριο']],
    ['Η επιτροπή αποφάσισε να επανέλθει στο θέμα τον Σεπτέμβριο.', ['COSI', 'agreed', 'να επανέλθει στο θέμα τον Σεπτέμβριο']],
    // in the Council's Greek, `η Επιτροπή` is the Commission
    [
      'Η Επιτροπή παρουσίασε την ανακοίνωσή της και οι αντιπροσωπίες τη χαιρέτισαν. Η Επιτροπή ενέκρινε το σχέδιο.',
      ['the Commission', 'approved', 'το σχέδιο'],
    ],
    ['Οι αντιπροσωπίες χαιρέτισαν την πρωτοβουλία της Προεδρίας.', ['Delegations', 'welcomed', 'την πρωτοβουλία της Προεδρίας']],
    ['Τα συμπεράσματα εγκρίθηκαν.', [null, 'approved', 'τα συμπεράσματα']],
    ['Η Ευρωπαϊκή Επιτροπή ενέκρινε το σχέδιο.', ['the Commission', 'approved', 'το σχέδιο']],
  ],
  hu: [
    ['A bizottság tudomásul vette az Europol jelentését.', ['COSI', 'took-note', 'az Europol jelentését']],
    ['A bizottság úgy határozott, hogy szeptemberben visszatér a kérdésre.', ['COSI', 'agreed', 'hogy szeptemberben visszatér a kérdésre']],
    ['A delegációk üdvözölték az elnökség kezdeményezését.', ['Delegations', 'welcomed', 'az elnökség kezdeményezését']],
    ['A Bizottság jóváhagyta a cselekvési tervet.', ['the Commission', 'approved', 'a cselekvési tervet']],
    ['A bizottság a következtetéseket hagyta jóvá.', ['COSI', 'approved', 'a következtetéseket']],
  ],
};

describe('decisions in Bulgarian, Czech, Slovak, Slovenian, Croatian, Romanian, Greek and Hungarian', () => {
  for (const [language, sentences] of Object.entries(SENTENCES)) {
    it(`reads who decided what in the ${language} version's sentences, the object as printed`, () => {
      for (const [sentence, statement] of sentences) expect(statements(sentence), sentence).toEqual([statement]);
    });
  }

  it('reads no decision where the sentence denies it or only mentions one', () => {
    expect(statements('Pořad jednání nebyl schválen.')).toEqual([]);
    expect(statements('Комитетът не одобри заключенията.')).toEqual([]);
  });
});

/**
 * A return the Presidency reports it will make, as each version prints it after a verb of saying and its `that`
 * (written by hand; the English `The Presidency said that it would revert to this item`): the object what the clause
 * names besides the verb of returning and the pronoun or clitic that opens it.
 */
const REPORTED_RETURNS: ReadonlyArray<readonly [string, string]> = [
  ['Председателството заяви, че ще се върне към тази точка на следващото заседание.', `${ITEM} на следващото заседание`],
  ['Předsednictví uvedlo, že se k tomuto bodu vrátí.', ITEM],
  ['Předsednictví uvedlo, že se k této otázce vrátí na příštím zasedání.', `${ITEM} na příštím zasedání`],
  ['Predsedníctvo uviedlo, že sa k tomuto bodu vráti.', ITEM],
  ['Predsedstvo je navedlo, da se bo k tej točki vrnilo.', ITEM],
  ['Predsedstvo je navedlo, da se bo vrnilo k tej točki.', ITEM],
  ['Predsjedništvo je navelo da će se vratiti na tu točku.', ITEM],
  ['Predsjedništvo je navelo da će se na tu točku vratiti.', ITEM],
  ['Președinția a indicat că va reveni asupra acestui punct.', ITEM],
  ['Η Προεδρία ανέφερε ότι θα επανέλθει στο θέμα αυτό.', ITEM],
  ['Az elnökség jelezte, hogy vissza fog térni erre a napirendi pontra.', ITEM],
  ['Az elnökség jelezte, hogy később visszatér a kérdésre.', `${ITEM} később`],
  ['Az elnökség jelezte, hogy a következő ülésen visszatér erre a kérdésre.', `${ITEM} a következő ülésen`],
];

describe('a return the Presidency reports it will make, in Bulgarian, Czech, Slovak, Slovenian, Croatian, Romanian, Greek and Hungarian', () => {
  it("reads `said that it would return to this item` as the Presidency's return, its object the item's title (what is returned to) and when after it", () => {
    for (const [sentence, object] of REPORTED_RETURNS) expect(statements(sentence), sentence).toEqual([['the Presidency', 'will-return', object]]);
  });

  it("reads no return where what was said is something else, and a decision reported after `that` as its own body's", () => {
    expect(statements('Předsednictví uvedlo, že se jedná o důležitou otázku.')).toEqual([]);
    expect(statements('Az elnökség jelezte, hogy a jelentés hamarosan elkészül.')).toEqual([]);
    expect(statements('Předsednictví uvedlo, že výbor schválil závěry.')).toEqual([['COSI', 'approved', 'závěry']]);
  });
});

describe('a return with the clitic before what is returned to, and `seznámil se s`, in Czech, Slovak, Slovenian and Croatian', () => {
  it('reads the return whose verb comes last, after the words of what is returned to', () => {
    const sentences: Array<[string, string | null, string]> = [
      ['Předsednictví se k tomuto bodu vrátí.', 'the Presidency', ITEM],
      ['Výbor se k této otázce vrátí na příštím zasedání.', 'COSI', `${ITEM} na příštím zasedání`],
      ['Predsedníctvo sa k tomuto bodu vráti.', 'the Presidency', ITEM],
      ['Odbor se bo k tej točki vrnil na naslednji seji.', 'COSI', `${ITEM} na naslednji seji`],
      ['Predsjedništvo će se na tu točku vratiti.', 'the Presidency', ITEM],
    ];
    for (const [sentence, by, object] of sentences) expect(statements(sentence), sentence).toEqual([[by, 'will-return', object]]);
  });

  it('reads `se seznámil se` before a word opening in s as a note taken, and a clitic before another verb as no return', () => {
    expect(statements('Výbor se seznámil se zprávou.')).toEqual([['COSI', 'took-note', 'zprávou']]);
    expect(statements('Výbor se seznámil s informacemi předsednictví.')).toEqual([['COSI', 'took-note', 'informacemi předsednictví']]);
    expect(statements('Výbor se dohodl na dalším postupu.')).toEqual([['COSI', 'agreed', 'na dalším postupu']]);
  });
});

describe('what a Hungarian body will come back to, written as the other versions write it', () => {
  it.each([
    ['A bizottság a következő ülésén visszatér erre a pontra.', ['COSI', 'will-return', `${ITEM} a következő ülésén`]],
    ['Az elnökség a következő ülésen vissza fog térni a kérdésre.', ['the Presidency', 'will-return', `${ITEM} a következő ülésen`]],
    ['Az elnökség visszatér a napirendi pontra a következő ülésen.', ['the Presidency', 'will-return', `${ITEM} a következő ülésen`]],
    ['Az elnökség vissza fog térni a témára.', ['the Presidency', 'will-return', ITEM]],
    ['Az elnökség visszatér erre.', ['the Presidency', 'will-return', ITEM]],
    ['Az elnökség később visszatér a következtetések tervezetére.', ['the Presidency', 'will-return', 'később a következtetések tervezetére']],
    [
      'Az elnökség jelezte, hogy a COSI-hoz egy átdolgozott tervezettel fog visszatérni.',
      ['the Presidency', 'will-return', 'a COSI-hoz egy átdolgozott tervezettel'],
    ],
  ] as const)('reads the return, the item named in words as its title and the when after it: %s', (sentence, expected) => {
    expect(statements(sentence)).toEqual([expected]);
  });

  it('reads a body inside what was noted as part of it, not as the subject of the verb coordinated after it', () => {
    expect(statements('A bizottság tudomásul vette az elnökség jelentését (15880/25) és jóváhagyta a következtetéseket.')).toEqual([
      ['COSI', 'took-note', 'az elnökség jelentését (15880/25)'],
      ['COSI', 'approved', 'a következtetéseket'],
    ]);
  });

  it('reads a note taken and a return coordinated after it as two decisions, the return never run over `és`', () => {
    expect(statements('A bizottság a jelentést vette tudomásul és később visszatér rá.')).toEqual([
      ['COSI', 'took-note', 'a jelentést'],
      ['COSI', 'will-return', `${ITEM} később`],
    ]);
    expect(statements('A bizottság tudomásul vette a jelentést, és a következő ülésen visszatér rá.')).toEqual([
      ['COSI', 'took-note', 'a jelentést'],
      ['COSI', 'will-return', `${ITEM} a következő ülésen`],
    ]);
  });
});

describe('a verb coordinated after a word for `and` that opens with a letter outside ASCII', () => {
  it.each([
    ['hu', 'A bizottság tudomásul vette a jelentést és jóváhagyta a következtetéseket.', ['a jelentést', 'a következtetéseket']],
    ['bg', 'Комитетът взе под внимание доклада и одобри заключенията.', ['доклада', 'заключенията']],
    ['el', 'Η ΜΕΕΕΣ σημείωσε την έκθεση και ενέκρινε τα συμπεράσματα.', ['την έκθεση', 'τα συμπεράσματα']],
  ] as const)('reads the second verb as the same body’s decision in %s: %s', (_language, sentence, [noted, approved]) => {
    expect(statements(sentence)).toEqual([
      ['COSI', 'took-note', noted],
      ['COSI', 'approved', approved],
    ]);
  });
});

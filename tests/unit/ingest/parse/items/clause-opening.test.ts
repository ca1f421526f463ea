import { describe, expect, it } from 'vitest';
import { readsAsClause } from '../../../../../scripts/ingest/parse/items/clause-opening.ts';

describe('readsAsClause after a Greek article', () => {
  it.each([
    'Η COSI σημείωσε την ενημέρωση της Επιτροπής.',
    'Η ημερήσια διάταξη εγκρίθηκε όπως περιλαμβάνεται στο CM 5301/25.',
    'Οι αντιπροσωπίες αντάλλαξαν απόψεις.',
    'Το Συμβούλιο ενέκρινε τις συστάσεις.',
    'Η COSI καλείται να εγκρίνει τα συμπεράσματα.',
  ])('reads a sentence whose words hold a verb as a clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(true);
  });

  it.each([
    'Η καταπολέμηση της διακίνησης ναρκωτικών στους λιμένες της ΕΕ',
    'Οι προτεραιότητες της ΕΕ για την καταπολέμηση του σοβαρού και οργανωμένου εγκλήματος',
    'Η εσωτερική ασφάλεια της ΕΕ',
  ])('reads a title opening with its article, no verb among its words, as no clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(false);
  });
});

describe('readsAsClause after the Hungarian article', () => {
  it.each([
    'A bizottság tudomásul vette a Jogi Szolgálat tájékoztatását.',
    'A bizottság elfogadta a 17240/11 dokumentumban szereplő ideiglenes napirendet.',
    'Az elnökség tájékoztatta a bizottságot.',
    'A COSI megállapodott a következő lépésekről.',
  ])('reads the committee, Presidency or delegations before a verb in the past as a clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(true);
  });

  it.each([
    'Az elnökség felkéri a delegációkat, hogy válaszoljanak a kérdésekre.',
    'A bizottság elfogadja a napirendet.',
    'A COSI jóváhagyja a következtetéseket.',
    'Az elnökség javasolja, hogy a következő ciklus a jelenlegi eredményekre épüljön.',
    'A delegációk támogatják a megközelítést.',
    'Az elnökség tájékoztatja a bizottságot a helyzetről.',
    'A bizottság megállapítja, hogy a célokat elérték.',
    'Az elnökség hangsúlyozza, hogy az együttműködés elengedhetetlen.',
    'A tagállamok egyetértenek abban, hogy a prioritások számát csökkenteni kell.',
    'A COSI áttekinti az operatív cselekvési tervek eredményeit.',
    'Az elnökség emlékezteti a delegációkat a határidőre.',
  ])('reads the committee, Presidency or delegations before a verb in the present, as a note prints it, as a clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(true);
  });

  it.each([
    'Az elnökség tájékoztatása',
    'A COSI és a SCIFA közös ülése',
    'A Bel- és Igazságügyi Tanács 2011. december 13–14-i ülésének előkészítése',
    // a possessed noun, a vowel before its ending, and the adjectives in `-ni` and `-tti`: no verb
    'Az elnökség programja',
    'Az elnökség beszámolója a COSI tevékenységéről',
    'A COSI megállapításai',
    'A tagállamok elleni kibertámadások',
    'Az elnökség előtti kihívások',
    'A bizottság tagjai',
  ])('reads a title opening with the article as no clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(false);
  });
});

describe('readsAsClause after the Polish and Lithuanian Presidency', () => {
  it.each([
    'Prezydencja przedstawi wyniki dyskusji',
    'Prezydencja zwraca się do delegacji o udzielenie odpowiedzi',
    'Prezydencja przedstawiła projekt konkluzji',
    'Pirmininkaujančioji valstybė narė diskusijos rezultatus pristatys',
  ])('reads the Presidency before a verb in any tense, as a note prints it, as a clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(true);
  });

  it.each([
    'Prezydencja polska – priorytety w dziedzinie bezpieczeństwa wewnętrznego',
    'Informacja prezydencji',
    'Pirmininkaujančiosios valstybės narės informacija',
  ])('reads a title naming the Presidency as no clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(false);
  });
});

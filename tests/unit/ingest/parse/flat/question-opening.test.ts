import { describe, expect, it } from 'vitest';
import { questionAfterTitle } from '../../../../../scripts/ingest/parse/flat/question-opening.ts';

const at = (text: string, word: string) => text.indexOf(word);

describe('questionAfterTitle', () => {
  it('opens a question at its verb or question’s word after the heading it runs on from', () => {
    const cases = [
      ['Questions to delegations Do Member States agree that the number of EMPACT priorities should be reduced?', 'Do'],
      ['Questions to delegations Which operational results should the next cycle build on?', 'Which'],
      ['Fragen an die Delegationen Sind die Mitgliedstaaten der Auffassung, dass die Zahl verringert werden sollte?', 'Sind'],
      ["Questions aux délégations Les États membres estiment-ils que le nombre de priorités d'EMPACT devrait être réduit?", 'Les'],
      ['Ερωτήσεις προς τις αντιπροσωπίες Είναι τα κράτη μέλη της άποψης ότι ο αριθμός θα πρέπει να μειωθεί;', 'Είναι'],
      ['Въпроси към делегациите Подкрепят ли държавите членки намаляването на броя на приоритетите?', 'Подкрепят'],
      ['Preguntas a las delegaciones ¿Están de acuerdo las delegaciones en que debería reducirse el número?', '¿'],
    ] as const;
    for (const [text, word] of cases) expect(questionAfterTitle(text)).toBe(at(text, word));
  });

  it('reads no title before a question that opens the text, or after a word a title goes on from', () => {
    expect(questionAfterTitle('Has your Member State designated a national authority? If so, which one?')).toBeNull();
    expect(questionAfterTitle('Hat Ihr Mitgliedstaat eine nationale Behörde benannt, die die Umsetzung koordiniert?')).toBeNull();
    expect(questionAfterTitle('What obstacles has your Member State met, and how could COSI help to remove them?')).toBeNull();
    // `to` goes on into the words after it, a comma ends a clause
    expect(questionAfterTitle('Questions to Do Member States agree?')).toBeNull();
    expect(questionAfterTitle('In view of the above, Do Member States agree?')).toBeNull();
  });

  it('opens none where the first sentence ends in no question mark', () => {
    expect(questionAfterTitle('Follow-up The Presidency asked whether Member States agree. Which ones did?')).toBeNull();
    // a semicolon is the Greek question mark only after a Greek letter
    expect(questionAfterTitle('Follow-up How the cycle goes on; Member States agree?')).toBeNull();
  });
});

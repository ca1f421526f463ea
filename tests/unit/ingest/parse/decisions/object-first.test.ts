import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';
import { isEmptyObject, objectBefore } from '../../../../../scripts/ingest/parse/decisions/object-first.ts';

const at = (text: string, word: string): number => text.indexOf(word);

describe('objectBefore', () => {
  it('takes any words before the verb where the word order is free', () => {
    const text = 'Poročilo je odobril Svet.';
    expect(objectBefore(text, at(text, 'je odobril'), 'free')).toBe('Poročilo');
  });

  it('takes words that open with a determiner or cite a document where the verb stands second', () => {
    const bericht = 'Den Bericht billigte der Ausschuss.';
    expect(objectBefore(bericht, at(bericht, 'billigte'), 'named')).toBe('Den Bericht');
    const rapport = 'Rapporten i dokument 13802/25 godkände kommittén.';
    expect(objectBefore(rapport, at(rapport, 'godkände'), 'named')).toBe('Rapporten i dokument 13802/25');
  });

  it('takes the words before the Slovenian auxiliary set second before the committee, the auxiliary left out, unless they open with a preposition or an adverb', () => {
    const report = 'Poročilo predsedstva je Odbor odobril.';
    expect(objectBefore(report, at(report, 'Odbor'), 'named')).toBe('Poročilo predsedstva');
    const cited = 'Sklepe iz dokumenta 13802/25 je Odbor odobril.';
    expect(objectBefore(cited, at(cited, 'Odbor'), 'named')).toBe('Sklepe iz dokumenta 13802/25');
    const atEnd = 'Na koncu je Odbor odobril.';
    expect(objectBefore(atEnd, at(atEnd, 'Odbor'), 'named')).toBeNull();
    const then = 'Nato je Odbor odobril.';
    expect(objectBefore(then, at(then, 'Odbor'), 'named')).toBeNull();
    const satisfied = 'Z zadovoljstvom je Odbor odobril.';
    expect(objectBefore(satisfied, at(satisfied, 'Odbor'), 'named')).toBeNull();
  });

  it('takes the words before the Slovenian reflexive clitics, without the preposition its verb takes its object with', () => {
    const noted = 'Z informacijami predsedstva se je Odbor seznanil.';
    expect(objectBefore(noted, at(noted, 'Odbor'), 'named')).toBe('informacijami predsedstva');
    const withS = 'S poročilom predsedstva se je Odbor seznanil.';
    expect(objectBefore(withS, at(withS, 'Odbor'), 'named')).toBe('poročilom predsedstva');
    const then = 'Nato se je Odbor seznanil.';
    expect(objectBefore(then, at(then, 'Odbor'), 'named')).toBeNull();
  });

  it('takes no Greek object whose article the repeated pronoun does not agree with', () => {
    const agreeing = 'Τα συμπεράσματα τα ενέκρινε η επιτροπή.';
    expect(objectBefore(agreeing, at(agreeing, 'ενέκρινε'), 'free')).toBe('Τα συμπεράσματα');
    const nominative = 'Η έκθεση την ενέκρινε η επιτροπή.';
    expect(objectBefore(nominative, at(nominative, 'ενέκρινε'), 'free')).toBe('Η έκθεση');
    const other = 'Τα συμπεράσματα την ενέκρινε η επιτροπή.';
    expect(objectBefore(other, at(other, 'ενέκρινε'), 'free')).toBeNull();
    const framed = 'Τα συμπεράσματα, που περιλαμβάνονται στο έγγραφο 13802/25, την ενέκρινε η επιτροπή.';
    expect(objectBefore(framed, at(framed, 'ενέκρινε'), 'free')).toBeNull();
  });

  it('leaves out the pronoun the Greek and Bulgarian versions repeat the object with before the verb', () => {
    const greek = 'Την έκθεση την ενέκρινε η επιτροπή.';
    expect(objectBefore(greek, at(greek, 'ενέκρινε'), 'free')).toBe('Την έκθεση');
    const bulgarian = 'Доклада го одобри Комитетът.';
    expect(objectBefore(bulgarian, at(bulgarian, 'одобри'), 'free')).toBe('Доклада');
  });

  it('takes a pair of commas around a participle or relative clause only where the repeated pronoun follows the second', () => {
    const participle = 'Заключенията, съдържащи се в документ 13802/25, ги одобри Комитетът.';
    expect(objectBefore(participle, at(participle, 'одобри'), 'free')).toBe('Заключенията, съдържащи се в документ 13802/25');
    const relative = 'Заключенията, които се съдържат в документ 13802/25, ги одобри Комитетът.';
    expect(objectBefore(relative, at(relative, 'одобри'), 'free')).toBe('Заключенията, които се съдържат в документ 13802/25');
    const greek = 'Τα συμπεράσματα, τα οποία περιέχονται στο έγγραφο 13802/25, τα ενέκρινε η επιτροπή.';
    expect(objectBefore(greek, at(greek, 'ενέκρινε'), 'free')).toBe('Τα συμπεράσματα, τα οποία περιέχονται στο έγγραφο 13802/25');
    // no pronoun after the second comma, a noun between the commas, an adverbial before them, a third comma
    const noPronoun = 'Заключенията, съдържащи се в документ 13802/25, одобри Комитетът.';
    expect(objectBefore(noPronoun, at(noPronoun, 'одобри'), 'free')).toBeNull();
    const noun = 'Доклада, Комитетът, го одобри Комитетът.';
    expect(objectBefore(noun, at(noun, 'одобри'), 'free')).toBeNull();
    const adverbial = 'След обсъждане, проведено накратко, го одобри Комитетът.';
    expect(objectBefore(adverbial, at(adverbial, 'одобри'), 'free')).toBeNull();
    const third = 'Накрая, доклада, изготвен от председателството, го одобри Комитетът.';
    expect(objectBefore(third, at(third, 'одобри'), 'free')).toBeNull();
  });

  it('takes no adverbial a verb-second clause opens with', () => {
    const text = 'Abschließend stimmte der Ausschuss zu.';
    expect(objectBefore(text, at(text, 'stimmte'), 'named')).toBeNull();
  });

  it('reads from the clause after a semicolon, and nothing across a comma', () => {
    const text = 'COSI took note; den Bericht billigte der Ausschuss.';
    expect(objectBefore(text, at(text, 'billigte'), 'named')).toBe('den Bericht');
    const comma = 'Nach der Aussprache, die kurz war, billigte der Ausschuss.';
    expect(objectBefore(comma, at(comma, 'billigte'), 'free')).toBeNull();
  });
});

describe('isEmptyObject', () => {
  it('takes an object of 24 words, and none of 25, however long the text before its clause', () => {
    const before = 'Az ülés napirendjén szerepelt a belső biztonság kérdése. '.repeat(2000);
    const words = (count: number): string => Array.from({ length: count }, (_, i) => `szó${i + 1}`).join(' ');
    const object = `Poročilo ${words(23)}`;
    const text = `${before}Uvod: ${object} je odobril Svet.`;
    expect(objectBefore(text, at(text, 'je odobril'), 'free')).toBe(object);
    const longer = `${before}Uvod: ${object} dodatno je odobril Svet.`;
    expect(objectBefore(longer, at(longer, 'je odobril'), 'free')).toBeNull();
    const pronoun = 'Uvod: Την έκθεση ' + words(22) + ' την ενέκρινε η επιτροπή.';
    expect(objectBefore(pronoun, at(pronoun, 'ενέκρινε'), 'free')).toBe('Την έκθεση ' + words(22));
  });

  it('tells a clause that ends right after its verb from one that goes on', () => {
    expect(isEmptyObject(' .')).toBe(true);
    expect(isEmptyObject('')).toBe(true);
    expect(isEmptyObject(' den Bericht.')).toBe(false);
  });
});

describe('findDecisions with the object set first', () => {
  const read = (text: string) => findDecisions(text, 'The item').decisions.map(({ by, verb, object }) => [by, verb, object]);

  it.each([
    ['Poročilo je odobril Svet.', [['the Council', 'approved', 'poročilo']]],
    ['Den Bericht nahm der Ausschuss zur Kenntnis.', [['COSI', 'took-note', 'den Bericht']]],
    ['Het verslag van het voorzitterschap keurde het comité goed.', [['COSI', 'approved', 'het verslag van het voorzitterschap']]],
    ['Zaključke iz dokumenta 13802/25 Odbor je odobrio.', [['COSI', 'approved', 'zaključke iz dokumenta 13802/25']]],
  ])('reads what was decided before the verb: %s', (text, decisions) => {
    expect(read(text)).toEqual(decisions);
  });

  it.each([
    // a body before the verb is its subject, the body after it the object (`forderte … auf`)
    ['Der Ausschuss forderte die Kommission auf.', [['COSI', 'invited', 'die Kommission']]],
    // an adverbial before a verb-second verb: the object is the item
    ['Abschließend stimmte der Ausschuss zu.', [['COSI', 'agreed', 'The item']]],
    // a negated verb decides nothing, whatever stands first
    ['Den Bericht billigte der Ausschuss nicht.', []],
  ])('reads the object as before where the words before the verb are none: %s', (text, decisions) => {
    expect(read(text)).toEqual(decisions);
  });
});

describe('findDecisions: an object set first that a version marks without a determiner, and a passive agent in the form its preposition takes', () => {
  it.each([
    // the Swedish and Danish definite ending, the Hungarian accusative
    ['Rapporten godkände kommittén.', [['COSI', 'approved', 'rapporten']]],
    ['Slutsatserna i ordförandeskapets not godkände kommittén.', [['COSI', 'approved', 'slutsatserna i ordförandeskapets not']]],
    ['Konklusionerne godkendte udvalget.', [['COSI', 'approved', 'konklusionerne']]],
    ['A következtetéseket a bizottság jóváhagyta.', [['COSI', 'approved', 'a következtetéseket']]],
    // an adverb ending the same way is no object: the item is
    ['Slutligen godkände kommittén.', [['COSI', 'approved', 'TITLE']]],
    ['Även godkände kommittén.', [['COSI', 'approved', 'TITLE']]],
    ['Desuden godkendte udvalget.', [['COSI', 'approved', 'TITLE']]],
    ['Most a bizottság jóváhagyta.', [['COSI', 'approved', 'TITLE']]],
    // the agent after its preposition, Coreper by its whole name before the committee's noun can take it
    ['Concluziile au fost aprobate de către Comitet.', [['COSI', 'approved', 'concluziile']]],
    ['Raportul a fost aprobat de Comitetul Reprezentanților Permanenți.', [['Coreper', 'approved', 'raportul']]],
    ['Докладът беше одобрен от Постоянния комитет.', [['COSI', 'approved', 'докладът']]],
    ['Докладът беше одобрен от Комитета на постоянните представители.', [['Coreper', 'approved', 'докладът']]],
    ['Η έκθεση εγκρίθηκε από τη ΜΕΕΕΣ.', [['COSI', 'approved', 'η έκθεση']]],
    ['Η έκθεση εγκρίθηκε από την Επιτροπή.', [['the Commission', 'approved', 'η έκθεση']]],
    ['Η έκθεση εγκρίθηκε από την Επιτροπή Μόνιμων Αντιπροσώπων.', [['Coreper', 'approved', 'η έκθεση']]],
  ])('reads %s', (text, decisions) => {
    expect(findDecisions(text, 'TITLE').decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual(decisions);
  });
});

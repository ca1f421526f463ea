import { describe, expect, it } from 'vitest';
import { isHyphenationBreak, vocabularyOf } from '../../../../../scripts/ingest/parse/text/hyphenation.ts';
import {
  ARTICLE_END_BEFORE_CAPITAL,
  holdsJoinedArticle,
  isMalteseArticleCut,
  isMalteseVocabulary,
  withArticleHyphens,
} from '../../../../../scripts/ingest/parse/text/maltese-articles.ts';
import { joinFlatHyphens } from '../../../../../scripts/ingest/parse/text/flat-hyphens.ts';

const MALTESE = vocabularyOf([
  'Il-Kumitat huwa mistieden jieħu nota tar-rapport tal-Presidenza u jiddiskuti l-passi li jmiss fil-ġlieda kontra l-kriminalità organizzata.',
]);
const ENGLISH = vocabularyOf(['The Committee took note of the in-depth report on irregular migration and innovation.']);

describe('isMalteseVocabulary', () => {
  it('tells a Maltese text by three words or more opening with the article', () => {
    expect(isMalteseVocabulary(MALTESE)).toBe(true);
    expect(isMalteseVocabulary(ENGLISH)).toBe(false);
    expect(isMalteseVocabulary(vocabularyOf(['the in-depth, il-legal and in-house work']))).toBe(false);
  });
});

describe('isMalteseArticleCut', () => {
  it('takes the article, whole or assimilated to its noun’s first consonant, in a Maltese text', () => {
    expect(isMalteseArticleCut('fir', 'rigward', MALTESE)).toBe(true);
    expect(isMalteseArticleCut('tal', 'Unjoni', MALTESE)).toBe(true);
    expect(isMalteseArticleCut('għall', 'Istati', MALTESE)).toBe(true);
    expect(isMalteseArticleCut('iċ', 'ċittadini', MALTESE)).toBe(true);
    expect(isMalteseArticleCut('t', 'terroriżmu', MALTESE)).toBe(true);
  });

  it('takes no assimilated article before another consonant, and nothing in an English text', () => {
    expect(isMalteseArticleCut('fir', 'sigurtà', MALTESE)).toBe(false);
    expect(isMalteseArticleCut('is', 'sue', ENGLISH)).toBe(false);
    expect(isMalteseArticleCut('ir', 'regular', ENGLISH)).toBe(false);
  });
});

describe('the article at a line’s end', () => {
  it('keeps its hyphen in a Maltese text, where an English text’s syllable is hyphenation’s', () => {
    expect(isHyphenationBreak('miksub fir-', 'rigward', MALTESE)).toBe(false);
    expect(isHyphenationBreak('the is-', 'sue of', ENGLISH)).toBe(true);
    expect(isHyphenationBreak('research and in-', 'novation', ENGLISH)).toBe(true);
  });

  it('keeps its hyphen in a Maltese page run into one line, before a small letter or a capital', () => {
    expect(joinFlatHyphens('miksub fir- rigward tal- Unjoni u t- terroriżmu', () => MALTESE)).toBe('miksub fir-rigward tal-Unjoni u t-terroriżmu');
    expect(joinFlatHyphens('the is- sue of ir- regular crossings', () => ENGLISH)).toBe('the issue of irregular crossings');
  });
});

describe('withArticleHyphens', () => {
  it('puts back the hyphen plain pdftotext dropped between the article and its noun’s capital, in a Maltese text', () => {
    expect(withArticleHyphens('kif jinsab flAnness. Ir-rapport', MALTESE)).toBe('kif jinsab fl-Anness. Ir-rapport');
    expect(withArticleHyphens('tal-Istrateġija talUnjoni Ewropea għasSigurtà Interna', MALTESE)).toBe(
      'tal-Istrateġija tal-Unjoni Ewropea għas-Sigurtà Interna',
    );
    expect(withArticleHyphens('(millKummissjoni) u lillIstati Membri', MALTESE)).toBe('(mill-Kummissjoni) u lill-Istati Membri');
  });

  it('leaves small-letter joins, an assimilated article before another letter, a word’s inside and an English text', () => {
    expect(withArticleHyphens('tassew filwaqt talkooperazzjoni', MALTESE)).toBe('tassew filwaqt talkooperazzjoni');
    expect(withArticleHyphens('fisAnness u itKummissjoni', MALTESE)).toBe('fisAnness u itKummissjoni');
    expect(withArticleHyphens('Il-Kunsill eu-LISA ECtalUnjoni', MALTESE)).toBe('Il-Kunsill eu-LISA ECtalUnjoni');
    expect(withArticleHyphens('the lA and tal EU in iOS', ENGLISH)).toBe('the lA and tal EU in iOS');
  });
});

describe('holdsJoinedArticle', () => {
  it('finds the article or a preposition joined to it, whole or assimilated, before a capital of any script', () => {
    // whole, then assimilated to its noun's consonant, alone or after a preposition
    const heads = 'il l tal fil fl mill għall bil lill sal mal bħall ġol iċ id in ir is it ix iż iz taċ fid min bir lis għat sax maż bħaz ġot t ż';
    for (const head of heads.split(' '))
      for (const noun of ['Unjoni', 'Ċentru', 'Żona', 'Ħidma', 'Ämter', 'Ørsted', 'Ελλάδα', 'Европол', '𝐀bc'])
        expect(holdsJoinedArticle(`kif jinsab ${head}${noun} u`), `${head}${noun}`).toBe(true);
  });

  it('finds none inside a word, before a small letter or a hyphen, or after another letter', () => {
    for (const text of ['filwaqt tassew', 'talkooperazzjoni', 'ECtalUnjoni', 'il-Kumitat tal-Unjoni', 'iOS and eBay', 'ilà'])
      expect(holdsJoinedArticle(text), text).toBe(false);
  });

  it('looks for the full pattern only where an article’s last letter stands before a character a capital may be', () => {
    // every capital of Unicode, after every letter an article ends on, passes the cheap search first
    const ends = [...'dlnrstxzċż'];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (!/\p{Lu}/u.test(character)) continue;
      for (const end of ends) if (!ARTICLE_END_BEFORE_CAPITAL.test(`${end}${character}`)) expect.fail(`${end}${character} (U+${code.toString(16)})`);
    }
    expect(ARTICLE_END_BEFORE_CAPITAL.test('the Council and the EU, in full')).toBe(false);
  });
});

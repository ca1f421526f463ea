import { describe, expect, it } from 'vitest';
import { monthLanguage, placeDateLanguages, placeLanguage, versionLanguage } from '../../../../../scripts/ingest/parse/header/version-language.ts';

describe('versionLanguage', () => {
  it('takes the language most of the header says', () => {
    expect(versionLanguage(['fr', 'fr', null, 'en'])).toBe('fr');
    expect(versionLanguage(['de'])).toBe('de');
  });

  it('is null without a signal or on a tie', () => {
    expect(versionLanguage([])).toBeNull();
    expect(versionLanguage([null, null])).toBeNull();
    expect(versionLanguage(['en', 'fr'])).toBeNull();
  });
});

describe('placeLanguage', () => {
  it('knows how each language spells Brussels, and that Bruxelles (French, Danish, Italian and Romanian alike), Brüssel (German and Estonian), Brusel (Czech and Slovak), Luxembourg and Luxemburg tell nothing alone', () => {
    expect(['Brussels', 'Bruxelles', 'Brüssel', 'Brusel', 'Luxembourg', 'Luxemburg', 'Strasbourg', 'Straßburg'].map(placeLanguage)).toEqual([
      'en',
      null,
      null,
      null,
      null,
      null,
      null,
      'de',
    ]);
  });

  it('knows Brussels as the Bulgarian, Greek, Hungarian, Latvian, Lithuanian, Maltese and Slovenian versions print it, and that Bryssel (Swedish and Finnish alike) tells nothing', () => {
    expect(['Брюксел', 'Βρυξέλλες', 'Brüsszel', 'Briselē', 'Briuselis', 'Brussell', 'Bruselj', 'Bryssel'].map(placeLanguage)).toEqual([
      'bg',
      'el',
      'hu',
      'lv',
      'lt',
      'mt',
      'sl',
      null,
    ]);
  });
});

describe('monthLanguage', () => {
  it('knows the months of all 24 official languages, Irish and the Slovenian genitive included, and that November tells nothing', () => {
    expect(['Nollaig', 'Meán Fómhair', 'junija', 'novembra', 'listopadu', 'November'].map(monthLanguage)).toEqual(['ga', 'ga', 'sl', null, 'cs', null]);
  });
});

describe('placeDateLanguages', () => {
  it('reads the place and the month of its date each with the other: Brüssel with veebruar is Estonian, with Februar German', () => {
    expect(placeDateLanguages('Brüssel', 'veebruar')).toEqual(['et', 'et']);
    expect(placeDateLanguages('Brüssel', 'Februar')).toEqual(['de', 'de']);
    expect(placeDateLanguages('Bruxelles', 'februar')).toEqual(['da', 'da']);
    expect(placeDateLanguages('Brusel', 'februára')).toEqual(['sk', 'sk']);
    expect(placeDateLanguages('Brusel', 'února')).toEqual(['cs', 'cs']);
    expect(placeDateLanguages('Bryssel', 'februari')).toEqual(['sv', 'sv']);
    expect(placeDateLanguages('Strasbourg', 'March')).toEqual(['en', 'en']);
  });

  it('lets each tell alone where the other says nothing or the two disagree', () => {
    expect(placeDateLanguages('Brussels', '')).toEqual(['en', null]);
    expect(placeDateLanguages('Genève', 'novembre')).toEqual([null, null]);
    expect(placeDateLanguages('Brussels', 'février')).toEqual(['en', 'fr']);
  });
});

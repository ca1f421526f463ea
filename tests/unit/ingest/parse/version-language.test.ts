import { describe, expect, it } from 'vitest';
import { monthLanguage, placeLanguage, versionLanguage } from '../../../../scripts/ingest/parse/version-language.ts';

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
  it('knows how each language spells Brussels, and that Bruxelles (French, Danish, Italian and Romanian alike) and Luxembourg tell nothing', () => {
    expect([placeLanguage('Brussels'), placeLanguage('Bruxelles'), placeLanguage('Brüssel'), placeLanguage('Luxembourg')]).toEqual(['en', null, 'de', null]);
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

import { describe, expect, it } from 'vitest';
import { familyKey } from '../../../src/shared/references.ts';
import { languageVersionsBySlug, otherVersionsBySlug } from '../../../src/lib/versions.ts';

const doc = (number: string, slug: string, language: string | null = 'en') => ({ data: { number, slug, language } });

describe('otherVersionsBySlug', () => {
  it('lists the other ingested versions of one Council document, by number', () => {
    const all = [doc('14470/1/25 REV 1', '14470-1-25-rev-1'), doc('14470/25', '14470-25'), doc('9267/25', '9267-25'), doc('14470/25 COR 1', '14470-25-cor-1')];
    const versions = otherVersionsBySlug(all, familyKey);
    expect(versions.get('14470-25')?.map((d) => d.data.number)).toEqual(['14470/1/25 REV 1', '14470/25 COR 1']);
    expect(versions.get('14470-1-25-rev-1')?.map((d) => d.data.number)).toEqual(['14470/25', '14470/25 COR 1']);
  });

  it('gives nothing for a document that is the only version held', () => {
    expect(otherVersionsBySlug([doc('9267/25', '9267-25'), doc('15912/25', '15912-25')], familyKey).size).toBe(0);
  });

  it("keeps a language family apart: the other versions are those in the document's own language", () => {
    const all = [doc('14470/25', '14470-25'), doc('14470/25', '14470-25-fr', 'fr'), doc('14470/25 COR 1', '14470-25-cor-1-fr', 'fr')];
    const versions = otherVersionsBySlug(all, familyKey);
    expect(versions.get('14470-25')).toBeUndefined();
    expect(versions.get('14470-25-fr')?.map((d) => d.data.slug)).toEqual(['14470-25-cor-1-fr']);
  });
});

describe('languageVersionsBySlug', () => {
  it('links the versions of one document in different languages as one family, each to the others by language', () => {
    const all = [doc('8812/19', '8812-19-fr', 'fr'), doc('8812/19', '8812-19'), doc('8812/19', '8812-19-de', 'de'), doc('9267/25', '9267-25')];
    const versions = languageVersionsBySlug(all);
    expect(versions.get('8812-19')?.map((d) => d.data.language)).toEqual(['de', 'fr']);
    expect(versions.get('8812-19-fr')?.map((d) => d.data.language)).toEqual(['de', 'en']);
    expect(versions.has('9267-25')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { familyKey } from '../../../src/shared/references.ts';
import { otherVersionsBySlug } from '../../../src/lib/versions.ts';

const doc = (number: string, slug: string) => ({ data: { number, slug } });

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
});

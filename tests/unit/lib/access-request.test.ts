import { describe, expect, it } from 'vitest';
import { needsAccessRequest } from '../../../src/lib/access-request.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const reference = (slug: string) => content.references.find((entry) => entry.data.slug === slug)?.data;
const document = (slug: string) => content.documents.find((entry) => entry.data.slug === slug)?.data;

describe('needsAccessRequest', () => {
  it('offers a request for the LIMITE note 9267/25 and not for the public outcome 15912/25', () => {
    expect(needsAccessRequest(reference('9267-25'), document('9267-25'))).toBe(true);
    expect(needsAccessRequest(reference('15912-25'), document('15912-25'))).toBe(false);
  });

  it('offers one for Council documents known only by reference (ST, CM, WK), not for legal acts', () => {
    expect(needsAccessRequest(reference('14470-1-25-rev-1'), undefined)).toBe(true);
    expect(needsAccessRequest(reference('cm-4578-2-24-rev-2'), undefined)).toBe(true);
    expect(needsAccessRequest(reference('wk-13949-2021'), undefined)).toBe(true);
    expect(needsAccessRequest(reference('regulation-eu-2024-1689'), undefined)).toBe(false);
  });
});

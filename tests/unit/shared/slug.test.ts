import { describe, expect, it } from 'vitest';
import { documentSlug, itemAnchor, versionSlug } from '../../../src/shared/slug.ts';

describe('documentSlug', () => {
  it('turns the canonical numbers of the site issue into their fixed URL segments', () => {
    expect(documentSlug('15912/25')).toBe('15912-25');
    expect(documentSlug('14470/1/25 REV 1')).toBe('14470-1-25-rev-1');
    expect(documentSlug('CM 4578/2/24 REV 2')).toBe('cm-4578-2-24-rev-2');
    expect(documentSlug('WK 13949/2021')).toBe('wk-13949-2021');
    expect(documentSlug('COM/2023/516 final')).toBe('com-2023-516-final');
    expect(documentSlug('Regulation (EU) 2024/1689')).toBe('regulation-eu-2024-1689');
  });
  it('never yields a path separator, a dot segment or an empty edge', () => {
    expect(documentSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(documentSlug(' <x> ')).toBe('x');
  });
});

describe('itemAnchor', () => {
  it('turns dots into dashes and names the unnumbered AOB', () => {
    expect(itemAnchor('6.1')).toBe('item-6-1');
    expect(itemAnchor('13')).toBe('item-13');
    expect(itemAnchor(null)).toBe('item-aob');
  });
});

describe('versionSlug', () => {
  it("serves the archive's language, or a version whose language is not told, at the number's slug, and every other language beside it", () => {
    expect(versionSlug('8812/1/19 REV 1', 'en')).toBe('8812-1-19-rev-1');
    expect(versionSlug('8812/1/19 REV 1', null)).toBe('8812-1-19-rev-1');
    expect(versionSlug('8812/1/19 REV 1', 'fr')).toBe('8812-1-19-rev-1-fr');
    expect(versionSlug('8812/1/19 REV 1', 'de')).not.toBe(versionSlug('8812/1/19 REV 1', 'fr'));
  });
});

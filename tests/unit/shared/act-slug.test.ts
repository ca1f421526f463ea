import { describe, expect, it } from 'vitest';
import { actSlug } from '../../../src/shared/act-slug.ts';
import { findReferences } from '../../../src/shared/references.ts';
import { documentSlug } from '../../../src/shared/slug.ts';

/** The page slug of every reference a text cites, in order. */
function slugs(text: string): string[] {
  return findReferences(text).map(({ id }) => documentSlug(id));
}

describe('actSlug: one page for one act, however a paper cites it', () => {
  it('gives the Europol Regulation one page by its name, its CELEX number and its name in other versions', () => {
    expect(
      slugs(
        'Regulation (EU) 2016/794 (CELEX 32016R0794); règlement (UE) 2016/794; Verordnung (EU) 2016/794; rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/794; CELEX:32016R0794',
      ),
    ).toEqual(Array(6).fill('regulation-eu-2016-794'));
  });

  it('gives an act one page whether its author is printed or not, and its CELEX number the same', () => {
    expect(slugs('Council Decision 2010/131/EU, Decision 2010/131/EU, décision 2010/131/UE du Conseil and 32010D0131')).toEqual(
      Array(4).fill('decision-2010-131'),
    );
    expect(slugs('Council Framework Decision 2008/977/JHA, Framework Decision 2008/977/JHA and 32008F0977')).toEqual(
      Array(3).fill('framework-decision-2008-977'),
    );
    expect(slugs('Regulation (EC) No 1049/2001, Verordnung (EG) Nr. 1049/2001 and CELEX 32001R1049')).toEqual(Array(3).fill('regulation-2001-1049'));
    expect(slugs('Directive 95/46/EC and 31995L0046')).toEqual(['directive-1995-46', 'directive-1995-46']);
  });

  it('names no act for a Council number, a Commission document, a judgment or a CELEX number of no act', () => {
    for (const id of [
      '15912/25',
      'COM/2023/516 final',
      'CELEX 62014CJ0362',
      'CELEX 52020DC0795',
      'ECLI:EU:C:2021:152',
      'OJ L 135, 24.5.2016',
      'Decision of the Committee',
    ])
      expect(actSlug(id), id).toBeNull();
    expect(documentSlug('CELEX 62014CJ0362')).toBe('celex-62014cj0362');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formerAddresses } from '../../../scripts/build/former-addresses.ts';

describe('formerAddresses: the addresses act pages had before, each to its page now', () => {
  it('leads the nine pre-2015 act pages of seed 001 from their former slugs (its golden files before 31c8d79) to their pages', () => {
    expect(formerAddresses('content')).toEqual({
      '/documents/council-decision-2010-131-eu/': '/documents/decision-2010-131/',
      '/documents/council-directive-2002-90-ec/': '/documents/directive-2002-90/',
      '/documents/directive-2000-31-ec/': '/documents/directive-2000-31/',
      '/documents/directive-2008-99-ec/': '/documents/directive-2008-99/',
      '/documents/directive-2009-123-ec/': '/documents/directive-2009-123/',
      '/documents/directive-2014-90-eu/': '/documents/directive-2014-90/',
      '/documents/regulation-ec-no-300-2008/': '/documents/regulation-2008-300/',
      '/documents/regulation-eu-no-167-2013/': '/documents/regulation-2013-167/',
      '/documents/regulation-eu-no-168-2013/': '/documents/regulation-2013-168/',
    });
  });

  const root = mkdtempSync(join(tmpdir(), 'former-addresses-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives none for a page whose slug its id still makes, nor for a former address that is another page’s own, nor without references', () => {
    mkdirSync(join(root, 'references'));
    const entry = (id: string, slug: string) => [slug, { data: { id, slug, type: 'decision', ingested: false, citations: [] } }];
    const packed = Object.fromEntries([
      entry('9876/25', '9876-25'),
      entry('Regulation (EU) 2016/794', 'regulation-eu-2016-794'),
      entry('Council Decision 2010/131/EU', 'decision-2010-131'),
      entry('Council Decision 2010 131 EU', 'council-decision-2010-131-eu'),
    ]);
    writeFileSync(join(root, 'references', 'references-1.json'), JSON.stringify(packed));
    writeFileSync(join(root, 'references', 'notes.json'), '{}');
    expect(formerAddresses(root)).toEqual({});
    expect(formerAddresses(join(root, 'nowhere'))).toEqual({});
  });
});

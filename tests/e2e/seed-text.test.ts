import { describe, expect, it } from 'vitest';
import { sourceRelativePath } from '../../src/shared/source-url.ts';
import { documentsBySource, linesMissingFromPage } from '../support/page-lines.ts';
import { loadSeeds } from '../support/seeds.ts';
import { DIST } from '../support/site.ts';

/** The content root the site was built from. */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

const documents = documentsBySource(CONTENT);

describe.each(loadSeeds())('seed $name', ({ source }) => {
  it('shows every non-blank line of its source as text on its document page', () => {
    const entry = documents.get(sourceRelativePath(source));
    expect(entry, `no documents entry for ${source}`).toBeDefined();
    expect(linesMissingFromPage(DIST, entry?.slug ?? '', source)).toEqual([]);
  });
});

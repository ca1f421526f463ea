import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRelativePath } from '../../src/shared/source-url.ts';
import { HOSTILE, hostileSourceFiles } from '../support/hostile-site.ts';
import { documentsBySource, linesMissingFromPage } from '../support/page-lines.ts';

const documents = documentsBySource(HOSTILE.content);

describe.each(hostileSourceFiles().map((path) => ({ source: relative(process.cwd(), path) })))('hostile source $source', ({ source }) => {
  it('shows every non-blank line of its source as text on its document page', () => {
    const entry = documents.get(sourceRelativePath(source));
    expect(entry, `no documents entry for ${source}`).toBeDefined();
    expect(linesMissingFromPage(HOSTILE.dist, entry?.slug ?? '', source)).toEqual([]);
  });
});

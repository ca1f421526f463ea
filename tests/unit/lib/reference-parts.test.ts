import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../scripts/ingest/read/decode.ts';
import { parseDocument } from '../../../scripts/ingest/parse/parse.ts';
import { referenceParts } from '../../../src/lib/reference-parts.ts';
import { documentSlug } from '../../../src/shared/slug.ts';

/** The parts as `text → href` (plain text as itself). */
const shown = (text: string) => referenceParts(text).map((part) => (part.href === null ? part.text : `${part.text} → ${part.href}`));

describe('referenceParts links the references of a header value as printed', () => {
  it('a commission document after its number, each part a plus adds linked to its own page', () => {
    expect(shown('13908/20 + ADD 1 - COM(2020) 796 final')).toEqual([
      '13908/20 → /documents/13908-20/',
      ' + ',
      'ADD 1 → /documents/13908-20-add-1/',
      ' - ',
      'COM(2020) 796 final → /documents/com-2020-796-final/',
    ]);
  });

  it('a revision with a corrigendum and an addendum added (`10951/2/98 REV 2 + COR 1 + ADD 2`), and a plus before no part left plain', () => {
    expect(shown('10951/2/98 REV 2 + COR 1 + ADD 2')).toEqual([
      '10951/2/98 REV 2 → /documents/10951-2-98-rev-2/',
      ' + ',
      'COR 1 → /documents/10951-2-98-rev-2-cor-1/',
      ' + ',
      'ADD 2 → /documents/10951-2-98-rev-2-add-2/',
    ]);
    expect(shown('6044/22 + annex')).toEqual(['6044/22 → /documents/6044-22/', ' + annex']);
  });

  it('text without references as one plain stretch; the characters always the text', () => {
    expect(shown('Presidency')).toEqual(['Presidency']);
    const text = '9402/13 JAI 355 COSI 52 + ADD 1';
    expect(
      referenceParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });

  it('the header links, from each reference value as printed, exactly the documents the record links from it (every fixture and seed)', () => {
    const textFiles = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? textFiles(join(folder, entry.name))
          : /\.(?:txt|md)$/u.test(entry.name) && entry.name !== 'README.md'
            ? [join(folder, entry.name)]
            : [],
      );
    let values = 0;
    for (const path of [...textFiles('tests/fixtures'), ...textFiles('content/sources')]) {
      const decoded = decodeSource(new Uint8Array(readFileSync(path)));
      const record = decoded.ok ? parseDocument(decoded.text, path) : null;
      if (record?.status !== 'ok') continue;
      for (const [field, ids] of [
        ['previous', record.previous],
        ['commission', record.commissionProposal],
      ] as const) {
        const printed = record.printed?.values?.[field];
        if (printed === undefined) continue;
        values += 1;
        const linked = new Set(referenceParts(printed).flatMap(({ href }) => (href === null ? [] : [href])));
        expect([...linked].sort(), `${path} ${field}: ${printed}`).toEqual([...new Set(ids.map((id) => `/documents/${documentSlug(id)}/`))].sort());
      }
    }
    expect(values).toBeGreaterThan(50);
  });
});

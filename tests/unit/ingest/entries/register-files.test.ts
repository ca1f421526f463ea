import { describe, expect, it } from 'vitest';
import { registerFile, type SidecarFound } from '../../../../scripts/ingest/entries/register-files.ts';
import type { SourceSidecar } from '../../../../src/schemas/source-sidecar.ts';

/** A sidecar as npm run fetch writes it for 15912/25 fetched in English. */
const FETCHED: SourceSidecar = {
  number: '15912/25',
  url: 'https://data.consilium.europa.eu/doc/document/ST-15912-2025-INIT/en/pdf',
  language: 'en',
  status: 'fetched',
  httpStatus: 200,
  fetchedAt: '2025-12-01T09:00:00.000Z',
  file: '15912-25.pdf',
  bytes: 319795,
  sha256: 'a'.repeat(64),
  reason: null,
  previous: [],
};

const WITHHELD: SourceSidecar = {
  ...FETCHED,
  number: 'CM 4578/2/24 REV 2',
  url: 'https://data.consilium.europa.eu/doc/document/CM-4578-2024-REV-2/fr/pdf',
  language: 'fr',
  status: 'not-public',
  httpStatus: 403,
  file: null,
  bytes: null,
  sha256: null,
};

describe('registerFile', () => {
  it('writes one entry per sidecar, keyed by its name, with where it lies, its source and the slug of its page', () => {
    const found: SidecarFound[] = [
      { sidecar: 'content/sources/register/2025/15912-25.source.json', source: 'content/sources/register/2025/15912-25.pdf', data: FETCHED },
      { sidecar: 'content/sources/register/2024/cm-4578-2-24-rev-2.fr.source.json', source: null, data: WITHHELD },
    ];
    const { file, clashes } = registerFile(found);
    expect(file?.[0]).toBe('register/sidecars.json');
    expect(JSON.parse(file?.[1] ?? '')).toEqual({
      '15912-25': {
        ...FETCHED,
        sidecar: 'content/sources/register/2025/15912-25.source.json',
        source: 'content/sources/register/2025/15912-25.pdf',
        slug: '15912-25',
      },
      'cm-4578-2-24-rev-2-fr': {
        ...WITHHELD,
        sidecar: 'content/sources/register/2024/cm-4578-2-24-rev-2.fr.source.json',
        source: null,
        slug: 'cm-4578-2-24-rev-2',
      },
    });
    expect(clashes).toEqual([]);
  });

  it('writes no file while nothing was fetched', () => {
    expect(registerFile([])).toEqual({ file: null, clashes: [] });
  });

  it('keeps the first of two sidecars of the same name and names the other', () => {
    const first = { sidecar: 'content/sources/register/2025/15912-25.source.json', source: null, data: FETCHED };
    const copy = { sidecar: 'content/sources/copies/15912-25.source.json', source: null, data: FETCHED };
    const { file, clashes } = registerFile([first, copy]);
    expect(Object.keys(JSON.parse(file?.[1] ?? ''))).toEqual(['15912-25']);
    expect(clashes).toEqual(['content/sources/copies/15912-25.source.json']);
  });
});

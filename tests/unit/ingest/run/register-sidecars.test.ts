import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readSidecars } from '../../../../scripts/ingest/run/register-sidecars.ts';

const SIDECAR = {
  number: '15912/25',
  url: 'https://data.consilium.europa.eu/doc/document/ST-15912-2025-INIT/en/pdf',
  language: 'en',
  status: 'fetched',
  httpStatus: 200,
  fetchedAt: '2025-12-01T09:00:00.000Z',
  file: '15912-25.pdf',
  bytes: 11,
  sha256: 'b'.repeat(64),
  reason: null,
  previous: [],
};

/** A sources folder with a fetched PDF and its sidecar, a sidecar without a file, a broken one and one that is not JSON. */
function sourcesFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'cosi-sidecars-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'register/2025'), { recursive: true });
  writeFileSync(join(root, 'register/2025/15912-25.pdf'), '%PDF-1.7 …');
  writeFileSync(join(root, 'register/2025/15912-25.source.json'), JSON.stringify(SIDECAR));
  writeFileSync(
    join(root, 'register/2025/9267-25.source.json'),
    JSON.stringify({ ...SIDECAR, number: '9267/25', status: 'not-public', httpStatus: 403, file: null, bytes: null, sha256: null }),
  );
  writeFileSync(join(root, 'register/2025/1000-25.source.json'), JSON.stringify({ ...SIDECAR, number: '1000/25', sha256: 'not a digest' }));
  writeFileSync(join(root, 'register/2025/1001-25.source.json'), '{ "number": ');
  return root;
}

describe('readSidecars', () => {
  it('reads every sidecar in path order with the listed source beside it, and names each one it cannot read', async () => {
    const root = sourcesFolder();
    const sources = [{ source: 'shown/register/2025/15912-25.pdf', path: join(root, 'register/2025/15912-25.pdf'), inside: true }];
    const { found, errors } = await readSidecars(root, sources);
    expect(found.map(({ sidecar, source, data }) => [sidecar, source, data.number, data.status])).toEqual([
      [`${root}/register/2025/15912-25.source.json`, 'shown/register/2025/15912-25.pdf', '15912/25', 'fetched'],
      [`${root}/register/2025/9267-25.source.json`, null, '9267/25', 'not-public'],
    ]);
    expect(errors).toEqual([
      { file: `${root}/register/2025/1000-25.source.json`, line: 0, message: expect.stringMatching(/^not a sidecar of npm run fetch: /) },
      { file: `${root}/register/2025/1001-25.source.json`, line: 0, message: expect.stringMatching(/^not a sidecar of npm run fetch: /) },
    ]);
  });

  it('gives no source to a sidecar whose file is not among the listed sources', async () => {
    const root = sourcesFolder();
    const { found } = await readSidecars(root, []);
    expect(found.map((entry) => entry.source)).toEqual([null, null]);
  });
});

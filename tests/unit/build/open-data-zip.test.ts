import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataZip, zippedPaths } from '../../../scripts/build/open-data-zip.ts';
import { openDataManifest } from '../../../src/lib/open-data-shards.ts';

const manifest = openDataManifest([
  [
    'documents',
    [
      { key: '2025', records: 2 },
      { key: 'undated', records: 1 },
    ],
  ],
  ['decisions', [{ key: '2024', records: 3 }]],
]);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('zippedPaths', () => {
  it("lists the manifest's files in its order, each shard's JSON before its CSV", () => {
    expect(zippedPaths(JSON.stringify(manifest))).toEqual([
      '/data/documents/2025.json',
      '/data/documents/2025.csv',
      '/data/documents/undated.json',
      '/data/documents/undated.csv',
      '/data/decisions/2024.json',
      '/data/decisions/2024.csv',
    ]);
  });

  it('refuses a file outside /data/', () => {
    expect(() => zippedPaths(JSON.stringify({ datasets: [{ files: [{ json: '/etc/passwd', csv: '/data/a.csv' }] }] }))).toThrow();
  });
});

describe('openDataZip', () => {
  it('holds every file the manifest lists, byte for byte, under its path inside /data/, in order', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'open-data-zip-'));
    folders.push(dist);
    mkdirSync(join(dist, 'data', 'documents'), { recursive: true });
    mkdirSync(join(dist, 'data', 'decisions'), { recursive: true });
    writeFileSync(join(dist, 'data', 'manifest.json'), JSON.stringify(manifest));
    const paths = zippedPaths(JSON.stringify(manifest));
    paths.forEach((path, index) => writeFileSync(join(dist, path), `\ufeff${path}\n${'x'.repeat(index * 100)}`));
    const zipped = unzipSync(await openDataZip(dist));
    expect(Object.keys(zipped)).toEqual(paths.map((path) => path.slice('/data/'.length)));
    paths.forEach((path, index) => expect(Buffer.from(zipped[path.slice('/data/'.length)] ?? []).toString()).toBe(`\ufeff${path}\n${'x'.repeat(index * 100)}`));
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
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

/** A built site's /data/: the manifest and each file it lists, with the text `content` gives for its path and place. */
function builtData(content: (path: string, index: number) => string): string {
  const dist = mkdtempSync(join(tmpdir(), 'open-data-zip-'));
  folders.push(dist);
  mkdirSync(join(dist, 'data', 'documents'), { recursive: true });
  mkdirSync(join(dist, 'data', 'decisions'), { recursive: true });
  writeFileSync(join(dist, 'data', 'manifest.json'), JSON.stringify(manifest));
  zippedPaths(JSON.stringify(manifest)).forEach((path, index) => writeFileSync(join(dist, path), content(path, index)));
  return dist;
}

describe('openDataZip', () => {
  it('holds every file the manifest lists, byte for byte, under its path inside /data/, in order', async () => {
    const paths = zippedPaths(JSON.stringify(manifest));
    const zipped = unzipSync(await openDataZip(builtData((path, index) => `\ufeff${path}\n${'x'.repeat(index * 100)}`)));
    expect(Object.keys(zipped)).toEqual(paths.map((path) => path.slice('/data/'.length)));
    paths.forEach((path, index) => expect(Buffer.from(zipped[path.slice('/data/'.length)] ?? []).toString()).toBe(`\ufeff${path}\n${'x'.repeat(index * 100)}`));
  });

  it("records each file's CRC-32 as the standard computes it (patches/yazl+3.3.1.patch: Node's zlib.crc32)", async () => {
    const paths = zippedPaths(JSON.stringify(manifest));
    const contents = [
      '123456789',
      '',
      'Ständiger Ausschuss — “COSI” 😀',
      '\ufeffid,subject\r\n15214/19,Draft agenda\r\n',
      '\u0000\u00ff'.repeat(5000),
      'x'.repeat(70_000),
    ];
    const recorded = await zipCrcs(await openDataZip(builtData((_, index) => contents[index] ?? '')));
    expect(standardCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(recorded).toEqual(new Map(paths.map((path, index) => [path.slice('/data/'.length), standardCrc32(Buffer.from(contents[index] ?? ''))])));
  });

  it('takes the deflate made ahead of a file whose size and CRC-32 are its own, and deflates any other file itself', async () => {
    const paths = zippedPaths(JSON.stringify(manifest));
    const contents = paths.map((path, index) => `${path}\n${'record,'.repeat(200 + index)}`);
    const dist = builtData((_, index) => contents[index] ?? '');
    // A level-1 deflate (not the zip's level) tells the one made ahead apart from the zip's own; the second file's was
    // made of other bytes of its size, the third's of the same bytes but with another CRC-32 recorded.
    const fast = (text: string) => deflateRawSync(Buffer.from(text), { level: 1 });
    const other = (contents[1] ?? '').replace('record', 'RECORD');
    const ahead = new Map([
      [paths[0] ?? '', { size: Buffer.byteLength(contents[0] ?? ''), crc32: crc32(contents[0] ?? ''), deflated: Promise.resolve(fast(contents[0] ?? '')) }],
      [paths[1] ?? '', { size: Buffer.byteLength(other), crc32: crc32(other), deflated: Promise.resolve(fast(other)) }],
      [paths[2] ?? '', { size: Buffer.byteLength(contents[2] ?? ''), crc32: crc32('no'), deflated: Promise.resolve(fast(contents[2] ?? '')) }],
    ]);
    Reflect.set(globalThis, DEFLATED_AHEAD, ahead);
    const zip = await openDataZip(dist);
    const zipped = unzipSync(zip);
    paths.forEach((path, index) => expect(Buffer.from(zipped[path.slice('/data/'.length)] ?? []).toString()).toBe(contents[index]));
    const sizes = await compressedSizes(zip);
    expect(sizes.get(paths[0]?.slice('/data/'.length) ?? '')).toBe(fast(contents[0] ?? '').byteLength);
    for (const index of [1, 2, 3]) {
      const name = paths[index]?.slice('/data/'.length) ?? '';
      expect(sizes.get(name)).toBe(deflateRawSync(Buffer.from(contents[index] ?? ''), { level: 6 }).byteLength);
    }
    expect(ahead.size).toBe(0);
  });
});

/** Where the build's routes leave their files' deflates for the zip (src/lib/deflate-ahead.ts). */
const DEFLATED_AHEAD = Symbol.for('cosi-archive.deflated-ahead');

/** The compressed size each entry of a zip records in its central directory, by entry name. */
function compressedSizes(zip: Buffer): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const sizes = new Map<string, number>();
      file.on('entry', (entry: yauzl.Entry) => {
        sizes.set(entry.fileName, entry.compressedSize);
        file.readEntry();
      });
      file.on('end', () => resolve(sizes));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

/** CRC-32 (ISO-HDLC, the zip format's), bit by bit as the standard defines it: the reference the zip's values are held to. */
function standardCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The CRC-32 each entry of a zip records in its central directory, by entry name. */
function zipCrcs(zip: Buffer): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const crcs = new Map<string, number>();
      file.on('entry', (entry: yauzl.Entry) => {
        crcs.set(entry.fileName, entry.crc32);
        file.readEntry();
      });
      file.on('end', () => resolve(crcs));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

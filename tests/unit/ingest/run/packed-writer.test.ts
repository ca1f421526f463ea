import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../../../scripts/ingest/entries/document-files.ts';
import { packedFiles, packedMembers } from '../../../../scripts/ingest/entries/packed-files.ts';
import { jsonFile } from '../../../../scripts/ingest/markdown/frontmatter.ts';
import { PackedSpool } from '../../../../scripts/ingest/run/packed-spool.ts';
import { PackedStream, writePackedFiles } from '../../../../scripts/ingest/run/packed-writer.ts';

const item = (id: string, text: string): GeneratedFile[] => [
  [`items/${id}.json`, jsonFile({ title: `Item ${id} – “quoted”`, anchor: 'item-1' })],
  [`items/${id}.md`, text],
];
const decision = (id: string): GeneratedFile => [`decisions/${id}.json`, jsonFile({ id, object: 'the report, § 3 — agreed' })];
const reference = (slug: string): GeneratedFile => [`references/${slug}.json`, jsonFile({ id: slug, citations: [] })];

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'packed-writer-'));
  for (const name of ['spool', 'out', 'staging']) mkdirSync(join(folder, name));
  for (const collection of ['items', 'decisions', 'references']) {
    mkdirSync(join(folder, 'out', collection));
    mkdirSync(join(folder, 'staging', collection));
  }
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Every file written under `root`, by its path there. */
function filesUnder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, collection)).sort()) files.set(`${collection}/${name}`, readFileSync(join(root, collection, name), 'utf8'));
  }
  return files;
}

describe('writePackedFiles', () => {
  // Two documents per spool file, as two workers make them, the larger text over the writer's 1 MiB chunk.
  const documents: GeneratedFile[][] = [
    [...item('2025-02-01--item-1', 'Ä text of one line\n'), decision('d-2')],
    [...item('2025-01-01--item-3', `${'Ω long text '.repeat(100_000)}\n`), decision('d-1'), reference('9-25')],
    [...item('2025-01-01--item-2', '---\nA [link](/x/)\n'), reference('10-25')],
    [...item('2024-12-31--item-1', 'x'.repeat(300))],
  ];
  const spoolAll = () => {
    const spools = [new PackedSpool(join(folder, 'spool'), 'worker-1.members'), new PackedSpool(join(folder, 'spool'), 'worker-2.members')];
    return documents.flatMap((files, index) => spools[index % 2]?.append(packedMembers(files)) ?? []);
  };

  it('writes the bytes packedFiles gives for the same entries, parts and all, from members spooled by several threads', () => {
    const members = spoolAll();
    const target = { out: join(folder, 'out'), staging: join(folder, 'staging'), spool: join(folder, 'spool') };
    const written = writePackedFiles(members, join(folder, 'spool'), target, 2000);
    const expected = packedFiles(documents.flat(), 2000);
    expect(expected.map(([path]) => path)).toEqual([
      'decisions/decisions-1.json',
      'items/items-1.json',
      'items/items-2.json',
      'items/items-3.json',
      'references/references-1.json',
    ]);
    expect(written).toEqual(expected.map(([path]) => ({ path, same: false })));
    expect(filesUnder(join(folder, 'staging'))).toEqual(new Map(expected));
  });

  it('tells a file the content root already holds from one that differs in a byte, or is missing, with or without writing', () => {
    const members = spoolAll();
    for (const [path, content] of packedFiles(documents.flat(), 2000)) writeFileSync(join(folder, 'out', path), content);
    const check = { out: join(folder, 'out'), staging: null, spool: join(folder, 'spool') };
    expect(writePackedFiles(members, join(folder, 'spool'), check, 2000).every(({ same }) => same)).toBe(true);
    const itemsTwo = join(folder, 'out', 'items', 'items-2.json');
    const bytes = readFileSync(itemsTwo);
    bytes[bytes.length - 10] = 'x'.charCodeAt(0);
    writeFileSync(itemsTwo, bytes);
    rmSync(join(folder, 'out', 'decisions', 'decisions-1.json'));
    const written = writePackedFiles(members, join(folder, 'spool'), { ...check, staging: join(folder, 'staging') }, 2000);
    expect(written.filter(({ same }) => !same).map(({ path }) => path)).toEqual(['decisions/decisions-1.json', 'items/items-2.json']);
    expect(writePackedFiles(members, join(folder, 'spool'), check, 2000).filter(({ same }) => !same)).toHaveLength(2);
    expect(filesUnder(join(folder, 'staging'))).toEqual(new Map(packedFiles(documents.flat(), 2000)));
  });
});

describe('PackedStream', () => {
  const target = () => ({ out: join(folder, 'out'), staging: join(folder, 'staging'), spool: null });
  /** Reference entries with long ids and texts, some over the writer's 1 MiB chunk, in id order. */
  const references = Array.from({ length: 400 }, (_, index) => reference(`${String(index).padStart(3, '0')}-25-${'ñ'.repeat(index === 7 ? 600_000 : 5000)}`));

  it('writes members given in id order as packedFiles packs them, parts and all', () => {
    for (const maxChars of [2000, 300_000, undefined]) {
      rmSync(join(folder, 'staging', 'references'), { recursive: true });
      mkdirSync(join(folder, 'staging', 'references'));
      const stream = new PackedStream('references', target(), maxChars);
      for (const member of packedMembers(references)) stream.add(member);
      const expected = packedFiles(references, maxChars);
      expect(stream.close()).toEqual(expected.map(([path]) => ({ path, same: false })));
      expect(filesUnder(join(folder, 'staging'))).toEqual(new Map(expected));
    }
  });

  it('tells a file the content root already holds from one that differs in a byte, is longer or shorter, with or without writing', () => {
    const expected = packedFiles(references, 300_000);
    for (const [path, content] of expected) writeFileSync(join(folder, 'out', path), content);
    const written = (staging: string | null) => {
      const stream = new PackedStream('references', { ...target(), staging }, 300_000);
      for (const member of packedMembers(references)) stream.add(member);
      return stream.close();
    };
    expect(written(null)).toEqual(expected.map(([path]) => ({ path, same: true })));
    const [first, second, third] = expected.map(([path]) => join(folder, 'out', path));
    if (first === undefined || second === undefined || third === undefined) throw new Error('expected three parts at least');
    const bytes = readFileSync(first);
    bytes[bytes.length - 10] = 'x'.charCodeAt(0);
    writeFileSync(first, bytes);
    writeFileSync(second, `${readFileSync(second, 'utf8')}\n`);
    writeFileSync(third, readFileSync(third).subarray(0, -1));
    const differing = expected.slice(0, 3).map(([path]) => path);
    expect(written(join(folder, 'staging')).flatMap(({ path, same }) => (same ? [] : [path]))).toEqual(differing);
    expect(written(null).flatMap(({ path, same }) => (same ? [] : [path]))).toEqual(differing);
    expect(filesUnder(join(folder, 'staging'))).toEqual(new Map(expected));
  });

  it('writes a member given as the pieces of its text as the member itself, however its text is cut, each piece as text or as its UTF-8 bytes', () => {
    // A piece whose cut falls inside a surrogate pair stays text: its UTF-8 alone would be a replacement character.
    const encoded = (piece: string, turn: number) =>
      turn % 2 === 1 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece) ? { bytes: Buffer.from(piece), chars: piece.length } : piece;
    [2000, 300_000, undefined].forEach((maxChars, round) => {
      rmSync(join(folder, 'staging', 'references'), { recursive: true });
      mkdirSync(join(folder, 'staging', 'references'));
      const stream = new PackedStream('references', target(), maxChars);
      packedMembers(references).forEach(({ id, text }, index) => {
        // Cut in 1 to 7 pieces of uneven lengths (the longest member over the writer's 1 MiB chunk in one piece or several).
        const cuts = Array.from({ length: index % 7 }, (_, cut) => Math.floor((text.length * (cut + 1) ** 2) / 64));
        const pieces = [0, ...cuts, text.length].slice(1).map((end, cut, ends) => text.slice(cut === 0 ? 0 : ends[cut - 1], end));
        // Each piece written as text in one round and as bytes in the next.
        stream.addParts(
          id,
          pieces.map((piece, cut) => encoded(piece, round + index + cut)),
        );
      });
      const expected = packedFiles(references, maxChars);
      expect(stream.close()).toEqual(expected.map(([path]) => ({ path, same: false })));
      expect(filesUnder(join(folder, 'staging'))).toEqual(new Map(expected));
    });
  });

  it('refuses a member given out of id order or twice', () => {
    const [a, b] = packedMembers(references.slice(0, 2));
    if (a === undefined || b === undefined) throw new Error('two members expected');
    const stream = new PackedStream('references', { ...target(), staging: null });
    stream.add(b);
    expect(() => stream.add(a)).toThrow(`given after ${b.id}`);
    expect(() => stream.add(b)).toThrow('two entries of one id');
  });
});

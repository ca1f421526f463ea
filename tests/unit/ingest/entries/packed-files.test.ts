import { describe, expect, it } from 'vitest';
import { packedCollectionOf, packedFiles, packedParts } from '../../../../scripts/ingest/entries/packed-files.ts';
import { jsonFile } from '../../../../scripts/ingest/markdown/frontmatter.ts';
import { packedFilePart, type PackedEntry } from '../../../../src/shared/packed-entries.ts';

const item = (id: string, title: string) => [`items/${id}.json`, jsonFile({ title, anchor: 'item-1', text: 'line one\nline two' })] as const;
const text = (id: string, markdown: string) => [`items/${id}.md`, markdown] as const;
const reference = (slug: string) => [`references/${slug}.json`, jsonFile({ id: slug, citations: [] })] as const;

function parsed(content: string): Record<string, PackedEntry> {
  return JSON.parse(content) as Record<string, PackedEntry>;
}

describe('packedFiles', () => {
  it('packs each collection into one file holding every entry by id, with an item’s Markdown beside its data', () => {
    const files = packedFiles([item('2025-11-18--item-2', 'B & <b>'), text('2025-11-18--item-2', '---\nA [link](/x/) "quoted"\n'), reference('15912-25')]);
    expect(files.map(([path]) => path)).toEqual(['items/items-1.json', 'references/references-1.json']);
    expect(parsed(files[0]?.[1] ?? '')).toEqual({
      '2025-11-18--item-2': { data: { title: 'B & <b>', anchor: 'item-1', text: 'line one\nline two' }, markdown: '---\nA [link](/x/) "quoted"\n' },
    });
    expect(parsed(files[1]?.[1] ?? '')).toEqual({ '15912-25': { data: { id: '15912-25', citations: [] } } });
  });

  it('gives the same bytes whatever order the entries come in, ids in code-unit order', () => {
    const entries = [item('b', 'second'), reference('9-25'), item('a', 'first'), text('a', 'A'), item('a-1', 'third'), reference('10-25')];
    const forward = packedFiles(entries);
    expect(packedFiles([...entries].reverse())).toEqual(forward);
    expect(Object.keys(parsed(forward[0]?.[1] ?? ''))).toEqual(['a', 'a-1', 'b']);
    expect(Object.keys(parsed(forward[1]?.[1] ?? ''))).toEqual(['10-25', '9-25']);
  });

  it('starts a new part when a file would pass its bound, every entry in exactly one part, in order', () => {
    const entries = Array.from({ length: 30 }, (_, index) => item(`id-${String(index).padStart(2, '0')}`, 'x'.repeat(50)));
    const files = packedFiles(entries, 1000);
    expect(files.length).toBeGreaterThan(2);
    expect(files.map(([path]) => packedFilePart('items', path.slice('items/'.length)))).toEqual(files.map((_, index) => index + 1));
    for (const [, content] of files) expect(content.length).toBeLessThanOrEqual(1000 + 10);
    expect(files.flatMap(([, content]) => Object.keys(parsed(content)))).toEqual(entries.map(([path]) => path.slice('items/'.length, -'.json'.length)));
  });

  it('refuses a text without its entry’s data and a file of a collection written as it is', () => {
    expect(() => packedFiles([text('a', 'alone')])).toThrow('items/a: a text without its entry’s data');
    expect(() => packedFiles([['documents/15912-25.json', '{}\n']])).toThrow('not an entry of a packed collection: documents/15912-25.json');
    expect(packedCollectionOf('documents/15912-25.json')).toBeNull();
    expect(packedCollectionOf('mentions/actor-europol-2025.json')).toBe('mentions');
  });
});

describe('packedParts', () => {
  it('lays members out in code-unit order of their ids and refuses an id given twice', () => {
    const parts = packedParts('items', [
      { id: 'b', chars: 10 },
      { id: 'a-1', chars: 10 },
      { id: 'a', chars: 10 },
    ]);
    expect(parts).toEqual([
      {
        path: 'items/items-1.json',
        members: [
          { id: 'a', chars: 10 },
          { id: 'a-1', chars: 10 },
          { id: 'b', chars: 10 },
        ],
      },
    ]);
    expect(() =>
      packedParts('items', [
        { id: 'a', chars: 1 },
        { id: 'a', chars: 2 },
      ]),
    ).toThrow('items/a: two entries of one id');
  });
});

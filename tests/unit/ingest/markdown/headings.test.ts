import type { Heading, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { heading, settleHeadings } from '../../../../scripts/ingest/markdown/headings.ts';
import { linkedText } from '../../../../scripts/ingest/markdown/phrasing.ts';

/** Level and id of each heading among some nodes. */
function levelsAndIds(nodes: readonly RootContent[]): [number, string][] {
  return nodes.filter((node): node is Heading => node.type === 'heading').map((node) => [node.depth, node.data?.hProperties?.id ?? '']);
}

describe('settleHeadings', () => {
  it('starts at h2, never skips a level going down, and makes every id unique on the page', () => {
    const nodes: RootContent[] = [3, 4, 2, 4, 3, 1].map((level) => heading(level, level === 4 ? 'item-4' : `h-${level}`, []));
    nodes.splice(2, 0, { type: 'paragraph', children: [{ type: 'text', value: 'Text between.' }] });
    settleHeadings(nodes);
    expect(levelsAndIds(nodes)).toEqual([
      [2, 'h-3'],
      [3, 'item-4'],
      [2, 'h-2'],
      [3, 'item-4-2'],
      [3, 'h-3-2'],
      [2, 'h-1'],
    ]);
  });
});

describe('heading', () => {
  it('links a document named in a heading and keeps its markup characters as text', () => {
    expect(heading(3, 'item-4', linkedText('Conclusions <draft> as set out in 13272/3/17 REV 3'))).toEqual({
      type: 'heading',
      depth: 3,
      data: { hProperties: { id: 'item-4' } },
      children: [
        { type: 'text', value: 'Conclusions <draft> as set out in ' },
        { type: 'link', url: '/documents/13272-3-17-rev-3/', children: [{ type: 'text', value: '13272/3/17 REV 3' }] },
      ],
    });
  });
});

import { readFileSync } from 'node:fs';
import type { Nodes, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseDocumentParts } from '../../../../scripts/ingest/entries/parsed-document.ts';
import { documentTree } from '../../../../scripts/ingest/markdown/document-tree.ts';
import { documentPath, linkedText } from '../../../../scripts/ingest/markdown/phrasing.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';

const link = (id: string, printed: string): PhrasingContent => ({ type: 'link', url: documentPath(id), children: [{ type: 'text', value: printed }] });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Every link's target and text in a tree, in order. */
function links(node: Nodes): [string, string][] {
  if (node.type === 'link') return [[node.url, node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')]];
  return 'children' in node ? node.children.flatMap((child) => links(child)) : [];
}

describe('linkedText', () => {
  it('links references without a slash or COM in them: the register’s form and Commission documents under their national names', () => {
    expect(linkedText('The Council set out its position in its conclusions of 2016 (ST 14978 2016 INIT).')).toEqual([
      text('The Council set out its position in its conclusions of 2016 ('),
      link('14978/16', 'ST 14978 2016 INIT'),
      text(').'),
    ]);
    expect(linkedText('compiled in WK 5121 2025 ADD 1 and in CM 2345 2025 INIT.')).toEqual([
      text('compiled in '),
      link('WK 5121/2025 ADD 1', 'WK 5121 2025 ADD 1'),
      text(' and in '),
      link('CM 2345/25', 'CM 2345 2025 INIT'),
      text('.'),
    ]);
    expect(linkedText('Vorschlag KOM(2016) 123 endgültig und SEK(2007) 839 slutlig')).toEqual([
      text('Vorschlag '),
      link('COM/2016/123 final', 'KOM(2016) 123 endgültig'),
      text(' und '),
      link('SEC/2007/839 final', 'SEK(2007) 839 slutlig'),
    ]);
  });

  it('links each version a text adds after a number to its own page, its suffix as printed, in any language', () => {
    expect(linkedText('documents 9912/25, ADD 1 and ADD 2 and 9876/25 + ADD 1 REV 1.')).toEqual([
      text('documents '),
      link('9912/25', '9912/25'),
      text(', '),
      link('9912/25 ADD 1', 'ADD 1'),
      text(' and '),
      link('9912/25 ADD 2', 'ADD 2'),
      text(' and '),
      link('9876/25', '9876/25'),
      text(' + '),
      link('9876/1/25 ADD 1 REV 1', 'ADD 1 REV 1'),
      text('.'),
    ]);
    expect(linkedText('doc. 14470/25 + ADD 1-3 and 9912/25 ADD 1 – ADD 2.')).toEqual([
      text('doc. '),
      link('14470/25', '14470/25'),
      text(' + '),
      link('14470/25 ADD 1', 'ADD 1'),
      text('-'),
      link('14470/25 ADD 3', '3'),
      text(' and '),
      link('9912/25 ADD 1', '9912/25 ADD 1'),
      text(' – '),
      link('9912/25 ADD 2', 'ADD 2'),
      text('.'),
    ]);
    expect(linkedText('les documents CM 1234/25 et COR 1')).toEqual([
      text('les documents '),
      link('CM 1234/25', 'CM 1234/25'),
      text(' et '),
      link('CM 1234/25 COR 1', 'COR 1'),
    ]);
    expect(linkedText('Dok. WK 5678/2025 INIT + ADD 1')).toEqual([
      text('Dok. '),
      link('WK 5678/2025', 'WK 5678/2025'),
      text(' INIT + '),
      link('WK 5678/2025 ADD 1', 'ADD 1'),
    ]);
  });

  it('leaves text without a reference one text node', () => {
    expect(linkedText('COSI took note of the state of play (2016).')).toEqual([text('COSI took note of the state of play (2016).')]);
  });
});

describe('documentTree', () => {
  it('links every reference of a note that cites documents in the register’s form (layout fixture register-form-numbers)', () => {
    const source = readFileSync(new URL('../../../fixtures/layouts/register-form-numbers/source.txt', import.meta.url), 'utf8');
    const record = parseDocument(source, 'register-form-numbers.txt');
    if (record.status !== 'ok') throw new Error('the fixture does not parse');
    expect(links(documentTree(parseDocumentParts(record)))).toEqual([
      [documentPath('14978/16'), 'ST 14978 2016 INIT'],
      [documentPath('WK 5121/2025 ADD 1'), 'WK 5121 2025 ADD 1'],
      [documentPath('CM 2345/25'), 'CM 2345 2025 INIT'],
      [documentPath('COM/2025/349 final'), 'COM/2025/0349 final'],
      [documentPath('9876/1/25 REV 1'), 'ST 9876 2025 REV 1'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { referencePages } from '../../../../scripts/ingest/entries/reference-pages.ts';
import { toCollections } from '../../../../scripts/ingest/entries/to-markdown.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { MAX_REFERENCE_PAGES } from '../../../../src/shared/reference-pages.ts';
import { expectOk } from '../../../support/projection.ts';

/** An outcome whose one item notes `count` distinct Council documents, 10001/25 on, in one sentence, then the documents `after`. */
function outcomeCiting(count: number, after: readonly string[] = []): string {
  const notes = [...Array.from({ length: count }, (_, index) => `${10001 + index}/25`), ...after].map((cited) => `COSI took note of ${cited}`).join('; ');
  return [
    'Brussels, 25 November 2025',
    '(OR. en)',
    '',
    '15990/25',
    '',
    'COSI 240',
    '',
    'OUTCOME OF PROCEEDINGS',
    '',
    'From:\tGeneral Secretariat of the Council',
    'On:\t18 November 2025',
    'To:\tDelegations',
    'Subject:\tOutcome of Proceedings of COSI',
    '',
    '1. Items concluded',
    '',
    `${notes}.`,
    '',
  ].join('\n');
}

describe('the pages of the documents one document cites', () => {
  const record = expectOk(parseDocument(outcomeCiting(MAX_REFERENCE_PAGES + 5), 'content/sources/many.txt'));
  const files = toCollections([record]);

  it('says in the record that the documents beyond the limit link to their official text only', () => {
    expect(record.references).toHaveLength(MAX_REFERENCE_PAGES + 5);
    expect(record.warnings).toEqual([
      {
        line: 0,
        message: 'the document cites 2005 distinct documents: the first 2000 get pages of their own, the other 5 link to their official text only',
      },
    ]);
  });

  it('gives pages to the first 2,000 documents cited and to the document itself, and to none of the rest', () => {
    const pages = [...files.keys()].filter((path) => path.startsWith('references/'));
    expect(pages).toHaveLength(MAX_REFERENCE_PAGES + 1);
    expect(pages).toContain('references/12000-25.json');
    expect(pages).toContain('references/15990-25.json');
    expect(pages).not.toContain('references/12001-25.json');
  });

  it('links the documents without a page of their own to their official text, in the document and in its item', () => {
    for (const path of ['texts/15990-25.md', 'items/2025-11-18--item-1.md']) {
      const body = files.get(path) ?? '';
      expect(body).toContain('[12000/25](/documents/12000-25/)');
      expect(body).toContain('[12001/25](https://data.consilium.europa.eu/doc/document/ST-12001-2025-INIT/en/pdf)');
      expect(body).not.toContain('/documents/12001-25/');
    }
  });

  it('leaves as text a document without a page of its own whose address is not certain, and links the others beside it', () => {
    const beyond = toCollections([
      expectOk(parseDocument(outcomeCiting(MAX_REFERENCE_PAGES, ['PE 765.432', 'ECLI:EU:C:2021:152']), 'content/sources/many.txt')),
    ]);
    const body = beyond.get('texts/15990-25.md') ?? '';
    expect(body).toContain(
      'COSI took note of PE 765.432; COSI took note of [ECLI:EU:C:2021:152](https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=ecli:ECLI:EU:C:2021:152).',
    );
    expect(body).not.toContain('/documents/pe-765-432/');
    expect(beyond.has('references/pe-765-432.json')).toBe(false);
  });

  it('keeps every decision, listing among its references only documents with pages', () => {
    const decision = (n: number) => JSON.parse(files.get(`decisions/2025-11-18--item-1--${n}.json`) ?? '{}') as { object: string; references: string[] };
    expect(decision(2000)).toMatchObject({ object: '12000/25', references: ['12000/25'] });
    expect(decision(2005)).toMatchObject({ object: '12005/25', references: [] });
  });

  it('changes nothing for a document within the limit', () => {
    const few = referencePages([{ id: '1/25', type: 'council', url: 'https://example.org/1' }]);
    const tree = { type: 'root' as const, children: [{ type: 'link' as const, url: '/documents/1-25/', children: [] }] };
    expect(few.link(tree)).toEqual({ type: 'root', children: [{ type: 'link', url: '/documents/1-25/', children: [] }] });
    expect(few.has('1/25')).toBe(true);
  });
});

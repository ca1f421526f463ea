import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionBytes, collectionStorageFor } from '../../../scripts/build/collection-storage.ts';
import { scratchFolder } from '../../support/scratch-folder.ts';

/** Bytes of the collections of the 4,500-document benchmark corpus (~10,000 pages), as `du -sb` measured them. */
const TEN_THOUSAND_PAGES_BYTES = 101_195_060;
/** Bytes of the collections of 10,000 documents (~22,000 pages), scaled from the same corpus. */
const TEN_THOUSAND_DOCUMENTS_BYTES = 225_000_000;
/** Bytes of the collections of ~22,600 documents (~50,000 pages), scaled from the same corpus. */
const FIFTY_THOUSAND_PAGES_BYTES = 508_000_000;

const scratchRoot = scratchFolder('collection-storage-');

describe('the content-layer storage', () => {
  it('keeps the single data-store file for the seeds and for a 10,000-page archive', () => {
    expect(collectionStorageFor(collectionBytes('content'))).toBe('single-file');
    expect(collectionStorageFor(TEN_THOUSAND_PAGES_BYTES)).toBe('single-file');
    expect(collectionStorageFor(TEN_THOUSAND_DOCUMENTS_BYTES)).toBe('single-file');
  });

  it('writes the data store of a 50,000-page archive in parts', () => {
    expect(collectionStorageFor(FIFTY_THOUSAND_PAGES_BYTES)).toBe('chunked');
  });

  it('counts the files of every collection folder but not the source documents or the mention lists', () => {
    const scratch = scratchRoot();
    mkdirSync(join(scratch, 'items'));
    mkdirSync(join(scratch, 'decisions'));
    mkdirSync(join(scratch, 'sources'));
    mkdirSync(join(scratch, 'mentions'));
    writeFileSync(join(scratch, 'mentions', 'actor-europol-2025.json'), 'm'.repeat(700));
    writeFileSync(join(scratch, 'items', 'a.md'), 'x'.repeat(300));
    writeFileSync(join(scratch, 'decisions', 'b.json'), 'y'.repeat(20));
    writeFileSync(join(scratch, 'sources', 'c.txt'), 'z'.repeat(5000));
    expect(collectionBytes(scratch)).toBe(320);
  });

  it('counts nothing for a content root that does not exist yet', () => {
    expect(collectionBytes(join(scratchRoot(), 'missing'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { sourceRelativePath, sourceUrl } from '../../../src/shared/source-url.ts';

describe('source URLs', () => {
  it('serves a seed at its path inside the sources folder', () => {
    expect(sourceRelativePath('content/sources/000_fcebac5ee47826ac.txt')).toBe('000_fcebac5ee47826ac.txt');
    expect(sourceUrl('content/sources/000_fcebac5ee47826ac.txt')).toBe('/sources/000_fcebac5ee47826ac.txt');
  });

  it('keeps sub-folders, drops parent steps and percent-encodes each segment', () => {
    expect(sourceRelativePath('/tmp/bench/sources/2025/../a b.txt')).toBe('2025/a b.txt');
    expect(sourceUrl('content/sources/2025/ä b#1.txt')).toBe('/sources/2025/%C3%A4%20b%231.txt');
  });

  it('falls back to the file name for a path outside any sources folder', () => {
    expect(sourceRelativePath('elsewhere/doc.txt')).toBe('doc.txt');
  });
});

import { describe, expect, it } from 'vitest';
import { answeredAt, answerLabel, indexAnswers, shortDigest } from '../../../src/lib/register-answer.ts';
import type { RegisterEntry } from '../../../src/schemas/register-entry.ts';

function entry(fields: Partial<RegisterEntry>): RegisterEntry {
  return {
    number: '15912/25',
    url: 'https://data.consilium.europa.eu/doc/document/ST-15912-2025-INIT/en/pdf',
    language: 'en',
    status: 'fetched',
    httpStatus: 200,
    fetchedAt: '2025-12-01T09:00:00.000Z',
    file: '15912-25.pdf',
    bytes: 1,
    sha256: 'c'.repeat(64),
    reason: null,
    previous: [],
    sidecar: 'content/sources/register/2025/15912-25.source.json',
    source: 'content/sources/register/2025/15912-25.pdf',
    slug: '15912-25',
    ...fields,
  };
}

describe('the words for the register answers', () => {
  it('names each answer as the pages do', () => {
    expect(['fetched', 'not-public', 'not-found', 'not-a-pdf'].map((status) => answerLabel({ status: status as RegisterEntry['status'] }))).toEqual([
      'fetched',
      'not public',
      'not found',
      'not a PDF',
    ]);
  });

  it('gives the time of an answer to the minute in UTC, and a digest by its first 12 digits', () => {
    expect(answeredAt('2025-12-01T09:05:59.999Z')).toBe('1 December 2025, 09:05 UTC');
    expect(shortDigest('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });
});

describe('indexAnswers', () => {
  it('finds a held document by its source and a document known by reference by its slug, language versions together', () => {
    const french = entry({
      language: 'fr',
      sidecar: 'content/sources/register/2025/15912-25.fr.source.json',
      source: null,
      status: 'not-found',
      httpStatus: 404,
    });
    const english = entry({});
    const withheld = entry({
      number: '9267/25',
      slug: '9267-25',
      sidecar: 'content/sources/register/2025/9267-25.source.json',
      source: null,
      status: 'not-public',
    });
    const index = indexAnswers([french, withheld, english]);
    expect(index.bySource.get('content/sources/register/2025/15912-25.pdf')).toBe(english);
    expect(index.bySlug.get('15912-25')).toEqual([french, english]);
    expect(index.bySlug.get('9267-25')).toEqual([withheld]);
    expect(index.all.map((answer) => answer.sidecar)).toEqual([french.sidecar, english.sidecar, withheld.sidecar]);
  });
});

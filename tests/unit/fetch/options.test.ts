import { describe, expect, it } from 'vitest';
import { parseFetchOptions } from '../../../scripts/fetch/options.ts';

describe('parseFetchOptions', () => {
  it('defaults to English, no following, one request a second, a 60 s timeout, the project sources, and the ingest afterwards', () => {
    expect(parseFetchOptions(['15912/25'])).toEqual({
      numbers: ['15912/25'],
      fromFile: null,
      language: 'en',
      follow: 0,
      dryRun: false,
      refresh: false,
      rate: 1,
      timeoutSeconds: 60,
      sources: 'content/sources',
      out: 'content',
      ingest: true,
    });
  });

  it('reads every option of the command', () => {
    const args = ['15912/25', 'CM 4578/2/24 REV 2', '--lang', 'fr', '--follow', '2', '--from-file', 'list.txt', '--dry-run', '--refresh', '--rate', '0.5'];
    expect(parseFetchOptions([...args, '--timeout', '30', '--sources', 's', '--out', 'o', '--no-ingest'])).toEqual({
      numbers: ['15912/25', 'CM 4578/2/24 REV 2'],
      fromFile: 'list.txt',
      language: 'fr',
      follow: 2,
      dryRun: true,
      refresh: true,
      rate: 0.5,
      timeoutSeconds: 30,
      sources: 's',
      out: 'o',
      ingest: false,
    });
  });

  it('takes a list file alone, without numbers on the command line', () => {
    expect(parseFetchOptions(['--from-file', 'list.txt'])).toMatchObject({ numbers: [], fromFile: 'list.txt' });
  });

  it('says why it cannot run a command line', () => {
    expect(parseFetchOptions([])).toEqual({ error: 'no document number given (and no --from-file)' });
    expect(parseFetchOptions(['1/25', '--follow=-1'])).toEqual({ error: '--follow -1: expected a whole number of citation steps' });
    expect(parseFetchOptions(['1/25', '--follow', '1.5'])).toEqual({ error: '--follow 1.5: expected a whole number of citation steps' });
    expect(parseFetchOptions(['1/25', '--rate', '0'])).toEqual({ error: '--rate 0: expected a positive number of requests a second' });
    expect(parseFetchOptions(['1/25', '--rate', 'fast'])).toEqual({ error: '--rate fast: expected a positive number of requests a second' });
    expect(parseFetchOptions(['1/25', '--timeout', 'Infinity'])).toEqual({ error: '--timeout Infinity: expected a positive number of seconds' });
    expect(parseFetchOptions(['1/25', '--lang', 'EN'])).toMatchObject({ error: expect.stringMatching(/^--lang EN: not one of the register's languages/) });
    expect(parseFetchOptions(['1/25', '--language', 'fr'])).toMatchObject({ error: expect.stringContaining("Unknown option '--language'") });
  });
});

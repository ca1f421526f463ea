import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchResult } from '../../scripts/fetch/fetch-run.ts';
import { emptySources, fetchFrom, sidecarAt } from '../support/fetch-harness.ts';
import { fixturePdf, type LocalRegister, startRegister } from '../support/register-server.ts';

/**
 * The citation graph of tests/fixtures/register/texts/ (invented numbers above any the register reaches in a year):
 *
 *   90101/25 → 90102/25, CM 90103/25, WK 90104/25, 90105/25 (LIMITE: 403), Regulation (EU) 2019/125, 90199/25 (404,
 *              a typing error the note owns up to: cited, so taken for a withheld document)
 *   90102/25 → 90101/25 (a cycle), 90106/25
 *   CM 90103/25 → 90101/25, 90102/25 (a notice of meeting)
 *   90106/25 → 90102/25 (a cycle), 90107/25
 *   90107/25 → 90106/25
 */
const GRAPH = {
  'ST-90101-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90101-25.pdf') }],
  'ST-90102-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90102-25.pdf') }],
  'CM-90103-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/cm-90103-25.pdf') }],
  'WK-90104-2025-INIT': [{ status: 403 }],
  'ST-90105-2025-INIT': [{ status: 403 }],
  'ST-90106-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90106-25.pdf') }],
  'ST-90107-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90107-25.pdf') }],
};

let register: LocalRegister;

beforeEach(async () => {
  register = await startRegister(GRAPH);
});

afterEach(async () => {
  await register.close();
});

/** `number (cited by …): outcome`, one string a document, in the order they were done. */
function visits(results: readonly FetchResult[]): string[] {
  return results.map(({ visit, outcome }) => `${visit.target.id} ← ${visit.citedBy ?? '-'} [${visit.depth}]: ${outcome.kind}`);
}

describe('npm run fetch --follow over a citation graph with cycles', () => {
  it('fetches to depth 2 breadth first, each document once, ST and CM only, and nothing at depth 3', async () => {
    const sources = emptySources();
    const results = await fetchFrom(register, sources, ['90101/25'], { follow: 2 });
    expect(visits(results)).toEqual([
      '90101/25 ← - [0]: fetched',
      '90102/25 ← 90101/25 [1]: fetched',
      'CM 90103/25 ← 90101/25 [1]: fetched',
      '90105/25 ← 90101/25 [1]: not-public',
      '90199/25 ← 90101/25 [1]: not-public',
      '90106/25 ← 90102/25 [2]: fetched',
    ]);
    expect(register.log.map((request) => request.document)).toEqual([
      'ST-90101-2025-INIT',
      'ST-90102-2025-INIT',
      'CM-90103-2025-INIT',
      'ST-90105-2025-INIT',
      'ST-90199-2025-INIT',
      'ST-90106-2025-INIT',
    ]);
    expect(sidecarAt(sources, 'register/2025/90105-25.source.json')).toMatchObject({ number: '90105/25', status: 'not-public', httpStatus: 403 });
    expect(sidecarAt(sources, 'register/2025/90199-25.source.json')).toMatchObject({ number: '90199/25', status: 'not-public', httpStatus: 404 });
    expect(sidecarAt(sources, 'register/2025/cm-90103-25.source.json')).toMatchObject({ number: 'CM 90103/25', status: 'fetched', file: 'cm-90103-25.pdf' });
  });

  it('counts for each document the citations it added to the queue', async () => {
    const results = await fetchFrom(register, emptySources(), ['90101/25'], { follow: 2 });
    expect(results.map(({ visit, queued }) => [visit.target.id, queued])).toEqual([
      ['90101/25', 4],
      ['90102/25', 1],
      ['CM 90103/25', 0],
      ['90105/25', 0],
      ['90199/25', 0],
      ['90106/25', 0],
    ]);
  });

  it('stops at depth 1 with --follow 1 and takes no citation with --follow 0', async () => {
    const one = await fetchFrom(register, emptySources(), ['90101/25'], { follow: 1 });
    expect(one.map((result) => result.visit.target.id)).toEqual(['90101/25', '90102/25', 'CM 90103/25', '90105/25', '90199/25']);
    const none = await fetchFrom(register, emptySources(), ['90106/25'], { follow: 0 });
    expect(none.map((result) => result.visit.target.id)).toEqual(['90106/25']);
  });

  it('follows the same graph from the files already here on a second run, asking the register nothing', async () => {
    const sources = emptySources();
    await fetchFrom(register, sources, ['90101/25'], { follow: 2 });
    const asked = register.log.length;
    const again = await fetchFrom(register, sources, ['90101/25'], { follow: 2 });
    expect(visits(again)).toEqual([
      '90101/25 ← - [0]: unchanged',
      '90102/25 ← 90101/25 [1]: unchanged',
      'CM 90103/25 ← 90101/25 [1]: unchanged',
      '90105/25 ← 90101/25 [1]: not-public',
      '90199/25 ← 90101/25 [1]: not-public',
      '90106/25 ← 90102/25 [2]: unchanged',
    ]);
    expect(register.log.length).toBe(asked);
  });

  it('takes a number given twice, or cited back by what it cites, once', async () => {
    const results = await fetchFrom(register, emptySources(), ['90102/25', '90101/25', '90102/25'], { follow: 1 });
    expect(results.map((result) => result.visit.target.id)).toEqual(['90102/25', '90101/25', '90106/25', 'CM 90103/25', '90105/25', '90199/25']);
  });

  it('plans a dry run from the files already here and prints what it would fetch, asking nothing', async () => {
    const sources = emptySources();
    await fetchFrom(register, sources, ['90102/25']);
    const asked = register.log.length;
    const planned = await fetchFrom(register, sources, ['90102/25'], { follow: 1, dryRun: true });
    expect(visits(planned)).toEqual(['90102/25 ← - [0]: unchanged', '90101/25 ← 90102/25 [1]: planned', '90106/25 ← 90102/25 [1]: planned']);
    expect(register.log.length).toBe(asked);
  });
});

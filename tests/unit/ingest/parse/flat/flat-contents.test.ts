import { describe, expect, it } from 'vitest';
import { contentsHeadingApart, opensAfterContents } from '../../../../../scripts/ingest/parse/flat/flat-contents.ts';

const lines = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('contentsHeadingApart', () => {
  it('sets a contents heading closing the paragraph above its first entry on a line of its own', () => {
    const texts = ['Delegations will find below the report. Table des matières', '', '1. RÉSUMÉ 2', '', '2. CRIMINALITÉ GRAVE ET ORGANISÉE 2'];
    expect(contentsHeadingApart(lines(texts)).map(({ text }) => text)).toEqual([
      'Delegations will find below the report.',
      '',
      'Table des matières',
      '',
      '1. RÉSUMÉ 2',
      '',
      '2. CRIMINALITÉ GRAVE ET ORGANISÉE 2',
    ]);
  });

  it('sets apart a heading that closes the report’s title above it, after its year (council-pdf/001, 6543/25)', () => {
    const texts = ['… on the proceedings of COSI for the period from July 2023 to December 2024 Table of Contents', '', '1. EXECUTIVE SUMMARY 4'];
    expect(contentsHeadingApart(lines(texts)).map(({ text }) => text)).toEqual([
      '… on the proceedings of COSI for the period from July 2023 to December 2024',
      '',
      'Table of Contents',
      '',
      '1. EXECUTIVE SUMMARY 4',
    ]);
  });

  it('leaves a sentence that names the contents, or a heading over no entry with its page, as it is', () => {
    expect(contentsHeadingApart(lines(['The report lists the subjects in its table of Contents', '', '1. RÉSUMÉ 2']))).toHaveLength(3);
    expect(
      contentsHeadingApart(lines(['Delegations will find below the report. Table of Contents', '', '1. The Presidency invited delegations.'])),
    ).toHaveLength(3);
    expect(contentsHeadingApart(lines(['Delegations will find below the report. Drug Trafficking', '', '1. RÉSUMÉ 2']))).toHaveLength(3);
  });
});

describe('opensAfterContents', () => {
  const line = '3. COUNTERTERRORISM 3 1. EXECUTIVE SUMMARY 2 2. Drug trafficking 3 1. EXECUTIVE SUMMARY COSI continued to fulfil its mandate.';

  it('reads the first part’s number after the last entry’s page, the contents’ first entry printing its title', () => {
    const at = line.lastIndexOf('1. EXECUTIVE');
    expect(opensAfterContents(line, at, '1.')).toBe(true);
    // -layout's gaps before the page and after the number
    const layout = '1.    EXECUTIVE SUMMARY                2 3.    COUNTERTERRORISM            3 1.    EXECUTIVE SUMMARY COSI continued.';
    expect(opensAfterContents(layout, layout.lastIndexOf('1.'), '1.')).toBe(true);
  });

  it('reads no part where the title differs from the entry’s or no page stands before the number', () => {
    const other = line.replace(/1\. EXECUTIVE SUMMARY COSI/u, '1. Introduction COSI');
    expect(opensAfterContents(other, other.lastIndexOf('1. '), '1.')).toBe(false);
    const noPage = line.replace('3 1. EXECUTIVE SUMMARY COSI', 'of 1. EXECUTIVE SUMMARY COSI');
    expect(opensAfterContents(noPage, noPage.lastIndexOf('1. '), '1.')).toBe(false);
  });
});

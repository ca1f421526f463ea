import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hostileDistFiles } from '../support/hostile-files.ts';
import { HOSTILE } from '../support/hostile-site.ts';

/** First characters that make a spreadsheet run a cell, as OWASP lists them: =, +, -, @, tab, carriage return. */
const RUNS_IN_A_SPREADSHEET = /^[=+\-@\t\r]/;

/** The rows of a CSV file of the hostile site, header first, parsed strictly (RFC 4180 quoting, every row as wide as the header). */
function csvRows(path: string): string[][] {
  return parse(readFileSync(join(HOSTILE.dist, path), 'utf8'), { relax_quotes: false, relax_column_count: false }) as string[][];
}

/** The rows of a CSV file as records keyed by its header. */
function csvRecords(path: string): Record<string, string>[] {
  return parse(readFileSync(join(HOSTILE.dist, path), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

/** The records of a JSON file of the hostile site. */
function jsonRecords(path: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(HOSTILE.dist, path), 'utf8')) as Record<string, unknown>[];
}

describe('the open data of the site built from the hostile sources', () => {
  it('has CSV files that parse strictly, each a header row and rows as wide as it', () => {
    const files = hostileDistFiles('.csv', 'data');
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(csvRows(file).length, file).toBeGreaterThan(1);
  });

  it('has no CSV cell that a spreadsheet would run: none begins with =, +, -, @, a tab or a carriage return', () => {
    const running = hostileDistFiles('.csv', 'data').flatMap((file) =>
      csvRows(file).flatMap((row, index) => row.filter((cell) => RUNS_IN_A_SPREADSHEET.test(cell)).map((cell) => `${file} row ${index}: ${cell.slice(0, 60)}`)),
    );
    expect(running).toEqual([]);
  });

  it('writes the formulas of the sources as text in CSV, a mark before each, and exactly as printed in JSON', () => {
    const document = csvRecords('/data/documents/2025.csv').find((record) => record['number'] === '16151/25');
    expect(document).toMatchObject({ subject: `'=HYPERLINK("http://evil.example","x")`, from: "'@SUM(1+1)*cmd|' /C calc'!A0", to: "'+Delegations" });
    expect(jsonRecords('/data/documents/2025.json').find((record) => record['number'] === '16151/25')).toMatchObject({
      subject: '=HYPERLINK("http://evil.example","x")',
      from: "@SUM(1+1)*cmd|' /C calc'!A0",
      to: '+Delegations',
    });
    const titles = (records: Record<string, unknown>[]) => records.filter((record) => record['document'] === '16151/25').map((record) => record['title']);
    expect(titles(csvRecords('/data/items/2025.csv'))).toEqual(["'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0 in a title"]);
    expect(titles(jsonRecords('/data/items/2025.json'))).toEqual(["-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0 in a title"]);
    const decisions = csvRecords('/data/decisions/2025.csv').filter((record) => record['document'] === '16151/25');
    expect(decisions.map((record) => record['itemTitle'])).toEqual(["'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0 in a title"]);
    const contexts = csvRecords('/data/references/2025.csv')
      .filter((record) => record['citingDocument'] === '16151/25' && record['id'] === '16001/25')
      .map((record) => record['context']);
    expect(contexts).toContain("'=1+1 opens this paragraph, which cites 16001/25 as the first sentence.");
  });

  it('says on the /data/ page why a CSV cell may begin with a mark, and how to get the exact text back', () => {
    const page = readFileSync(join(HOSTILE.dist, 'data', 'index.html'), 'utf8');
    expect(page).toMatch(/which a spreadsheet would run, is written with a <code>'<\/code> before it/);
    expect(page).toMatch(/Remove one leading\s+<code>'<\/code> from a cell to get the exact text/);
  });
});

import { describe, expect, it } from 'vitest';
import { leadersAsTabs } from '../../../../../scripts/ingest/parse/layout/dot-leaders.ts';

describe('leadersAsTabs', () => {
  it('reads dot leaders glued to the title and the page as the tab that drew them', () => {
    expect(leadersAsTabs('1.    EXECUTIVE SUMMARY............................................................1')).toBe('1.    EXECUTIVE SUMMARY\t1');
    expect(leadersAsTabs('Future of internal security..............................................................2')).toBe('Future of internal security\t2');
    // a page run into one line goes on with the next entry; ellipses as leaders too
    expect(leadersAsTabs('1. EXECUTIVE SUMMARY.......1 2. HORIZONTAL MATTERS……………2 2.1 Future')).toBe(
      '1. EXECUTIVE SUMMARY\t1 2. HORIZONTAL MATTERS\t2 2.1 Future',
    );
  });

  it('keeps dots that are the text’s: apart from the page, before a number that is no page, or too few', () => {
    for (const line of [
      '4.\tCOUNTERTERRORISM.....\t17',
      '1. Adoption of the provisional agenda ........ 8',
      'The figures rose....2025 was the year',
      'as set out in doc....14470/25',
      'wait...3 days',
      'version 1.2....3.4',
    ])
      expect(leadersAsTabs(line)).toBe(line);
  });
});

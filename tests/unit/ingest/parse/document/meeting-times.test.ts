import { describe, expect, it } from 'vitest';
import { meetingTimes, type DayItem } from '../../../../../scripts/ingest/parse/document/meeting-times.ts';

const DAYS = ['2026-03-03', '2026-03-04'];

/** A planned item on `day` under the day heading `dayPrinted`, with its slot or the day's hours above it where printed. */
function item(day: string | null, dayPrinted: string | null, time: string | null = null, dayHours?: string): DayItem {
  return { day, dayPrinted, time, ...(dayHours === undefined ? {} : { dayHours }) };
}

describe('meetingTimes', () => {
  it('gives a meeting of one day none: its time says when it opens', () => {
    expect(meetingTimes({ dates: ['2026-03-03'], dateValue: '3 March 2026', timeRows: ['10.00 – 13.00'], items: [] })).toBeNull();
  });

  it('gives none where no day’s hour is printed', () => {
    expect(meetingTimes({ dates: DAYS, dateValue: '3 and 4 March 2026', timeRows: [], items: [item('2026-03-03', '3 March 2026')] })).toBeNull();
  });

  it('reads `3 (10.00) - 4 March 2026 (13.00)` as the first day’s opening and the last day’s close', () => {
    expect(meetingTimes({ dates: DAYS, dateValue: '3 (10.00) - 4 March 2026 (13.00)', timeRows: [], items: [] })).toEqual([
      { date: '2026-03-03', start: '10:00' },
      { date: '2026-03-04', end: '13:00' },
    ]);
  });

  it('reads of a span inside the `Date:` value (`3 (10.00 – 18.00) and 4 March 2026`) the meeting’s opening alone: the span is one day’s', () => {
    expect(meetingTimes({ dates: DAYS, dateValue: '3 (10.00 – 18.00) and 4 March 2026', timeRows: [], items: [] })).toEqual([
      { date: '2026-03-03', start: '10:00' },
      { date: '2026-03-04' },
    ]);
  });

  it('reads each row naming its day as that day’s, a span as its opening and close, in any way an hour is printed', () => {
    const rows = ['3 mars 2026, 10 h 00', '9 h 30 – 13 h (4 mars 2026)'];
    expect(meetingTimes({ dates: DAYS, dateValue: '3 et 4 mars 2026', timeRows: rows, items: [] })).toEqual([
      { date: '2026-03-03', start: '10:00' },
      { date: '2026-03-04', start: '09:30', end: '13:00' },
    ]);
  });

  it('reads of two rows naming no day (`10.00`, `14.00`: two days, or a morning and an afternoon?) the meeting’s opening alone', () => {
    expect(meetingTimes({ dates: DAYS, dateValue: '3 and 4 March 2026', timeRows: ['10.00', '14.00'], items: [] })).toEqual([
      { date: '2026-03-03', start: '10:00' },
      { date: '2026-03-04' },
    ]);
  });

  it('reads a day heading’s hour, the day’s hours above its first item, and a time column’s first and last slot of each day', () => {
    const items = [
      item('2026-03-03', 'Tuesday 3 March 2026 (10.00)'),
      item('2026-03-03', 'Tuesday 3 March 2026 (10.00)'),
      item('2026-03-04', 'Wednesday 4 March 2026', '09.30 – 10.00'),
      item('2026-03-04', 'Wednesday 4 March 2026', '10.00 – 12.30'),
    ];
    expect(meetingTimes({ dates: DAYS, dateValue: '3 and 4 March 2026', timeRows: [], items })).toEqual([
      { date: '2026-03-03', start: '10:00' },
      { date: '2026-03-04', start: '09:30', end: '12:30' },
    ]);
    const above = [item('2026-03-03', '3 March 2026', null, 'kl. 10.00 – 18.00'), item('2026-03-04', '4 March 2026', null, '9.30-13.00')];
    expect(meetingTimes({ dates: DAYS, dateValue: '3 and 4 March 2026', timeRows: [], items: above })).toEqual([
      { date: '2026-03-03', start: '10:00', end: '18:00' },
      { date: '2026-03-04', start: '09:30', end: '13:00' },
    ]);
  });

  it('leaves out an hour read two ways for one day, and reads no hour in a date in figures (`03.03.2026`)', () => {
    const items = [item('2026-03-03', 'Tuesday 03.03.2026 (10.00)', '10.30 – 11.00'), item('2026-03-04', 'Wednesday 04.03.2026')];
    expect(meetingTimes({ dates: DAYS, dateValue: '03.03.2026 – 04.03.2026', timeRows: ['10.00'], items })).toEqual([
      { date: '2026-03-03', end: '11:00' },
      { date: '2026-03-04' },
    ]);
  });
});

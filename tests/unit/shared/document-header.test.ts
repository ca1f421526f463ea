import { describe, expect, it } from 'vitest';
import { documentTypeLine, headerFields, placeAndDateLine } from '../../../src/shared/document-header.ts';

const fields = { from: null, to: null, previous: [], commissionProposal: [], meetingDates: ['2025-03-11'] };

describe('headerFields', () => {
  it('labels the days of a meeting Date: in a notice of meeting, as the notice prints them', () => {
    expect(
      headerFields({
        ...fields,
        kind: 'notice-of-meeting-and-provisional-agenda',
        subject: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      }),
    ).toEqual([
      ['Date:', '11 March 2025'],
      ['Subject:', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
    ]);
  });

  it('labels them On: in an outcome of proceedings', () => {
    expect(headerFields({ ...fields, kind: 'outcome-of-proceedings', subject: null })).toEqual([['On:', '11 March 2025']]);
  });
});

describe('the header as the document prints it', () => {
  const printed = {
    placeAndDate: 'Bruselas, 1 de julio de 2025',
    kind: 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL',
    labels: { on: 'Fecha:', subject: 'Asunto:' },
    meetingDays: '15 y 16 de julio de 2025',
  };
  const notice = {
    ...fields,
    kind: 'notice-of-meeting-and-provisional-agenda',
    subject: 'Comité Permanente (COSI)',
    meetingDates: ['2025-07-15', '2025-07-16'],
  };

  it('prints the labels and the days as printed, the English label of a field printed without one', () => {
    expect(headerFields({ ...notice, from: 'Presidencia', printed })).toEqual([
      ['From:', 'Presidencia'],
      ['Fecha:', '15 y 16 de julio de 2025'],
      ['Asunto:', 'Comité Permanente (COSI)'],
    ]);
  });

  it('prints the place and date line and the kind line as printed, else in English', () => {
    const at = { place: 'Bruselas', date: '2025-07-01' };
    expect([placeAndDateLine({ ...at, printed }), documentTypeLine({ ...notice, printed })]).toEqual([printed.placeAndDate, printed.kind]);
    expect([placeAndDateLine(at), documentTypeLine(notice)]).toEqual(['Bruselas, 1 July 2025', 'NOTICE OF MEETING AND PROVISIONAL AGENDA']);
  });
});

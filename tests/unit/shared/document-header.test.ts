import { describe, expect, it } from 'vitest';
import { documentTypeLine, headerFields, placeAndDateLine, publicAccessLine, subjectParts } from '../../../src/shared/document-header.ts';

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

  it('says "date not read" where the date stands when the ingest could not read it, after the place if it read one', () => {
    expect(placeAndDateLine({ place: 'Brussels', date: null })).toBe('Brussels, date not read');
    expect(placeAndDateLine({ place: null, date: null })).toBe('Date not read');
  });
});

describe('subjectParts', () => {
  const subject = 'Förslag till förordning om sexuella övergrepp mot barn – Lägesrapport';
  const at = 'Förslag till förordning om sexuella övergrepp mot barn'.length;

  it('prints the subject whole where it calls no footnote, and nothing where there is no subject', () => {
    expect(subjectParts({ subject })).toEqual([{ text: subject, calls: [] }]);
    expect(subjectParts({ subject: null, subjectFootnotes: [{ label: '1', at: 0 }] })).toEqual([]);
  });

  it('cuts the subject where it calls its footnotes, each by the number the document prints, as the page’s foot shows it', () => {
    expect(subjectParts({ subject, subjectFootnotes: [{ label: '3', at }] })).toEqual([
      { text: 'Förslag till förordning om sexuella övergrepp mot barn', calls: [{ label: '3', number: '3' }] },
      { text: ' – Lägesrapport', calls: [] },
    ]);
  });

  it('prints calls at the end after the last word, several at one place together, one footnote called twice with one number', () => {
    expect(
      subjectParts({
        subject,
        subjectFootnotes: [
          { label: '1', at },
          { label: '2', at },
          { label: '1', at: subject.length },
        ],
      }),
    ).toEqual([
      {
        text: 'Förslag till förordning om sexuella övergrepp mot barn',
        calls: [
          { label: '1', number: '1' },
          { label: '2', number: '2' },
        ],
      },
      { text: ' – Lägesrapport', calls: [{ label: '1', number: '1' }] },
    ]);
  });
});

describe('publicAccessLine', () => {
  it('prints a public version’s stamp as the document prints it, in its language, and nothing where there is none', () => {
    expect(publicAccessLine({ publicAccess: { printed: 'DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH (20.03.2025)', date: '2025-03-20' } })).toBe(
      'DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH (20.03.2025)',
    );
    expect(publicAccessLine({})).toBeNull();
  });
});

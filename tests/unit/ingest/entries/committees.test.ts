import { describe, expect, it } from 'vitest';
import { committeeOf } from '../../../../scripts/ingest/entries/committees.ts';

describe('committeeOf', () => {
  it('files a summary record of Coreper under Coreper, by the name it prints in any of its languages', () => {
    expect(committeeOf('PERMANENT REPRESENTATIVES COMMITTEE', null)).toEqual({ id: 'coreper', title: 'Coreper meeting' });
    expect(committeeOf('COMITATO DEI RAPPRESENTANTI PERMANENTI', null)).toEqual({ id: 'coreper', title: 'Coreper meeting' });
    expect(committeeOf('2379th meeting of the PERMANENT REPRESENTATIVES COMMITTEE', null)).toEqual({ id: 'coreper', title: 'Coreper meeting' });
  });

  it('still files COSI under COSI, also when its document goes to Coreper later, and a document naming no body under COSI', () => {
    expect(committeeOf('STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY', null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
    expect(committeeOf('Outcome of proceedings of COSI on 18 November 2025', 'Permanent Representatives Committee')).toEqual({
      id: 'cosi',
      title: 'COSI meeting',
    });
    expect(committeeOf(null, null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
  });
});

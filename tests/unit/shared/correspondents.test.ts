import { describe, expect, it } from 'vitest';
import { correspondentLength, correspondentList } from '../../../src/shared/correspondents.ts';

const named = (text: string, start = 0) => text.slice(start, start + correspondentLength(text, start));

describe('correspondentLength', () => {
  it("names the Council's bodies and usual correspondents, from the actor table and its own list", () => {
    expect(named('General Secretariat of the Council Delegations')).toBe('General Secretariat of the Council');
    expect(named('EU Counter-Terrorism Coordinator Delegations')).toBe('EU Counter-Terrorism Coordinator');
    expect(named('COSI Support Group Draft')).toBe('COSI Support Group');
    expect(named("Member States' delegations Draft")).toBe("Member States' delegations");
    expect(named('Hungarian Presidency Draft')).toBe('Hungarian Presidency');
    expect(named('DELEGATIONS Subject')).toBe('DELEGATIONS');
    expect(named('Secrétariat général du Conseil Délégations')).toBe('Secrétariat général du Conseil');
    expect(named('Ausschuss der Ständigen Vertreter (2. Teil) Betr')).toBe('Ausschuss der Ständigen Vertreter (2. Teil)');
  });

  it('joins correspondents as headers join them', () => {
    expect(named('Presidency/GSC Delegations')).toBe('Presidency/GSC');
    expect(named('Permanent Representatives Committee/Council Proposal')).toBe('Permanent Representatives Committee/Council');
    expect(named('Working Party on JHA Information Exchange (IXIM) Delegations')).toBe('Working Party on JHA Information Exchange (IXIM)');
  });

  it('names nobody in ordinary text or inside a word', () => {
    expect(correspondentLength('Mr A. SMITH, Director', 0)).toBe(0);
    expect(correspondentLength('Councillors of the city', 0)).toBe(0);
  });
});

describe('correspondentList', () => {
  it('names each recipient of a value that lists several, one per line, run together or joined by a slash or and', () => {
    expect(
      correspondentList('Standing Committee on Operational Cooperation on Internal Security (COSI) Permanent Representatives Committee (Part 2) Council'),
    ).toEqual(['Standing Committee on Operational Cooperation on Internal Security (COSI)', 'Permanent Representatives Committee (Part 2)', 'Council']);
    expect(correspondentList('COREPER/Council')).toEqual(['COREPER', 'Council']);
    expect(correspondentList('Coreper / Council')).toEqual(['Coreper', 'Council']);
    expect(correspondentList('Ständiga representanternas kommitté/rådet')).toEqual(['Ständiga representanternas kommitté', 'rådet']);
    expect(correspondentList('Delegations\nCouncil')).toEqual(['Delegations', 'Council']);
    expect(correspondentList('Presidency and Commission')).toEqual(['Presidency', 'Commission']);
  });

  it('keeps a body whose name holds a joining word whole', () => {
    expect(correspondentList('Justice and Home Affairs Council')).toEqual(['Justice and Home Affairs Council']);
    expect(correspondentList('Law Enforcement Working Party (Police)')).toEqual(['Law Enforcement Working Party (Police)']);
  });

  it('is null where anything but correspondents stands in the value', () => {
    expect(correspondentList('Mr Jeppe TRANHOLM-MIKKELSEN, Secretary-General of the Council of the European Union')).toBeNull();
    expect(correspondentList('Delegations of the Member States meeting on Tuesday')).toBeNull();
    expect(correspondentList('')).toBeNull();
  });
});

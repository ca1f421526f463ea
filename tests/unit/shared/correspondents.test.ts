import { describe, expect, it } from 'vitest';
import { correspondentLength } from '../../../src/shared/correspondents.ts';

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

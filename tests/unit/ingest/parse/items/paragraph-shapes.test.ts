import { describe, expect, it } from 'vitest';
import { isTableRow, leadsInToList } from '../../../../../scripts/ingest/parse/items/paragraph-shapes.ts';

describe('numbered lines that are text, not section headings', () => {
  it('takes a sentence ending with a colon above a list for a lead-in paragraph, in English, French, German and Italian', () => {
    expect(leadsInToList('In the light of the above, delegations are invited to reply to the following questions:', '(a) What measures …')).toBe(true);
    expect(leadsInToList('The Presidency invites delegations to address the following questions:', '\u{F0A7} Which measures …')).toBe(true);
    expect(leadsInToList('Les délégations sont invitées à répondre aux questions suivantes:', 'a) Quelles mesures …')).toBe(true);
    expect(leadsInToList('Die Delegationen werden ersucht, die folgenden Fragen zu beantworten:', '(a) Welche …')).toBe(true);
    expect(
      leadsInToList("La Presidenza ritiene che la risposta dell'Unione debba basarsi sugli strumenti esistenti, in particolare:", '– la piattaforma'),
    ).toBe(true);
  });

  it('takes a sentence ending with a colon above questions numbered with a bracket for a lead-in, the number before its question or alone', () => {
    const lead = 'In view of the above, delegations are invited to reply to the following questions at the COSI meeting on 18 March 2026:';
    expect(leadsInToList(lead, '1) Do delegations agree …?')).toBe(true);
    expect(leadsInToList(lead, '(2) Which results …?')).toBe(true);
    expect(leadsInToList(lead, '1)')).toBe(true);
    expect(leadsInToList(lead, '3. Do delegations agree …?')).toBe(false);
  });

  it('takes a sentence ending with a colon above questions numbered afresh from 1 with a dot for a lead-in, the number before its question or alone', () => {
    const lead = 'W związku z powyższym prezydencja zwraca się do delegacji o udzielenie odpowiedzi na następujące pytania:';
    expect(leadsInToList(lead, '1. Jakie są główne przeszkody …?')).toBe(true);
    expect(leadsInToList(lead, '      1.   Jakie są główne przeszkody …?')).toBe(true);
    expect(leadsInToList(lead, '1.')).toBe(true);
    expect(leadsInToList('In view of the above, delegations are invited to reply to the following questions:', '1. Do delegations agree …?')).toBe(true);
    expect(leadsInToList('Next steps for the EU Policy Cycle/EMPACT:', '1. Adoption of the agenda')).toBe(false);
  });

  it('keeps a heading ending with a colon a heading: short, capitalised, or with no list below it', () => {
    expect(leadsInToList('Next steps for the EU Policy Cycle/EMPACT:', '- the priority concerned;')).toBe(false);
    expect(leadsInToList('The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029:', '- Presentation by the Presidency')).toBe(false);
    expect(leadsInToList('The Presidency invites delegations to address the following questions:', 'The questions were sent on 3 May.')).toBe(false);
    expect(leadsInToList('Counter-terrorism', '- Presentation by the Commission')).toBe(false);
  });

  it('takes a title holding cells set apart by a tab or three spaces for a row of a table, and a title with single spaces for none', () => {
    expect(isTableRow('High-risk criminal networks          Netherlands         14 actions')).toBe(true);
    expect(isTableRow('Cyber-attacks\tGermany\t9 actions')).toBe(true);
    expect(isTableRow('Operational action plans and their drivers')).toBe(false);
  });
});

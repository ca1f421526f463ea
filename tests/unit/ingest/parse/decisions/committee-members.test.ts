import { describe, expect, it } from 'vitest';
import { MEMBERS_OF } from '../../../../../scripts/ingest/parse/decisions/committee-members.ts';
import { decisionMaker } from '../../../../../src/shared/decision-makers.ts';

/** Whether `pattern` matches the whole of `text`. */
const whole = (pattern: string, text: string): boolean => new RegExp(String.raw`^(?:${pattern})$`, 'u').test(text);

describe('MEMBERS_OF', () => {
  it.each([
    ['fr', 'Les membres du COSI'],
    ['fr', 'les membres du Comité permanent'],
    ['de', 'Die Mitglieder des COSI'],
    ['de', 'die Mitglieder des Ständigen Ausschusses'],
    ['es', 'Los miembros del COSI'],
    ['it', 'I membri del comitato'],
    ['nl', 'De leden van het COSI'],
    ['pt', 'Os membros do Comité'],
    ['cs', 'Členové výboru COSI'],
    ['sk', 'Členovia COSI'],
    ['sl', 'Člani odbora COSI'],
    ['hr', 'Članovi Odbora COSI'],
    ['ro', 'Membrii Comitetului'],
    ['da', "COSI's medlemmer"],
    ['sv', 'Medlemmarna i kommittén'],
    ['fi', 'COSI:n jäsenet'],
    ['el', 'Τα μέλη της COSI'],
    ['el', 'τα μέλη της Μόνιμης Επιτροπής'],
    ['hu', 'A COSI tagjai'],
    ['hu', 'a bizottság tagjai'],
    ['bg', 'Членовете на КОСИ'],
    ['bg', 'Членовете на Комитета'],
    ['et', 'Komitee liikmed'],
    ['lv', 'COSI locekļi'],
    ['lt', 'Komiteto nariai'],
    ['mt', 'Il-membri tal-Kumitat'],
    ['ga', 'comhaltaí an Choiste'],
  ] as const)('names the members of COSI in %s as the version prints them (%s), and decisionMaker writes them COSI', (language, text) => {
    expect(whole(MEMBERS_OF[language], text)).toBe(true);
    expect(decisionMaker(text)).toBe('COSI');
  });

  it('names no members of another body, nor the members alone', () => {
    expect(whole(MEMBERS_OF.fr, 'Les membres du Conseil')).toBe(false);
    expect(whole(MEMBERS_OF.de, 'Die Mitglieder')).toBe(false);
    expect(whole(MEMBERS_OF.cs, 'Členové Rady')).toBe(false);
    expect(whole(MEMBERS_OF.sv, 'Medlemmarna i rådet')).toBe(false);
    expect(whole(MEMBERS_OF.el, 'Τα μέλη του Συμβουλίου')).toBe(false);
    expect(whole(MEMBERS_OF.hu, 'A Tanács tagjai')).toBe(false);
    expect(whole(MEMBERS_OF.ga, 'comhaltaí na Comhairle')).toBe(false);
  });
});

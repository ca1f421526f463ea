import { describe, expect, it } from 'vitest';
import { decisionMaker, isCommitteeDecision, THE_COMMITTEE } from '../../../src/shared/decision-makers.ts';

describe('decisionMaker', () => {
  it('writes the committee COSI however the text names it', () => {
    expect(['COSI', 'The Committee', 'the Committee', 'the Standing Committee'].map(decisionMaker)).toEqual([THE_COMMITTEE, 'COSI', 'COSI', 'COSI']);
  });

  it('gives the COSI Support Group, the delegations, the Presidency and the Commission one spelling each', () => {
    expect(['The COSI SG', 'COSI Support Group', 'delegations', 'The Presidency', 'The European Commission'].map(decisionMaker)).toEqual([
      'the COSI Support Group',
      'the COSI Support Group',
      'Delegations',
      'the Presidency',
      'the Commission',
    ]);
  });

  it('keeps any other name as printed, with a leading The written the and spaces collapsed', () => {
    expect(['Europol/EC3', 'The German  delegation', 'COSI and CLASI delegations', 'the incoming Cyprus Presidency'].map(decisionMaker)).toEqual([
      'Europol/EC3',
      'the German delegation',
      'COSI and CLASI delegations',
      'the incoming Cyprus Presidency',
    ]);
  });
});

describe('decisionMaker: one name for each of the Council’s bodies', () => {
  it('writes the Council one way however a version names it, as a subject with its article or an agent without it', () => {
    expect(
      [
        'The Council',
        'le Conseil',
        'Der Rat',
        'Rat',
        'el Consejo',
        'Consiglio',
        'de Raad',
        'Conselho',
        'Radę',
        'Radou',
        'Съвета',
        'Το Συμβούλιο',
        'A Tanács',
        'an Chomhairle',
        'Consiliu',
      ].map(decisionMaker),
    ).toEqual(Array(15).fill('the Council'));
  });

  it('writes Coreper one way, and a body by its acronym or a working party without the article a subject prints and an agent does not', () => {
    expect(['le Coreper', 'Het Coreper', 'der AStV', 'AStV', 'Корепер'].map(decisionMaker)).toEqual(Array(5).fill('Coreper'));
    expect(['le CATS', 'CATS', 'Le groupe "Terrorisme"', 'groupe "Terrorisme"', 'il gruppo "Terrorismo"', 'gruppo "Terrorismo"'].map(decisionMaker)).toEqual([
      'CATS',
      'CATS',
      'groupe "Terrorisme"',
      'groupe "Terrorisme"',
      'gruppo "Terrorismo"',
      'gruppo "Terrorismo"',
    ]);
  });

  it('keeps a configuration of the Council and any other body as printed, distinct', () => {
    expect(['le Conseil JAI', 'la délégation allemande', 'Europol'].map(decisionMaker)).toEqual(['le Conseil JAI', 'la délégation allemande', 'Europol']);
  });
});

describe('decisionMaker in the French and German versions', () => {
  it('writes the committee COSI and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    expect(
      [
        'le Comité',
        'Le COSI',
        'der Ausschuss',
        'La présidence',
        'Der Vorsitz',
        'la Commission européenne',
        'Die Kommission',
        'Les délégations',
        'Delegationen',
        'le groupe de soutien du COSI',
        'Die COSI-Unterstützungsgruppe',
      ].map(decisionMaker),
    ).toEqual([
      'COSI',
      'COSI',
      'COSI',
      'the Presidency',
      'the Presidency',
      'the Commission',
      'the Commission',
      'Delegations',
      'Delegations',
      'the COSI Support Group',
      'the COSI Support Group',
    ]);
  });

  it('keeps any other name as printed, its leading article in lower case', () => {
    expect(['La délégation allemande', 'Die deutsche Delegation', "L'Allemagne", 'Europol'].map(decisionMaker)).toEqual([
      'la délégation allemande',
      'die deutsche Delegation',
      "l'Allemagne",
      'Europol',
    ]);
  });
});

describe('decisionMaker in the Spanish, Italian, Dutch and Portuguese versions', () => {
  it('writes the committee COSI and the Presidency, the Commission, the delegations and the Support Group as in English', () => {
    expect(
      [
        'El Comité',
        'el COSI',
        'Il Comitato',
        'Het Comité',
        'O Comité',
        'La Presidencia',
        'La Presidenza',
        'Het voorzitterschap',
        'A Presidência',
        'La Comisión Europea',
        'La Commissione',
        'De Commissie',
        'A Comissão',
        'Las delegaciones',
        'Le delegazioni',
        'De delegaties',
        'As delegações',
        'El Grupo de Apoyo del COSI',
        'Il gruppo di sostegno del COSI',
        'De COSI-steungroep',
        'O Grupo de Apoio do COSI',
      ].map(decisionMaker),
    ).toEqual([
      ...['COSI', 'COSI', 'COSI', 'COSI', 'COSI'],
      ...['the Presidency', 'the Presidency', 'the Presidency', 'the Presidency'],
      ...['the Commission', 'the Commission', 'the Commission', 'the Commission'],
      ...['Delegations', 'Delegations', 'Delegations', 'Delegations'],
      ...['the COSI Support Group', 'the COSI Support Group', 'the COSI Support Group', 'the COSI Support Group'],
    ]);
  });

  it('keeps any other name as printed, its leading article in lower case', () => {
    expect(['La delegación española', 'La delegazione italiana', 'De Nederlandse delegatie', 'A delegação portuguesa'].map(decisionMaker)).toEqual([
      'la delegación española',
      'la delegazione italiana',
      'de Nederlandse delegatie',
      'a delegação portuguesa',
    ]);
  });
});

describe('decisionMaker in the Polish version', () => {
  it('writes the committee COSI and the Presidency, the Commission, the delegations and the Support Group as in English, in the cases an agent takes', () => {
    expect(
      ['Komitet', 'Komitet COSI', 'Prezydencja', 'prezydencję', 'Komisja Europejska', 'Komisję', 'Delegacje', 'Grupa Wsparcia COSI'].map(decisionMaker),
    ).toEqual(['COSI', 'COSI', 'the Presidency', 'the Presidency', 'the Commission', 'the Commission', 'Delegations', 'the COSI Support Group']);
  });
});

describe('isCommitteeDecision', () => {
  it('counts only decisions by COSI itself, not those of delegations, joint meetings or nobody named', () => {
    expect([{ by: 'COSI' }, { by: 'Delegations' }, { by: 'COSI and CLASI delegations' }, { by: null }].map(isCommitteeDecision)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('isCommitteeDecision', () => {
  it('counts what COSI decided, never a view its members took at an informal videoconference nor another body’s decision', () => {
    expect([{ by: 'COSI' }, { by: 'COSI', informal: true as const }, { by: 'the Council' }, { by: null }].map(isCommitteeDecision)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

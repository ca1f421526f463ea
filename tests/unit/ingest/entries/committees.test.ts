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

  it('files a joint meeting of the PSC and COSI under both, in French and in the acronyms joined by a slash', () => {
    const joint = { id: 'psc-cosi', title: 'Joint meeting of the PSC and COSI' };
    expect(
      committeeOf(
        'Réunion conjointe du Comité politique et de sécurité (COPS) et du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
        null,
      ),
    ).toEqual(joint);
    expect(committeeOf('Résultats des travaux de la réunion conjointe COPS/COSI du 12 novembre 2025', null)).toEqual(joint);
    expect(committeeOf('Outcome of the COSI/PSC meeting on 12 November 2025', null)).toEqual(joint);
    expect(committeeOf('Outcome of the PSC/COSI meeting on 12 November 2025', null)).toEqual(joint);
    expect(committeeOf('Resultado de los trabajos de la reunión CPS/COSI del 12 de noviembre de 2025', null)).toEqual(joint);
  });

  it('files a meeting of COSI that names the PSC in passing, with no joint meeting, under COSI', () => {
    expect(committeeOf('Outcome of proceedings of COSI on 18 November 2025 (briefing by the PSC Chair)', null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
    expect(committeeOf('Résultats des travaux du COSI du 18 novembre 2025 – coopération avec le COPS', null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
  });

  it('files a joint meeting of the PSC and COSI named in German under both', () => {
    const joint = { id: 'psc-cosi', title: 'Joint meeting of the PSC and COSI' };
    expect(
      committeeOf(
        'Gemeinsame Sitzung des Politischen und Sicherheitspolitischen Komitees (PSK) und des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
        null,
      ),
    ).toEqual(joint);
    expect(committeeOf('Ergebnis der Beratungen der gemeinsamen Sitzung PSK/COSI vom 12. November 2025', null)).toEqual(joint);
  });

  it('files a joint meeting of COSI and SCIFA under both, by their names, their acronyms in any version and SCIFA+', () => {
    const joint = { id: 'cosi-scifa', title: 'Joint meeting of COSI and SCIFA' };
    expect(
      committeeOf(
        'Joint meeting of the Standing Committee on Operational Cooperation on Internal Security and the Strategic Committee on Immigration, Frontiers and Asylum',
        null,
      ),
    ).toEqual(joint);
    expect(committeeOf('Outcome of the joint COSI/SCIFA+ meeting on 3 March 2026', null)).toEqual(joint);
    expect(committeeOf('Joint COSI–SCIFA session', null)).toEqual(joint);
    expect(committeeOf('Résultats des travaux de la réunion conjointe COSI/CSIFA du 3 mars 2026', null)).toEqual(joint);
    expect(committeeOf('Gemeinsame Sitzung COSI/SAEGA am 3. März 2026', null)).toEqual(joint);
    expect(committeeOf('Resultado de los trabajos de la reunión conjunta COSI-CEIFA del 3 de marzo de 2026', null)).toEqual(joint);
  });

  it('files a meeting of COSI that names SCIFA in passing, with no joint meeting, under COSI', () => {
    expect(committeeOf('Outcome of proceedings of COSI on 18 November 2025 (follow-up of SCIFA)', null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
    expect(committeeOf('Ergebnis der Beratungen des COSI am 18. November 2025 – Bericht des SAEGA', null)).toEqual({ id: 'cosi', title: 'COSI meeting' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A Presidency note whose kind line names its sender and its recipient in full, as each version prints it in capitals
 * (`NOTE FROM THE PRESIDENCY TO THE STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY`), written by hand
 * and set in place of the kind line of the outcome of tests/fixtures/outcome-languages/outcomes.json, with and without
 * the committee's acronym after it: the kind line is read whole, however long, and no part of it is left as an other
 * header line (before, a line longer than 60 characters after the kind's word was cut in the middle of a word).
 */
const KIND_LINES: Readonly<Record<string, string>> = {
  en: 'NOTE FROM THE PRESIDENCY TO THE STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY',
  fr: 'NOTE DE LA PRÉSIDENCE AU COMITÉ PERMANENT DE COOPÉRATION OPÉRATIONNELLE EN MATIÈRE DE SÉCURITÉ INTÉRIEURE',
  de: 'VERMERK DES VORSITZES FÜR DEN STÄNDIGEN AUSSCHUSS FÜR DIE OPERATIVE ZUSAMMENARBEIT IM BEREICH DER INNEREN SICHERHEIT',
  es: 'NOTA DE LA PRESIDENCIA AL COMITÉ PERMANENTE DE COOPERACIÓN OPERATIVA EN MATERIA DE SEGURIDAD INTERIOR',
  it: 'NOTA DELLA PRESIDENZA AL COMITATO PERMANENTE PER LA COOPERAZIONE OPERATIVA IN MATERIA DI SICUREZZA INTERNA',
  pt: 'NOTA DA PRESIDÊNCIA AO COMITÉ PERMANENTE PARA A COOPERAÇÃO OPERACIONAL EM MATÉRIA DE SEGURANÇA INTERNA',
  nl: 'NOTA VAN HET VOORZITTERSCHAP AAN HET PERMANENT COMITÉ OPERATIONELE SAMENWERKING OP HET GEBIED VAN DE BINNENLANDSE VEILIGHEID',
  pl: 'NOTA PREZYDENCJI DLA STAŁEGO KOMITETU DS. WSPÓŁPRACY OPERACYJNEJ W DZIEDZINIE BEZPIECZEŃSTWA WEWNĘTRZNEGO',
  cs: 'POZNÁMKA PŘEDSEDNICTVÍ PRO STÁLÝ VÝBOR PRO OPERATIVNÍ SPOLUPRÁCI V OBLASTI VNITŘNÍ BEZPEČNOSTI',
  sv: 'NOT FRÅN ORDFÖRANDESKAPET TILL STÄNDIGA KOMMITTÉN FÖR OPERATIVT SAMARBETE I FRÅGOR SOM RÖR DEN INRE SÄKERHETEN',
  el: 'ΣΗΜΕΙΩΜΑ ΤΗΣ ΠΡΟΕΔΡΙΑΣ ΠΡΟΣ ΤΗ ΜΟΝΙΜΗ ΕΠΙΤΡΟΠΗ ΕΠΙΧΕΙΡΗΣΙΑΚΗΣ ΣΥΝΕΡΓΑΣΙΑΣ ΣΤΟΝ ΤΟΜΕΑ ΤΗΣ ΕΣΩΤΕΡΙΚΗΣ ΑΣΦΑΛΕΙΑΣ',
};

describe('a kind line naming its sender and recipient in full is read whole, in each shape', () => {
  for (const [language, line] of Object.entries(KIND_LINES))
    it(`${language}: ${line}`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(language);
      for (const kind of [line, `${line} (COSI)`])
        for (const shape of ['labelled rows', 'layout', 'labels first', 'flattened'] as const) {
          const record = expectOk(parseDocument(outcomePage({ ...outcome, kind }, language, shape, { foot: [] }), `kind-${language}.txt`));
          expect({ shape, kind: record.kind, printed: record.printed?.kind, other: record.otherHeaderLines }).toEqual({
            shape,
            kind: 'presidency-note',
            printed: kind,
            other: [outcome.institution],
          });
        }
    });
});

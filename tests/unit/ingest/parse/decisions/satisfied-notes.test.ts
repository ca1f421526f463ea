import { describe, expect, it } from 'vitest';
import { withSatisfaction } from '../../../../../scripts/ingest/parse/decisions/satisfied-notes.ts';

describe('withSatisfaction', () => {
  it.each([
    ['with satisfaction of the report', 'the report'],
    ['with great satisfaction the progress made', 'the progress made'],
    ['avec satisfaction du rapport', 'du rapport'],
    ['den Bericht mit Genugtuung', 'den Bericht'],
    ['con satisfacción del informe', 'del informe'],
    ['con soddisfazione della relazione', 'della relazione'],
    ['com satisfação do relatório', 'do relatório'],
    // an aside between commas after the verb (`took note, with satisfaction, of the report`)
    ['with satisfaction, of the report', 'the report'],
    ['avec satisfaction, du rapport', 'du rapport'],
  ])('reads a note taken with satisfaction as a welcome of what was noted: %s', (object, welcomed) => {
    expect(withSatisfaction('took-note', object)).toEqual({ verb: 'welcomed', object: welcomed });
  });

  it('keeps of a Polish welcome what was noted, not the note (`do wiadomości sprawozdanie`)', () => {
    expect(withSatisfaction('welcomed', 'do wiadomości sprawozdanie')).toEqual({ verb: 'welcomed', object: 'sprawozdanie' });
  });

  it('leaves a note whose object names satisfaction inside it, another verb, and a note of satisfaction alone as they are', () => {
    for (const [verb, object] of [
      ['took-note', 'the survey of user satisfaction'],
      ['approved', 'with satisfaction the report'],
      ['took-note', 'with satisfaction'],
      ['took-note', 'the report'],
    ] as const)
      expect(withSatisfaction(verb, object)).toEqual({ verb, object });
  });
});

import { describe, expect, it } from 'vitest';
import { withoutAside } from '../../../../../scripts/ingest/parse/decisions/verb-asides.ts';

describe('withoutAside', () => {
  it.each([
    [', after a discussion, of the report on the roadmap.', 'took-note', true, 'the report on the roadmap.'],
    [', following an exchange of views, the draft conclusions', 'endorsed', true, 'the draft conclusions'],
    [', in principle, to forward the report to Coreper', 'agreed', true, 'to forward the report to Coreper'],
    [', with satisfaction, the report', 'approved', true, 'the report'],
    [', après un échange de vues, du rapport', 'took-note', false, 'du rapport'],
    [', wie vom Vorsitz vorgeschlagen, den Entwurf', 'approved', false, 'den Entwurf'],
    [', tras un debate, del informe', 'took-note', false, 'del informe'],
    [', na een gedachtewisseling, het verslag', 'approved', false, 'het verslag'],
  ] as const)('reads the object after an aside of when or how: %s', (raw, verb, english, object) => {
    expect(withoutAside(raw, verb, english)).toBe(object);
  });

  it.each([
    // no comma after the verb: a list of what was discussed, not an aside
    [' on drugs, migration and terrorism', 'exchanged-views'],
    // how the decision was taken, and a note's satisfaction, read by their own modules
    [', by silence procedure, the report', 'approved'],
    [', without amendment, the report', 'approved'],
    [', with satisfaction, of the report', 'took-note'],
    // an aside that cites a document keeps it with the object
    [', as set out in 13802/25, the conclusions', 'endorsed'],
    // an aside that closes the clause; one too long to be one; a participle clause of the object's, no verb of the body's
    [', after a discussion.', 'took-note'],
    [' the report, prepared by the Presidency', 'took-note'],
    [' the report, dated March 2025', 'took-note'],
    [', after a long discussion in which the delegations of all the Member States took part, of the report', 'took-note'],
  ] as const)('keeps what is no aside before an object as it is: %s', (raw, verb) => {
    expect(withoutAside(raw, verb, true)).toBe(raw);
  });

  it.each([
    // a note followed by another verb of its subject has no object of its own
    [', thanked the Presidency, and the Commission', 'took-note', true, ''],
    // an object ends before another verb in the past of the same subject
    [' of the report, thanked the Presidency, and', 'took-note', true, 'of the report'],
    [' of the report, thanked Europol, and', 'took-note', true, 'of the report'],
    [' du rapport, a remercié la présidence et', 'took-note', false, 'du rapport'],
    [' della relazione, ha ringraziato la Presidenza e', 'took-note', false, 'della relazione'],
    [' del informe, agradeció a la Presidencia y', 'took-note', false, 'del informe'],
    [' do relatório, agradeceu à Presidência e', 'took-note', false, 'do relatório'],
  ] as const)('ends the object before another verb of the body: %s', (raw, verb, english, object) => {
    expect(withoutAside(raw, verb, english).trim()).toBe(object);
  });
});

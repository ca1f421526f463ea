import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';

const filled = (text: string) =>
  normalise(text)
    .map((line) => line.text)
    .filter((line) => line !== '');

/** A list numbered `i.`, `ii.` … as plain `pdftotext` prints a word processor's list: each label alone, a blank line, its text. */
describe('a list numbered with small Roman numerals and a dot, printed a label to a line', () => {
  it.each([
    ['English', 'The Presidency proposes the following:', ['to reduce the number of priorities;', 'to shorten the action plans;', 'to secure the funding.']],
    ['French', 'La présidence propose ce qui suit:', ['réduire le nombre de priorités;', 'raccourcir les plans d’action;', 'garantir le financement.']],
    ['Polish', 'Prezydencja proponuje, co następuje:', ['zmniejszyć liczbę priorytetów;', 'skrócić plany działania;', 'zapewnić finansowanie.']],
  ])('reads each point on its own line, its label before it, and the lead-in apart (%s)', (_language, leadIn, points) => {
    const labels = ['i.', 'ii.', 'iii.'];
    const text = `1.\n\n${leadIn}\n${points.map((point, index) => `${labels[index]}\n\n${point}\n`).join('\n')}\n2.\n\nCOSI is invited to approve the approach.\n`;
    expect(filled(text)).toEqual([
      `1.\t${leadIn}`,
      ...points.map((point, index) => `${labels[index]}\t${point}`),
      '2.\tCOSI is invited to approve the approach.',
    ]);
  });
});

/** A notice's sub-points as plain `pdftotext` prints the cells of its table: the letter alone, its title right under it. */
describe('a sub-point’s letter right over its title', () => {
  it.each([
    ['English', 'Digital files', ['Regulation on artificial intelligence: state of play', 'Proposal for a regulation on child sexual abuse']],
    ['German', 'Digitale Dossiers', ['Verordnung über künstliche Intelligenz: Sachstand', 'Vorschlag für eine Verordnung über sexuellen Kindesmissbrauch']],
    ['Spanish', 'Expedientes digitales', ['Reglamento sobre inteligencia artificial: situación', 'Propuesta de Reglamento sobre abusos sexuales de menores']],
  ])('sets the letter back before its title (%s)', (_language, title, points) => {
    const text = `6.\n\n${title}\na)\n${points[0]}\nb)\n${points[1]}\n6388/24\n`;
    const lines = filled(text);
    expect(lines).toContain(`a)\t${points[0]}`);
    expect(lines.some((line) => line.startsWith(`b)\t${points[1]}`))).toBe(true);
    expect(lines[0]).toBe(`6.\t${title}`);
  });

  it('joins no code to a letter (`(b)` over a footer’s `JAI.1`)', () => {
    expect(filled('(b)\nJAI.1\n\nFolgemaßnahmen zu den Schengen-Evaluierungen\n')[0]).toBe('(b)');
  });
});

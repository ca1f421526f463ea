import { describe, expect, it } from 'vitest';
import { footnoteBlocks } from '../../../../../scripts/ingest/parse/footnotes/footnote-blocks.ts';

const shown = (text: string) =>
  footnoteBlocks(text, (marks) => [...marks]).map((block) => [
    block.list,
    block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.value)).join(''),
  ]);

describe('footnoteBlocks: a footnote holding a list keeps its items apart', () => {
  it('reads bullet glyphs as list items, the lead-in a paragraph, in any language', () => {
    expect(shown('Les États membres décrivent deux formes: • des protocoles d’accord; • l’accès de la police aux systèmes.')).toEqual([
      [null, 'Les États membres décrivent deux formes:'],
      [0, 'des protocoles d’accord;'],
      [0, 'l’accès de la police aux systèmes.'],
    ]);
    expect(shown('Obejmuje to: \uF0B7 wspólne szkolenia; \uF0B7 wymianę informacji.')).toEqual([
      [null, 'Obejmuje to:'],
      [0, 'wspólne szkolenia;'],
      [0, 'wymianę informacji.'],
    ]);
  });

  it('reads dashes as bullets only after a lead-in’s colon and each item’s semicolon', () => {
    expect(shown('Die Strategie umfasst: – die Verhütung der Radikalisierung; – den Schutz öffentlicher Räume.')).toEqual([
      [null, 'Die Strategie umfasst:'],
      [0, 'die Verhütung der Radikalisierung;'],
      [0, 'den Schutz öffentlicher Räume.'],
    ]);
    const dashes = [
      'The previous report, covering the period July 2022 - December 2023, is set out in document 9012/24.',
      'See the note on EU – US cooperation; – as discussed.',
    ];
    for (const text of dashes) expect(shown(text)).toEqual([[null, text]]);
  });

  it('reads sub-points labelled in sequence after a colon as paragraphs opening with their labels', () => {
    expect(shown('The Strategy covers two strands: (a) the prevention of radicalisation; (b) the protection of public spaces^2.')).toEqual([
      [null, 'The Strategy covers two strands:'],
      [null, '(a) the prevention of radicalisation;'],
      [null, '(b) the protection of public spaces[^2].'],
    ]);
    expect(shown('La stratégie comprend: i) la prévention; ii) la protection; iii) la poursuite.')).toEqual([
      [null, 'La stratégie comprend:'],
      [null, 'i) la prévention;'],
      [null, 'ii) la protection;'],
      [null, 'iii) la poursuite.'],
    ]);
  });

  it('leaves labels that are no list as one paragraph: out of sequence, one alone, or inside a sentence', () => {
    const texts = [
      'As provided for in points (a) and (b) of Article 5 of Regulation (EU) 2016/794.',
      'The conditions are: (a) consent of the Member State concerned.',
      'Two options: (a) a pilot; (c) a full roll-out.',
      'Article 3(a) and (b) apply.',
    ];
    for (const text of texts) expect(shown(text)).toEqual([[null, text]]);
  });
});

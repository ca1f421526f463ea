import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';

/** An outcome as plain `pdftotext` prints a one-page PDF: items 1 to 3, item 2's sentence calling footnote 1, the footnote above the footer. */
function outcome(language: { head: string; items: [string, string][]; footnote: string; footer: string }): string {
  const items = language.items.flatMap(([title, text], index) => [`${index + 1}.`, '', title, text, '']);
  return [language.head, '', ...items, `1 ${language.footnote}`, language.footer].join('\n');
}

const ENGLISH = {
  head: 'Council of the\nEuropean Union\n\nBrussels, 25 November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nOUTCOME OF PROCEEDINGS\nFrom:\nTo:\nSubject:\n\nGeneral Secretariat of the Council\nDelegations\nOutcome of proceedings of the Standing Committee on Operational Cooperation on\nInternal Security (COSI) on 18 November 2025',
  items: [
    ['Adoption of the agenda', 'The agenda was adopted as set out in CM 4578/25.'],
    ['Internal security architecture', 'The Commission presented its communication. COSI held an exchange of views1.'],
    ['Drugs', 'COSI took note of the presentation by Europol.'],
  ] as [string, string][],
  footnote: 'COSI agreed to revert to this item at its meeting in January 2026.',
  footer: '15990/25\nJAI.1\n\nAB/cd\nLIMITE\n\n1\nEN',
};

const FRENCH = {
  head: "Conseil de\nl'Union européenne\n\nBruxelles, le 25 novembre 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nRÉSULTATS DES TRAVAUX\nOrigine:\nDestinataire:\nObjet:\n\nSecrétariat général du Conseil\nDélégations\nRésultats des travaux du Comité permanent de coopération opérationnelle en matière\nde sécurité intérieure (COSI) du 18 novembre 2025",
  items: [
    ["Adoption de l'ordre du jour", "L'ordre du jour a été adopté tel qu'il figure dans le document CM 4578/25."],
    ['Architecture de sécurité intérieure', 'La Commission a présenté sa communication. Le COSI a procédé à un échange de vues1.'],
    ['Drogues', "Le COSI a pris note de la présentation d'Europol."],
  ] as [string, string][],
  footnote: 'Le COSI a approuvé le rapport figurant dans le document 14001/25.',
  footer: '15990/25\nJAI.1\n\nAB/cd\nLIMITE\n\n1\nFR',
};

/** Each item's title and its decisions as (by, verb, object), and the sentence each points to. */
function decisions(text: string): Array<[string, Array<[string | null, string, string, string | undefined]>]> {
  const record = parseDocument(text, 'outcome.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  return record.items.map((item) => [item.title, item.decisions.map((d) => [d.by, d.verb, d.object, item.sentences[d.sentence]])]);
}

describe('itemDecisions: a decision an outcome records in a footnote its item calls', () => {
  it('reads it as the item’s decision after those of its text, its sentence the footnote’s (English)', () => {
    const read = decisions(outcome(ENGLISH));
    expect(read[1]).toEqual([
      'Internal security architecture',
      [
        ['COSI', 'exchanged-views', 'Internal security architecture', 'COSI held an exchange of views.'],
        ['COSI', 'agreed', 'to revert to this item at its meeting in January 2026', 'COSI agreed to revert to this item at its meeting in January 2026.'],
      ],
    ]);
    // the items that call no footnote keep their own decisions alone
    expect(read[2]?.[1]).toEqual([['COSI', 'took-note', 'the presentation by Europol', 'COSI took note of the presentation by Europol.']]);
  });

  it('reads it in another version (French)', () => {
    const read = decisions(outcome(FRENCH));
    expect(read[1]?.[1].map(([by, verb, object]) => [by, verb, object])).toContainEqual(['COSI', 'approved', 'le rapport figurant dans le document 14001/25']);
  });

  it('reads nothing more where the footnote records no decision', () => {
    const read = decisions(outcome({ ...ENGLISH, footnote: 'The communication was distributed after the meeting as WK 12345/2025.' }));
    expect(read[1]?.[1]).toEqual([['COSI', 'exchanged-views', 'Internal security architecture', 'COSI held an exchange of views.']]);
  });

  it.each([
    ['English', ENGLISH, 'COSI approved the plan on 3 March 2025 (doc. 6789/25).'],
    ['English, the meeting named', ENGLISH, 'At its meeting on 3 March 2025, COSI endorsed the plan set out in 6789/25.'],
    ['French', FRENCH, 'Le COSI a approuvé le plan le 3 mars 2025 (doc. 6789/25).'],
    ['French, the meeting named', FRENCH, 'Le COSI a approuvé le plan lors de sa réunion du 3 mars 2025 (doc. 6789/25).'],
  ])('reads no decision a footnote recalls from an earlier meeting, dated before this one (%s)', (_language, language, footnote) => {
    const read = decisions(outcome({ ...language, footnote }));
    expect(read[1]?.[1].map(([by, verb]) => [by, verb])).toEqual([['COSI', 'exchanged-views']]);
  });

  it('still reads a footnote’s decision dated after the meeting, or dated by a document’s day (`the report of 3 March 2025`)', () => {
    const later = decisions(outcome({ ...ENGLISH, footnote: 'COSI agreed to revert to this item at its meeting on 20 January 2026.' }));
    expect(later[1]?.[1].map(([by, verb, object]) => [by, verb, object])).toContainEqual([
      'COSI',
      'agreed',
      'to revert to this item at its meeting on 20 January 2026',
    ]);
    const documentDay = decisions(outcome({ ...ENGLISH, footnote: 'COSI took note of the report of 3 March 2025 (doc. 6789/25).' }));
    expect(documentDay[1]?.[1].map(([by, verb, object]) => [by, verb, object])).toContainEqual([
      'COSI',
      'took-note',
      'the report of 3 March 2025 (doc. 6789/25)',
    ]);
  });
});

describe('itemDecisions: a decision the item’s own text recalls from an earlier meeting', () => {
  /** Item 3's decisions as (by, verb, object), its text `text`. */
  const third = (language: typeof ENGLISH, text: string) =>
    decisions(outcome({ ...language, items: [language.items[0]!, language.items[1]!, ['Drugs', text]] }))[2]?.[1].map(([by, verb, object]) => [
      by,
      verb,
      object,
    ]);

  it.each([
    [
      'English',
      ENGLISH,
      'The Presidency presented the state of play of the roadmap. COSI approved the roadmap on 3 March 2025. COSI took note of the state of play.',
      ['took-note', 'the state of play'],
    ],
    [
      'English, the meeting named',
      ENGLISH,
      'COSI approved the plan at its meeting of 3 March 2025 (doc. 6789/25). COSI took note of the report.',
      ['took-note', 'the report'],
    ],
    [
      'French',
      FRENCH,
      "Le COSI a approuvé la feuille de route le 3 mars 2025. Le COSI a pris note de l'état d'avancement.",
      ['took-note', "l'état d'avancement"],
    ],
  ])('reads a decision whose clause closes with an earlier day as recalled, none of the item’s (%s)', (_language, language, text, [verb, object]) => {
    expect(third(language, text)).toEqual([['COSI', verb, object]]);
  });

  it('reads a day its object is dated by, or a later day, as the item’s own decision', () => {
    expect(third(ENGLISH, 'COSI took note of the report presented on 3 March 2025.')).toEqual([['COSI', 'took-note', 'the report presented on 3 March 2025']]);
    expect(third(ENGLISH, 'COSI agreed to revert to this item on 20 January 2026.')).toEqual([['COSI', 'agreed', 'to revert to this item on 20 January 2026']]);
    expect(third(FRENCH, 'Le COSI a pris note du rapport présenté le 3 mars 2025.')).toEqual([['COSI', 'took-note', 'du rapport présenté le 3 mars 2025']]);
  });
});

import { describe, expect, it } from 'vitest';
import { bulletsApart } from '../../../../../scripts/ingest/parse/flat/flat-bullets.ts';

const texts = (text: string): string[] => bulletsApart({ text, line: 7 }).map((entry) => entry.text);

describe('bulletsApart: a list run into a page’s line', () => {
  it.each([
    ['en', 'COSI is invited to: • take note of the assessment; • exchange views on the questions set out above.'],
    ['fr', 'Le COSI est invité à: • prendre acte de l’évaluation; • procéder à un échange de vues.'],
    ['de', 'Der COSI wird ersucht, • die Bewertung zur Kenntnis zu nehmen; • einen Gedankenaustausch zu führen.'],
    ['symbol font', 'COSI is invited to: \uF0B7 take note of the assessment; \uF0B7 exchange views on the questions set out above.'],
  ])('sets each bulleted item on a line of its own under its lead-in (%s)', (_language, text) => {
    const [lead, ...items] = texts(text);
    expect(lead).toMatch(/[:,]$/u);
    expect(items).toHaveLength(2);
    expect(items.every((item) => /^[•\uF0B7] \p{Ll}/u.test(item))).toBe(true);
  });

  it.each([
    ['en', 'COSI is invited to: – take note of the assessment; – exchange views on the questions; and – agree on the next steps.'],
    ['it', 'La Presidenza ritiene che la risposta debba basarsi su: – la piattaforma EMPACT; – le squadre investigative comuni; e – l’alleanza mondiale.'],
    ['es', 'Se invita al COSI a: - tomar nota de la evaluación; - proceder a un cambio de impresiones.'],
    ['second level', 'in three areas, namely: o background checks repeated at regular intervals; o access to police databases.'],
  ])('sets each dashed item on a line of its own after a colon and semicolons (%s)', (_language, text) => {
    const [lead, ...items] = texts(text);
    expect(lead).toMatch(/:$/u);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((item) => /^[-–o] /u.test(item))).toBe(true);
  });

  it.each([
    [
      'en',
      'Delegations broadly agreed that: (a) the priorities should be fewer; (b) the plans should be shorter; and (c) the funding should be foreseeable.',
      '(a) ',
    ],
    [
      'fr',
      'Les délégations sont convenues que: a) les priorités devraient être moins nombreuses; b) les plans devraient être plus courts; et c) le financement devrait être prévisible.',
      'a) ',
    ],
    [
      'de',
      'Die Delegationen waren sich einig, dass: a) die Prioritäten weniger zahlreich sein sollten; b) die Pläne kürzer sein sollten; und c) die Finanzierung vorhersehbar sein sollte.',
      'a) ',
    ],
    [
      'pl',
      'Delegacje zgodziły się, że: (i) priorytety powinny być mniej liczne; (ii) plany powinny być krótsze; oraz (iii) finansowanie powinno być przewidywalne.',
      '(i) ',
    ],
  ])('sets each lettered point on a line of its own after a colon and semicolons, in sequence (%s)', (_language, text, first) => {
    const [lead, ...points] = texts(text);
    expect(lead).toMatch(/:$/u);
    expect(points).toHaveLength(3);
    expect(points[0]?.startsWith(first)).toBe(true);
    expect(points.every((point) => /^\(?[a-z]{1,3}\) \p{Ll}/u.test(point))).toBe(true);
  });

  it('sets each point the Greek version letters in its alphabet on a line of its own after a colon and its raised dots (`α)`, `β)`, `γ)`)', () => {
    const text =
      'Οι αντιπροσωπίες συμφώνησαν ότι: α) οι προτεραιότητες θα πρέπει να είναι λιγότερες· β) τα σχέδια θα πρέπει να είναι συντομότερα· και γ) η χρηματοδότηση θα πρέπει να είναι προβλέψιμη.';
    expect(texts(text).filter((line) => line !== '')).toEqual([
      'Οι αντιπροσωπίες συμφώνησαν ότι:',
      'α) οι προτεραιότητες θα πρέπει να είναι λιγότερες·',
      'β) τα σχέδια θα πρέπει να είναι συντομότερα· και',
      'γ) η χρηματοδότηση θα πρέπει να είναι προβλέψιμη.',
    ]);
  });

  it('sets each point the Bulgarian version letters in Cyrillic on a line of its own after a colon and semicolons (`а)`, `б)`, `в)`)', () => {
    const text =
      'Делегациите се съгласиха, че: а) приоритетите следва да бъдат по-малко; б) плановете следва да бъдат по-кратки; и в) финансирането следва да бъде предвидимо.';
    expect(texts(text).filter((line) => line !== '')).toEqual([
      'Делегациите се съгласиха, че:',
      'а) приоритетите следва да бъдат по-малко;',
      'б) плановете следва да бъдат по-кратки; и',
      'в) финансирането следва да бъде предвидимо.',
    ]);
  });

  it('leaves letters in running text, out of sequence or without a lead-in, where they are', () => {
    for (const text of [
      'The checks referred to in points (a) and (b) of Article 3(1) apply.',
      'COSI noted the following: (b) was deleted; (c) stays.',
      'The Presidency proposed two options, (a) a shorter cycle; (b) a longer one.',
      'The Committee discussed the proposals set out in 13461/17: i) to improve the fight against crime on the Dark Web, ii) to increase a joint response; iii) and to define interests.',
    ]) {
      expect(texts(text)).toEqual([text]);
    }
  });

  it('leaves a dash in running text or a title, and a lone dash after a colon, where it is', () => {
    for (const text of [
      'Internal security situation in the Western Balkans – Exchange of views. The Presidency – as agreed – reported.',
      'The Presidency presented the state of play: – in brief – on the file.',
    ]) {
      expect(texts(text)).toEqual([text]);
    }
  });

  it('sets the text after the last item’s first sentence apart as a paragraph of its own', () => {
    expect(texts('COSI discussed: • the EMPACT cycle; • drug trafficking through logistical hubs. The Committee also followed the files.')).toEqual([
      'COSI discussed:',
      '• the EMPACT cycle;',
      '• drug trafficking through logistical hubs.',
      '',
      'The Committee also followed the files.',
    ]);
  });

  it('leaves a paragraph’s number after the last item to the paragraphs’ cut', () => {
    expect(texts('COSI discussed: • the EMPACT cycle; • drug trafficking. 3. On 4 March 2025 COSI met.')).toEqual([
      'COSI discussed:',
      '• the EMPACT cycle;',
      '• drug trafficking. 3. On 4 March 2025 COSI met.',
    ]);
  });

  it('leaves a footnote’s list to the footnote reader', () => {
    const text = '^4 The Member States describe three forms of cooperation: • memoranda of understanding; • common training.';
    expect(texts(text)).toEqual([text]);
  });

  it.each([
    [
      'en, lettered',
      'Delegations broadly agreed that: (a) the priorities should be fewer; (b) the plans should be shorter; (c) 3. the funding should be foreseeable for four years. The draft conclusions take account of the views expressed.',
      [
        '(a) the priorities should be fewer;',
        '(b) the plans should be shorter;',
        '(c) the funding should be foreseeable for four years.',
        '',
        '3. The draft conclusions take account of the views expressed.',
      ],
    ],
    [
      'fr, lettered',
      'Les délégations sont convenues que: a) les priorités devraient être moins nombreuses; b) les plans devraient être plus courts; c) 4. le financement devrait être prévisible. La présidence soumettra une version révisée.',
      [
        'a) les priorités devraient être moins nombreuses;',
        'b) les plans devraient être plus courts;',
        'c) le financement devrait être prévisible.',
        '',
        '4. La présidence soumettra une version révisée.',
      ],
    ],
    [
      'el, lettered in Greek',
      'Οι αντιπροσωπίες συμφώνησαν ότι: α) οι προτεραιότητες θα πρέπει να είναι λιγότερες· β) τα σχέδια θα πρέπει να είναι συντομότερα· γ) 3. η χρηματοδότηση θα πρέπει να είναι προβλέψιμη. Η Προεδρία θα υποβάλει αναθεωρημένη έκδοση.',
      [
        'α) οι προτεραιότητες θα πρέπει να είναι λιγότερες·',
        'β) τα σχέδια θα πρέπει να είναι συντομότερα·',
        'γ) η χρηματοδότηση θα πρέπει να είναι προβλέψιμη.',
        '',
        '3. Η Προεδρία θα υποβάλει αναθεωρημένη έκδοση.',
      ],
    ],
    [
      'bg, lettered in Cyrillic',
      'Делегациите се съгласиха, че: а) приоритетите следва да бъдат по-малко; б) плановете следва да бъдат по-кратки; в) 3. финансирането следва да бъде предвидимо. Председателството ще представи преразгледан вариант.',
      [
        'а) приоритетите следва да бъдат по-малко;',
        'б) плановете следва да бъдат по-кратки;',
        'в) финансирането следва да бъде предвидимо.',
        '',
        '3. Председателството ще представи преразгледан вариант.',
      ],
    ],
    [
      'en, symbol bullets',
      'Member States reported progress in: \uF0B7 the screening of port workers; \uF0B7 5. partnerships with shipping lines and terminal operators. The Presidency invites delegations to address the following questions: \uF0D8 Which measures have proved most effective?',
      [
        '\uF0B7 the screening of port workers;',
        '\uF0B7 partnerships with shipping lines and terminal operators.',
        '',
        '5. The Presidency invites delegations to address the following questions:',
        '\uF0D8 Which measures have proved most effective?',
      ],
    ],
    [
      'de, bullets',
      'Die Mitgliedstaaten berichteten über: • die Überprüfung der Hafenarbeiter; • 5. die Partnerschaften mit Reedereien. Der Vorsitz ersucht die Delegationen, die folgenden Fragen zu beantworten.',
      [
        '• die Überprüfung der Hafenarbeiter;',
        '• die Partnerschaften mit Reedereien.',
        '',
        '5. Der Vorsitz ersucht die Delegationen, die folgenden Fragen zu beantworten.',
      ],
    ],
  ])(
    'sets the next paragraph’s number plain pdftotext printed under the last item’s label before that paragraph, after the item’s sentence (%s)',
    (_case, text, expected) => {
      expect(texts(text).slice(1)).toEqual(expected);
    },
  );

  it('leaves a number after a label whose text opens with a capital (`• 5. Operational action plans …`), a list of its own', () => {
    const lines = texts('The plans cover: • 5. Operational action plans are shorter; • 6. Funding is foreseeable.');
    expect(lines.slice(1)).toEqual(['• 5. Operational action plans are shorter;', '• 6. Funding is foreseeable.']);
  });

  it('sets each dash item after a sentence’s end on a line of its own, two items at least, the text after the last its own paragraph', () => {
    expect(
      texts(
        'COSI took note of the report. - Member States welcomed the questionnaire. - By 13 March 2026, 20 Member States had replied. COSI is invited to take note.',
      ),
    ).toEqual([
      'COSI took note of the report.',
      '- Member States welcomed the questionnaire.',
      '- By 13 March 2026, 20 Member States had replied.',
      '',
      'COSI is invited to take note.',
    ]);
    // One dash after a sentence, or after a day's dot, opens no list.
    expect(texts('COSI took note of the report. - Member States welcomed it.')).toEqual(['COSI took note of the report. - Member States welcomed it.']);
    expect(texts('Die Sitzung am 13. - Dezember - Der Vorsitz.')).toEqual(['Die Sitzung am 13. - Dezember - Der Vorsitz.']);
  });

  it('takes the first item of a list right under a subject run into the line, one sentence opening as a sentence does', () => {
    expect(
      texts(
        'Stand der Arbeiten - Der Vorsitz hat einen Fragebogen übermittelt. - Bis zum 13. März haben 20 Mitgliedstaaten geantwortet. - Der COSI wird ersucht, dies zur Kenntnis zu nehmen.',
      ),
    ).toEqual([
      'Stand der Arbeiten',
      '- Der Vorsitz hat einen Fragebogen übermittelt.',
      '- Bis zum 13. März haben 20 Mitgliedstaaten geantwortet.',
      '- Der COSI wird ersucht, dies zur Kenntnis zu nehmen.',
    ]);
  });

  it('sets a sub-heading’s item apart from its text after a sentence’s end (`– EU threat assessment … The suggested way forward …`)', () => {
    expect(
      texts(
        'The Committee agreed on the conclusions. – EU threat assessment: way forward The suggested way forward was endorsed. – Cooperation with the European Parliament The Committee welcomed the debrief.',
      ),
    ).toEqual([
      'The Committee agreed on the conclusions.',
      '– EU threat assessment: way forward',
      '',
      'The suggested way forward was endorsed.',
      '– Cooperation with the European Parliament',
      '',
      'The Committee welcomed the debrief.',
    ]);
  });

  it('sets apart the items after a header’s line whose labels print first and whose first value is one word in small letters (`Objet: présidence …`)', () => {
    // label-values.ts reads such a header's values on its own line (fallbackLength), so the items need not stay in it
    const head = 'NOTE Origine: Destinataire: Objet: présidence Comité permanent (COSI) Sécurité des ports La présidence a transmis un questionnaire.';
    expect(texts(`${head} - Au 13 mars, 20 États membres avaient répondu. - Le COSI est invité à en prendre note.`)).toEqual([
      head,
      '- Au 13 mars, 20 États membres avaient répondu.',
      '- Le COSI est invité à en prendre note.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findLabels } from '../../../../../scripts/ingest/parse/header/header-labels.ts';
import { readBlock } from '../../../../../scripts/ingest/parse/header/label-values.ts';

const read = (text: string) => {
  const block = readBlock(text, findLabels(text));
  return {
    values: block.values.map(({ field, value }) => [field, value.replace(/\s+/g, ' ').trim()]),
    codes: block.codes,
    body: text.slice(block.end).trim().slice(0, 24),
    guessed: block.guessed !== null,
    displaced: block.displaced?.text ?? null,
  };
};

describe('readBlock', () => {
  it('keeps a name inside the last value’s line in the value where a line left of its column ends it, as a blank line does (-layout without blank lines)', () => {
    const subject = 'Proposal for a REGULATION amending Regulation (EU) 2016/794 as regards strengthening Europol support to prevent migrant smuggling';
    const text = `To:                   Delegations\nSubject:              ${subject}\nDelegations will find attached document COM(2023) 754 final.`;
    expect(read(text)).toMatchObject({
      values: [
        ['to', 'Delegations'],
        ['subject', subject],
      ],
      body: 'Delegations will find at',
    });
  });

  it('reads each value up to the next label and ends at the blank line after the last', () => {
    expect(read('From:\tPresidency\nTo:\tDelegations\nSubject:\tDraft conclusions\n(COSI)\n\nThe Presidency invites …')).toEqual({
      values: [
        ['from', 'Presidency'],
        ['to', 'Delegations'],
        ['subject', 'Draft conclusions (COSI)'],
      ],
      codes: [],
      body: 'The Presidency invites …',
      guessed: false,
      displaced: null,
    });
  });

  it('reads on past a subject printed first that ends in a sentence’s end, up to the labels after it', () => {
    expect(
      read('Dotyczy:\tWynik posiedzenia w dniach 18 i 19 listopada 2025 r.\nOd:\tSekretariat Generalny Rady\nDo:\tDelegacje\n\nDelegacje otrzymują …'),
    ).toEqual({
      values: [
        ['subject', 'Wynik posiedzenia w dniach 18 i 19 listopada 2025 r.'],
        ['from', 'Sekretariat Generalny Rady'],
        ['to', 'Delegacje'],
      ],
      codes: [],
      body: 'Delegacje otrzymują …',
      guessed: false,
      displaced: null,
    });
  });

  it('gives each of two reference labels printed before their values the line under them that is its own', () => {
    expect(read('Ed. asiak. nro:\nKom:n asiak. nro:\n\n6977/25\n5398/24 - COM(2023) 754 final\n\n1. Puheenjohtajavaltio esittää …').values).toEqual([
      ['previous', '6977/25'],
      ['commission', '5398/24 - COM(2023) 754 final'],
    ]);
  });

  it('gives each of two reference labels printed before their values its own on a page run into one line, the first a number alone before the next', () => {
    expect(read('Ed. asiak. nro: Kom:n asiak. nro: 6977/25 5398/24 - COM(2023) 754 final 1. Puheenjohtajavaltio esittää …').values).toEqual([
      ['previous', '6977/25'],
      ['commission', '5398/24 - COM(2023) 754 final'],
    ]);
  });

  it('places the values of labels printed before them by their shapes, codes read across kept apart', () => {
    expect(
      read('From: To: No. prev. doc.: Subject: Presidency Permanent Representatives Committee (Part 2) COSI 198 13417/10 COSI 57 Draft conclusions'),
    ).toEqual({
      values: [
        ['from', 'Presidency'],
        ['to', 'Permanent Representatives Committee (Part 2)'],
        ['previous', '13417/10 COSI 57'],
        ['subject', 'Draft conclusions'],
      ],
      codes: ['COSI 198'],
      body: '',
      guessed: false,
      displaced: null,
    });
  });

  it('places values one a line below their labels, after a blank line and a list number the extraction put there', () => {
    expect(
      read(
        'From:\nOn:\nTo:\nSubject:\n\n1.\n\nGeneral Secretariat of the Council\n22 November 2021\nDelegations\nStanding Committee\n\nAdoption of the agenda',
      ),
    ).toEqual({
      values: [
        ['from', 'General Secretariat of the Council'],
        ['on', '22 November 2021'],
        ['to', 'Delegations'],
        ['subject', 'Standing Committee'],
      ],
      codes: [],
      body: 'Adoption of the agenda',
      guessed: false,
      displaced: '1.',
    });
  });

  it('sets back the body’s first Roman numeral, letter or dash printed alone between labels and values, as its first number', () => {
    for (const marker of ['I.', '(a)', 'a)', '–']) {
      expect(read(`From:\nTo:\nSubject:\n\n${marker}\n\nPresidency\nDelegations\nCybercrime - Exchange of views\n\nINTRODUCTION`)).toEqual({
        values: [
          ['from', 'Presidency'],
          ['to', 'Delegations'],
          ['subject', 'Cybercrime - Exchange of views'],
        ],
        codes: [],
        body: 'INTRODUCTION',
        guessed: false,
        displaced: marker,
      });
    }
  });

  it('sets back the body’s first marker a page run into one line printed right after the labels, the subject ending where its part or paragraph opens', () => {
    expect(
      read(
        'From: On: To: Subject: 1. General Secretariat of the Council 22 November 2021 Delegations Standing Committee on Operational Cooperation on Internal Security (COSI) Adoption of the agenda The agenda was adopted.',
      ),
    ).toEqual({
      values: [
        ['from', 'General Secretariat of the Council'],
        ['on', '22 November 2021'],
        ['to', 'Delegations'],
        ['subject', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
      ],
      codes: [],
      body: 'Adoption of the agenda T',
      guessed: false,
      displaced: '1.',
    });
    expect(read('From: To: Subject: I. Presidency Delegations Cybercrime - Exchange of views INTRODUCTION 1. The Presidency')).toMatchObject({
      values: [
        ['from', 'Presidency'],
        ['to', 'Delegations'],
        ['subject', 'Cybercrime - Exchange of views'],
      ],
      body: 'INTRODUCTION 1. The Pres',
      displaced: 'I.',
    });
  });

  it('ends the subject at a Council body’s name after a displaced number on a page run into one line, before a start it would only guess', () => {
    expect(
      read(
        "Origine: Destinataire: Objet: 1. Secrétariat général du Conseil Délégations Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) Adoption de l'ordre du jour L'ordre du jour a été adopté.",
      ),
    ).toMatchObject({
      values: [
        ['from', 'Secrétariat général du Conseil'],
        ['to', 'Délégations'],
        ['subject', 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)'],
      ],
      guessed: false,
      displaced: '1.',
    });
  });

  it('reads values printed after their labels on one line up to the next value’s shape, the lines under them the body’s (a page run into one line, its list set apart)', () => {
    // the sender in small letters has no shape of its own: it ends where the recipient's name opens, not at the line's end
    expect(
      read(
        'Origine: Destinataire: Objet: présidence Délégations Sécurité des ports de l’Union – état des travaux\n- La présidence a transmis un questionnaire le 3 mars 2026.\n- Au 13 mars 2026, 20 États membres avaient répondu.',
      ),
    ).toMatchObject({
      values: [
        ['from', 'présidence'],
        ['to', 'Délégations'],
        ['subject', 'Sécurité des ports de l’Union – état des travaux'],
      ],
      body: '- La présidence a transm',
    });
    // printed under their labels, each value is a line of its own, as before
    expect(read('Origine:\nDestinataire:\nObjet:\n\nprésidence Délégations\nDélégations\nSécurité des ports\n\nLa présidence a transmis …')).toMatchObject({
      values: [
        ['from', 'présidence Délégations'],
        ['to', 'Délégations'],
        ['subject', 'Sécurité des ports'],
      ],
    });
  });

  it('reads a day after labels printed first as the day, no paragraph number (`Datum:` / `16. April 2024`)', () => {
    expect(read('Datum: Uhrzeit: 16. April 2024 10.00 Uhr')).toMatchObject({ displaced: null });
  });

  it('skips the body’s first list number after a label whose column began with a value printed above its label (`7115/24` / `n. doc. prec.:` / `Oggetto:`, `1.`, then the subject)', () => {
    // plain pdftotext of the Italian note 9110/24 (tests/fixtures/council-pdf-lo/nota-it), and the same shape in English and German
    expect(
      read(
        'Origine:\n\nPresidenza\n\nDestinatari:\n\nComitato strategico in materia di immigrazione, frontiere e asilo\n7115/24\n\nn. doc. prec.:\nOggetto:\n\n1.\n\nRafforzare la cooperazione operativa\nalle frontiere esterne\n\nNella riunione del 14 marzo 2024',
      ),
    ).toEqual({
      values: [
        ['from', 'Presidenza'],
        ['to', 'Comitato strategico in materia di immigrazione, frontiere e asilo'],
        ['previous', '7115/24'],
        ['subject', 'Rafforzare la cooperazione operativa alle frontiere esterne'],
      ],
      codes: [],
      body: 'Nella riunione del 14 ma',
      guessed: false,
      displaced: '1.',
    });
    expect(read('From:\n\nPresidency\n\nTo:\n\nDelegations\n6512/25\n\nNo. prev. doc.:\nSubject:\n\n1.\n\nSecurity of ports\n\nAt its meeting').values).toEqual(
      [
        ['from', 'Presidency'],
        ['to', 'Delegations'],
        ['previous', '6512/25'],
        ['subject', 'Security of ports'],
      ],
    );
    expect(
      read('Absender:\n\nVorsitz\n\nEmpfänger:\n\nDelegationen\n6512/25\n\nNr. Vordok.:\nBetr.:\n\n1.\n\nSicherheit der Häfen\n\nIn seiner Sitzung').values.at(
        -1,
      ),
    ).toEqual(['subject', 'Sicherheit der Häfen']);
  });

  it('places values that begin after blank lines under labels printed first, a recipient the vocabulary does not know by its line', () => {
    expect(read('To:\nSubject:\n\nEuropean Parliament and national parliaments\nReport on the proceedings of COSI\n\nI.\n\nINTRODUCTION')).toEqual({
      values: [
        ['to', 'European Parliament and national parliaments'],
        ['subject', 'Report on the proceedings of COSI'],
      ],
      codes: [],
      body: 'I. INTRODUCTION'.replace(' ', '\n\n'),
      guessed: false,
      displaced: null,
    });
  });

  it('reads as the subject the lines plain pdftotext printed between a recipient and a `Subject:` under which nothing stands', () => {
    const text = [
      'From:\n\nPresidency\n\nTo:\n',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      'The future of the EU Policy Cycle for organised and serious\ninternational crime (EMPACT) after 2025\n- Draft Council Conclusions\n',
      'Subject:\n\n1.\n\nThe EU Policy Cycle has been …',
    ].join('\n');
    expect(read(text)).toEqual({
      values: [
        ['from', 'Presidency'],
        ['to', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
        ['subject', 'The future of the EU Policy Cycle for organised and serious international crime (EMPACT) after 2025 - Draft Council Conclusions'],
      ],
      codes: [],
      body: '1.\n\nThe EU Policy Cycle ',
      guessed: false,
      displaced: null,
    });
  });

  it('leaves a subject printed under its label alone, though the recipient above runs on over two lines', () => {
    const text = 'To:\tStanding Committee on Operational Cooperation on Internal Security\n(COSI)\nSubject:\tEMPACT after 2025\n\nThe Presidency …';
    expect(read(text).values).toEqual([
      ['to', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
      ['subject', 'EMPACT after 2025'],
    ]);
  });

  it('reads a sender the vocabulary does not know to the end of its line, and guesses where a run-on subject ends', () => {
    expect(
      read(
        'From:\nTo:\nSubject:\nMr A. SMITH, Director\nDelegations\nSecurity of energy supply - State of play In line with its conclusions, the Council will act. It will.',
      ),
    ).toEqual({
      values: [
        ['from', 'Mr A. SMITH, Director'],
        ['to', 'Delegations'],
        ['subject', 'Security of energy supply - State of play'],
      ],
      codes: [],
      body: 'In line with its conclus',
      guessed: true,
      displaced: null,
    });
  });

  it('reads recipients printed one a line under labels printed first as one value, the previous document after them', () => {
    const text =
      'From:\nTo:\nNo. prev. doc.:\nSubject:\nPresidency\nCOSI\nPermanent Representatives Committee\nCouncil\n6120/24\nDraft conclusions\n\n1. The Presidency …';
    expect(read(text).values).toEqual([
      ['from', 'Presidency'],
      ['to', 'COSI Permanent Representatives Committee Council'],
      ['previous', '6120/24'],
      ['subject', 'Draft conclusions'],
    ]);
  });

  it('keeps a line that is no document number as header text instead of dropping it as the previous document', () => {
    const text = 'From:\nTo:\nNo. prev. doc.:\nSubject:\nPresidency\nDelegations\nWorking Party on Frontiers report\nDraft conclusions\n\n1. The Presidency …';
    const block = readBlock(text, findLabels(text));
    expect(block.values.map(({ field }) => field)).not.toContain('previous');
    expect(block.otherText.map(({ text: kept }) => kept.trim())).toEqual(['Working Party on Frontiers report']);
    expect(block.unplaced.map((label) => label.field)).toEqual(['previous']);
  });

  it('cuts a recipient named as a person where the next label’s document number follows it on a joined line', () => {
    const text =
      'To:\nNo. Cion doc.:\nSubject:\nMr Jeppe TRANHOLM-MIKKELSEN, Secretary-General of the Council of the European Union SWD(2021) 92 final\nDraft report\n\n1. The …';
    expect(read(text).values).toEqual([
      ['to', 'Mr Jeppe TRANHOLM-MIKKELSEN, Secretary-General of the Council of the European Union'],
      ['commission', 'SWD(2021) 92 final'],
      ['subject', 'Draft report'],
    ]);
  });
});

describe('readBlock: a format code a page run into one line printed at the end of the venue, before `Format:`', () => {
  const CASES = [
    ['Venue: COUNCIL EUROPA BUILDING Rue de la Loi 155, 1048 BRUSSELS 1 Format:', 'COUNCIL EUROPA BUILDING Rue de la Loi 155, 1048 BRUSSELS', '1'],
    ['Lieu: CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES 2 Format :', 'CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES', '2'],
    ['Ort: RAT EUROPA-GEBÄUDE Rue de la Loi 155, 1048 BRÜSSEL 1+2+1 Format:', 'RAT EUROPA-GEBÄUDE Rue de la Loi 155, 1048 BRÜSSEL', '1+2+1'],
    [
      'Luogo: CONSIGLIO EDIFICIO EUROPA Rue de la Loi 175, 1048 BRUXELLES 1 + 2 Formato:',
      'CONSIGLIO EDIFICIO EUROPA Rue de la Loi 175, 1048 BRUXELLES',
      '1 + 2',
    ],
    ['Plaats: RAAD EUROPA-GEBOUW Rue de la Loi 155, 1048 BRUSSEL 3 Formaat:', 'RAAD EUROPA-GEBOUW Rue de la Loi 155, 1048 BRUSSEL', '3'],
  ] as const;

  it.each(CASES)('reads %s as the venue and the format, the body after the blank line', (line, venue, format) => {
    const read = readBlock(`${line}\n\n1. Adoption of the agenda 2. Information from the Presidency`, findLabels(line));
    expect(read.values.map(({ value }) => value.trim())).toEqual([venue, format]);
  });

  it('takes no figure of the venue but the last one, after a space, and none when the venue ends on a longer number', () => {
    const line = 'Venue: Justus Lipsius building, room 50.4 Format:';
    expect(readBlock(`${line}\n\n1. Adoption of the agenda`, findLabels(line)).values.map(({ value }) => value.trim())).not.toContain('4');
  });
});

describe('readBlock: the values of a header table plain pdftotext prints out of order', () => {
  it('gives the previous document’s number printed under the recipient, before its label standing bare above the next, to its label', () => {
    // a Hungarian note: the number on a line of its own, and joined to the recipient's last line as normalise.ts joins them
    for (const joint of ['\n', ' ']) {
      expect(
        read(
          `Küldi:\n\nElnökség\n\nCímzett:\n\nA belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság${joint}9012/25\n\nElőző dok. sz.:\nTárgy:\n\nA Tanács következtetéseinek tervezete\n\n1. Az Elnökség …`,
        ).values,
      ).toEqual([
        ['from', 'Elnökség'],
        ['to', 'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság'],
        ['previous', '9012/25'],
        ['subject', 'A Tanács következtetéseinek tervezete'],
      ]);
    }
  });

  it('leaves a number to the value it ends where the reference label has a value of its own, or no reference label follows', () => {
    expect(read('To:\tCOSI 8812/19\nNo. prev. doc.:\t8000/19\nSubject:\tDraft conclusions\n\nThe Presidency …').values).toEqual([
      ['to', 'COSI 8812/19'],
      ['previous', '8000/19'],
      ['subject', 'Draft conclusions'],
    ]);
    expect(read('From:\tPresidency\nTo:\n\nDelegations\n8812/19\n\nSubject:\n\nDraft conclusions\n\nThe Presidency …').values.map(([field]) => field)).toEqual([
      'from',
      'to',
      'subject',
    ]);
  });

  it('reads a Council and a Commission reference apart by a dash as one value, but not a dash opening the next value', () => {
    expect(read('No. Cion doc.:\nSubject:\n\n9124/23 - COM(2023) 234 final\nProposal for a Regulation\n\nDelegations will find …').values).toEqual([
      ['commission', '9124/23 - COM(2023) 234 final'],
      ['subject', 'Proposal for a Regulation'],
    ]);
    expect(read('No. prev. doc.:\nSubject:\n\n8812/19\n- Draft Council conclusions\n\nDelegations will find …').values).toEqual([
      ['previous', '8812/19'],
      ['subject', '- Draft Council conclusions'],
    ]);
  });
});

describe('readBlock: the agenda’s heading under a notice’s hour, the header’s last value', () => {
  it('ends the hour where the heading opens, on its own line or on a page run into one line', () => {
    expect(read('Venue:\tCOUNCIL Rue de la Loi 175, 1048 Brussels\nTime:\t10.00\nProvisional agenda\n1. Adoption of the agenda')).toMatchObject({
      values: [
        ['other', 'COUNCIL Rue de la Loi 175, 1048 Brussels'],
        ['other', '10.00'],
      ],
      body: 'Provisional agenda\n1. Ad',
    });
    expect(read('Venue: COUNCIL Rue de la Loi 175, 1048 Brussels Time: 9.30 – 13.00 PROVISIONAL AGENDA 1. Adoption of the agenda')).toMatchObject({
      values: [
        ['other', 'COUNCIL Rue de la Loi 175, 1048 Brussels'],
        ['other', '9.30 – 13.00'],
      ],
      body: 'PROVISIONAL AGENDA 1. Ad',
    });
  });
});

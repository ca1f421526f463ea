import { describe, expect, it } from 'vitest';
import { starNotes } from '../../../../../scripts/ingest/parse/items/item-marks.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../../../../../src/shared/source-text.ts';

const cut = (texts: string[]) => {
  const { text, marked } = starNotes(
    texts.map((line, index) => ({ text: line, line: index + 1 })),
    (line) => line.text,
  );
  return { text: text.map((line) => line.text), marked: marked.map(({ mark, text: note }) => [mark, note]) };
};

describe('starNotes: a note marked with stars under a glued call is no text of the document', () => {
  it('reads the note a glued call above calls, in every form of the call', () => {
    for (const call of ['INTCEN*', 'INTCEN(*)', 'INTCEN^{*}', 'INTCEN *)']) {
      const lines = [`1. The Presidency invites delegations to take note of the assessment by ${call} and`, 'of the follow-up.', ''];
      expect(cut([...lines, '* Restricted session: Member States and the Commission only.'])).toEqual({
        text: lines,
        marked: [['*', 'Restricted session: Member States and the Commission only.']],
      });
    }
    expect(cut(['dans le document CM 2210/24*.', '(*) Session restreinte.']).marked).toEqual([['*', 'Session restreinte.']]);
  });

  it('reads * and ** notes in a row, and joins a note’s wrapped lines', () => {
    const lines = [
      'présentée par l’INTCEN** et le suivi du document CM 2210/24*.',
      '',
      '* Session restreinte.',
      '** Document classifié, disponible sur',
      'le portail des délégués.',
      'Suite du texte.',
    ];
    expect(cut(lines)).toEqual({
      text: ['présentée par l’INTCEN** et le suivi du document CM 2210/24*.', '', 'Suite du texte.'],
      marked: [
        ['*', 'Session restreinte.'],
        ['**', 'Document classifié, disponible sur le portail des délégués.'],
      ],
    });
  });

  it('reads no note without a call above it, and no bullet list as notes', () => {
    const bullets = ['Die Bewertung durch INTCEN* betrifft:', '* die Rückkehrer;', '* die Radikalisierung im Internet.'];
    expect(cut(bullets)).toEqual({ text: bullets, marked: [] });
    const uncalled = ['Delegations are invited to note:', '* Restricted session.'];
    expect(cut(uncalled)).toEqual({ text: uncalled, marked: [] });
    const later = ['* Restricted session.', 'presented by INTCEN*.'];
    expect(cut(later)).toEqual({ text: later, marked: [] });
  });

  it('reads a list of one bullet under a lead-in as the list it is, in any language', () => {
    for (const lines of [
      ['The assessment by INTCEN* covers:', '* the threat from returning foreign fighters.'],
      ['Die Bewertung durch INTCEN* umfasst:', '* die Rückkehrer aus Konfliktgebieten.'],
      ["L'évaluation présentée par l'INTCEN** porte sur :", '** la radicalisation en ligne.'],
      ['Ocena przedstawiona przez INTCEN* obejmuje:', '* zagrożenie ze strony powracających bojowników.'],
    ]) {
      expect(cut(lines)).toEqual({ text: lines, marked: [] });
    }
    const note = ['The assessment by INTCEN* covers the threat from returning fighters.', '* Restricted session.'];
    expect(cut(note).marked).toEqual([['*', 'Restricted session.']]);
  });

  it('reads the words of no line without a star, and leaves a document whose stars are bold markup whole', () => {
    const lines = ['**1. Adoption of the agenda**', 'The Presidency informed delegations.', '', '**2. Any other business**'];
    const read: string[] = [];
    const { text, marked } = starNotes(
      lines.map((line, index) => ({ text: line, line: index + 1 })),
      (line) => {
        read.push(line.text);
        return line.text.replaceAll('**', '');
      },
    );
    expect({ text: text.map((line) => line.text), marked }).toEqual({ text: lines, marked: [] });
    expect(read).toEqual(['**1. Adoption of the agenda**', '**2. Any other business**']);
  });

  it('takes no bold or italic Markdown for a call', () => {
    const lines = ['**Subject:** threat assessment*', '* Restricted session.'];
    expect(cut(lines)).toEqual({ text: lines, marked: [] });
    const italic = ['the *restricted* session', '* Member States only.'];
    expect(cut(italic)).toEqual({ text: italic, marked: [] });
  });
});

const plainNote = (language: string, body: string) =>
  `Council of the\nEuropean Union\n\nBrussels, 12 March 2025\n(OR. en)\n\n7311/25\nCOSI 51\nENFOPOL 105\n\nNOTE\nFrom:\nTo:\nSubject:\n\nPresidency\nStanding Committee on Operational Cooperation on Internal Security\nTerrorist threat assessment – follow-up\n\n${body}\n7311/25\nJAI.1\n\nJV/np\n\n1\n${language}\n`;

const ok = (text: string) => {
  const record = parseDocument(text, 'note.txt');
  if (record.status !== 'ok') throw new Error('expected an ok record');
  return record;
};

describe('parseDocument reads a note’s * footnote at its page’s foot', () => {
  it('in plain pdftotext, English and French, * and **', () => {
    const english = ok(
      plainNote(
        'EN',
        '1. The Presidency invites delegations to take note of the assessment presented by INTCEN* and\nof the follow-up set out in CM 2210/24.\n2. The Committee is invited to endorse the way forward.\n\n* Restricted session: Member States and the Commission only.',
      ),
    );
    expect(english.footnotes.map((note) => [note.mark, note.label, blocksPlain(note.text)])).toEqual([
      ['*', 'asterisk', 'Restricted session: Member States and the Commission only.'],
    ]);
    expect(english.sections.map((section) => blocksPlain(section.text)).join('\n')).not.toContain('Restricted session');
    const french = ok(
      plainNote(
        'FR',
        "1. La présidence invite les délégations à prendre note de l'évaluation présentée par\nl'INTCEN** et du suivi exposé dans le document CM 2210/24*.\n\n* Session restreinte: États membres et Commission uniquement.\n** Document classifié, disponible sur\nle portail des délégués.",
      ),
    );
    expect(french.footnotes.map((note) => [note.mark, note.label, blocksPlain(note.text)])).toEqual([
      ['*', 'asterisk', 'Session restreinte: États membres et Commission uniquement.'],
      ['**', 'asterisk2', 'Document classifié, disponible sur le portail des délégués.'],
    ]);
  });

  it('in pdftotext -layout with the PDF reader’s superscript mark, in German', () => {
    const german = ok(
      plainNote(
        'DE',
        '1.     Der Vorsitz ersucht die Delegationen, die von INTCEN^{*} vorgelegte Bewertung und die\n       Folgemaßnahmen in Dokument CM 2210/24 zur Kenntnis zu nehmen.\n\n   ^{*} Sitzung im engeren Kreis: nur Mitgliedstaaten und\n   Kommission.',
      ),
    );
    expect(german.footnotes.map((note) => [note.mark, blocksPlain(note.text)])).toEqual([
      ['*', 'Sitzung im engeren Kreis: nur Mitgliedstaaten und Kommission.'],
    ]);
  });

  it('on a page run into one line without numbered paragraphs, the call linked to its note, in English and German', () => {
    const flat = (language: string, body: string) =>
      `Council of the European Union Brussels, 12 March 2025 (OR. en) 7311/25 LIMITE COSI 51 ENFOPOL 105 NOTE From: Presidency To: Standing Committee on Operational Cooperation on Internal Security Subject: Terrorist threat assessment – follow-up ${body} 7311/25 JV/np 1 JAI.1 LIMITE ${language}\n`;
    const english = ok(
      flat(
        'EN',
        'The Presidency invites delegations to take note of the assessment presented by INTCEN* and of the follow-up set out in CM 2210/24. The Committee is invited to endorse the way forward set out in this note. * Restricted session: Member States and the Commission only.',
      ),
    );
    const german = ok(
      flat(
        'DE',
        'Der Vorsitz ersucht die Delegationen, die von INTCEN(*) vorgelegte Bewertung und die Folgemaßnahmen in Dokument CM 2210/24 zur Kenntnis zu nehmen. Der Ausschuss wird ersucht, das weitere Vorgehen zu billigen. (*) Sitzung im engeren Kreis: nur Mitgliedstaaten und Kommission.',
      ),
    );
    for (const [record, note] of [
      [english, 'Restricted session: Member States and the Commission only.'],
      [german, 'Sitzung im engeren Kreis: nur Mitgliedstaaten und Kommission.'],
    ] as const) {
      expect(record.footnotes.map((footnote) => [footnote.mark, footnote.label, blocksPlain(footnote.text)])).toEqual([['*', 'asterisk', note]]);
      const text = record.sections.flatMap((section) => section.text);
      expect(blocksPlain(text)).not.toContain('*');
      expect(text.flatMap((block) => block.inline.filter((part) => part.type === 'footnote'))).toEqual([{ type: 'footnote', label: 'asterisk' }]);
    }
  });

  it('leaves a bullet list under a call as the note’s text', () => {
    const record = ok(
      plainNote(
        'EN',
        '1. The assessment by INTCEN* covers:\n* the threat from returning fighters;\n* online radicalisation.\n2. The Committee is invited to endorse it.',
      ),
    );
    expect(record.footnotes).toEqual([]);
    expect(record.sections.map((section) => blocksPlain(section.text)).join('\n')).toContain('online radicalisation.');
  });
});

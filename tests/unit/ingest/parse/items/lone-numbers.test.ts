import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeLoneNumbers } from '../../../../../scripts/ingest/parse/items/lone-numbers.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../../support/projection.ts';

const closed = (text: string) => closeLoneNumbers(text.split('\n').map((line, index) => ({ text: line, line: index + 1 }))).map((entry) => entry.text);

describe('closeLoneNumbers', () => {
  it('sets a part’s sub-number without a closing dot back before its title under its parent’s number (`2.1`, blank, `Future of internal security`), no figure or time', () => {
    // plain pdftotext of the Council's report 6543/25: `2.` then `2.1` each alone, a blank line before its title
    expect(closed('2.\n\nHORIZONTAL MATTERS\n\n2.1\n\nFuture of internal security\n\n3.10 Cybercrime')).toEqual([
      '2.\tHORIZONTAL MATTERS',
      '',
      '2.1\tFuture of internal security',
      '',
      '3.10 Cybercrime',
    ]);
    // no parent opened a line above: a figure (`2.5` million) or a time (`10.30`) alone stays apart
    expect(closed('2.5\n\nMillion euros were spent.\n\n10.30\n\nOpening of the meeting')).toEqual([
      '2.5',
      '',
      'Million euros were spent.',
      '',
      '10.30',
      '',
      'Opening of the meeting',
    ]);
  });

  it('sets a contents entry’s page back on its row after its title (`2.1`, blank, `Future of internal security`, blank, `6`), its number on the title’s line too', () => {
    expect(closed('Table of Contents\n2.\n\nHORIZONTAL MATTERS\n\n6\n\n2.1\n\nFuture of internal security\n\n6\n\n3.10 Cybercrime\n\n16')).toEqual([
      'Table of Contents',
      '2.\tHORIZONTAL MATTERS\t6',
      '',
      '2.1\tFuture of internal security\t6',
      '',
      '3.10 Cybercrime\t16',
    ]);
    // outside a contents a figure under a title stays the text's (`2.`, `Statistics`, `6`)
    expect(closed('2.\n\nStatistics\n\n6')).toEqual(['2.\tStatistics', '', '6']);
  });

  it('sets a sub-number back before its title right under it, as a viewer copies plain pdftotext (no blank line), and a contents entry with its page', () => {
    // a viewer's copy of the plain pdftotext of 6543/25: the body's `2.1` right over its title, no figure under no parent
    expect(closed('2. HORIZONTAL MATTERS\n2.1\nFuture of internal security\nCOSI exchanged views.')).toEqual([
      '2. HORIZONTAL MATTERS',
      '2.1\tFuture of internal security',
      'COSI exchanged views.',
    ]);
    expect(closed('2.5\nMillion euros were spent.')).toEqual(['2.5', 'Million euros were spent.']);
    // under a contents heading: any number over its title, the page right under the title, and a number on its title's line
    expect(
      closed(
        'Table of Contents\n1.\nEXECUTIVE SUMMARY\n4\n2.\nHORIZONTAL MATTERS\n6\n2.1\nFuture of internal security\n6\n3.10 Cybercrime\n16\n1. EXECUTIVE SUMMARY',
      ),
    ).toEqual([
      'Table of Contents',
      '1.\tEXECUTIVE SUMMARY\t4',
      '2.\tHORIZONTAL MATTERS\t6',
      '2.1\tFuture of internal security\t6',
      '3.10 Cybercrime\t16',
      '1. EXECUTIVE SUMMARY',
    ]);
  });

  it('leaves the last of a column of numbers apart from the column of titles under it (a contents printed column by column: `3.8` / `3.9`, blank, titles)', () => {
    expect(closed('Table of Contents\n3.\n3.8\n3.9\n\nEXECUTIVE SUMMARY\nSERIOUS CRIME')).toEqual([
      'Table of Contents',
      '3.',
      '3.8',
      '3.9',
      '',
      'EXECUTIVE SUMMARY',
      'SERIOUS CRIME',
    ]);
  });

  it('sets a notice item’s number back before its title opening with the bare mark that calls a note, as before a bracketed one', () => {
    // plain pdftotext of a notice whose titles open with their marks (`* Migrant smuggling …`, `**) Sachstand`, `(*) Trafic …`)
    for (const title of ['* Migrant smuggling: operational cooperation with third countries', '**) Sachstand', '(*) Trafic de migrants', '*** “Hotspots”']) {
      expect(closed(`3.\n\n${title}\n6120/26 + COR 1\n\n4.\n\nAny other business`)).toEqual([`3.\t${title}`, '6120/26 + COR 1', '', '4.\tAny other business']);
    }
    // a bare star that no title follows stays apart (a footnote's mark, a rule of stars)
    expect(closed('3.\n\n* 5512/26\n\n4.\n\n***')).toEqual(['3.', '', '* 5512/26', '', '4.', '', '***']);
  });

  it('sets a question’s number in brackets back before its question, as plain pdftotext prints the label apart (`1)`, blank, `Do delegations …?`)', () => {
    expect(closed('questions:\n\n1)\n\nDo delegations agree?\n\n(2)\n\nWhich results?')).toEqual([
      'questions:',
      '',
      '1)\tDo delegations agree?',
      '',
      '(2)\tWhich results?',
    ]);
  });

  it('leaves a paragraph withheld and left blank as its number alone: plain pdftotext prints it right above the next (`4.` / `5.`)', () => {
    // As plain pdftotext prints council-pdf-lo/ext-declassification: the lone `4.` a paragraph left blank, `5.` the one
    // with the questions, whose points' labels print under its text and above theirs, in English, German and French.
    const versions = [
      ['In the light of the above, delegations are invited to reply to the following questions:', 'What measures have been taken at national level?'],
      ['Vor diesem Hintergrund werden die Delegationen ersucht, folgende Fragen zu beantworten:', 'Welche Maßnahmen wurden auf nationaler Ebene ergriffen?'],
      [
        'Compte tenu de ce qui précède, les délégations sont invitées à répondre aux questions suivantes :',
        'Quelles mesures ont été prises au niveau national ?',
      ],
    ];
    for (const [opening, question] of versions) {
      for (const label of ['(a)', 'a)']) {
        const second = label.replace('a', 'b');
        expect(closed(`3.\n\nThe text of paragraph 3.\n\n4.\n5.\n\n${opening}\n${label}\n\n${question}\n\n${second}\n\nDELETED`)).toEqual([
          '3.\tThe text of paragraph 3.',
          '',
          '4.',
          `5.\t${opening}`,
          `${label}\t${question}`,
          '',
          `${second}\tDELETED`,
        ]);
      }
    }
  });

  it('sets a point the Greek version letters in its alphabet back before its text, as plain pdftotext prints it alone (`α)` / `Συμφωνούν …`)', () => {
    const lead = 'Η Προεδρία καλεί τις αντιπροσωπίες να απαντήσουν στις ακόλουθες ερωτήσεις:';
    const first = 'Συμφωνούν οι αντιπροσωπίες ότι ο αριθμός των προτεραιοτήτων θα πρέπει να μειωθεί;';
    const second = 'Σε ποια αποτελέσματα θα πρέπει να βασιστεί ο επόμενος κύκλος;';
    expect(closed(`${lead}\n\nα)\n\n${first}\n\nβ)\n\n${second}`)).toEqual([lead, '', `α)\t${first}`, '', `β)\t${second}`]);
  });

  it('sets a point the Bulgarian version letters in Cyrillic back before its text, as plain pdftotext prints it alone (`а)` / `Съгласни ли …`)', () => {
    const lead = 'Делегациите се приканват да отговорят на следните въпроси:';
    const first = 'Съгласни ли са делегациите, че броят на приоритетите следва да бъде намален?';
    const second = 'Върху кои резултати следва да се основава следващият цикъл?';
    expect(closed(`${lead}\n\nа)\n\n${first}\n\nб)\n\n${second}`)).toEqual([lead, '', `а)\t${first}`, '', `б)\t${second}`]);
  });

  it('leaves a paragraph withheld and left blank as its number alone where the next paragraph’s text runs over two lines, a plain paragraph under it', () => {
    // `4.` / `5.` printed one under the other: had `4.` a text, a one-line one, `5.` would stand right under it; a text
    // over two lines under the labels is the last label's, and the plain paragraph below it no label's.
    const versions = [
      [
        ['In the light of the above, delegations are invited to reply to the questions set out', 'in the Annex by 15 May 2019.'],
        'The replies will be compiled by the General Secretariat.',
      ],
      [
        ['Vor diesem Hintergrund werden die Delegationen ersucht, die Fragen in der Anlage', 'bis zum 15. Mai 2019 zu beantworten.'],
        'Die Antworten werden vom Generalsekretariat zusammengestellt.',
      ],
      [
        ['Compte tenu de ce qui précède, les délégations sont invitées à répondre aux questions', "figurant à l'annexe au plus tard le 15 mai 2019."],
        'Les réponses seront compilées par le Secrétariat général.',
      ],
    ] as const;
    for (const [[first, second], plain] of versions) {
      expect(closed(`3.\n\nThe text of paragraph 3.\n\n4.\n5.\n\n${first}\n${second}\n\n${plain}`)).toEqual([
        '3.\tThe text of paragraph 3.',
        '',
        '4.',
        `5.\t${first}`,
        second,
        '',
        plain,
      ]);
    }
  });

  it.each([
    ['en', 'Format:', 'Adoption of the agenda', '2.\tInformation from the Presidency'],
    ['fr', 'Format :', "Adoption de l'ordre du jour", '2.'],
    ['de', 'Ort:', 'Annahme der Tagesordnung', '2.\tInformationen des Vorsitzes'],
  ])('sets the agenda’s first number back on its title under a notice’s last label alone, the next number below it (%s)', (_language, label, title, next) => {
    expect(closed(`${label}\n\n1.\n\n${title}\n\n${next}`)).toEqual([label, '', `1.\t${title}`, '', next]);
  });

  it('keeps a number alone under a bare label where no next number follows its title: the label’s value below it', () => {
    expect(closed('Subject:\n\n1.\n\nGeneral Secretariat of the Council\n\nDelegations')).toEqual([
      'Subject:',
      '',
      '1.',
      '',
      'General Secretariat of the Council',
      '',
      'Delegations',
    ]);
  });

  it('still sets back the labels of a page’s last rows, each before its own text (`(c)` / `3.`)', () => {
    expect(closed('(c)\n3.\n\nthe funding of the joint operations;\n\nThe draft conclusions are annexed.')).toEqual([
      '(c)\tthe funding of the joint operations;',
      '',
      '3.\tThe draft conclusions are annexed.',
    ]);
  });

  it('reads the plain pdftotext rendering of ext-declassification as the PDF: no section made of the blank paragraph', () => {
    const path = 'tests/fixtures/council-pdf-lo/ext-declassification/pdftotext.txt';
    const record = expectOk(parseDocument(readFileSync(path, 'utf8'), path));
    expect(record.sections.map(({ number, title }) => ({ number, title }))).toEqual([{ number: null, title: null }]);
    const paragraphs = record.sections.flatMap((section) =>
      section.text.map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join('')),
    );
    expect(paragraphs).toContain('4.');
    expect(paragraphs).toContain('5. In the light of the above, delegations are invited to reply to the following questions:');
    expect(paragraphs).toContain(
      '(a) What measures have been taken at national level to share information on released prisoners with the other Member States?',
    );
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { recordSchema } from '../../../../src/schemas/record.ts';
import { blocksPlain } from '../../../../src/shared/source-text.ts';

const HEADER =
  'Brussels, 25 November 2025\n(OR. en)\n\n15912/25\n\nCOSI 237\n\nOUTCOME OF PROCEEDINGS\n\nFrom:\tGeneral Secretariat of the Council\nOn:\t18 and 19 November 2025\nTo:\tDelegations\nSubject:\tOutcome\n\n';

describe('parseDocument', () => {
  it('gives a valid ok record for every seed', () => {
    for (const name of ['000_fcebac5ee47826ac', '001_a69fd2a43e7584cc', '002_e25e8abf6c082c01', '003_4dba75d703f3f065', '004_3542f36dac911e8f']) {
      const source = `content/sources/${name}.txt`;
      const record = parseDocument(readFileSync(source, 'utf8'), source);
      expect(recordSchema.parse(record)).toMatchObject({ status: 'ok', source });
    }
  });

  it('keeps item text as the source gives it, footnote calls as data, and finds the decisions of the item', () => {
    const record = parseDocument(
      `${HEADER}1. Adoption of the agenda\n\nThe agenda was adopted as set out in CM 4578/2/24 REV2<sup>1</sup>. <script>x</script>\n\n<sup>1</sup> See also WK 13949/2021.\n`,
      'x.txt',
    );
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items[0]).toEqual({
      number: '1',
      title: 'Adoption of the agenda',
      titleFootnotes: [],
      section: null,
      day: null,
      dayPrinted: null,
      text: [
        {
          list: null,
          inline: [
            { type: 'text', value: 'The agenda was adopted as set out in CM 4578/2/24 REV2' },
            { type: 'footnote', label: '1' },
            { type: 'text', value: '. <script>x</script>' },
          ],
        },
      ],
      sentences: ['The agenda was adopted as set out in CM 4578/2/24 REV2.'],
      decisions: [{ by: null, verb: 'adopted', object: 'the agenda as set out in CM 4578/2/24 REV2', references: ['CM 4578/2/24 REV 2'], sentence: 0 }],
      references: ['CM 4578/2/24 REV 2'],
    });
    expect(record.footnotes).toEqual([{ mark: '1', label: '1', text: [{ list: null, inline: [{ type: 'text', value: 'See also WK 13949/2021.' }] }] }]);
    expect(record.references.map((reference) => reference.id)).toEqual(['CM 4578/2/24 REV 2', 'WK 13949/2021']);
    expect(record.meeting).toEqual({ dates: ['2025-11-18', '2025-11-19'] });
  });

  it("never lists the document's own number among its references", () => {
    const record = parseDocument(`${HEADER}1. Corrigendum\n\nThis document, 15912/25, replaces 15000/25.\n`, 'x.txt');
    expect(record.status === 'ok' && record.references.map((reference) => reference.id)).toEqual(['15000/25']);
  });

  it('reports an empty file as an error of the whole file', () => {
    expect(parseDocument(' \n\uFEFF\n', 'empty.txt')).toEqual({
      source: 'empty.txt',
      status: 'error',
      error: { file: 'empty.txt', line: 0, message: 'expected a Council document, found an empty file' },
    });
  });

  it('names what the header lacks and where', () => {
    const noNumber = parseDocument('\nBrussels, 25 November 2025\n\nSubject: x\n\nText.', 'a.txt');
    expect(noNumber).toMatchObject({ status: 'error', error: { file: 'a.txt', line: 2 } });
    expect(noNumber.status === 'error' && noNumber.error.message).toMatch(/expected a Council document number/);
  });

  it('writes a document whose header prints no date it can read undated, with a warning naming the header, its text kept', () => {
    const shapes = {
      none: '15912/25\n\nSubject: x\n\n1. Introduction\n\nText of the note.',
      misspelt:
        'Council of the European Union\n\nBrussels, 12 Marsch 2026\n\n15912/25\n\nNOTE\n\nFrom:\tPresidency\nTo:\tDelegations\nSubject:\tx\n\n1. Introduction\n\nText of the note.',
      cut: 'Conseil de l’Union européenne\n\nBruxelles, le 12\n\n15912/25\n\nNOTE\n\nOrigine:\tPrésidence\nDestinataire:\tDélégations\nObjet:\tx\n\n1. Introduction\n\nText of the note.',
    };
    for (const [shape, text] of Object.entries(shapes)) {
      const record = parseDocument(text, `${shape}.txt`);
      expect(record.status, shape).toBe('ok');
      if (record.status !== 'ok') continue;
      expect(record.date, shape).toBeNull();
      expect(record.number, shape).toBe('15912/25');
      expect(
        record.sections.map((section) => section.title),
        shape,
      ).toEqual(['Introduction']);
      expect(record.warnings.find((warning) => /no date read in the header/.test(warning.message))?.line, shape).toBe(1);
    }
  });

  it('takes the date from a place and date line standing alone right under a header that prints none, and only there, in the versions’ words', () => {
    const note = (placeDate: string, after = '') =>
      `Council of the European Union\n\n6790/26\n\nLIMITE\n\nNOTE\n\nFrom:\tPresidency\nTo:\tDelegations\nSubject:\tPreparation of the next EU Policy Cycle\n\n${placeDate}\n\n1. Introduction\n\nThe Presidency presents the note.\n${after}`;
    const read = (text: string) => {
      const record = parseDocument(text, 'below.txt');
      return record.status === 'ok' ? [record.date, record.place, record.warnings.map((warning) => warning.line)] : null;
    };
    expect(read(note('Brussels, 3 March 2026'))).toEqual(['2026-03-03', 'Brussels', [13]]);
    expect(read(note('Bruxelles, le 3 mars 2026'))).toEqual(['2026-03-03', 'Bruxelles', [13]]);
    expect(read(note('Brüssel, den 3. März 2026'))).toEqual(['2026-03-03', 'Brüssel', [13]]);
    expect(read(note('Luxembourg, 3 and 4 March 2026'))).toEqual(['2026-03-03', 'Luxembourg', [13]]);
    // the line stays in the text, where the page shows it
    const record = parseDocument(note('Brussels, 3 March 2026'), 'below.txt');
    expect(
      record.status === 'ok' && record.sections[0]?.text.map((block) => block.inline.map((part) => (part.type === 'text' ? part.value : '')).join('')),
    ).toEqual(['Brussels, 3 March 2026']);
    // not a Council seat, a second place and date further down (an annexed letter's), a line with more than the date: no date
    expect(read(note('Genève, 3 mars 2026'))?.[0]).toBeNull();
    expect(read(note('Brussels, 3 March 2026', '\nANNEX\n\nBrussels, 2 March 2026\n\nDear Chair,\n'))?.[0]).toBeNull();
    expect(read(note('Brussels, 3 March 2026 and Luxembourg'))?.[0]).toBeNull();
  });

  it('takes no date from a place and date line below the opening of the body (an annexed letter’s)', () => {
    const text =
      'Council of the European Union\n\n6791/26\n\nCOVER NOTE\n\nFrom:\tSecretary-General of the European Commission\nTo:\tGeneral Secretariat of the Council\nSubject:\tReport on the Security Union\n\nDelegations will find attached the Commission’s letter.\n\nEncl.: the letter\n\nEUROPEAN COMMISSION\n\nBrussels, 2 March 2026\n\nDear Secretary-General,\n';
    const record = parseDocument(text, 'letter.txt');
    expect(record.status === 'ok' && record.date).toBeNull();
  });

  it('reads the meeting days an undated outcome names in its subject, all of them (no date to hold them before)', () => {
    const record = parseDocument(
      'Brussels, 3 Marsch 2026\n\n6390/26\n\nOUTCOME OF PROCEEDINGS\n\nFrom:\tGeneral Secretariat of the Council\nTo:\tDelegations\nSubject:\tOutcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 24 and 25 February 2026\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n',
      'o.txt',
    );
    expect(record.status === 'ok' && [record.date, record.meeting]).toEqual([null, { dates: ['2026-02-24', '2026-02-25'] }]);
  });

  it('lists each meeting day once where the subject or the `On:` row names it twice', () => {
    const outcome = (rows: string, subject: string) =>
      parseDocument(
        `Brussels, 20 November 2025\n\n15110/25\n\nOUTCOME OF PROCEEDINGS\n\nFrom:\tGeneral Secretariat of the Council\nTo:\tDelegations\n${rows}Subject:\t${subject}\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n`,
        'o.txt',
      );
    const twiceInSubject = outcome(
      '',
      'Outcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 18 November 2025 and of its joint session with SCIFA on 18 November 2025',
    );
    expect(twiceInSubject.status === 'ok' && twiceInSubject.meeting).toEqual({ dates: ['2025-11-18'] });
    const twiceOn = outcome(
      'On:\t18 November 2025 (morning) and 18 November 2025 (afternoon)\n',
      'Outcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
    );
    expect(twiceOn.status === 'ok' && twiceOn.meeting).toEqual({ dates: ['2025-11-18'] });
  });

  it("never takes the previous document's or the Commission's number for the document's own: a copy that dropped the number is filed under its source's name", () => {
    // the shape of a parliament's copy of an I/A item note of 2008 that lost the Council's name and the number column
    const previous = parseDocument(
      'Brussels, 14 November 2008 (18.11)\n\n(OR. fr)\n\nfrom :\tGeneral Secretariat\n\nto :\tCOREPER/Council\n\nNo. prev. doc. :\t14020/2/08 REV 2 CIVCOM 601 CATS 90\n\nSubject :\tDraft conclusions on civilian missions\n\n1.\tThe Presidency presented draft conclusions.\n',
      'e.txt',
    );
    expect(previous).toMatchObject({ status: 'ok', number: 'Unnumbered (e.txt)', unnumbered: true, previous: ['14020/2/08 REV 2'] });
    const commission = parseDocument(
      'Brussels, 4 May 2018 (OR. en) From: Commission To: Council No. Cion doc.: 8361/18 FIN 349 Subject: Proposal for a regulation Delegations will find attached the proposal.',
      'f.txt',
    );
    expect(commission).toMatchObject({ status: 'ok', number: 'Unnumbered (f.txt)', unnumbered: true, commissionProposal: ['8361/18'] });
  });

  it('says so when the header holds a number whose first figures a copy dropped, and only then', () => {
    const cut = parseDocument(
      '1 COUNCIL OF THE EUROPEAN UNION Brussels, 4 November /1/11 REV 1 COPEN 281 NOTE from : Presidency to : delegations Subject : Manual The text.',
      'c.txt',
    );
    expect(cut.status === 'ok' && cut.warnings.map(({ message }) => message).join('\n')).toMatch(
      /it prints "\/1\/11 REV 1", a number whose first figures the copy dropped/,
    );
    const none = parseDocument('\nBrussels, 25 November 2025\n\nSubject: x and y\n\nText.', 'd.txt');
    expect(none.status === 'error' && none.error.message).not.toMatch(/first figures/);
  });

  it('returns a record for hostile input instead of throwing', () => {
    for (const text of ['\u0000\u0001\u0002', '*'.repeat(100_000), `${HEADER}${'[^1]'.repeat(10_000)}`, `${HEADER}${'¹ '.repeat(10_000)}`]) {
      expect(recordSchema.safeParse(parseDocument(text, 'h.txt')).success).toBe(true);
    }
  });

  it('returns a schema-valid record for any mix of Council text fragments', () => {
    const fragment = fc.constantFrom(
      '\n',
      '\n\n',
      '1. ',
      '6.1. ',
      '**',
      '<sup>1</sup>',
      '¹ ',
      '^{18, 19}',
      '- ',
      '  - ',
      '## ',
      'Any other business',
      'Items for discussion',
      '18 November 2025',
      'LIMITE',
      '15214/19 VL/MV 1 COMM EN',
      'COSI endorsed 1234/25.',
      '<script>',
      '[x](#)',
      '<https://a.eu/x>',
      'III',
      'Table of Contents',
      '\t',
      'a) ',
      'REV 1',
      'Subject:',
      '---',
      '\\*',
      'public-',
      'Text. ',
      '\r\n',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', HEADER, HEADER.replace('OUTCOME OF PROCEEDINGS', 'NOTE')),
        fc.array(fc.oneof(fragment, fc.string()), { maxLength: 40 }),
        (prefix, parts) => {
          const record = parseDocument(prefix + parts.join(''), 'f.txt');
          expect(recordSchema.safeParse(record).success).toBe(true);
          if (record.status === 'error') expect(record.error.message).not.toMatch(/^unexpected|invalid/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads 10,000 agenda items', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => `${index + 1}. Item ${index + 1}\n\nCOSI took note.\n`).join('\n');
    const record = parseDocument(`${HEADER}${items}`, 'big.txt');
    expect(record.status === 'ok' && record.items.length).toBe(10_000);
  });
});

describe('parseDocument on a note whose pages were run into one line each', () => {
  it('reads the footnotes each page prints before its footer as footnotes, numbered over the pages, their documents theirs', () => {
    const first =
      'Rat der Europäischen Union Brüssel, den 3. Mai 2019 (OR. en) 8812/19 LIMITE COSI 95 JAI 450 VERMERK Absender: Vorsitz Empfänger: Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) Betr.: Bekämpfung der Schleuserkriminalität 1. Der Vorsitz legt den Delegationen den Bericht über die Schleusung von Migranten vor, den Europol erstellt hat1. 2. Die Delegationen werden ersucht, ihre Bemerkungen bis zum 20. Mai 2019 zu übermitteln. 1 Dokument 8123/19. 8812/19 AB/cd 1 JAI.1 LIMITE DE';
    const second =
      '2 3. Der Ausschuss wird ersucht, die Schlussfolgerungen zu billigen, die in Dokument 7000/19 dargelegt sind2. 2 Siehe auch WK 4321/2019 und das Arbeitsdokument der Kommission. 8812/19 AB/cd 2 JAI.1 LIMITE DE';
    const record = parseDocument(`${first}\n${second}\n`, 'flat-de.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.footnotes.map((note) => [note.mark, blocksPlain(note.text)])).toEqual([
      ['1', 'Dokument 8123/19.'],
      ['2', 'Siehe auch WK 4321/2019 und das Arbeitsdokument der Kommission.'],
    ]);
    const body = record.sections.map((section) => blocksPlain(section.text)).join('\n');
    expect(body).toContain('den Europol erstellt hat.');
    expect(body).toContain('in Dokument 7000/19 dargelegt sind.');
    expect(body).not.toMatch(/Dokument 8123|Siehe auch|8812\/19 AB/);
    expect(record.references.map((reference) => reference.id)).toEqual(['8123/19', '7000/19', 'WK 4321/2019']);
  });
});

describe('parseDocument on bodies it cannot structure', () => {
  it('writes an outcome without numbered items as ok, its whole text in one block, with a warning at the first line of the body', () => {
    // HEADER ends with the Subject line (line 13) and a blank line; the body starts on line 15.
    const record = parseDocument(`${HEADER}The Committee met and exchanged views on the situation.\n\nIt will meet again in January.\n`, 'x.txt');
    expect(record).toMatchObject({ status: 'ok', items: [] });
    if (record.status !== 'ok') return;
    expect(record.sections.map((section) => blocksPlain(section.text)).join('\n')).toContain('It will meet again in January.');
    expect(record.warnings).toEqual([
      { line: 15, message: 'no agenda items found (numbered lines such as "1. Adoption of the agenda"): the text after the header is shown as one block' },
    ]);
  });

  it('writes a note without headings as ok, with a warning naming its first line of text', () => {
    const source = 'tests/fixtures/sources-page/unstructured.txt';
    const record = parseDocument(readFileSync(source, 'utf8'), source);
    expect(record).toMatchObject({ status: 'ok', number: '5133/24', kind: 'note' });
    if (record.status !== 'ok') return;
    expect(record.sections).toHaveLength(1);
    expect(blocksPlain(record.sections[0]?.text ?? [])).toContain('Delegations are invited to register their participants by 5 February 2024.');
    // Line 16 is "Delegations will find below information …", the first line after the Subject line and a blank line.
    expect(record.warnings).toEqual([
      {
        line: 16,
        message: 'no section headings found (lines such as "1. Introduction" or "## Presidency report"): the text after the header is shown as one block',
      },
    ]);
  });

  it('writes a header without any text after it as ok, with a warning at the last line of the header', () => {
    const record = parseDocument(
      'Brussels, 25 November 2025\n(OR. en)\n\n15912/25\n\nNOTE\n\nFrom:\tPresidency\nTo:\tDelegations\nSubject:\tNothing follows\n',
      'x.txt',
    );
    expect(record).toMatchObject({
      status: 'ok',
      sections: [],
      warnings: [{ line: 10, message: 'no text after the header: the document page shows the header only' }],
    });
  });

  it('gives the seeds, whose bodies all have items or headings, no warning', () => {
    for (const name of ['000_fcebac5ee47826ac', '001_a69fd2a43e7584cc', '002_e25e8abf6c082c01', '003_4dba75d703f3f065', '004_3542f36dac911e8f']) {
      const source = `content/sources/${name}.txt`;
      expect(parseDocument(readFileSync(source, 'utf8'), source)).toMatchObject({ status: 'ok', warnings: [] });
    }
  });
});

describe('parseDocument keeps the text it does not read as markup (issue 15, finding 7)', () => {
  /** The record of an outcome whose agenda is the given lines. */
  const outcome = (...lines: string[]) => {
    const record = parseDocument(`${HEADER}${lines.join('\n\n')}\n`, 'x.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    return record;
  };
  const line = 'CO² emissions per m³ (10^6 tonnes) **urgent**';

  it('keeps superscripts and carets that call no footnote, and reads a bold pair as bold, in a title and in a text', () => {
    const [item] = outcome(`1. ${line}`, line).items;
    expect(item?.title).toBe('CO² emissions per m³ (10^6 tonnes) urgent');
    expect(item?.text).toEqual([
      {
        list: null,
        inline: [
          { type: 'text', value: 'CO² emissions per m³ (10^6 tonnes) ' },
          { type: 'text', value: 'urgent', strong: true },
        ],
      },
    ]);
  });

  it('reads a superscript as a footnote call only where a footnote with that mark exists', () => {
    const [item] = outcome(`1. ${line}`, line, '³ Cubic metres of gas.').items;
    expect(item?.title).toBe('CO² emissions per m (10^6 tonnes) urgent');
    expect(item?.titleFootnotes).toEqual(['3']);
    expect(item?.text[0]?.inline).toContainEqual({ type: 'footnote', label: '3' });
  });

  it('keeps ** that opens or closes nothing as two visible asterisks', () => {
    const [item] = outcome('1. Powers', '2 ** 3 = 8 and a lone ** here.').items;
    expect(item?.text).toEqual([{ list: null, inline: [{ type: 'text', value: '2 ** 3 = 8 and a lone ** here.' }] }]);
  });

  it('keeps zero-width joiner and non-joiner, soft hyphen, word joiner, zero-width space and a backslash before punctuation', () => {
    const text = 'Fach\u00ADwerk می\u200Cخواهم 👩\u200D💻 a\u200Bb no\u2060break C:\\dir \\*';
    const [item] = outcome(`1. Title \\[draft\\] 👩\u200D💻`, text).items;
    expect(item?.title).toBe('Title \\[draft\\] 👩\u200D💻');
    expect(item?.text).toEqual([{ list: null, inline: [{ type: 'text', value: text }] }]);
  });

  it('gives a footnote whose mark is printed again a label of its own, and the call below each the footnote under it', () => {
    const record = outcome('1. First', 'See the first note¹.', '¹ The first footnote.', '2. Second', 'See the second note¹.', '¹ The second footnote.');
    expect(record.footnotes.map(({ mark, label }) => [mark, label])).toEqual([
      ['1', '1'],
      ['1', '1-2'],
    ]);
    expect(record.items.map((item) => item.text[0]?.inline.find((part) => part.type === 'footnote'))).toEqual([
      { type: 'footnote', label: '1' },
      { type: 'footnote', label: '1-2' },
    ]);
  });
});

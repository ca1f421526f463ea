import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { COVER_NOTES } from './support/cover-notes.ts';
import { withoutBlankLines } from './support/text-shapes.ts';

/**
 * A header table's labels printed first, a blank line under each, then its values in the same order, each cell a
 * paragraph of its own after a blank line, as plain `pdftotext` prints a register PDF's header table (`From:` / blank /
 * `To:` / blank / `No. prev. doc.:` / blank / `Subject:`, then `Presidency` / blank / `Standing Committee …` / blank /
 * `13210/25` / blank / `Preparation …`), the cell of a long value wrapped over its lines. Each label takes its own value,
 * in plain `pdftotext`, in the page run into one line and in a copy without blank lines.
 */

/** A Presidency note to COSI citing the document before it, written by hand in one version's words. */
interface Note {
  institution: string;
  placeDate: string;
  kind: string;
  labels: readonly [from: string, to: string, previous: string, subject: string];
  /** The cells' lines: a cell wrapped in the table prints several. */
  from: readonly string[];
  to: readonly string[];
  subject: readonly string[];
  /** The body's first numbered paragraph. */
  opening: string;
}

const NOTES: Record<string, Note> = {
  en: {
    institution: 'Council of the European Union',
    placeDate: 'Brussels, 14 November 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'No. prev. doc.:', 'Subject:'],
    from: ['Presidency'],
    to: ['Standing Committee on Operational Cooperation on', 'Internal Security (COSI)'],
    subject: ['Preparation of the next EU Policy Cycle for organised and serious', 'international crime - state of play'],
    opening: '1. The Presidency invites delegations to take note of the state of play set out below.',
  },
  fr: {
    institution: "Conseil de l'Union européenne",
    placeDate: 'Bruxelles, le 14 novembre 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'N° doc. préc.:', 'Objet:'],
    from: ['présidence'],
    to: ['Comité permanent de coopération opérationnelle en matière de', 'sécurité intérieure (COSI)'],
    subject: ['Préparation du prochain cycle politique de l’UE pour lutter contre la', 'grande criminalité internationale organisée - état des lieux'],
    opening: '1. La présidence invite les délégations à prendre note de l’état des lieux exposé ci-après.',
  },
  de: {
    institution: 'Rat der Europäischen Union',
    placeDate: 'Brüssel, den 14. November 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Nr. Vordok.:', 'Betr.:'],
    from: ['Vorsitz'],
    to: ['Ständiger Ausschuss für die operative Zusammenarbeit im', 'Bereich der inneren Sicherheit (COSI)'],
    subject: ['Vorbereitung des nächsten EU-Politikzyklus zur Bekämpfung der', 'organisierten und schweren internationalen Kriminalität - Sachstand'],
    opening: '1. Der Vorsitz ersucht die Delegationen, den nachstehenden Sachstand zur Kenntnis zu nehmen.',
  },
  es: {
    institution: 'Consejo de la Unión Europea',
    placeDate: 'Bruselas, 14 de noviembre de 2025',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'N.º doc. prec.:', 'Asunto:'],
    from: ['Presidencia'],
    to: ['Comité Permanente de Cooperación Operativa en materia de Seguridad', 'Interior (COSI)'],
    subject: ['Preparación del próximo ciclo de actuación de la UE contra la', 'delincuencia internacional grave y organizada - situación actual'],
    opening: '1. La Presidencia invita a las delegaciones a tomar nota de la situación que se expone a continuación.',
  },
  it: {
    institution: "Consiglio dell'Unione europea",
    placeDate: 'Bruxelles, 14 novembre 2025',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'n. doc. prec.:', 'Oggetto:'],
    from: ['presidenza'],
    to: ['Comitato permanente per la cooperazione operativa in materia di', 'sicurezza interna (COSI)'],
    subject: ['Preparazione del prossimo ciclo programmatico dell’UE per contrastare la', 'criminalità internazionale grave e organizzata - stato dei lavori'],
    opening: '1. La presidenza invita le delegazioni a prendere atto dello stato dei lavori illustrato di seguito.',
  },
  pl: {
    institution: 'Rada Unii Europejskiej',
    placeDate: 'Bruksela, 14 listopada 2025 r.',
    kind: 'NOTA',
    labels: ['Od:', 'Do:', 'Nr poprz. dok.:', 'Dotyczy:'],
    from: ['Prezydencja'],
    to: ['Komitet Stały ds. Współpracy Operacyjnej w dziedzinie', 'Bezpieczeństwa Wewnętrznego (COSI)'],
    subject: ['Przygotowanie kolejnego cyklu polityki UE w zakresie zwalczania', 'poważnej międzynarodowej przestępczości zorganizowanej - stan prac'],
    opening: '1. Prezydencja zwraca się do delegacji o przyjęcie do wiadomości przedstawionego poniżej stanu prac.',
  },
  hu: {
    institution: 'Az Európai Unió Tanácsa',
    placeDate: 'Brüsszel, 2025. november 14.',
    kind: 'FELJEGYZÉS',
    labels: ['Küldi:', 'Címzett:', 'Előző dok. sz.:', 'Tárgy:'],
    from: ['az elnökség'],
    to: ['a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó', 'állandó bizottság (COSI)'],
    subject: ['A súlyos és szervezett nemzetközi bűnözés elleni következő uniós', 'szakpolitikai ciklus előkészítése - a munka jelenlegi állása'],
    opening: '1. Az elnökség felkéri a delegációkat, hogy vegyék tudomásul az alábbiakban ismertetett helyzetet.',
  },
};

/**
 * A page as plain `pdftotext` prints a register PDF whose header table's labels come first: the Council's name, the
 * place and date, the number and codes (`sheet`, as printed between them), the kind, then each label, each cell of
 * values (a wrapped cell's lines together), each paragraph of the body and each piece of the footer, each followed by a
 * blank line.
 */
function labelsFirstPage(page: {
  institution: string;
  placeDate: string;
  sheet: readonly string[];
  kind: string;
  labels: readonly string[];
  cells: readonly (readonly string[])[];
  paragraphs: readonly string[];
  footer: readonly string[];
}): string {
  const blocks = [
    ...page.labels.map((label) => [label]),
    ...page.cells,
    ...page.paragraphs.map((paragraph) => [paragraph]),
    ...page.footer.map((piece) => [piece]),
  ];
  return [page.institution, '', page.placeDate, ...page.sheet, '', page.kind, '', ...blocks.flatMap((lines) => [...lines, ''])].join('\n');
}

/** The note's page as plain `pdftotext` prints it: the header table's labels, then its cells, each after a blank line; the two-line footer in pieces. */
function notePage(note: Note, language: string): string {
  return labelsFirstPage({
    institution: note.institution,
    placeDate: note.placeDate,
    sheet: ['(OR. en)', '', '14123/25', '', 'LIMITE', '', 'COSI 190', 'ENFOPOL 402', 'JAI 1501'],
    kind: note.kind,
    labels: note.labels,
    cells: [note.from, note.to, ['13210/25'], note.subject],
    paragraphs: [note.opening, '2. COSI is invited to endorse the approach set out in paragraph 1.'],
    footer: ['14123/25', 'EB/hm', '1', 'JAI.1', 'LIMITE', language.toUpperCase()],
  });
}

const SHAPES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['plain pdftotext', (text) => text],
  ['plain pdftotext, the page run into one line', flattenedPages],
  ['a copy without blank lines', withoutBlankLines],
];

describe('a header whose labels are printed first, each cell of values after a blank line', () => {
  for (const [language, note] of Object.entries(NOTES))
    for (const [shape, inShape] of SHAPES)
      it(`reads the ${language} note's sender, recipient, previous document and subject (${shape})`, () => {
        const record = expectOk(parseDocument(inShape(notePage(note, language)), `note-${language}.txt`));
        expect([record.number, record.from, record.to, record.previous, record.subject]).toEqual([
          '14123/25',
          note.from.join(' '),
          note.to.join(' '),
          ['13210/25'],
          note.subject.join(' '),
        ]);
        expect(record.codes).toEqual(['COSI 190', 'ENFOPOL 402', 'JAI 1501']);
        expect(record.warnings.filter(({ message }) => message.includes('no value could be placed'))).toEqual([]);
      });
});

/**
 * The COSI outcome of each official language (tests/fixtures/outcome-languages/outcomes.json) as plain `pdftotext`
 * prints its header table's labels and cells apart by blank lines: `From:` / blank / `To:` / blank / `Subject:`, then
 * the sender, the recipient and the subject, each after a blank line.
 */
function outcomeCells(language: string): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const { labels } = outcome;
  return labelsFirstPage({
    institution: outcome.institution,
    placeDate: outcome.placeDate,
    sheet: ['(OR. en)', '14470/25', '', 'LIMITE', '', 'COSI 180'],
    kind: outcome.kind,
    labels: [labels.from, labels.to, labels.subject].map((label) => `${label}:`),
    cells: [[outcome.from], [outcome.to], [outcome.subject]],
    paragraphs: [outcome.opening, ...outcome.items.flatMap((title, index) => [`${index + 1}. ${title}`, outcome.sentences[index] ?? ''])],
    footer: ['14470/25', 'TR/kl', '1', 'JAI.1', 'LIMITE', language.toUpperCase()],
  });
}

describe('an outcome whose header cells stand each after a blank line under the labels', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`reads the ${language} outcome's sender, recipient, subject, meeting and items, as printed and run into one line`, () => {
      for (const [shape, inShape] of SHAPES.slice(0, 2)) {
        const record = expectOk(parseDocument(inShape(outcomeCells(language)), `outcome-${language}.txt`));
        expect([record.number, record.from, record.to, record.subject], shape).toEqual(['14470/25', outcome.from, outcome.to, outcome.subject]);
        expect(record.meeting?.dates, shape).toEqual(['2025-11-18', '2025-11-19']);
        expect(
          record.items.map((item) => item.title),
          shape,
        ).toEqual(outcome.items);
      }
    });
});

/**
 * The cover notes of tests/support/cover-notes.ts with all five labels printed first, a blank line under each, then
 * the cells each after a blank line (`From:` / `date of receipt:` / `To:` / `No. Cion doc.:` / `Subject:`, then the
 * Director signing for the Commission's Secretary-General, `3 October 2025`, the Council's Secretary-General,
 * `SWD(2025) 123 final` and the subject), as plain pdftotext prints the register's cover notes, and run into one line:
 * the Hungarian, Lithuanian and Latvian notes print the day of receipt year first (`Küldi: Az átvétel dátuma: Címzett:
 * … Martine DEPREZ igazgató, … nevében 2025. október 3. Thérèse BLANCHET, …`, `2025 m. spalio 3 d.`, `2025. gada 3.
 * oktobrī`), the Finnish note's Commission label holds a colon of its own (`Kom:n asiak. nro:`).
 */
function coverNoteCells(language: string): string {
  const note = COVER_NOTES[language];
  const outcome = outcomes[language];
  if (note === undefined || outcome === undefined) throw new Error(language);
  const [receiptLabel = '', receiptDay = ''] = note.receipt.split(/(?<=:) /);
  const labels = [`${outcome.labels.from}:`, receiptLabel, `${outcome.labels.to}:`, note.cion, `${outcome.labels.subject}:`];
  const cells = [note.from, receiptDay, note.to, 'SWD(2025) 123 final', note.subject];
  return labelsFirstPage({
    institution: outcome.institution,
    placeDate: outcome.placeDate,
    sheet: ['(OR. en)', '', '13890/25', '', 'COSI 181', 'ENFOPOL 355', 'JAI 1398'],
    kind: note.kind,
    labels,
    cells: cells.map((cell) => [cell]),
    paragraphs: [note.sentence],
    footer: ['13890/25', 'GV/ab', '1', 'JAI.1', language.toUpperCase()],
  });
}

describe('a cover note whose five labels stand first, each cell of values after a blank line', () => {
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's sender, recipient, Commission document and subject, as printed and run into one line`, () => {
      for (const [shape, inShape] of SHAPES.slice(0, 2)) {
        const record = expectOk(parseDocument(inShape(coverNoteCells(language)), `cover-note-${language}.txt`));
        expect([record.kind, record.from, record.to, record.commissionProposal, record.subject], shape).toEqual([
          'cover-note',
          note.from,
          note.to,
          ['SWD/2025/123 final'],
          note.subject,
        ]);
      }
    });
});

describe('a cover note whose Commission document cell names a reissued version or two documents, the labels first', () => {
  // `COM(2025) 123 final/2`, the Commission's second issue of its document, and a proposal with its staff working
  // document apart by a semicolon, as the register's cover notes print them in the cell under `No. Cion doc.:`
  const CELLS: readonly (readonly [printed: string, read: readonly string[]])[] = [
    ['COM(2025) 123 final/2', ['COM/2025/123 final']],
    ['COM(2025) 123 final; SWD(2025) 45 final', ['COM/2025/123 final', 'SWD/2025/45 final']],
  ];
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's Commission documents whole, the subject apart, as printed and run into one line`, () => {
      for (const [printed, read] of CELLS)
        for (const [shape, inShape] of SHAPES.slice(0, 2)) {
          const text = coverNoteCells(language).replaceAll('SWD(2025) 123 final', printed);
          const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
          expect([record.commissionProposal, record.subject], `${shape}: ${printed}`).toEqual([read, note.subject]);
        }
    });
});

describe('a cover note whose Commission document cell names its annexes or a part after the number, the labels first', () => {
  // Each version's words for the annexes and parts after the Commission document's number (tests/support/cover-notes.ts
  // annexes), and the English staff working document's part (`PART 1/2`) as it prints it in every version.
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's Commission document with its annexes or part, the subject apart, as printed, run into one line and copied`, () => {
      const [annex, annexes, part] = note.annexes;
      const cells: readonly (readonly [printed: string, read: string])[] = [
        [`COM(2025) 123 final ${annex}`, 'COM/2025/123 final'],
        [`COM(2025) 123 final ${annexes}`, 'COM/2025/123 final'],
        [`COM(2025) 123 final/2 ${annex}`, 'COM/2025/123 final'],
        [`COM(2025) 123 final ${part}`, 'COM/2025/123 final'],
        ['SWD(2025) 45 final PART 1/2', 'SWD/2025/45 final'],
      ];
      for (const [printed, read] of cells)
        for (const [shape, inShape] of SHAPES) {
          const text = coverNoteCells(language).replaceAll('SWD(2025) 123 final', printed);
          const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
          expect([record.commissionProposal, record.subject], `${shape}: ${printed}`).toEqual([[read], note.subject]);
          expect(record.printed?.values?.commission, `${shape}: ${printed}`).toBe(printed);
        }
    });
});

describe('a cover note whose Commission document cell names a range of annexes each closed by a dot, the labels first', () => {
  // The versions that close an ordinal number with a dot print both ends of a range so, with a dash between, set close or
  // apart (`PIELIKUMI 1.–3.`, `PRILOZI 1.–3.`): run into one line, the range is no pair of items taken together (`4.-5.`).
  const RANGES: Readonly<Record<string, readonly string[]>> = {
    lv: ['- PIELIKUMI 1.–3.', '- PIELIKUMI 1. – 3.', '- PIELIKUMI 1.-3.'],
    hr: ['- PRILOZI 1.–3.', '- PRILOZI 1. – 3.'],
    et: ['- LISAD 1.–3.', '- LISAD 1. – 3.'],
    cs: ['- PŘÍLOHY 1.–3.', '- PŘÍLOHY 1. – 3.'],
    hu: ['- MELLÉKLETEK 1.–3.'],
  };
  for (const [language, ranges] of Object.entries(RANGES))
    it(`reads the ${language} cover note's Commission document with its annexes and the subject apart, as printed, run into one line and copied`, () => {
      const note = COVER_NOTES[language];
      if (note === undefined) throw new Error(language);
      for (const range of ranges)
        for (const final of ['final', 'final/2'])
          for (const [shape, inShape] of SHAPES) {
            const printed = `COM(2025) 123 ${final} ${range}`;
            const text = coverNoteCells(language).replaceAll('SWD(2025) 123 final', printed);
            const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
            expect([record.commissionProposal, record.subject, record.printed?.values?.commission], `${shape}: ${printed}`).toEqual([
              ['COM/2025/123 final'],
              note.subject,
              printed,
            ]);
          }
    });
});

describe('a cover note whose subject opens with the annexes it is, under the Commission document’s cell, the labels first', () => {
  // The subject of a cover note sending a proposal's annexes names them first, a word in small letters after their
  // numbers (`ANNEXES 1 to 3 to the Proposal for a COUNCIL DECISION …`), in the cell after the Commission document's
  // `COM(2025) 123 final`: written by hand in each version's words. The Croatian and Estonian subjects go on with a
  // capital (`PRILOZI 1. do 3. Prijedlogu …`, `LISAD 1–3 Ettepanek …`): see the next describe.
  const SUBJECTS: Readonly<Record<string, string>> = {
    en: 'ANNEXES 1 to 3 to the Proposal for a COUNCIL DECISION on the position to be taken on behalf of the European Union',
    fr: "ANNEXES 1 à 3 de la proposition de DÉCISION DU CONSEIL relative à la position à prendre au nom de l'Union européenne",
    de: 'ANHÄNGE 1 bis 3 zum Vorschlag für einen BESCHLUSS DES RATES über den im Namen der Europäischen Union zu vertretenden Standpunkt',
    es: 'ANEXOS 1 a 3 de la propuesta de DECISIÓN DEL CONSEJO relativa a la posición que debe adoptarse en nombre de la Unión Europea',
    it: "ALLEGATI da 1 a 3 della proposta di DECISIONE DEL CONSIGLIO relativa alla posizione da adottare a nome dell'Unione europea",
    nl: 'BIJLAGEN 1 tot en met 3 bij het voorstel voor een BESLUIT VAN DE RAAD over het namens de Europese Unie in te nemen standpunt',
    pt: 'ANEXOS 1 a 3 da proposta de DECISÃO DO CONSELHO relativa à posição a tomar em nome da União Europeia',
    pl: 'ZAŁĄCZNIKI 1–3 do wniosku dotyczącego DECYZJI RADY w sprawie stanowiska, które ma zostać zajęte w imieniu Unii Europejskiej',
    ro: 'ANEXELE 1-3 la propunerea de DECIZIE A CONSILIULUI privind poziția care urmează să fie adoptată în numele Uniunii Europene',
    cs: 'PŘÍLOHY 1 až 3 návrhu ROZHODNUTÍ RADY o postoji, který má být zaujat jménem Evropské unie',
    bg: 'ПРИЛОЖЕНИЯ от 1 до 3 към предложението за РЕШЕНИЕ НА СЪВЕТА относно позицията, която да се заеме от името на Европейския съюз',
    hu: 'MELLÉKLETEK 1–3. a következőhöz: Javaslat – A TANÁCS HATÁROZATA az Európai Unió által képviselendő álláspontról',
    lt: 'PRIEDAI 1–3 prie Pasiūlymo dėl TARYBOS SPRENDIMO dėl pozicijos, kurios turi būti laikomasi Europos Sąjungos vardu',
    lv: 'PIELIKUMI 1.–3. priekšlikumam PADOMES LĒMUMAM par nostāju, kas Eiropas Savienības vārdā jāieņem',
    fi: 'LIITTEET 1–3 ehdotukseen NEUVOSTON PÄÄTÖKSEKSI Euroopan unionin puolesta otettavasta kannasta',
    sv: 'BILAGOR 1–3 till förslaget till RÅDETS BESLUT om den ståndpunkt som ska intas på Europeiska unionens vägnar',
    da: 'BILAG 1-3 til forslag til RÅDETS AFGØRELSE om den holdning, der skal indtages på Den Europæiske Unions vegne',
  };
  for (const [language, subject] of Object.entries(SUBJECTS))
    it(`reads the ${language} cover note's Commission document alone and its subject whole, as printed, run into one line and copied`, () => {
      const note = COVER_NOTES[language];
      if (note === undefined) throw new Error(language);
      for (const [shape, inShape] of SHAPES) {
        const text = coverNoteCells(language).replace(note.subject, subject).replaceAll('SWD(2025) 123 final', 'COM(2025) 123 final');
        const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
        expect([record.commissionProposal, record.printed?.values?.commission, record.subject, record.codes], shape).toEqual([
          ['COM/2025/123 final'],
          'COM(2025) 123 final',
          subject,
          ['COSI 181', 'ENFOPOL 355', 'JAI 1398'],
        ]);
      }
    });
});

describe('a cover note whose subject opens with the annexes it sends and goes on with a capital, the labels first', () => {
  // The subject naming the annexes it sends without a dash before them, then words in capitals: the staff working
  // document's title in each version (`ANHÄNGE 1 bis 3 ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN …`, `PRILOZI 1. do
  // 3. RADNI DOKUMENT SLUŽBI KOMISIJE …`), and the Croatian and Estonian proposals (`PRILOZI 1. do 3. Prijedlogu ODLUKE
  // VIJEĆA …`, `LISAD 1–3 Ettepanek: NÕUKOGU OTSUS …`), under the Commission document's cell `COM(2025) 123 final`.
  // Plain pdftotext prints the two cells apart (a blank line between, which the label column drops: the break stays, as
  // there are no more value lines than labels) and a copy prints them one under the other: a cell holding the
  // reference alone never wraps before its annexes, so the line under it is the subject's. The page run into one line
  // (`… COM(2025) 123 final ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT …`) prints the same line as a Commission
  // document cell holding the annexes without a dash (next describe): the body's sentence names the document without
  // them (`Delegations will find attached document COM(2025) 123 final.`), so the subject keeps them, whole.
  const PROPOSALS: Readonly<Record<string, string>> = {
    hr: 'PRILOZI 1. do 3. Prijedlogu ODLUKE VIJEĆA o stajalištu koje treba zauzeti u ime Europske unije',
    et: 'LISAD 1–3 Ettepanek: NÕUKOGU OTSUS Euroopa Liidu nimel võetava seisukoha kohta',
  };
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's Commission document alone and its subject whole, as printed, run into one line and copied`, () => {
      const proposal = PROPOSALS[language];
      const subjects = [`${note.annexes[1].replace(/^- /, '')} ${note.subject}`, ...(proposal === undefined ? [] : [proposal])];
      for (const subject of subjects)
        for (const [shape, inShape] of SHAPES) {
          const text = coverNoteCells(language).replace(note.subject, subject).replaceAll('SWD(2025) 123 final', 'COM(2025) 123 final');
          const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
          expect([record.commissionProposal, record.printed?.values?.commission, record.subject, record.from, record.to], `${shape}: ${subject}`).toEqual([
            ['COM/2025/123 final'],
            'COM(2025) 123 final',
            subject,
            note.from,
            note.to,
          ]);
          expect(
            record.warnings.filter(({ message }) => message.includes('may open the subject')),
            `${shape}: ${subject}`,
          ).toEqual([]);
        }
    });
});

describe('a cover note whose Commission document cell holds its annexes without a dash, the labels first', () => {
  // The cell `COM(2025) 123 final ANNEXES 1 to 3` (each version's words for a range of annexes, tests/support/cover-notes.ts,
  // printed without the dash), the subject the staff working document's title, the body's sentence naming the document
  // as the cell does (`Delegations will find attached document COM(2025) 123 final ANNEXES 1 to 3.`). A page run into one
  // line prints the cell and the subject as one line (`… final ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT …`),
  // as when the subject opens with the annexes (previous describe): the sentence naming the document with its annexes
  // tells them the document's.
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's Commission document with its annexes and the subject apart, as printed, run into one line and copied`, () => {
      const cell = `COM(2025) 123 final ${note.annexes[1].replace(/^- /, '')}`;
      for (const [shape, inShape] of SHAPES) {
        const text = coverNoteCells(language).replaceAll('SWD(2025) 123 final', cell);
        const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
        expect([record.commissionProposal, record.printed?.values?.commission, record.subject], shape).toEqual([['COM/2025/123 final'], cell, note.subject]);
        expect(
          record.warnings.filter(({ message }) => message.includes('may open the subject')),
          shape,
        ).toEqual([]);
      }
    });

  // Without the body's sentence nothing tells the page run into one line from the previous describe's: the annexes
  // are read as the document's, as where its cell stands on a line of its own, and the header warns that they may open
  // the subject; the shapes printed on lines read the cell as printed, without a warning.
  for (const [language, note] of Object.entries(COVER_NOTES))
    it(`reads the ${language} cover note's annexes as the Commission document's and warns, without the body's sentence, run into one line`, () => {
      const cell = `COM(2025) 123 final ${note.annexes[1].replace(/^- /, '')}`;
      for (const [shape, inShape] of SHAPES) {
        const text = coverNoteCells(language).replace(`${note.sentence}\n`, '').replaceAll('SWD(2025) 123 final', cell);
        expect(text.includes(note.sentence.replace('SWD(2025) 123 final', cell)), shape).toBe(false);
        const record = expectOk(parseDocument(inShape(text), `cover-note-${language}.txt`));
        expect([record.commissionProposal, record.printed?.values?.commission, record.subject], shape).toEqual([['COM/2025/123 final'], cell, note.subject]);
        const warned = record.warnings.filter(({ message }) => message.includes('may open the subject'));
        expect(warned.length, shape).toBe(shape === 'plain pdftotext, the page run into one line' ? 1 : 0);
      }
    });
});

describe('a note whose subject ends on the period or year it covers, its date’s dot closing the line, the labels first', () => {
  // The subject names the period a report covers, or the year of a programme, last, its month or year closed by the
  // version's abbreviation (`… od stycznia 2025 r. do czerwca 2026 r.`, `… до юни 2026 г.`, `… iki 2026 m. birželio
  // mėn.`, `… 2026. g.`) or by a dot after the year (`… do lipnja 2026.`), wrapped over two lines of its cell: the dot
  // ends no sentence, so the cell is the subject's, not the body's first paragraph. Days closing the period (`… 30 d.`,
  // `… 30. lipnja 2026.`) and versions that print no dot there (sl, hu, lv) are read as well. Written by hand in each
  // version's words; the outcome's sender, recipient, labels and body (tests/fixtures/outcome-languages/outcomes.json).
  const SUBJECTS: readonly (readonly [language: string, lines: readonly string[]])[] = [
    [
      'pl',
      [
        'Sprawozdanie z działalności Stałego Komitetu ds. Bezpieczeństwa Wewnętrznego Rady',
        'Unii Europejskiej w okresie od stycznia 2025 r. do czerwca 2026 r.',
      ],
    ],
    ['pl', ['Program prac Stałego Komitetu ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa', 'Wewnętrznego na 2026 r.']],
    [
      'bg',
      [
        'Доклад за дейността на Постоянния комитет за оперативно сътрудничество в областта на',
        'вътрешната сигурност за периода от януари 2025 г. до юни 2026 г.',
      ],
    ],
    ['bg', ['Работна програма на Постоянния комитет за оперативно сътрудничество в областта на вътрешната', 'сигурност за 2026 г.']],
    ['hr', ['Izvješće o radu Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti', 'za razdoblje od siječnja 2025. do lipnja 2026.']],
    ['hr', ['Izvješće o radu Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti', 'za razdoblje od 1. siječnja 2025. do 30. lipnja 2026.']],
    [
      'lt',
      ['Nuolatinio vidaus saugumo operatyvinio bendradarbiavimo komiteto veiklos ataskaita už', 'laikotarpį nuo 2025 m. sausio mėn. iki 2026 m. birželio mėn.'],
    ],
    [
      'lt',
      [
        'Nuolatinio vidaus saugumo operatyvinio bendradarbiavimo komiteto veiklos ataskaita už',
        'laikotarpį nuo 2025 m. sausio 1 d. iki 2026 m. birželio 30 d.',
      ],
    ],
    ['lt', ['Nuolatinio vidaus saugumo operatyvinio bendradarbiavimo komiteto (COSI) darbo programa', 'ir prioritetai 2026 m.']],
    ['lv', ['Iekšējās drošības jomas operatīvās sadarbības pastāvīgās komitejas darba programma un', 'prioritātes 2026. g.']],
    ['lv', ['Iekšējās drošības operatīvās sadarbības pastāvīgās komitejas (COSI) darba programma un', 'prioritātes 2026. g.']],
    ['lv', ['Iekšējās drošības operatīvās sadarbības pastāvīgās komitejas darbības ziņojums par', 'laikposmu no 2025. g. janvāra līdz 2026. g. jūnijam']],
    ['sl', ['Poročilo o delu Stalnega odbora za operativno sodelovanje na področju notranje varnosti', 'za obdobje od januarja 2025 do junija 2026']],
    [
      'hu',
      [
        'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság',
        'tevékenységéről szóló jelentés a 2025. január és 2026. június közötti időszakról',
      ],
    ],
    [
      'hu',
      [
        'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság',
        'tevékenységéről szóló jelentés: 2025. január 1. – 2026. június 30.',
      ],
    ],
  ];
  for (const [index, [language, lines]] of SUBJECTS.entries())
    it(`reads the ${language} note's subject whole, ${lines[1] ?? ''} (#${index + 1}; plain pdftotext, run into one line, copied)`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(language);
      for (const [shape, inShape] of SHAPES) {
        const record = expectOk(parseDocument(inShape(outcomeCells(language).replace(outcome.subject, lines.join('\n'))), `note-${language}.txt`));
        expect([record.from, record.to, record.subject], shape).toEqual([outcome.from, outcome.to, lines.join(' ')]);
        expect(
          record.items.map((item) => item.title),
          shape,
        ).toEqual(outcome.items);
        expect(
          record.warnings.filter(({ message }) => message.includes('no value could be placed')),
          shape,
        ).toEqual([]);
      }
    });
});

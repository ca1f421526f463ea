import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticeInParts, type NoticeInParts, type NoticeSheet } from './support/notice-parts.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES, wrapWords } from './support/text-shapes.ts';

/**
 * Two documents as the register printed them between 2010 and 2016, written by hand, in the five shapes their text
 * reaches the ingest in (plain and `-layout` pdftotext, each page run into one line, a viewer's copy).
 *
 * A Presidency note to COSI of June 2013 (11872/13, LIMITE): the Council's name in capitals on two lines (`COUNCIL OF`
 * / `THE EUROPEAN UNION`, as the register printed it until 2014), the number, LIMITE and its codes in the right column,
 * `NOTE`, then the labels in small letters with their colons spaced (`from :`, `to :`) and the previous document and
 * the Commission's document each with the codes it was filed under (`9450/13 JAI 355 COSI 52`, `10010/13 JAI 401 -
 * COM(2013) 289 final`); the English version with the labels the register of those years printed without `No.`
 * (`Prev. doc. :`, `Cion doc. :`), the French and German with theirs (`N° doc. préc. :`, `N° doc. Cion :`, `Nr.
 * Vordok.:`, `Nr. Komm.dok.:`); two numbered paragraphs, the second citing the act that set up COSI, and the two-line
 * footer of those years (`11872/13 EB/hm 1` / `DG D 2C LIMITE EN`).
 *
 * A notice of a joint meeting of COSI and SCIFA of June 2016 (CM 3105/16) whose two parts are each headed by a letter
 * before the day and the hour it opens (`A. THURSDAY 9 JUNE 2016 (10.00)`, `B. THURSDAY 9 JUNE 2016 (14.30)`), the part
 * of the meeting on the line under it (`Joint COSI/SCIFA meeting`, `COSI`), the venue of those years (`JUSTUS LIPSIUS
 * BUILDING`), and the documents under two items printed with their codes and marking (`9355/16 LIMITE`, `9340/16 JAI 471
 * COSI 97 JAI-RELEX 41 LIMITE`, a code of two words joined by a hyphen): each the item's document, none of it in the title.
 */
interface OlderNote {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: { from: string; to: string; previous: string; commission: string; subject: string };
  from: string;
  to: string;
  subject: [string, string];
  paragraphs: [string, string];
  act: string;
  /** The note paragraph 1 calls, as a web-page export prints it at the end (`[1] …`). */
  footnote: string;
  language: string;
}

const NOTE_NUMBER = '11872/13';
const NOTE_CODES = ['JAI 488', 'COSI 71', 'ENFOPOL 188', 'CRIMORG 91'];
const PREVIOUS = '9450/13 JAI 355 COSI 52';
const COMMISSION = '10010/13 JAI 401 - COM(2013) 289 final';

const notes: Record<string, OlderNote> = {
  en: {
    institution: ['COUNCIL OF', 'THE EUROPEAN UNION'],
    placeDate: 'Brussels, 3 June 2013',
    kind: 'NOTE',
    labels: { from: 'from :', to: 'to :', previous: 'Prev. doc. :', commission: 'Cion doc. :', subject: 'Subject :' },
    from: 'Presidency',
    to: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
    subject: [
      'Implementation of the EU Policy Cycle for organised and serious international crime',
      '- Draft general conclusions on the multi-annual strategic plans',
    ],
    paragraphs: [
      'At its meeting on 21 May 2013, COSI examined the draft multi-annual strategic plans prepared by the drivers of the eight priorities set by the Council on 9 and 10 June 2011.',
      'The Presidency invites COSI to endorse the general conclusions set out in the Annex, in accordance with Council Decision 2010/131/EU.',
    ],
    act: 'Council Decision 2010/131/EU',
    footnote: 'Council conclusions of 9 and 10 June 2011, doc. 11050/11.',
    language: 'EN',
  },
  fr: {
    institution: ['CONSEIL DE', "L'UNION EUROPÉENNE"],
    placeDate: 'Bruxelles, le 3 juin 2013',
    kind: 'NOTE',
    labels: { from: 'de :', to: 'à :', previous: 'N° doc. préc. :', commission: 'N° doc. Cion :', subject: 'Objet :' },
    from: 'la présidence',
    to: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    subject: [
      "Mise en œuvre du cycle politique de l'UE pour la lutte contre la criminalité organisée",
      '- Projet de conclusions générales sur les plans stratégiques pluriannuels',
    ],
    paragraphs: [
      'Lors de sa réunion du 21 mai 2013, le COSI a examiné les projets de plans stratégiques pluriannuels élaborés par les pilotes des huit priorités fixées par le Conseil les 9 et 10 juin 2011.',
      "La présidence invite le COSI à approuver les conclusions générales figurant à l'annexe, conformément à la décision 2010/131/UE du Conseil.",
    ],
    act: 'Council Decision 2010/131/EU',
    footnote: 'Conclusions du Conseil des 9 et 10 juin 2011, doc. 11050/11.',
    language: 'FR',
  },
  de: {
    institution: ['RAT DER', 'EUROPÄISCHEN UNION'],
    placeDate: 'Brüssel, den 3. Juni 2013',
    kind: 'VERMERK',
    labels: { from: 'des :', to: 'für den :', previous: 'Nr. Vordok. :', commission: 'Nr. Komm.dok. :', subject: 'Betr. :' },
    from: 'Vorsitzes',
    to: 'Ständigen Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    subject: [
      'Umsetzung des EU-Politikzyklus zur Bekämpfung der organisierten Kriminalität',
      '- Entwurf allgemeiner Schlussfolgerungen zu den mehrjährigen strategischen Plänen',
    ],
    paragraphs: [
      'Auf seiner Sitzung vom 21. Mai 2013 hat der COSI die Entwürfe der mehrjährigen strategischen Pläne geprüft, die von den Treibern der acht vom Rat am 9. und 10. Juni 2011 festgelegten Prioritäten erstellt wurden.',
      'Der Vorsitz ersucht den COSI, die in der Anlage wiedergegebenen allgemeinen Schlussfolgerungen gemäß dem Beschluss 2010/131/EU des Rates zu billigen.',
    ],
    act: 'Council Decision 2010/131/EU',
    footnote: 'Schlussfolgerungen des Rates vom 9. und 10. Juni 2011, Dok. 11050/11.',
    language: 'DE',
  },
};

/**
 * The note as plain `pdftotext` prints it (`layout` false: the labels' column, then the values' column) or as `-layout`
 * does; with `headings`, each paragraph under a heading in capitals numbered as the notes of those years number their
 * parts (`I.` / `INTRODUCTION`, `II.` / `STATE OF PLAY AND NEXT STEPS`).
 */
function olderNote(note: OlderNote, layout: boolean, headings: readonly string[] = []): string {
  const { labels } = note;
  const label = [labels.from, labels.to, labels.previous, labels.commission, labels.subject];
  const values = [note.from, note.to, PREVIOUS, COMMISSION, note.subject[0]];
  const right = (text: string) => `${' '.repeat(64)}${text}`;
  const wrap = (paragraph: string): string[] => wrapWords(paragraph, 90);

  const header = layout
    ? [
        `${note.institution[0].padEnd(64)}${note.placeDate}`,
        note.institution[1],
        '',
        right(NOTE_NUMBER),
        '',
        right('LIMITE'),
        '',
        ...NOTE_CODES.map(right),
        '',
        note.kind,
        ...label.map((text, index) => `${text.padEnd(18)}${values[index] ?? ''}`),
        `${''.padEnd(18)}${note.subject[1]}`,
      ]
    : [...note.institution, '', note.placeDate, '', NOTE_NUMBER, 'LIMITE', ...NOTE_CODES, note.kind, ...label, '', ...values, note.subject[1]];
  const heading = (index: number): string[] => {
    const title = headings[index];
    if (title === undefined) return [];
    const roman = `${'I'.repeat(index + 1)}.`;
    return layout ? ['', `${roman.padEnd(7)}${title}`] : ['', roman, '', title];
  };
  const body = note.paragraphs.flatMap((paragraph, index) => [
    ...heading(index),
    ...(layout
      ? ['', ...wrap(paragraph).map((line, at) => (at === 0 ? `${`${index + 1}.`.padEnd(7)}${line}` : `${''.padEnd(7)}${line}`))]
      : ['', `${index + 1}.`, '', ...wrap(paragraph)]),
  ]);
  const footer = layout
    ? ['', '', `${NOTE_NUMBER.padEnd(63)}EB/hm${''.padEnd(22)}1`, `${''.padEnd(63)}DG D 2C${''.padEnd(9)}LIMITE${''.padEnd(5)}${note.language}`]
    : ['', NOTE_NUMBER, 'DG D 2C', '', 'EB/hm', 'LIMITE', '', '1', '', note.language, ''];
  return [...header, ...body, ...footer, '\f'].join('\n');
}

describe.each(Object.entries(notes))('a Presidency note to COSI of 2013 with its labels spaced from their colons (%s)', (_language, note) => {
  it.each(TEXT_SHAPES)('reads its sender, recipient, previous and Commission documents, subject and paragraphs (%s)', (_shape, layout, flat) => {
    const text = inShape(olderNote(note, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/older-note.txt'));
    expect([record.number, record.date, record.limite, record.kind]).toEqual([NOTE_NUMBER, '2013-06-03', true, 'note']);
    expect(record.codes).toEqual(NOTE_CODES);
    expect([record.from, record.to]).toEqual([note.from, note.to]);
    expect(record.previous).toEqual(['9450/13']);
    expect(record.commissionProposal).toEqual(['10010/13', 'COM/2013/289 final']);
    expect(record.subject).toBe(note.subject.join(' '));
    const body = JSON.stringify(record.sections);
    for (const paragraph of note.paragraphs) expect(body).toContain(paragraph);
    for (const furniture of ['EB/hm', 'DG D 2C']) expect(body).not.toContain(furniture);
    expect(record.references.map((reference) => reference.id)).toContain(note.act);
  });
});

/**
 * The note as a PDF of those years whose font for the words in capitals lacks its capital N reaches the ingest: each N of
 * a word in capitals left as a space where the glyph stood (`COU CIL OF` / `THE EUROPEA  U IO `, `CO SEIL DE`, `E FOPOL
 * 188`, the footer's `LIMITE E `); words in small letters keep theirs.
 */
function withoutCapitalN(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}'’])[\p{Lu}'’]{2,}(?![\p{L}\p{N}])/gu, (word) => word.replaceAll('N', ' '));
}

describe.each(Object.entries(notes))('the 2013 note whose font dropped the capital N (%s)', (_language, note) => {
  it.each(TEXT_SHAPES)('reads its header with the letter put back, its paragraphs without the footers, and says so (%s)', (_shape, layout, flat) => {
    const text = inShape(withoutCapitalN(olderNote(note, layout)), flat);
    expect(text).not.toContain(note.institution.join(' '));
    const record = expectOk(parseDocument(text, 'content/sources/older-note-dropped-n.txt'));
    expect([record.number, record.date, record.limite, record.kind, record.language]).toEqual([
      NOTE_NUMBER,
      '2013-06-03',
      true,
      'note',
      note.language.toLowerCase(),
    ]);
    expect(record.codes).toEqual(NOTE_CODES);
    expect([record.from, record.to, record.previous, record.subject]).toEqual([note.from, note.to, ['9450/13'], note.subject.join(' ')]);
    const body = JSON.stringify(record.sections);
    for (const paragraph of note.paragraphs) expect(body).toContain(paragraph);
    for (const furniture of ['EB/hm', 'DG D 2C']) expect(body).not.toContain(furniture);
    expect(record.warnings.map((warning) => warning.message).filter((message) => message.includes('dropped the capital N'))).toHaveLength(1);
  });
});

/**
 * The headings in capitals the note's two parts take in each version, each holding the capital N the font drops
 * (`INTRODUCTION`, `NEXT`, `AND`, `EINLEITUNG`, `PROCHAINES`) and words apart by real spaces (`STATE OF PLAY`, `ÉTAT
 * DES LIEUX ET`) that no letter joins.
 */
const HEADINGS: Record<string, [string, string]> = {
  en: ['INTRODUCTION', 'STATE OF PLAY AND NEXT STEPS'],
  fr: ['INTRODUCTION', 'ÉTAT DES LIEUX ET PROCHAINES ÉTAPES'],
  de: ['EINLEITUNG', 'SACHSTAND UND WEITERES VORGEHEN'],
};

describe.each(Object.entries(notes))('the 2013 note with headings whose font dropped the capital N (%s)', (language, note) => {
  const headings = HEADINGS[language] ?? [];
  it.each(TEXT_SHAPES)('reads its headings with the letter put back, its words apart as printed (%s)', (_shape, layout, flat) => {
    const text = inShape(withoutCapitalN(olderNote(note, layout, headings)), flat);
    for (const title of headings) expect(text).not.toContain(title);
    const record = expectOk(parseDocument(text, 'content/sources/older-note-dropped-n-headings.txt'));
    expect(record.sections.filter((section) => section.title !== null).map((section) => [section.number, section.title])).toEqual([
      ['I', headings[0]],
      ['II', headings[1]],
    ]);
    const body = JSON.stringify(record.sections);
    for (const paragraph of note.paragraphs) expect(body).toContain(paragraph);
  });

  it.each(TEXT_SHAPES)('reads the same headings where the font kept the letter (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(olderNote(note, layout, headings), flat), 'content/sources/older-note-headings.txt'));
    expect(record.sections.filter((section) => section.title !== null).map((section) => [section.number, section.title])).toEqual([
      ['I', headings[0]],
      ['II', headings[1]],
    ]);
  });
});

/**
 * The note saved by its word processor as a web page and copied as text, as older register documents are reprinted
 * online: each cell and paragraph on a line of its own (label, then value), no page footer, the footnote's call its
 * number in brackets glued to the word (`… June 2011[1].`) and the note at the document's end (`[1] …`).
 */
function olderNoteAsWebPage(note: OlderNote): string {
  const { labels } = note;
  const [first, second] = note.paragraphs;
  return [
    ...note.institution,
    note.placeDate,
    NOTE_NUMBER,
    'LIMITE',
    ...NOTE_CODES,
    note.kind,
    labels.from,
    note.from,
    labels.to,
    note.to,
    labels.previous,
    PREVIOUS,
    labels.commission,
    COMMISSION,
    labels.subject,
    note.subject.join(' '),
    `1. ${first.slice(0, -1)}[1].`,
    `2. ${second}`,
    '________________',
    `[1] ${note.footnote}`,
    '',
  ].join('\n');
}

describe.each(Object.entries(notes))('the 2013 note saved as a web page with its footnote numbers in brackets (%s)', (_language, note) => {
  it('reads its header, its paragraphs without the bracket and the footnote the first one calls', () => {
    const record = expectOk(parseDocument(olderNoteAsWebPage(note), 'content/sources/older-note-web-page.txt'));
    expect([record.number, record.from, record.to, record.previous, record.commissionProposal]).toEqual([
      NOTE_NUMBER,
      note.from,
      note.to,
      ['9450/13'],
      ['10010/13', 'COM/2013/289 final'],
    ]);
    expect(record.subject).toBe(note.subject.join(' '));
    expect(record.footnotes.map((footnote) => JSON.stringify(footnote.text))).toEqual([
      JSON.stringify([{ list: null, inline: [{ type: 'text', value: note.footnote }] }]),
    ]);
    const first = record.sections[0]?.text[0]?.inline;
    expect(first).toEqual([
      { type: 'text', value: `1. ${note.paragraphs[0].slice(0, -1)}` },
      { type: 'footnote', label: '1' },
      { type: 'text', value: '.' },
    ]);
    expect(JSON.stringify(record.sections)).not.toContain('[1]');
    expect(record.references.map((reference) => reference.id)).toContain('11050/11');
  });
});

const OLDER_SHEET: NoticeSheet = { number: 'CM 3105/16', codes: ['COSI', 'JAI', 'MIGR'], telFax: '+32.2-281.6083' };

const notices: Record<string, NoticeInParts> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 1 June 2016',
    communication: 'COMMUNICATION',
    kind: 'NOTICE OF MEETING AND PROVISIONAL AGENDA',
    labels: { contact: 'Contact:', telFax: 'Tel./Fax:', subject: 'Subject:', date: 'Date:', venue: 'Venue:' },
    subject: [
      'Joint meeting of the Standing Committee on Operational Cooperation on Internal',
      'Security (COSI) and the Strategic Committee on Immigration, Frontiers and Asylum',
    ],
    date: '9 June 2016',
    venue: ['COUNCIL', 'JUSTUS LIPSIUS BUILDING', 'Rue de la Loi 175, 1048 BRUSSELS'],
    days: [
      {
        heading: 'A. THURSDAY 9 JUNE 2016 (10.00)',
        part: 'Joint COSI/SCIFA meeting',
        items: [
          { title: 'Adoption of the agenda' },
          { title: 'Information exchange at the external borders', document: '9340/16', after: 'JAI 471 COSI 97 JAI-RELEX 41 LIMITE' },
        ],
      },
      {
        heading: 'B. THURSDAY 9 JUNE 2016 (14.30)',
        part: 'COSI',
        items: [{ title: 'Firearms trafficking: state of play', document: '9355/16', after: 'LIMITE' }, { title: 'Any other business' }],
      },
    ],
    language: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 1er juin 2016',
    communication: 'COMMUNICATION',
    kind: 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE',
    labels: { contact: 'Contact:', telFax: 'Tél./Fax:', subject: 'Objet:', date: 'Date:', venue: 'Lieu:' },
    subject: [
      'Réunion conjointe du Comité permanent de coopération opérationnelle en matière de',
      "sécurité intérieure (COSI) et du Comité stratégique sur l'immigration, les frontières et l'asile",
    ],
    date: '9 juin 2016',
    venue: ['CONSEIL', 'BÂTIMENT JUSTUS LIPSIUS', 'Rue de la Loi 175, 1048 BRUXELLES'],
    days: [
      {
        heading: 'A. JEUDI 9 JUIN 2016 (10 h 00)',
        part: 'Réunion conjointe COSI/CSIFA',
        items: [
          { title: "Adoption de l'ordre du jour" },
          { title: "L'échange d'informations aux frontières extérieures", document: '9340/16', after: 'JAI 471 COSI 97 JAI-RELEX 41 LIMITE' },
        ],
      },
      {
        heading: 'B. JEUDI 9 JUIN 2016 (14 h 30)',
        part: 'COSI',
        items: [{ title: "Trafic d'armes à feu: état des lieux", document: '9355/16', after: 'LIMITE' }, { title: 'Divers' }],
      },
    ],
    language: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 1. Juni 2016',
    communication: 'MITTEILUNG',
    kind: 'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG',
    labels: { contact: 'Kontakt:', telFax: 'Tel./Fax:', subject: 'Betr.:', date: 'Datum:', venue: 'Ort:' },
    subject: [
      'Gemeinsame Sitzung des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich',
      'der inneren Sicherheit (COSI) und des Strategischen Ausschusses für Einwanderungs-, Grenz- und Asylfragen',
    ],
    date: '9. Juni 2016',
    venue: ['RAT', 'JUSTUS-LIPSIUS-GEBÄUDE', 'Rue de la Loi 175, 1048 BRÜSSEL'],
    days: [
      {
        heading: 'A. DONNERSTAG, 9. JUNI 2016 (10.00 Uhr)',
        part: 'Gemeinsame Sitzung COSI/SAEGA',
        items: [
          { title: 'Annahme der Tagesordnung' },
          { title: 'Informationsaustausch an den Außengrenzen', document: '9340/16', after: 'JAI 471 COSI 97 JAI-RELEX 41 LIMITE' },
        ],
      },
      {
        heading: 'B. DONNERSTAG, 9. JUNI 2016 (14.30 Uhr)',
        part: 'COSI',
        items: [{ title: 'Handel mit Feuerwaffen: Sachstand', document: '9355/16', after: 'LIMITE' }, { title: 'Sonstiges' }],
      },
    ],
    language: 'DE',
  },
};

describe.each(Object.entries(notices))('a notice of 2016 whose two parts are headed by a letter before the day (%s)', (_language, notice) => {
  const planned = notice.days.flatMap((day, index) =>
    day.items.map(({ title, document }, position) => ({
      number: String(index * 2 + position + 1),
      title,
      section: day.part,
      day: '2016-06-09',
      references: document === undefined ? [] : [document],
    })),
  );
  it.each(TEXT_SHAPES)('reads each item with its day, the part it is held in, and the heading as printed (%s)', (_shape, layout, flat) => {
    const text = inShape(noticeInParts(notice, OLDER_SHEET, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/cm-notice-older-parts.txt'));
    expect([record.number, record.kind, record.meeting?.dates]).toEqual(['CM 3105/16', 'notice-of-meeting-and-provisional-agenda', ['2016-06-09']]);
    expect(record.planned?.map(({ number, title, section, day, references }) => ({ number, title, section, day, references }))).toEqual(planned);
    expect(record.items.map((item) => item.dayPrinted)).toEqual(notice.days.flatMap((day) => day.items.map(() => day.heading)));
  });
  // Older notices print the fax number after the telephone's without the country's code (`+32.2.281.83.76 / 281.61.45`):
  // the line is the contact's whole, never the subject's opening (before, plain pdftotext gave the subject `1.45 Joint …`).
  it.each(TEXT_SHAPES)('reads a telephone and fax line whose fax number has no country code whole, the subject apart (%s)', (_shape, layout, flat) => {
    const telFax = '+32.2.281.83.76 / 281.61.45';
    const text = inShape(noticeInParts(notice, { ...OLDER_SHEET, telFax }, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/cm-notice-older-parts.txt'));
    expect(record.subject).toBe(notice.subject.join(' '));
    expect(record.otherHeaderLines).toContain(`${notice.labels.telFax} ${telFax}`);
    expect(record.meeting?.dates).toEqual(['2016-06-09']);
  });
});

interface RevisedNote {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: { from: string; to: string; previous: string; subject: string };
  from: string;
  to: string;
  subject: string;
  /** The one sentence of the first page, calling its footnote after its full stop (`… 20 March 2018.1`). */
  sentence: string;
  footnote: string;
  annex: string;
  language: string;
}

/**
 * A revised Presidency note of March 2018 (6153/1/18 REV 1) as the register printed it from 2014: `Council of the` /
 * `European Union` in small letters, the original's language under the date (`(OR. en)`), `Prev. doc.:` without `No.`,
 * one sentence on the first page calling its footnote after its full stop (`… on 20 March 2018.1`), the footnote at the
 * page's foot, and the footers of those years with the revision's number and the directorate run together
 * (`6153/1/18 REV 1 VH/np 1` / `DGD2 LIMITE EN`); the annex on the second page.
 */
const revised: Record<string, RevisedNote> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 12 March 2018',
    kind: 'NOTE',
    labels: { from: 'From:', to: 'To:', previous: 'Prev. doc.:', subject: 'Subject:' },
    from: 'Presidency',
    to: 'Standing Committee on Operational Cooperation on Internal Security',
    subject: 'Follow-up to the EMPACT results of 2017 - the way forward',
    sentence:
      'Delegations will find in the Annex a revised Presidency paper on the EMPACT results of 2017, to be discussed at the COSI meeting on 20 March 2018.',
    footnote: 'See also the report on EMPACT 2017, doc. 14265/17.',
    annex: 'The operational action plans of 2017 were carried out by all Member States.',
    language: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 12 mars 2018',
    kind: 'NOTE',
    labels: { from: 'Origine:', to: 'Destinataire:', previous: 'N° doc. préc.:', subject: 'Objet:' },
    from: 'la présidence',
    to: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
    subject: "Suivi des résultats d'EMPACT en 2017 - la voie à suivre",
    sentence:
      "Les délégations trouveront en annexe un document révisé de la présidence sur les résultats d'EMPACT en 2017, qui sera examiné lors de la réunion du COSI du 20 mars 2018.",
    footnote: 'Voir aussi le rapport sur EMPACT 2017, doc. 14265/17.',
    annex: "Les plans d'action opérationnels de 2017 ont été mis en œuvre par tous les États membres.",
    language: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 12. März 2018',
    kind: 'VERMERK',
    labels: { from: 'Absender:', to: 'Empfänger:', previous: 'Nr. Vordok.:', subject: 'Betr.:' },
    from: 'Vorsitz',
    to: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
    subject: 'Folgemaßnahmen zu den EMPACT-Ergebnissen 2017 - weiteres Vorgehen',
    sentence:
      'Die Delegationen erhalten in der Anlage ein überarbeitetes Papier des Vorsitzes zu den EMPACT-Ergebnissen 2017, das auf der Sitzung des COSI am 20. März 2018 erörtert werden soll.',
    footnote: 'Siehe auch den Bericht über EMPACT 2017, Dok. 14265/17.',
    annex: 'Die operativen Aktionspläne 2017 wurden von allen Mitgliedstaaten durchgeführt.',
    language: 'DE',
  },
};

const REVISED_NUMBER = '6153/1/18 REV 1';

/** The revised note as plain `pdftotext` prints it (the footnote's number apart from its text) or as `-layout` does. */
function revisedNote(note: RevisedNote, layout: boolean): string {
  const { labels } = note;
  const right = (text: string) => `${' '.repeat(60)}${text}`;
  const header = layout
    ? [
        note.institution[0],
        `${note.institution[1].padEnd(60)}${note.placeDate}`,
        right('(OR. en)'),
        right(REVISED_NUMBER),
        right('LIMITE'),
        right('COSI 38'),
        right('ENFOPOL 92'),
        '',
        note.kind,
        `${labels.from.padEnd(18)}${note.from}`,
        `${labels.to.padEnd(18)}${note.to}`,
        `${labels.previous.padEnd(18)}5874/18`,
        `${labels.subject.padEnd(18)}${note.subject}`,
        '',
        `${note.sentence}1`,
        '',
        '',
        `1       ${note.footnote}`,
        '',
        `${REVISED_NUMBER.padEnd(60)}VH/np${''.padEnd(20)}1`,
        `${''.padEnd(60)}DGD2${''.padEnd(9)}LIMITE${''.padEnd(5)}${note.language}`,
        '\f',
      ]
    : [
        ...note.institution,
        note.placeDate,
        '(OR. en)',
        REVISED_NUMBER,
        'LIMITE',
        'COSI 38',
        'ENFOPOL 92',
        note.kind,
        labels.from,
        labels.to,
        labels.previous,
        labels.subject,
        '',
        note.from,
        note.to,
        '5874/18',
        note.subject,
        '',
        `${note.sentence}1`,
        '',
        '1',
        '',
        note.footnote,
        '',
        REVISED_NUMBER,
        '',
        'VH/np',
        'DGD2',
        '',
        'LIMITE',
        '',
        '1',
        '',
        note.language,
        '\f',
      ];
  const annex = layout
    ? [
        'ANNEX',
        '',
        note.annex,
        '',
        '',
        `${REVISED_NUMBER.padEnd(60)}VH/np${''.padEnd(20)}2`,
        `ANNEX${''.padEnd(55)}DGD2${''.padEnd(9)}LIMITE${''.padEnd(5)}${note.language}`,
        '\f',
      ]
    : ['ANNEX', '', note.annex, '', REVISED_NUMBER, 'ANNEX', '', 'VH/np', 'DGD2', '', 'LIMITE', '', '2', '', note.language, '\f'];
  return [...header, ...annex].join('\n');
}

describe.each(Object.entries(revised))('a revised note of 2018 whose sentence calls its footnote after its full stop (%s)', (_language, note) => {
  it.each(TEXT_SHAPES)('reads its number, header, sentence, footnote and annex, the footers left out (%s)', (_shape, layout, flat) => {
    const text = inShape(revisedNote(note, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/older-revised-note.txt'));
    expect([record.number, record.date, record.originalLanguage, record.limite, record.codes]).toEqual([
      REVISED_NUMBER,
      '2018-03-12',
      'en',
      true,
      ['COSI 38', 'ENFOPOL 92'],
    ]);
    expect([record.from, record.to, record.previous, record.subject]).toEqual([note.from, note.to, ['5874/18'], note.subject]);
    expect(record.footnotes.map((footnote) => JSON.stringify(footnote.text))).toEqual([
      JSON.stringify([{ list: null, inline: [{ type: 'text', value: note.footnote }] }]),
    ]);
    const body = JSON.stringify(record.sections);
    expect(body).toContain(JSON.stringify({ type: 'text', value: note.sentence }));
    expect(body).toContain(note.annex);
    for (const furniture of ['VH/np', 'DGD2', REVISED_NUMBER]) expect(body).not.toContain(furniture);
  });
});

import { describe, expect, it } from 'vitest';
import { findLabels } from '../../../../../scripts/ingest/parse/header/header-labels.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';

const labels = (text: string) => findLabels(text).map(({ field, printed, language }) => [field, printed, language]);

describe('findLabels', () => {
  it('finds labels wherever the line breaks fall, with a space before the colon or none after', () => {
    expect(labels('NOTE From: Presidency To: Delegations No. prev. doc.: 8812/19 Subject: Draft')).toEqual([
      ['from', 'From:', 'en'],
      ['to', 'To:', 'en'],
      ['previous', 'No. prev. doc.:', 'en'],
      ['subject', 'Subject:', 'en'],
    ]);
    expect(labels('from :\nto :\nSubject :')).toEqual([
      ['from', 'from :', 'en'],
      ['to', 'to :', 'en'],
      ['subject', 'Subject :', 'en'],
    ]);
  });

  it('finds each label at its place in the whole window, between lines that hold no colon or slash, and after a first line that holds none', () => {
    const text =
      'COUNCIL OF\nTHE EUROPEAN UNION\n\nBrussels, 3 May 2019\nFrom:\tPresidency\nDelegations wrote\nTo:\nDelegations\nNo. prev. doc.\t8812/19\nSubject :\tDraft\r\nBetr.: Entwurf';
    expect(findLabels(text).map(({ start, end, field }) => [text.slice(start, end), field])).toEqual([
      ['From:', 'from'],
      ['To:', 'to'],
      ['No. prev. doc.', 'previous'],
      ['Subject :', 'subject'],
      ['Betr.:', 'subject'],
    ]);
  });

  it('reads a previous-document label without its colon only before a number', () => {
    expect(labels('No. prev. doc 8646/10 ENFOPOL 101')).toEqual([['previous', 'No. prev. doc', 'en']]);
    expect(labels('No. prev. doc was circulated')).toEqual([]);
  });

  it('reads French and German labels and the notes above a header (`Origine:` is Italian too, so says no language)', () => {
    expect(labels('Origine: Présidence Destinataire: Délégations N° doc. préc.: 8812/19 Objet: Avenir')).toEqual([
      ['from', 'Origine:', null],
      ['to', 'Destinataire:', 'fr'],
      ['previous', 'N° doc. préc.:', 'fr'],
      ['subject', 'Objet:', 'fr'],
    ]);
    expect(labels('Absender: Vorsitz Empfänger: Delegationen Betr.: Entwurf')).toEqual([
      ['from', 'Absender:', 'de'],
      ['to', 'Empfänger:', 'de'],
      ['subject', 'Betr.:', 'de'],
    ]);
    expect(labels('Interinstitutional File: 2020/0350(COD) of document: ST 7595/16 dated: 8 April 2016')).toEqual([
      ['interinstitutional', 'Interinstitutional File:', 'en'],
      ['note', 'of document:', 'en'],
      ['note', 'dated:', 'en'],
    ]);
  });

  it('reads the sender of an Italian cover note under its `Mittente:`', () => {
    expect(labels('Mittente: Segretaria generale della Commissione europea Destinatario: Segretario generale del Consiglio Oggetto: Relazione')).toEqual([
      ['from', 'Mittente:', 'it'],
      ['to', 'Destinatario:', 'it'],
      ['subject', 'Oggetto:', 'it'],
    ]);
  });

  it('reads the labels of the Italian, Spanish, Polish and Swedish versions (`Origine:`, `De:` and `Od:` are spelled so in two or three languages)', () => {
    expect(labels('Origine: Presidenza Destinatario: Delegazioni Oggetto: Ciclo')).toEqual([
      ['from', 'Origine:', null],
      ['to', 'Destinatario:', 'it'],
      ['subject', 'Oggetto:', 'it'],
    ]);
    expect(labels('De: Presidencia A: Delegaciones Asunto: Seguridad')).toEqual([
      ['from', 'De:', null],
      ['to', 'A:', 'es'],
      ['subject', 'Asunto:', 'es'],
    ]);
    expect(labels('Od: Do: Nr poprz. dok.: Dotyczy: Prezydencja')).toEqual([
      ['from', 'Od:', null],
      ['to', 'Do:', 'pl'],
      ['previous', 'Nr poprz. dok.:', 'pl'],
      ['subject', 'Dotyczy:', 'pl'],
    ]);
    expect(labels('från: Kommissionen till: Rådet Ärende: Rapport')).toEqual([
      ['from', 'från:', 'sv'],
      ['to', 'till:', 'sv'],
      ['subject', 'Ärende:', 'sv'],
    ]);
  });

  it('reads the whole label where one spelling begins another, its spaces kept, squeezed out or tabs', () => {
    expect(labels('No. prev. docs.: 8812/19 No. cion doc.: 9934/19 No.cion prop 10012/19 No.\tprev.\tdoc.: 7/19')).toEqual([
      ['previous', 'No. prev. docs.:', 'en'],
      ['commission', 'No. cion doc.:', 'en'],
      ['commission', 'No.cion prop', 'en'],
      ['previous', 'No.\tprev.\tdoc.:', 'en'],
    ]);
  });

  it("takes the Spanish one-letter A: for the recipient's label only right after the sender's, or the date's after it", () => {
    expect(labels('Subject: Internal security - Part A: exchange of information')).toEqual([['subject', 'Subject:', 'en']]);
    expect(labels('De:\tSecretaría General del Consejo\nFecha:\t29 de abril de 2024\nA:\tDelegaciones')).toEqual([
      ['from', 'De:', null],
      ['on', 'Fecha:', 'es'],
      ['to', 'A:', 'es'],
    ]);
    expect(labels('De:\n\nSecretaría General del Consejo\n\nFecha:\nA:\n\n29 de abril de 2024\nDelegaciones')).toEqual([
      ['from', 'De:', null],
      ['on', 'Fecha:', 'es'],
      ['to', 'A:', 'es'],
    ]);
    expect(labels('Fecha:\t29 de abril de 2024\nAsunto:\tParte A: intercambio de información')).toEqual([
      ['on', 'Fecha:', 'es'],
      ['subject', 'Asunto:', 'es'],
    ]);
  });

  it("takes A: for the recipient's label right before the sender's, as a header printing its recipient first has it, never inside a subject", () => {
    expect(labels('A:\tDelegaciones\nDe:\tSecretaría General del Consejo\nAsunto:\tSeguridad')).toEqual([
      ['to', 'A:', 'es'],
      ['from', 'De:', null],
      ['subject', 'Asunto:', 'es'],
    ]);
    expect(labels('Asunto:\tParte A: intercambio de información\nDe:\tPresidencia')).toEqual([
      ['subject', 'Asunto:', 'es'],
      ['from', 'De:', null],
    ]);
    expect(labels('Subject: Internal security - Part A: exchange of information\nFrom: Presidency')).toEqual([
      ['subject', 'Subject:', 'en'],
      ['from', 'From:', 'en'],
    ]);
  });

  it("takes A: for the recipient's label after the subject by its shape: a recipient its value, or alone under the subject's label", () => {
    const recipientLast = [
      ['from', 'De:', null],
      ['subject', 'Asunto:', 'es'],
      ['to', 'A:', 'es'],
    ];
    expect(labels('De:\tSecretaría General del Consejo\nAsunto:\tResultado de los trabajos\n\tdel COSI\nA:\tDelegaciones')).toEqual(recipientLast);
    expect(
      labels(
        'De:          Presidencia\nAsunto:      Seguridad interior\nA:           Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
      ),
    ).toEqual(recipientLast);
    expect(labels('De:\nAsunto:\nA:\n\nPresidencia\nSeguridad interior\nDelegaciones')).toEqual(recipientLast);
    // a page run into one line: the recipient after the subject's last word
    expect(labels('De: Presidencia Asunto: Seguridad interior de 2025 A: Delegaciones Se remite …')).toEqual(recipientLast);
    // … also after a subject ending in a capitalised word, a name's (`Seguridad Interior`, `COSI`, `Europol`)
    for (const subject of [
      'Preparación de la reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
      'Orden del día provisional del COSI',
      'Informe anual de Europol',
    ])
      expect(labels(`De: Presidencia Asunto: ${subject} A: Delegaciones Se remite adjunta …`), subject).toEqual(recipientLast);
    // the letter of a part, in the subject or opening its wrapped line, whatever follows it
    const subjectOnly = [
      ['from', 'De:', null],
      ['subject', 'Asunto:', 'es'],
    ];
    expect(labels('De:\tPresidencia\nAsunto:\tOrden del día – Parte A: Delegaciones')).toEqual(subjectOnly);
    expect(labels('De:\tPresidencia\nAsunto:\tOrden del día – Parte\nA: puntos de debate')).toEqual(subjectOnly);
    for (const part of ['Anexo', 'ANEXO', 'Opción', 'punto', 'Lista'])
      expect(labels(`De: Presidencia Asunto: Reparto de tareas – ${part} A: Delegaciones y Europol`), part).toEqual(subjectOnly);
  });

  it('does not take a word inside another for a label', () => {
    expect(labels('The Subjective views: none. Undated: no.')).toEqual([]);
  });
});

describe('findLabels for the Finnish subject label', () => {
  it('finds Asia: after other Finnish labels', () => {
    expect(findLabels('Lähettäjä: Vastaanottaja: Asia: Puheenjohtajavaltio').map((label) => label.field)).toEqual(['from', 'to', 'subject']);
  });

  it('finds Asia: before the other Finnish labels, as a header printing its subject first has it', () => {
    expect(findLabels('Asia: Luonnos neuvoston päätelmiksi\nLähettäjä: Puheenjohtajavaltio\nVastaanottaja: Valtuuskunnat').map((label) => label.field)).toEqual(
      ['subject', 'from', 'to'],
    );
    expect(findLabels('ILMOITUS Asia: Lähettäjä: Vastaanottaja: Luonnos').map((label) => label.field)).toEqual(['subject', 'from', 'to']);
  });

  it('does not take the Asia: of an English subject for a label, wherever the subject stands', () => {
    expect(findLabels('Subject: South-East Asia: state of play\nFrom: Presidency\nTo: Delegations').map((label) => label.field)).toEqual([
      'subject',
      'from',
      'to',
    ]);
  });

  it('does not take the Asia: of an English subject for a label', () => {
    expect(findLabels('From: Presidency To: Delegations Subject: South-East Asia: state of play').map((label) => label.field)).toEqual([
      'from',
      'to',
      'subject',
    ]);
  });
});

describe('findLabels: words an older header prints instead of labels', () => {
  it('reads des and für die alone on their lines as the sender’s and the recipient’s labels, and nowhere else', () => {
    const found = findLabels('ÜBERMITTLUNGSVERMERK\ndes\nGeneralsekretariats des Rates\nfür die\nDelegationen\nBetr.:\nTagung');
    expect(found.map(({ field, printed }) => [field, printed])).toEqual([
      ['from', 'des'],
      ['to', 'für die'],
      ['subject', 'Betr.:'],
    ]);
    expect(findLabels('Generalsekretariats des Rates für die Delegationen\ndes')).toEqual([]);
  });

  it('reads no des ending a wrapped line of a header in another language as the German sender’s label', () => {
    const found = findLabels('NOTE\nOrigine:\tla présidence\nObjet:\tÉchange de vues sur la coopération entre les services répressifs\ndes\nÉtats membres\n');
    expect(found.map(({ field, printed }) => [field, printed])).toEqual([
      ['from', 'Origine:'],
      ['subject', 'Objet:'],
    ]);
  });
});

describe('an older German header run into one line, each word before its value', () => {
  // A 2011–2012 German version copied from `pdftotext -layout` with each page run into one line: the kind line, then
  // `des` and `für den` / `für die` each before its value, as the header table prints them in one row each.
  const page = (kind: string, sender: string, recipient: string) =>
    `RAT DER EUROPÄISCHEN UNION Brüssel, den 12. Januar 2011 (13.01) (OR. en) 5109/11 LIMITE COSI 1 ENFOPOL 3 JAI 12 ${kind} des ${sender} ${recipient} Nr. Vordok.: 17380/10 COSI 90 ENFOPOL 345 Betr.: Arbeitsprogramm des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit für das erste Halbjahr 2011 Die Delegationen erhalten anbei den Entwurf des Arbeitsprogramms des COSI für das erste Halbjahr 2011, den der ungarische Vorsitz auf der Grundlage der Beratungen in der Sitzung des COSI vom 20. Dezember 2010 erstellt hat. 5109/11 GS/np 1 DG H LIMITE DE`;

  it.each([
    ['VERMERK', 'note', 'Vorsitzes', 'für den', 'Ständigen Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)'],
    ['I/A-PUNKT-VERMERK', 'i-a-item-note', 'Generalsekretariats des Rates', 'für den', 'AStV/Rat'],
    ['ÜBERMITTLUNGSVERMERK', 'cover-note', 'Generalsekretariats des Rates', 'für die', 'Delegationen'],
    ['VERMERK', 'note', 'Vorsitzes', 'für das', 'Politische und Sicherheitspolitische Komitee (PSK)'],
  ])('reads `%s des …` as the kind %s, its sender `%s` and after `%s` its recipient `%s`', (kind, slug, sender, word, recipient) => {
    const record = parseDocument(page(kind, sender, `${word} ${recipient}`), 'vermerk.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect([record.kind, record.from, record.to, record.previous]).toEqual([slug, sender, recipient, ['17380/10']]);
    expect(record.subject).toBe(
      'Arbeitsprogramm des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit für das erste Halbjahr 2011',
    );
  });

  it('reads no sender from `des` after a kind line where the header prints its labels', () => {
    const found = findLabels('VERMERK des Vorsitzes\nAbsender: Vorsitz\nEmpfänger: Delegationen\nBetr.: Tagung');
    expect(found.map(({ field, printed }) => [field, printed])).toEqual([
      ['from', 'Absender:'],
      ['to', 'Empfänger:'],
      ['subject', 'Betr.:'],
    ]);
  });
});

describe("a French cover note's sender", () => {
  it('is read under its `Expéditeur:`', () => {
    expect(labels('Expéditeur: Pour la secrétaire générale\nDate de réception: 11 mars 2025\nDestinataire: Madame Thérèse BLANCHET')).toEqual([
      ['from', 'Expéditeur:', 'fr'],
      ['other', 'Date de réception:', 'fr'],
      ['to', 'Destinataire:', 'fr'],
    ]);
  });
});

describe('a label the vocabulary lacks, between labels it knows', () => {
  it('is a label of its own where its value is a day, or where the labels are printed before their values', () => {
    // a Swedish cover note's date of receipt, a Maltese one's, a Finnish one's
    expect(labels('FÖLJENOT\nFrån: Europeiska kommissionen\nInkom den: 11 mars 2025\nTill: Thérèse BLANCHET\nÄrende: Meddelande')).toEqual([
      ['from', 'Från:', 'sv'],
      ['other', 'Inkom den:', null],
      ['to', 'Till:', 'sv'],
      ['subject', 'Ärende:', 'sv'],
    ]);
    expect(labels('Minn: Il-Kummissjoni\nData meta waslet: 11 ta’ Marzu 2025\nLil: Thérèse BLANCHET\nSuġġett: Komunikazzjoni')).toContainEqual([
      'other',
      'Data meta waslet:',
      null,
    ]);
    expect(labels('Lähettäjä:\nSaapunut:\nVastaanottaja:\nAsia:\n\nEuroopan komissio\n11. maaliskuuta 2025')).toEqual([
      ['from', 'Lähettäjä:', 'fi'],
      ['other', 'Saapunut:', null],
      ['to', 'Vastaanottaja:', 'fi'],
      ['subject', 'Asia:', 'fi'],
    ]);
  });

  it('is no label where its value is no day, or where it stands before the first or after the last label', () => {
    expect(labels('From: Presidency\nNote: this is a draft\nTo: Delegations\nSubject: Draft')).toEqual([
      ['from', 'From:', 'en'],
      ['to', 'To:', 'en'],
      ['subject', 'Subject:', 'en'],
    ]);
    expect(labels('Deadline: 3 March 2026\nFrom: Presidency\nTo: Delegations\nSubject: Draft\nDeadline: 3 March 2026')).toEqual([
      ['from', 'From:', 'en'],
      ['to', 'To:', 'en'],
      ['subject', 'Subject:', 'en'],
    ]);
  });
});

// A Swedish cover note as the register prints it, its values beside their labels and, as plain pdftotext prints a
// header table, after them.
const COVER_NOTE_SV = `Europeiska unionens råd
Bryssel den 12 mars 2025
(OR. en)
7012/25
JAI 321
COSI 44
FÖLJENOT
Från: Europeiska kommissionens generalsekreterare,
undertecknat av Martine DEPREZ, direktör
Inkom den: 11 mars 2025
Till: Thérèse BLANCHET, generalsekreterare för Europeiska unionens råd
Komm. dok. nr: COM(2025) 148 final
Ärende: MEDDELANDE FRÅN KOMMISSIONEN om ProtectEU: en europeisk strategi för inre säkerhet
För delegationerna bifogas dokument COM(2025) 148 final.
Bilaga: COM(2025) 148 final
7012/25 AB/cd
JAI.1 SV
`;
const COVER_NOTE_SV_PLAIN = `Europeiska unionens råd
Bryssel den 12 mars 2025
(OR. en)
7012/25
JAI 321
COSI 44
FÖLJENOT
Från:
Inkom den:
Till:
Komm. dok. nr:
Ärende:

Europeiska kommissionens generalsekreterare,
undertecknat av Martine DEPREZ, direktör
11 mars 2025
Thérèse BLANCHET, generalsekreterare för Europeiska unionens råd
COM(2025) 148 final
MEDDELANDE FRÅN KOMMISSIONEN om ProtectEU: en europeisk strategi för inre säkerhet

För delegationerna bifogas dokument COM(2025) 148 final.
Bilaga: COM(2025) 148 final
7012/25 AB/cd
JAI.1 SV
`;

describe('a Swedish cover note whose date of receipt the vocabulary lacks', () => {
  it('reads sender, recipient and subject apart, and keeps the date of receipt as printed, in both renderings', () => {
    for (const text of [COVER_NOTE_SV, COVER_NOTE_SV_PLAIN]) {
      const record = parseDocument(text, 'cover-note-sv.txt');
      if (record.status !== 'ok') throw new Error(record.error.message);
      expect(record.from).toBe('Europeiska kommissionens generalsekreterare, undertecknat av Martine DEPREZ, direktör');
      expect(record.to).toBe('Thérèse BLANCHET, generalsekreterare för Europeiska unionens råd');
      expect(record.subject).toBe('MEDDELANDE FRÅN KOMMISSIONEN om ProtectEU: en europeisk strategi för inre säkerhet');
      expect(record.otherHeaderLines).toContain('Inkom den: 11 mars 2025');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bodyPhraseAt, bodyStart, introductionEnd, titleEnd } from '../../../../../scripts/ingest/parse/header/body-start.ts';

const startOf = (text: string) => {
  const found = bodyStart(text);
  return found === null ? null : { body: text.slice(found.offset).trimStart().slice(0, 20), marked: found.marked };
};

describe('bodyStart', () => {
  it('reads no body heading in the word for annex after a spaced dash, nor a paragraph in a number closing a range (a Commission document’s annexes run on into the subject)', () => {
    const en = ' COM(2025) 123 final - ANNEX COMMISSION STAFF WORKING DOCUMENT Evaluation of EC3. Delegations will find attached the document.';
    expect(startOf(en)).toEqual({ body: 'Delegations will fin', marked: false });
    const hr = ' COM(2025) 123 final - PRILOZI 1. do 3. RADNI DOKUMENT SLUŽBI KOMISIJE Evaluacija. Za delegacije u prilogu se nalazi dokument.';
    expect(startOf(hr)).toEqual({ body: 'Za delegacije u pril', marked: false });
    // a heading after a word, and a paragraph's number after a sentence's end, still open the body
    expect(startOf(' Evaluation of EC3 ANNEX The report follows.')).toEqual({ body: 'ANNEX The report fol', marked: false });
  });

  it('reads a German sentence opening with an article and its capitalised noun as the body run on from the subject', () => {
    const de = ' Zusammenfassung der Beratungen Den Vorsitz führte der irische Vorsitz.\n1. Annahme der Tagesordnung';
    expect(startOf(de)).toEqual({ body: 'Den Vorsitz führte d', marked: false });
    const der = ' Sitzung des COSI am 3. März 2011 Der Ausschuss nahm den Bericht zur Kenntnis.\n1. Annahme der Tagesordnung';
    expect(startOf(der)).toEqual({ body: 'Der Ausschuss nahm d', marked: false });
  });

  it('keeps the part of a subject after its colon in the subject, though it opens with an article: the sentence after it begins the body', () => {
    const de = ' Sachstand: Die Rolle von Europol Der Vorsitz führte der irische Vorsitz.\n1. Annahme der Tagesordnung';
    expect(startOf(de)).toEqual({ body: 'Der Vorsitz führte d', marked: false });
    const en = ' EU Policy Cycle: The way forward The meeting was chaired by the Presidency.\n1. Adoption of the agenda';
    expect(startOf(en)).toEqual({ body: 'The meeting was chai', marked: false });
  });

  it('reads a subject ending in a date with its full stop (Croatian `2025.`, Bulgarian `2025 г.`) as no sentence: the body does not begin inside it', () => {
    const hr =
      ' Ishod sastanka Stalnog odbora (COSI) održanog 18. i 19. studenoga 2025.\n\nZa delegacije se u nastavku nalazi ishod sastanka.\n\n1. Donošenje dnevnog reda';
    expect(bodyStart(hr)?.offset).toBeGreaterThan(hr.indexOf('2025.'));
    const bg =
      ' Резултат от заседанието на комитета (COSI), проведено на 18 и 19 ноември 2025 г.\n\nПриложено се изпраща на делегациите резултатът.\n\n1. Приемане';
    expect(bodyStart(bg)?.offset).toBe(bg.indexOf('Приложено'));
  });

  it('reads the Lithuanian day’s `d.` after a month and its days as no sentence’s end, a sentence’s `d.` after other words as one', () => {
    const lt =
      ' NUOLATINIŲ ATSTOVŲ KOMITETO 2386-asis posėdis\n\n2011 m. lapkričio 23–24 d. Briuselyje\n\nTURINYS Puslapis\n1. Preliminariosios darbotvarkės priėmimas';
    expect(startOf(lt)).toEqual({ body: '1. Preliminariosios ', marked: true });
    expect(startOf(' Posėdis 2011 m. lapkričio 23 ir 24 d. Briuselyje\n1. Darbotvarkės priėmimas')).toEqual({ body: '1. Darbotvarkės priė', marked: true });
    // a `d.` after no month's days (a lone letter's stop, `Nr. d. Komitetas`) still ends its sentence
    expect(startOf(' Komiteto posėdis, dokumentas d. Komitetas priėmė darbotvarkę.\n1. Darbotvarkės priėmimas')?.body).toBe('Komitetas priėmė dar');
  });

  it('reads a subject opening with a German meeting’s ordinal (`2386. Tagung …`) as no sentence: the body begins at its numbered line', () => {
    const de = ' 2386. Tagung des AUSSCHUSSES DER STÄNDIGEN VERTRETER\n1. Annahme der Tagesordnung';
    expect(startOf(de)).toEqual({ body: '1. Annahme der Tages', marked: true });
    // a year closing the subject's first sentence still ends it
    const en = ' Meeting held in 2011. The Committee took note.\n1. Adoption';
    expect(startOf(en)?.body).toBe('The Committee took n');
  });

  it('keeps a title’s second part after its colon in the subject though its first word opens sentences elsewhere (the Latvian Presidency), as printed and run into one line', () => {
    expect(bodyStart(' Cīņa pret organizēto noziedzību: Prezidentvalsts sniegtā informācija\n', true)).toBeNull();
    expect(startOf(' Cīņa pret organizēto noziedzību: Prezidentvalsts sniegtā informācija 1. Delegācijām tiek nosūtīts dokuments.')?.body).not.toMatch(
      /^Prezidentvalsts/,
    );
    // the same word after the title's last word, no colon, still opens the body
    expect(startOf(' Cīņa pret organizēto noziedzību Prezidentvalsts informēja delegācijas.')?.body).toBe('Prezidentvalsts info');
  });

  it('keeps an agency’s name inside a subject a blank line ends, where no sentence ends after it (the Irish and English subjects of a cover note)', () => {
    const ga =
      ' Togra le haghaidh RIALACHÁN lena leasaítear Rialachán (AE) 2016/794 a mhéid a bhaineann le ról Europol a neartú maidir le smuigleáil imirceach a chosc';
    expect(bodyStart(ga, true, true)).toBeNull();
    const en = ' Proposal for a REGULATION amending Regulation (EU) 2016/794 as regards strengthening Europol support to prevent migrant smuggling';
    expect(bodyStart(en, true, true)).toBeNull();
    // where no blank line ends it (a copy without blank lines may run the body on), the name still opens a body there
    expect(bodyStart(en, true)?.offset).toBe(en.indexOf('Europol'));
    // and so it does where the sentence run on after the subject ends (`… den 14. november 2023.`)
    const da = ' Udkast til konklusioner om bekæmpelse af narkotikahandel i havnene Formandskabet har udarbejdet vedlagte udkast den 14. november 2023.';
    expect(bodyStart(da, true, true)?.offset).toBe(da.indexOf('Formandskabet'));
  });

  it('is null when the text is a value and nothing after it', () => {
    expect(bodyStart(' European Internal Security Strategy - Exchange of views')).toBeNull();
    expect(bodyStart(' Draft Council conclusions on the fight against\nfirearms trafficking\n - Approval')).toBeNull();
  });

  it('takes a numbered line or a heading line as a marked start of the body', () => {
    expect(startOf(' Draft conclusions\n\t- Approval\n1.\tThe Committee reached agreement.')).toEqual({ body: '1.\tThe Committee rea', marked: true });
    expect(startOf(' Outcome of the meeting\n## 1. Adoption of the agenda\nThe agenda was adopted.')).toEqual({ body: '## 1. Adoption of th', marked: true });
  });

  it('takes an item numbered with a word or a bracket on the line under the value as a marked start of the body, in several versions', () => {
    for (const item of ['Item 1: Adoption', 'Point 1 : Adoption', 'Punkt 1: Annahme', 'Σημείο 1: Έγκριση', '1) Adoption', 'Agenda item 1 – Adoption'])
      expect(startOf(` Outcome of the meeting (COSI)\n${item} of the agenda`)).toEqual({ body: `${item} of the agenda`.slice(0, 20), marked: true });
    // a number after a word that closes no item's number opens no item (`Point 3 was …` is a sentence)
    expect(startOf(' Outcome of the meeting (COSI)\nPoint 3 was discussed')?.marked).not.toBe(true);
  });

  it('takes a phrase that opens a body for its start where the note’s opening sentence runs on from the subject before a numbered paragraph', () => {
    expect(
      startOf(' Outlook for 2025 - Exchange of views Delegations will find below a note for the meeting of 25 March 2025.\n1. The Council called'),
    ).toEqual({
      body: 'Delegations will fin',
      marked: false,
    });
  });

  it('begins the body at the sentence that ends right before the numbered line, its opener in any official language (a copy without blank lines)', () => {
    const start = (subject: string, opening: string) => startOf(`\n${subject}\n${opening}\n1. Adoption of the agenda`);
    expect(start('Resultatet af mødet i COSI den 18. og 19. november 2025', 'Hermed følger til delegationerne resultatet af mødet.')?.body).toBe(
      'Hermed følger til de',
    );
    expect(start('Resultat av mötet i ständiga kommittén (COSI) den 18 och 19 november 2025', 'Delegationerna får härmed resultatet av mötet.')?.body).toBe(
      'Delegationerna får h',
    );
    expect(start('Toradh chruinniú an Bhuanchoiste (COSI) an 18 agus an 19 Samhain 2025', 'Gheobhaidh na toscaireachtaí thíos toradh an chruinnithe.')).toEqual(
      {
        body: 'Gheobhaidh na toscai',
        marked: false,
      },
    );
    // no sentence ends before the numbered line: the subject runs to it
    expect(startOf('\nDraft conclusions on The Hague Programme\n1. The Presidency invites')).toEqual({ body: '1. The Presidency in', marked: true });
  });

  it('begins the body at an introduction’s heading the subject runs on into before the numbered line, in capitals or not, after its numeral', () => {
    expect(startOf(' Draft conclusions on cooperation – revised text Introduction\n1. At its meeting')?.body).toBe('Introduction\n1. At i');
    expect(startOf(' Report on the proceedings for January 2024 - June 2025 I.\nINTRODUCTION\n1. Article 71')?.body).toBe('I.\nINTRODUCTION\n1. A');
    expect(startOf(' Progetto di conclusioni del Consiglio sulla sicurezza interna Introduzione\n1. Nella riunione')?.body).toBe('Introduzione\n1. Nell');
    expect(startOf(' Projekt konkluzji Rady w sprawie bezpieczeństwa WPROWADZENIE\n1. Na posiedzeniu')?.body).toBe('WPROWADZENIE\n1. Na p');
    // the heading above the sentence that ends before the numbered line, the sentence's opener in the vocabulary or not
    expect(startOf(' Entwurf von Schlussfolgerungen zum weiteren Vorgehen Einleitung Dieser Vermerk gibt einen Überblick.\n1. Der Vorsitz')?.body).toBe(
      'Einleitung Dieser Ve',
    );
    expect(startOf(' Ciclo programmatico - Valutazione intermedia Introduzione La presente nota illustra lo stato.\n1. Il COSI')?.body).toBe(
      'Introduzione La pres',
    );
    // a subject's last word in lower case is no heading
    expect(startOf(' Exchange of views on the wider context\n1. The Presidency')?.body).toBe('1. The Presidency');
  });

  it('takes a phrase that opens a body for its start where no full stop ends the sentence', () => {
    expect(startOf(' Outcome Report Delegations will find attached an outcome report of the meeting')).toEqual({ body: 'Delegations will fin', marked: false });
    expect(startOf(' Rapport om gränsförvaltningen För delegationerna bifogas ovannämnda dokument')).toEqual({ body: 'För delegationerna b', marked: false });
  });

  it('takes a phrase that opens a body for its start over a name that opens sentences in the title before it', () => {
    expect(startOf(' privește cooperarea Europol cu părțile private Se transmite alăturat, în atenția delegațiilor, documentul.')).toEqual({
      body: 'Se transmite alătura',
      marked: false,
    });
  });

  it('ends a subject in the other official languages at the phrase their bodies open with, past the small words titles go on after', () => {
    expect(startOf(' Проект на заключения на Съвета относно сигурността Делегациите получават приложено проекта.')?.body).toBe('Делегациите получава');
    expect(startOf(' Nacrt zaključaka Vijeća o sigurnosti Unije Za delegacije se u prilogu nalazi nacrt.')?.body).toBe('Za delegacije se u p');
    expect(startOf(' Nõukogu järelduste kavand sisejulgeoleku kohta Delegatsioonidele edastatakse kavand.')?.body).toBe('Delegatsioonidele ed');
  });

  it('guesses the start at a heading, a numbered paragraph or a sentence opener inside a run-on line', () => {
    expect(startOf(' Future of cooperation - Draft conclusions Introduction This note sets out the state of play. Delegations welcomed it.')).toEqual({
      body: 'Introduction This no',
      marked: false,
    });
    expect(startOf(' Proposal for a Regulation - Mandate I. INTRODUCTION 1. On 12 October 2020 the Commission submitted it.')).toEqual({
      body: 'I. INTRODUCTION 1. O',
      marked: false,
    });
    expect(startOf(' Security of energy supply - State of play In line with its June conclusions, the European Council will act. It will.')).toEqual({
      body: 'In line with its Jun',
      marked: false,
    });
    expect(startOf(' Standing Committee (COSI) 18 November 2025 1. Adoption of the agenda The agenda was adopted. 2. AOB')).toEqual({
      body: '18 November 2025 1. ',
      marked: false,
    });
  });

  it('reads no day heading in the subject’s own days, tied to it by a word in lower case or a day before them: the body opens at item 1', () => {
    const en = ' Meeting of the Standing Committee (COSI) on 18 and 19 November 2025 1. Adoption of the agenda The agenda was adopted. 2. AOB';
    expect(startOf(en)).toEqual({ body: '1. Adoption of the a', marked: false });
    const fr = ' Réunion du Comité permanent (COSI) des 18 et 19 novembre 2025 1. Adoption de l’ordre du jour L’ordre du jour a été adopté. 2. Divers';
    expect(startOf(fr)).toEqual({ body: '1. Adoption de l’ord', marked: false });
    const de = ' Tagung des Ständigen Ausschusses (COSI) am 18. November 2025 1. Annahme der Tagesordnung Die Tagesordnung wurde angenommen. 2. Sonstiges';
    expect(startOf(de)).toEqual({ body: '1. Annahme der Tages', marked: false });
    // a day heading with its day of the week after the subject's name still opens the body
    expect(startOf(' Standing Committee (COSI) Tuesday 18 November 2025 1. Adoption of the agenda The agenda was adopted. 2. AOB')).toEqual({
      body: 'Tuesday 18 November ',
      marked: false,
    });
  });

  it('does not take an abbreviation, a day or a list of days for the end of a sentence', () => {
    expect(bodyStart(' 18./19. November 2025')).toBeNull();
    expect(bodyStart(' See No. 5 of the Regulation')).toBeNull();
  });
});

describe('titleEnd', () => {
  it('cuts an item title from its text where a sentence opener follows it', () => {
    const text = 'Information provided by the Presidency The Presidency informed delegations.';
    expect(text.slice(titleEnd(text) ?? 0)).toBe('The Presidency informed delegations.');
  });

  it('cuts before the committee’s noun the versions print before its acronym (`Výbor COSI`, `Komitet COSI`, `Odbor COSI`)', () => {
    const sk = 'Boj proti obchodovaniu s drogami v prístavoch EÚ Výbor COSI vzal na vedomie informácie predsedníctva.';
    expect(sk.slice(titleEnd(sk) ?? 0)).toBe('Výbor COSI vzal na vedomie informácie predsedníctva.');
    const pl = 'Priorytety UE w walce z poważną i zorganizowaną przestępczością Komitet COSI zatwierdził konkluzje.';
    expect(pl.slice(titleEnd(pl) ?? 0)).toBe('Komitet COSI zatwierdził konkluzje.');
    // the acronym alone opens the sentence as before
    const en = 'Information from the Presidency COSI took note of the information.';
    expect(en.slice(titleEnd(en) ?? 0)).toBe('COSI took note of the information.');
  });

  it('cuts a Polish title before the Presidency and its verb in the past, not before the noun in a title', () => {
    const pl =
      'Projekt konkluzji Rady w sprawie zwalczania handlu narkotykami Prezydencja przedstawiła projekt konkluzji zawarty w dokumencie 6640/26, zmieniony';
    expect(pl.slice(titleEnd(pl) ?? 0)).toBe('Prezydencja przedstawiła projekt konkluzji zawarty w dokumencie 6640/26, zmieniony');
    expect(titleEnd('Sprawozdanie z działalności Prezydencja polska w Radzie')).toBeNull();
  });

  it('cuts a Greek heading ending on a possessive before the article its sentence opens with (`… οι εμπειρίες τους Η Προεδρία …`)', () => {
    const el = 'Τα κράτη μέλη και οι εμπειρίες τους Η Προεδρία υπενθυμίζει ότι ο κύκλος πολιτικής της ΕΕ αποτελεί το κύριο εργαλείο.';
    expect(el.slice(titleEnd(el) ?? 0)).toBe('Η Προεδρία υπενθυμίζει ότι ο κύκλος πολιτικής της ΕΕ αποτελεί το κύριο εργαλείο.');
    const plural = 'Οι εθνικές αρχές και τα καθήκοντά τους Οι αντιπροσωπίες ενημέρωσαν την επιτροπή.';
    expect(plural.slice(titleEnd(plural) ?? 0)).toBe('Οι αντιπροσωπίες ενημέρωσαν την επιτροπή.');
    // a capitalised noun after the article goes on with it: no sentence opens there
    expect(titleEnd('Ενημέρωση προς τους Υπουργούς για την πρόοδο των εργασιών')).toBeNull();
  });

  it('reads no sentence opening at a preposition inside a name printed with capitals (`Platform Against Criminal Threats`)', () => {
    const text = 'European Multidisciplinary Platform Against Criminal Threats (EMPACT) – follow-up';
    expect(titleEnd(text)).toBeNull();
    const opened = 'Information from the Presidency Against this background, the Presidency informed delegations.';
    expect(opened.slice(titleEnd(opened) ?? 0)).toBe('Against this background, the Presidency informed delegations.');
  });

  it('cuts before a sentence’s first word whose article or preposition is elided (`D’intesa`, `Nell’ambito`, `L’évaluation`), not at a title’s own (`dell’UE`, `l’ordre`)', () => {
    const it = 'Ciclo programmatico dell’UE/EMPACT D’intesa con la presidenza, il comitato ha approvato la relazione.';
    expect(it.slice(titleEnd(it) ?? 0)).toBe('D’intesa con la presidenza, il comitato ha approvato la relazione.');
    const nell = 'Ciclo programmatico dell’UE/EMPACT Nell’ambito del ciclo, il comitato ha approvato la relazione.';
    expect(nell.slice(titleEnd(nell) ?? 0)).toBe('Nell’ambito del ciclo, il comitato ha approvato la relazione.');
    const fr = "Cycle politique de l'UE/EMPACT L'évaluation a été examinée.";
    expect(fr.slice(titleEnd(fr) ?? 0)).toBe("L'évaluation a été examinée.");
    expect(titleEnd('Adoption de l’ordre du jour et du programme de l’UE')).toBeNull();
  });

  it('cuts before a body’s possessive whose named unit is the sentence’s subject (`Europol’s … (EC3) presented`), not in a title (`as regards Europol’s cooperation`)', () => {
    const en = 'EU internal security threat analysis Europol’s European Cybercrime Centre (EC3) presented the Internet Organised Crime Threat Assessment.';
    expect(en.slice(titleEnd(en) ?? 0)).toBe('Europol’s European Cybercrime Centre (EC3) presented the Internet Organised Crime Threat Assessment.');
    expect(
      titleEnd("Proposal for a Regulation amending Regulation (EU) 2016/794, as regards Europol's cooperation with private parties – presentation"),
    ).toBeNull();
  });

  it('cuts a Danish, Swedish or Finnish heading before the pronoun its sentence opens with (`Resumé Denne rapport …`)', () => {
    const da = 'Resumé Denne rapport er den tredje rapport til Europa-Parlamentet og de nationale parlamenter.';
    expect(da.slice(titleEnd(da) ?? 0)).toBe('Denne rapport er den tredje rapport til Europa-Parlamentet og de nationale parlamenter.');
    const daIt = 'Eventuelt Det blev aftalt at vende tilbage til spørgsmålet.';
    expect(daIt.slice(titleEnd(daIt) ?? 0)).toBe('Det blev aftalt at vende tilbage til spørgsmålet.');
    const sv = 'Sammanfattning Denna rapport är den tredje rapporten till Europaparlamentet och de nationella parlamenten.';
    expect(sv.slice(titleEnd(sv) ?? 0)).toBe('Denna rapport är den tredje rapporten till Europaparlamentet och de nationella parlamenten.');
    const svAt = 'Övriga frågor Vid mötet informerade ordförandeskapet om arbetsprogrammet.';
    expect(svAt.slice(titleEnd(svAt) ?? 0)).toBe('Vid mötet informerade ordförandeskapet om arbetsprogrammet.');
    const fi = 'Tiivistelmä Tämä raportti on kolmas Euroopan parlamentille ja kansallisille parlamenteille annettava raportti.';
    expect(fi.slice(titleEnd(fi) ?? 0)).toBe('Tämä raportti on kolmas Euroopan parlamentille ja kansallisille parlamenteille annettava raportti.');
  });

  it('leaves a paragraph that is one sentence whole', () => {
    expect(titleEnd('On 12 October 2020 the Commission submitted the proposal to the Council.')).toBeNull();
  });

  it.each([
    'Eighteen Member States have made the screening of port workers stricter since 2023.',
    'Twenty-two Member States replied to the questionnaire.',
    'Three Member States asked for more time.',
    'Both Europol and Eurojust presented their reports.',
    'Eleven Member States replied before the deadline.',
  ])('does not cut a sentence after the number or quantifier its subject opens with: %s', (text) => {
    expect(titleEnd(text)).toBeNull();
  });

  it('still cuts a one-word title from the sentence under it', () => {
    const text = 'AOB The German delegation informed the Committee of its national plan.';
    expect(text.slice(titleEnd(text) ?? 0)).toBe('The German delegation informed the Committee of its national plan.');
  });
});

describe('introductionEnd', () => {
  it.each([
    ['Wprowadzenie Cykl polityki UE dotyczący zwalczania przestępczości jest głównym narzędziem.', 'Cykl polityki UE'],
    ['Johdanto EU:n toimintapoliittinen sykli on operatiivisen yhteistyön tärkein väline.', 'EU:n toimintapoliit'],
    ['INTRODUZIONE Il ciclo programmatico dell’UE è lo strumento principale.', 'Il ciclo programmat'],
    ['Einleitung: Der EU-Politikzyklus ist das wichtigste Instrument.', 'Der EU-Politikzyklu'],
  ])('cuts a numbered introduction’s one-word heading from the sentence under it, whatever that sentence opens with (%s)', (text, after) => {
    expect(text.slice(introductionEnd(text) ?? 0).slice(0, after.length)).toBe(after);
  });

  it.each(['Introductions of new priorities were discussed.', 'Introduction of the new cycle was discussed by COSI.', 'Background information was given.'])(
    'reads no heading where the word goes on in small letters or is another word (%s)',
    (text) => {
      expect(introductionEnd(text)).toBeNull();
    },
  );
});

describe('bodyPhraseAt: where a note’s one sentence opens after a subject run into it', () => {
  it('finds the sentence after the subject’s last word, however the sentence ends', () => {
    const cases: [string, string][] = [
      ['… of the law enforcement authorities Delegations will find attached the conclusions.1', 'Delegations will find'],
      ['Evaluation of Europol Delegations will find attached document SWD(2025) 45 final', 'Delegations will find'],
      ['… de la sécurité intérieure Les délégations trouveront ci-joint le document COM(2025) 123 final', 'Les délégations trouveront'],
      ['… de Seguridad Interior Se remite a las Delegaciones el documento', 'Se remite'],
      ['… της εσωτερικής ασφάλειας Διαβιβάζονται κατωτέρω στις αντιπροσωπίες', 'Διαβιβάζονται'],
      ['… om operativt samarbete Delegationerna får härmed resultatet', 'Delegationerna får'],
      ['… an chruinnithe Gheobhaidh na toscaireachtaí thíos toradh', 'Gheobhaidh na toscaireachtaí'],
    ];
    for (const [text, opening] of cases) expect(bodyPhraseAt(text), text).toBe(text.indexOf(opening));
  });

  it('finds none at the text’s first word, in lower case inside a subject, or inside a longer word', () => {
    for (const text of [
      'Delegations will find attached the note.',
      'Replies of delegations will find their way into the report',
      'Council conclusions on internal security',
    ])
      expect(bodyPhraseAt(text), text).toBeNull();
  });
});

describe('bodyStart: a heading in capitals a subject runs on into', () => {
  it('begins the body at the heading above the first numbered paragraph, on its line or on a page run into one line', () => {
    const cases: [string, string][] = [
      [
        ' Vorschlag für eine Richtlinie Allgemeine Ausrichtung\nKONTEXT UND INHALT DES VORSCHLAGS\n1. Die Kommission hat den Vorschlag übermittelt.',
        'KONTEXT UND',
      ],
      [' Proposal for a Regulation General approach STATE OF PLAY\n1. The Commission submitted the proposal.', 'STATE OF PLAY'],
      [' Proposition de règlement Orientation générale I. ÉTAT DES TRAVAUX\n1. La Commission a présenté la proposition.', 'I. ÉTAT'],
      [
        ' Vorschlag für eine Richtlinie Allgemeine Ausrichtung KONTEXT UND INHALT DES VORSCHLAGS 1. Die Kommission hat den Vorschlag übermittelt. 2. Der Vorschlag ist Teil.',
        'KONTEXT UND',
      ],
      [' Proposal for a Regulation General approach MAIN ISSUES 1. The Commission submitted the proposal. 2. The Working Party met.', 'MAIN ISSUES'],
    ];
    for (const [text, heading] of cases) expect(startOf(text)?.body.startsWith(heading), text).toBe(true);
  });

  it('begins the body at a heading in capitals a subject ends on, where a page run into one line was cut before its paragraph', () => {
    const subjectStart = (text: string) => {
      const found = bodyStart(text, true);
      return found === null ? null : text.slice(found.offset).trimStart().slice(0, 20);
    };
    expect(subjectStart(' Vorschlag für eine Richtlinie Allgemeine Ausrichtung KONTEXT UND INHALT DES VORSCHLAGS')).toBe('KONTEXT UND INHALT D');
    expect(subjectStart(' DRAFT COUNCIL CONCLUSIONS ON INTERNAL SECURITY')).toBeNull();
    expect(subjectStart(' Serious and organised crime threat assessment EU SOCTA')).toBeNull();
    // a committee named in capitals after a title word goes on with the subject
    expect(subjectStart(' 2379th meeting of the PERMANENT REPRESENTATIVES COMMITTEE')).toBeNull();
    // a sender's value ends on a name, its surname in capitals: no heading
    expect(bodyStart(' Sekretarz Generalny Komisji Europejskiej, podpisał dyrektor Jordi AYET PUIGARNAU')).toBeNull();
  });

  it('keeps in the subject a subject printed all in capitals and a pair of acronyms it ends on', () => {
    const caps = ' DRAFT COUNCIL CONCLUSIONS ON INTERNAL SECURITY\n1. The Presidency submitted the draft.';
    expect(startOf(caps)?.body).toBe('1. The Presidency su');
    const acronyms = ' Serious and organised crime threat assessment EU SOCTA\n1. Europol presented the assessment.';
    expect(startOf(acronyms)?.body).toBe('1. Europol presented');
  });
});

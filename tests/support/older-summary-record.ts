/**
 * A summary record of the Permanent Representatives Committee of November 2011 (17812/11) whose items include COSI's
 * report, written by hand in the register's shape of those years: each page's footer on one line (`17812/11 lb 2 DQPG
 * EN/FR`, the typist's initials, the directorate and the two languages of a bilingual record), the Council's name in
 * capitals, the place and date, number and code (`CRS/CRP 47`), the kind line with the subject's label beside it and the
 * subject's second line under it, then a table of contents headed by its word and the column's word for "page" (`SUMMARY`
 * / `Page`), each entry's title ending in dot leaders and its page (`1. Adoption of the provisional agenda ...... 3`),
 * the third entry wrapped over two lines with the fourth run on after it (`(1 July to 31 December 2011) 4. Preparation
 * of …`, as plain pdftotext joined them on the register's page), and on the next page the items numbered afresh, each
 * with what the Committee did. In English, French, German, Spanish (`ACTA RESUMIDA`, `ÍNDICE` / `Página`) and Italian
 * (`RESOCONTO SOMMARIO`, `SOMMARIO` / `Pagina`, a meeting over three days as the register's record 17075/11 prints it,
 * `… on 15, 16 and 18 November 2011`), as plain pdftotext and `-layout` print it (plain pdftotext sets the subject's
 * second line apart after a blank line), each page run into one line and copied out of a viewer.
 */
export interface Version {
  institution: string;
  placeDate: string;
  kind: string;
  label: string;
  subject: [string, string];
  contents: [string, string];
  /** The items' titles, the third's last words apart (the contents wrap them onto their own line). */
  titles: [string, string, [string, string], string];
  texts: [string, string, string, string];
  languages: string;
  date: string;
  /** The meeting's days the subject's second line names. */
  days: string[];
}

export const NUMBER = '17812/11';

export const versions: Record<string, Version> = {
  en: {
    institution: 'COUNCIL OF THE EUROPEAN UNION',
    placeDate: 'Brussels, 2 December 2011',
    kind: 'SUMMARY RECORD',
    label: 'Subject :',
    subject: ['2386th meeting of the PERMANENT REPRESENTATIVES COMMITTEE', 'held in Brussels on 23 and 24 November 2011'],
    contents: ['SUMMARY', 'Page'],
    titles: [
      'Adoption of the provisional agenda and items "I"',
      'Report on the work of the Standing Committee on operational cooperation on internal security',
      ['Judgments of the Court of Justice of the European Union in cases involving the Council', '(1 July to 31 December 2011)'],
      'Preparation of the Justice and Home Affairs Council on 13 and 14 December 2011',
    ],
    texts: [
      'The Committee adopted the provisional agenda set out in 17240/11 OJ CRP1 47.',
      'The Committee took note of the report set out in 16985/11 and agreed to forward it to the Council. The Netherlands delegation made a statement.',
      'The Committee took note of the information from the Legal Service.',
      'The Committee took note of the state of preparation of the Council.',
    ],
    languages: 'EN/FR',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  fr: {
    institution: "CONSEIL DE L'UNION EUROPÉENNE",
    placeDate: 'Bruxelles, le 2 décembre 2011',
    kind: 'COMPTE RENDU SOMMAIRE',
    label: 'Objet :',
    subject: ['2386e réunion du COMITÉ DES REPRÉSENTANTS PERMANENTS', 'tenue à Bruxelles les 23 et 24 novembre 2011'],
    contents: ['SOMMAIRE', 'Page'],
    titles: [
      'Adoption de l\'ordre du jour provisoire et des points "I"',
      'Rapport sur les travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
      ["Arrêts de la Cour de justice de l'Union européenne dans les affaires concernant le Conseil", '(1er juillet au 31 décembre 2011)'],
      'Préparation du Conseil "Justice et affaires intérieures" des 13 et 14 décembre 2011',
    ],
    texts: [
      "Le Comité a adopté l'ordre du jour provisoire figurant dans le document 17240/11 OJ CRP1 47.",
      'Le Comité a pris note du rapport figurant dans le document 16985/11 et est convenu de le transmettre au Conseil. La délégation néerlandaise a fait une déclaration.',
      "Le Comité a pris note de l'information du Service juridique.",
      "Le Comité a pris note de l'état de préparation du Conseil.",
    ],
    languages: 'FR/EN',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  de: {
    institution: 'RAT DER EUROPÄISCHEN UNION',
    placeDate: 'Brüssel, den 2. Dezember 2011',
    kind: 'KURZPROTOKOLL',
    label: 'Betr. :',
    subject: ['2386. Tagung des AUSSCHUSSES DER STÄNDIGEN VERTRETER', 'am 23. und 24. November 2011 in Brüssel'],
    contents: ['INHALT', 'Seite'],
    titles: [
      'Annahme der vorläufigen Tagesordnung und der I-Punkte',
      'Bericht über die Arbeit des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
      ['Urteile des Gerichtshofs der Europäischen Union in Rechtssachen, an denen der Rat beteiligt ist', '(1. Juli bis 31. Dezember 2011)'],
      'Vorbereitung der Tagung des Rates (Justiz und Inneres) am 13./14. Dezember 2011',
    ],
    texts: [
      'Der Ausschuss nahm die vorläufige Tagesordnung in Dokument 17240/11 OJ CRP1 47 an.',
      'Der Ausschuss nahm Kenntnis von dem Bericht in Dokument 16985/11 und kam überein, ihn dem Rat zu übermitteln. Die niederländische Delegation gab eine Erklärung ab.',
      'Der Ausschuss nahm Kenntnis von den Informationen des Juristischen Dienstes.',
      'Der Ausschuss nahm Kenntnis vom Stand der Vorbereitung der Tagung des Rates.',
    ],
    languages: 'DE',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  es: {
    institution: 'CONSEJO DE LA UNIÓN EUROPEA',
    placeDate: 'Bruselas, 2 de diciembre de 2011',
    kind: 'ACTA RESUMIDA',
    label: 'Asunto :',
    subject: ['2386.ª reunión del COMITÉ DE REPRESENTANTES PERMANENTES', 'celebrada en Bruselas los días 23 y 24 de noviembre de 2011'],
    contents: ['ÍNDICE', 'Página'],
    titles: [
      'Aprobación del orden del día provisional y de los puntos "I"',
      'Informe sobre los trabajos del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
      ['Sentencias del Tribunal de Justicia de la Unión Europea en asuntos en los que es parte el Consejo', '(1 de julio a 31 de diciembre de 2011)'],
      'Preparación de la sesión del Consejo de Justicia y Asuntos de Interior de los días 13 y 14 de diciembre de 2011',
    ],
    texts: [
      'El Comité aprobó el orden del día provisional que figura en el documento 17240/11 OJ CRP1 47.',
      'El Comité tomó nota del informe que figura en el documento 16985/11 y acordó remitirlo al Consejo. La delegación neerlandesa hizo una declaración.',
      'El Comité tomó nota de la información del Servicio Jurídico.',
      'El Comité tomó nota del estado de preparación de la sesión del Consejo.',
    ],
    languages: 'ES',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  it: {
    institution: "CONSIGLIO DELL'UNIONE EUROPEA",
    placeDate: 'Bruxelles, 2 dicembre 2011',
    kind: 'RESOCONTO SOMMARIO',
    label: 'Oggetto :',
    subject: ['2386a sessione del COMITATO DEI RAPPRESENTANTI PERMANENTI', 'tenutasi a Bruxelles il 15, 16 e 18 novembre 2011'],
    contents: ['SOMMARIO', 'Pagina'],
    titles: [
      'Adozione dell\'ordine del giorno provvisorio e dei punti "I"',
      'Relazione sui lavori del comitato permanente per la cooperazione operativa in materia di sicurezza interna',
      ["Sentenze della Corte di giustizia dell'Unione europea nelle cause in cui è parte il Consiglio", '(1º luglio - 31 dicembre 2011)'],
      'Preparazione della sessione del Consiglio "Giustizia e affari interni" del 13 e 14 dicembre 2011',
    ],
    texts: [
      "Il Comitato ha adottato l'ordine del giorno provvisorio che figura nel documento 17240/11 OJ CRP1 47.",
      'Il Comitato ha preso atto della relazione che figura nel documento 16985/11 e ha convenuto di trasmetterla al Consiglio. La delegazione dei Paesi Bassi ha fatto una dichiarazione.',
      'Il Comitato ha preso atto delle informazioni del Servizio giuridico.',
      'Il Comitato ha preso atto dello stato di preparazione della sessione del Consiglio.',
    ],
    languages: 'IT',
    date: '2011-12-02',
    days: ['2011-11-15', '2011-11-16', '2011-11-18'],
  },
};

/**
 * The same record in the versions whose subject's second line opens with a figure, the year first (`2011. gada 23. un
 * 24. novembrī Briselē`, `2011 m. lapkričio 23–24 d. Briuselyje`, `2011. november 23–24., Brüsszel`): in plain pdftotext
 * a line that opens in no small letter after the subject's blank line. Their items' texts open with the committee
 * without an article (`Komiteja pieņēma …`, `Komitetas atsižvelgė …`) or with it (`A bizottság tudomásul vette …`).
 */
export const daysFirstVersions: Record<string, Version> = {
  lv: {
    institution: 'EIROPAS SAVIENĪBAS PADOME',
    placeDate: 'Briselē, 2011. gada 2. decembrī',
    kind: 'KOPSAVILKUMA PROTOKOLS',
    label: 'Temats :',
    subject: ['PASTĀVĪGO PĀRSTĀVJU KOMITEJAS 2386. sanāksme', '2011. gada 23. un 24. novembrī Briselē'],
    contents: ['SATURS', 'Lappuse'],
    titles: [
      'Pagaidu darba kārtības un "I" punktu pieņemšana',
      'Ziņojums par Iekšējās drošības operatīvās sadarbības pastāvīgās komitejas darbu',
      ['Eiropas Savienības Tiesas spriedumi lietās, kurās iesaistīta Padome', '(2011. gada 1. jūlijs–31. decembris)'],
      'Tieslietu un iekšlietu padomes 2011. gada 13. un 14. decembra sanāksmes sagatavošana',
    ],
    texts: [
      'Komiteja pieņēma pagaidu darba kārtību, kas izklāstīta dokumentā 17240/11 OJ CRP1 47.',
      'Komiteja pieņēma zināšanai ziņojumu, kas izklāstīts dokumentā 16985/11, un vienojās to nosūtīt Padomei. Nīderlandes delegācija sniedza paziņojumu.',
      'Komiteja pieņēma zināšanai Juridiskā dienesta sniegto informāciju.',
      'Komiteja pieņēma zināšanai informāciju par Padomes sanāksmes sagatavošanas gaitu.',
    ],
    languages: 'LV',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  lt: {
    institution: 'EUROPOS SĄJUNGOS TARYBA',
    placeDate: 'Briuselis, 2011 m. gruodžio 2 d.',
    kind: 'SANTRAUKINIS PROTOKOLAS',
    label: 'Dalykas :',
    subject: ['NUOLATINIŲ ATSTOVŲ KOMITETO 2386-asis posėdis', '2011 m. lapkričio 23–24 d. Briuselyje'],
    contents: ['TURINYS', 'Puslapis'],
    titles: [
      'Preliminariosios darbotvarkės ir „I“ punktų priėmimas',
      'Vidaus saugumo operatyvinio bendradarbiavimo nuolatinio komiteto darbo ataskaita',
      ['Europos Sąjungos Teisingumo Teismo sprendimai bylose, kuriose dalyvauja Taryba', '(2011 m. liepos 1 d.–gruodžio 31 d.)'],
      'Teisingumo ir vidaus reikalų tarybos 2011 m. gruodžio 13–14 d. posėdžio parengimas',
    ],
    texts: [
      'Komitetas priėmė preliminariąją darbotvarkę, pateiktą dokumente 17240/11 OJ CRP1 47.',
      'Komitetas atsižvelgė į dokumente 16985/11 pateiktą ataskaitą ir susitarė ją perduoti Tarybai. Nyderlandų delegacija padarė pareiškimą.',
      'Komitetas atsižvelgė į Teisės tarnybos pateiktą informaciją.',
      'Komitetas atsižvelgė į Tarybos posėdžio parengimo eigą.',
    ],
    languages: 'LT',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
  hu: {
    institution: 'AZ EURÓPAI UNIÓ TANÁCSA',
    placeDate: 'Brüsszel, 2011. december 2.',
    kind: 'ÖSSZEFOGLALÓ JEGYZŐKÖNYV',
    label: 'Tárgy :',
    subject: ['Az ÁLLANDÓ KÉPVISELŐK BIZOTTSÁGÁNAK 2386. ülése', '2011. november 23–24., Brüsszel'],
    contents: ['TARTALOM', 'Oldal'],
    titles: [
      'Az ideiglenes napirend és az „I” napirendi pontok elfogadása',
      'Jelentés a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság munkájáról',
      ['Az Európai Unió Bíróságának ítéletei azokban az ügyekben, amelyekben a Tanács fél', '(2011. július 1. – december 31.)'],
      'A Bel- és Igazságügyi Tanács 2011. december 13–14-i ülésének előkészítése',
    ],
    texts: [
      'A bizottság elfogadta a 17240/11 OJ CRP1 47 dokumentumban szereplő ideiglenes napirendet.',
      'A bizottság tudomásul vette a 16985/11 dokumentumban szereplő jelentést, és megállapodott annak a Tanács elé terjesztéséről. A holland delegáció nyilatkozatot tett.',
      'A bizottság tudomásul vette a Jogi Szolgálat tájékoztatását.',
      'A bizottság tudomásul vette a Tanács ülése előkészítésének állását.',
    ],
    languages: 'HU',
    date: '2011-12-02',
    days: ['2011-11-23', '2011-11-24'],
  },
};

/** The pages of contents each entry points at. */
export const PAGES = ['3', '4', '4', '5'];

/** The item's whole title, the third's two lines joined. */
export function title(version: Version, index: number): string {
  const printed = version.titles[index];
  return typeof printed === 'string' ? printed : (printed ?? []).join(' ');
}

/** A line of contents: its number and title, the leaders (or, without them, spaces) filling the line up to its page. */
export function entry(number: number, text: string, page: string, leaders = true): string {
  const start = `${number}. ${text} `;
  return `${start}${(leaders ? '.' : ' ').repeat(Math.max(8, 104 - start.length))} ${page}`;
}

/**
 * The record's text as plain pdftotext (`layout` false) or `-layout` prints its three pages, each footer on one line;
 * without `leaders`, each entry's page set right by a tab, as a contents without dot leaders prints it.
 */
export function summaryRecord(version: Version, layout: boolean, leaders = true): string {
  const footer = (page: number) =>
    layout
      ? `${NUMBER.padEnd(60)}lb${''.padEnd(20)}${page}\n${''.padEnd(60)}DQPG${''.padEnd(14)}${version.languages}`
      : `${NUMBER} lb ${page} DQPG ${version.languages}`;
  const [first, second, [third, thirdEnd], fourth] = version.titles;
  const head = layout
    ? [
        `${version.institution.padEnd(60)}${version.placeDate}`,
        '',
        `${''.padEnd(60)}${NUMBER}`,
        '',
        `${''.padEnd(60)}CRS/CRP 47`,
        '',
        `${version.kind.padEnd(24)}${version.kind.length >= 24 ? '  ' : ''}${version.label.padEnd(12)}${version.subject[0]}`,
        `${''.padEnd(36)}${version.subject[1]}`,
      ]
    : [
        version.institution,
        '',
        version.placeDate,
        '',
        NUMBER,
        '',
        'CRS/CRP 47',
        '',
        `${version.kind} ${version.label} ${version.subject[0]}`,
        '',
        version.subject[1],
      ];
  const contents = [
    version.contents[0],
    '',
    layout ? `${''.padEnd(100)}${version.contents[1]}` : version.contents[1],
    entry(1, first, PAGES[0] ?? '', leaders),
    '',
    entry(2, second, PAGES[1] ?? '', leaders),
    '',
    `3. ${third}`,
    '',
    layout ? entry(4, `${thirdEnd}`, PAGES[2] ?? '', leaders).replace(/^4\. /u, '   ') : `${thirdEnd} ${entry(4, fourth, PAGES[3] ?? '', leaders)}`,
    ...(layout ? ['', entry(4, fourth, PAGES[3] ?? '', leaders)] : []),
  ];
  const items = version.texts.flatMap((text, index) => ['', `${index + 1}.${layout ? '    ' : ' '}${title(version, index)}`, '', text]);
  return [...head, '', '', footer(1), '\f', ...contents, '', '', footer(2), '\f', ...items, '', '', footer(3), '\f'].join('\n');
}

/** The text as a PDF whose font lacks the capital N reaches the ingest: each one printed as U+FFFD, as a space, or left out. */
export function withoutCapitalN(text: string, placeholder: string): string {
  return text.replaceAll('N', placeholder);
}

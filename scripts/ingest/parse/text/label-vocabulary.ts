/** The labels of a Council header in the languages the ingest reads, with the field each fills. */

/**
 * The header fields a label fills. `other` labels are kept as printed (contact, venue, date of receipt …); `note`
 * labels belong to a note printed above the header (the document a declassified version is of, its date, its new
 * status) and `interinstitutional` may stand above the number: neither opens the labels of the header.
 */
export type HeaderField = 'from' | 'on' | 'to' | 'previous' | 'commission' | 'subject' | 'other' | 'interinstitutional' | 'note';

/** What a label says: the field it fills and the language it is written in (null when several languages spell it so). */
export interface HeaderLabel {
  field: HeaderField;
  language: string | null;
}

// Spellings are lower case, single spaces, without the colon. Older documents write `from :` and `Subject :`; some
// exports drop the last dot of `No. prev. doc.`; notices of meeting add `Contact:`, `Tel./Fax:`, `Date:`, `Time:`,
// `Venue:`, `Format:` (the meeting's: in person, hybrid, by videoconference), in every language (`Heure:`, `Uhrzeit:`, `Ora:`, `Hora:` …); cover notes `date of receipt:`; declassified versions `New status:`.
/** Label spellings by language and field. */
const LABELS_BY_LANGUAGE: Readonly<Record<string, Readonly<Partial<Record<HeaderField, readonly string[]>>>>> = {
  // an outcome of proceedings before about 2015 names the body that met after `of:` and its day after `on:` (`du:` /
  // `en date du:`, `des:` / `vom:`, `del:` / `in data:` or `con fecha:`, `van:` / `d.d.:`)
  en: {
    from: ['from', 'of'],
    on: ['on', 'date'],
    to: ['to'],
    previous: [
      'no. prev. doc.',
      'no. prev. doc',
      'no prev. doc.',
      'no prev. doc',
      'nos. prev. doc.',
      'no. prev. docs.',
      'nos prev. doc.',
      'n° prev. doc.',
      'n° prev. doc',
      // the register of 2010–2014 often drops the `No.` (`Prev. doc.:`, `Prev. docs.:`)
      'prev. doc.',
      'prev. doc',
      'prev. docs.',
    ],
    commission: [
      'no. cion doc.',
      'no. cion doc',
      'no cion doc.',
      'no cion doc',
      'no. cion prop.',
      'no. cion prop',
      'no cion prop.',
      'no. in cion doc.',
      'no. cion docs.',
      // the register of 2010–2014 often drops the `No.` (`Cion doc. :`, `Cion prop.:`)
      'cion doc.',
      'cion doc',
      'cion docs.',
      'cion prop.',
    ],
    interinstitutional: ['interinstitutional file'],
    subject: ['subject'],
    other: ['date of receipt', 'contact', 'tel./fax', 'tel.', 'fax', 'time', 'venue', 'format'],
    note: ['of document', 'dated', 'new status'],
  },
  fr: {
    // older notes name sender and recipient with the article (`de la:` Présidence, `au:` Comité …, `aux:` délégations)
    // or the bare preposition in lower case, a space before the colon (`de :` Secrétariat général / `à :` Comité …);
    // a cover note names the Commission's signatory after `Expéditeur :`
    from: ['origine', 'expéditeur', 'du', 'de la', 'de'],
    on: ['date', 'en date du'],
    to: ['destinataire', 'destinataires', 'au', 'aux', 'à la', 'à'],
    previous: ['n° doc. préc.', 'n° doc. préc', 'nº doc. préc.', 'n° doc préc.', 'n° préc. doc.'],
    commission: ['n° doc. cion', 'n° doc. cion.', 'n° prop. cion', 'n° prop. cion.'],
    interinstitutional: ['dossier interinstitutionnel'],
    subject: ['objet'],
    other: ['date de réception', 'contact', 'tél./fax', 'heure', 'lieu', 'format'],
    note: ['du document', 'nouveau statut'],
  },
  de: {
    from: ['absender', 'des'],
    on: ['datum', 'vom'],
    // older headers print the recipient's article with a colon, as the sender's `des:` (`für das:` Europäische Parlament)
    to: ['empfänger', 'für die', 'für den', 'für das'],
    // `Nr. Vordok.:` as the register prints it; spelt out `Vorherige Dok.-Nr.:` in some versions
    previous: ['nr. vordok.', 'nr. vordok', 'vorg.', 'vorherige dok.-nr.', 'vorherige dok.-nr', 'vorh. dok.-nr.'],
    commission: ['nr. komm.dok.', 'nr. kommissionsdok.', 'nr. komm.vorschl.'],
    interinstitutional: ['interinstitutionelles dossier'],
    subject: ['betr.', 'betreff'],
    other: ['eingangsdatum', 'kontakt', 'tel./fax', 'uhrzeit', 'ort', 'format'],
    note: ['des dokuments', 'neuer status'],
  },
  // the Danish versions national parliaments publish (eu.dk): `fra:`, `til:`, `Vedr.:`
  da: {
    from: ['fra'],
    to: ['til'],
    previous: ['tidl. dok. nr.', 'tidl. dok. nr'],
    commission: ['komm. dok. nr.', 'komm. dok. nr'],
    interinstitutional: ['interinstitutionel sag'],
    subject: ['vedr.', 'vedrørende'],
    on: ['dato'],
    // a cover note's date of receipt, `Modtaget den: 3. oktober 2025` (the Swedish `Mottagen den:`)
    other: ['modtaget den', 'tidspunkt', 'sted', 'kontaktperson', 'tlf./fax', 'format'],
  },
  it: {
    // a note's sender is its `Origine:`, a cover note's its `Mittente:` (the Commission's signatory)
    // older notes: `della:` Presidenza, `al:` Comitato …, `alle:` delegazioni
    from: ['origine', 'mittente', 'del', 'della'],
    to: ['destinatario', 'destinatari', 'al', 'alle', 'ai'],
    previous: ['n. doc. prec.', 'n. doc. prec', 'n. prec. doc.'],
    commission: ['n. doc. comm.', 'n. doc. comm', 'n. prop. comm.'],
    interinstitutional: ['fascicolo interistituzionale'],
    subject: ['oggetto'],
    other: ['data di ricevimento', 'ora', 'luogo', 'tel./fax', 'contatto', 'formato'],
    on: ['data', 'in data'],
    // a declassified version's note: `del documento:` / `in data:` / `nuova classificazione:`
    note: ['del documento', 'nuova classificazione', 'nuovo status'],
  },
  // `A:` is printed only as the recipient's label of a Spanish header
  es: {
    // older notes: `de la:` Presidencia, `al:` Comité …, `a las:` Delegaciones
    from: ['de', 'del', 'de la'],
    to: ['a', 'al', 'a la', 'a las', 'a los'],
    previous: ['n.º doc. prec.', 'n.° doc. prec.', 'nº doc. prec.', 'n.º doc. prec', 'n.° doc. prec'],
    commission: ['n.º doc. ción.', 'n.° doc. ción.', 'nº doc. ción.', 'n.º prop. ción.', 'n.° prop. ción.'],
    interinstitutional: ['expediente interinstitucional'],
    subject: ['asunto'],
    other: ['fecha de recepción', 'hora', 'lugar', 'tel./fax', 'contacto', 'formato'],
    on: ['fecha', 'con fecha', 'de fecha'],
    // a declassified version's note: `del documento:` / `de fecha:` / `nuevo estatuto:`
    note: ['del documento', 'nuevo estatuto', 'nuevo estatus'],
  },
  pt: {
    from: ['de'],
    to: ['para'],
    previous: ['n.º doc. ant.', 'n.° doc. ant.', 'nº doc. ant.'],
    commission: ['n.º doc. com.', 'n.° doc. com.', 'nº doc. com.'],
    interinstitutional: ['dossiê interinstitucional', 'processo interinstitucional'],
    subject: ['assunto'],
    other: ['data de receção', 'hora', 'local', 'tel./fax', 'contacto', 'formato'],
    on: ['data'],
  },
  nl: {
    from: ['van'],
    to: ['aan'],
    previous: ['nr. vorig doc.', 'nr. vorig doc'],
    commission: ['nr. cie-doc.', 'nr. cie-doc', 'nr. comm.doc.'],
    interinstitutional: ['interinstitutioneel dossier'],
    subject: ['betreft'],
    // older Dutch cover notes print their date of receipt as `ingekomen:`
    other: ['datum van ontvangst', 'ingekomen', 'tijd', 'plaats', 'tel./fax', 'contactpersoon', 'formaat'],
    on: ['datum', 'op', 'd.d.'],
  },
  pl: {
    from: ['od'],
    to: ['do'],
    previous: ['nr poprz. dok.', 'nr poprz. dok'],
    commission: ['nr dok. kom.', 'nr dok. kom'],
    interinstitutional: ['międzyinstytucjonalny numer referencyjny'],
    subject: ['dotyczy'],
    // an older outcome's day of meeting: `z dnia:`
    on: ['data', 'z dnia'],
    other: ['data otrzymania', 'godzina', 'miejsce', 'tel./faks', 'kontakt', 'osoba do kontaktów', 'osoba kontaktowa', 'format'],
  },
  sv: {
    from: ['från'],
    to: ['till'],
    previous: ['föreg. dok. nr', 'föreg. dok.'],
    commission: ['komm. dok. nr', 'komm. dok.'],
    interinstitutional: ['interinstitutionellt ärende'],
    subject: ['ärende'],
    other: ['mottagen den', 'tid', 'plats', 'tfn/fax', 'kontaktperson', 'format'],
    note: ['för dokument', 'av den', 'ny status'],
    on: ['datum'],
  },
  // the other official languages: sender, recipient, previous document and subject; a notice of meeting's date, time,
  // venue and contact labels (`Час:`, `Kellaaeg:`, `Időpont:`, `Ħin:`, `Am:` …)
  // Greek as a version of 2018 prints its proposal's cover: `Ημερομηνία Παραλαβής:`, `Αριθ. εγγρ. Επιτρ.:`, `Διοργανικός φάκελος:`
  el: {
    interinstitutional: ['διοργανικός φάκελος'],
    from: ['αποστολέας'],
    to: ['αποδέκτης', 'αποδέκτες'],
    previous: ['αριθ. προηγ. εγγρ.'],
    commission: ['αριθ. εγγρ. επιτρ.'],
    subject: ['θέμα'],
    on: ['ημερομηνία'],
    other: ['ημερομηνία παραλαβής', 'επικοινωνία', 'τηλ./φαξ', 'ώρα', 'τόπος', 'μορφή'],
  },
  // the other official languages, as their versions' headers print the labels (dates of receipt, Commission documents
  // and interinstitutional files of cover notes included)
  bg: {
    interinstitutional: ['междуинституционален номер', 'междуинституционално досие'],
    from: ['от'],
    to: ['до'],
    previous: ['№ предх. док.', '№ предх. док'],
    commission: ['№ док. ком.', '№ док. на ком.'],
    subject: ['относно'],
    on: ['дата'],
    other: ['дата на получаване', 'лице за контакт', 'контакт', 'тел./факс', 'час', 'място', 'формат'],
  },
  ro: {
    interinstitutional: ['dosar interinstituțional', 'dosar interinstituţional'],
    from: ['de la'],
    to: ['către'],
    previous: ['nr. doc. ant.', 'nr. doc. ant'],
    commission: ['nr. doc. com.', 'nr. doc. com'],
    subject: ['subiect'],
    on: ['data'],
    other: ['data primirii', 'persoană de contact', 'persoana de contact', 'tel./fax', 'ora', 'locul', 'loc', 'format'],
  },
  hr: {
    interinstitutional: ['međuinstitucijski predmet'],
    from: ['od'],
    to: ['za'],
    previous: ['br. preth. dok.', 'br. preth. dok'],
    commission: ['br. dok. kom.', 'br. dok. kom'],
    subject: ['predmet'],
    on: ['datum'],
    other: ['datum primitka', 'kontakt', 'kontakt osoba', 'tel./faks', 'vrijeme', 'mjesto', 'format'],
  },
  // a Czech cover note of 2012: `Datum přijetí:` (date of receipt), `Č. dok. Komise:`
  cs: {
    interinstitutional: ['interinstitucionální spis'],
    from: ['odesílatel'],
    to: ['příjemce'],
    previous: ['č. předchozího dokumentu', 'č. předch. dok.'],
    commission: ['č. dok. komise'],
    subject: ['předmět'],
    on: ['datum'],
    other: ['datum přijetí', 'kontaktní osoba', 'kontakt', 'tel./fax', 'čas', 'místo', 'formát'],
  },
  sk: {
    interinstitutional: ['medziinštitucionálny spis'],
    from: ['od'],
    to: ['komu'],
    previous: ['č. predch. dok.', 'č. predch. dok'],
    commission: ['č. dok. kom.', 'č. dok. kom'],
    subject: ['predmet'],
    on: ['dátum'],
    other: ['dátum doručenia', 'kontaktná osoba', 'kontakt', 'tel./fax', 'čas', 'miesto', 'formát'],
  },
  sl: {
    interinstitutional: ['medinstitucionalna zadeva'],
    from: ['pošiljatelj'],
    to: ['prejemnik'],
    previous: ['št. predh. dok.', 'št. predh. dok'],
    commission: ['št. dok. kom.', 'št. dok. kom'],
    subject: ['zadeva'],
    on: ['datum'],
    other: ['datum prejema', 'kontaktna oseba', 'kontakt', 'tel./faks', 'ura', 'kraj', 'format'],
  },
  et: {
    interinstitutional: ['institutsioonidevaheline toimik'],
    from: ['saatja'],
    to: ['saaja'],
    previous: ['eelmise dok nr', 'eelmise dok. nr'],
    commission: ['komisjoni dok nr', 'komisjoni dok. nr'],
    subject: ['teema'],
    on: ['kuupäev'],
    other: ['kättesaamise kuupäev', 'kontaktisik', 'tel/faks', 'tel./faks', 'kellaaeg', 'koht', 'vorm'],
  },
  fi: {
    interinstitutional: ['toimielinten välinen asia'],
    from: ['lähettäjä'],
    to: ['vastaanottaja'],
    previous: ['ed. asiak. nro'],
    commission: ['kom:n asiak. nro'],
    subject: ['asia'],
    on: ['päivämäärä'],
    other: ['vastaanottopäivä', 'yhteyshenkilö', 'puh./faksi', 'puh./faks', 'kellonaika', 'aika', 'paikka', 'muoto'],
  },
  lt: {
    interinstitutional: ['tarpinstitucinė byla'],
    // notes print `nuo:` and `kam:`, cover notes `Siuntėjas:` and `Gavėjas:`
    from: ['siuntėjas', 'nuo'],
    to: ['gavėjas', 'kam'],
    previous: ['ankstesnio dok. nr.', 'ankstesnio dok. nr'],
    commission: ['komisijos dok. nr.', 'komisijos dok. nr'],
    subject: ['dalykas'],
    on: ['data'],
    other: ['gavimo data', 'kontaktinis asmuo', 'tel./faks.', 'tel./faks', 'laikas', 'vieta', 'formatas'],
  },
  lv: {
    interinstitutional: ['starpiestāžu lieta'],
    from: ['sūtītājs'],
    to: ['saņēmējs'],
    previous: ['iepr. dok. nr.', 'iepr. dok. nr'],
    commission: ['komisijas dok. nr.', 'komisijas dok. nr'],
    subject: ['temats'],
    on: ['datums'],
    other: ['saņemšanas datums', 'kontaktpersona', 'tālr./fakss', 'laiks', 'vieta', 'formāts'],
  },
  hu: {
    interinstitutional: ['intézményközi referenciaszám'],
    from: ['küldi'],
    to: ['címzett'],
    previous: ['előző dok. sz.', 'előző dok. sz'],
    commission: ['biz. dok. sz.', 'biz. dok. sz'],
    subject: ['tárgy'],
    on: ['dátum'],
    // a cover note prints its date of receipt with the article: `Az átvétel dátuma:`
    other: ['az átvétel dátuma', 'átvétel dátuma', 'kapcsolattartó', 'tel./fax', 'időpont', 'helyszín', 'formátum'],
  },
  // Maltese spells the previous document's label with and without its dotted ċ
  mt: {
    interinstitutional: ['fajl interistituzzjonali'],
    from: ['minn'],
    to: ['lil'],
    previous: ['nru dok. prec.', 'nru dok. preċ.', 'nru dok. prec', 'nru dok. preċ'],
    commission: ['nru dok. kumm.', 'nru dok. kum.'],
    subject: ['suġġett'],
    on: ['data'],
    other: ['data meta wasal', 'kuntatt', "persuna ta' kuntatt", 'tel./fax', 'ħin', 'post', 'format'],
  },
  // Irish, as its versions print their header since 2022: sender, recipient and subject; a cover note's date of receipt
  ga: {
    from: ['ó'],
    to: ['chuig'],
    previous: ['uimh. doic. roimhe', 'uimh. an doic. roimhe'],
    commission: ['uimh. doic. an choimisiúin', 'uimh. doic. ón gcoimisiún'],
    interinstitutional: ['comhad idirinstitiúideach'],
    subject: ['ábhar'],
    on: ['dáta'],
    other: ['dáta a fuarthas', 'teagmháil', 'teil./facs', 'am', 'ionad', 'formáid'],
  },
};

function labelTable(): Map<string, HeaderLabel> {
  const table = new Map<string, HeaderLabel>();
  for (const [language, fields] of Object.entries(LABELS_BY_LANGUAGE)) {
    for (const [field, spellings] of Object.entries(fields)) {
      for (const spelling of spellings) {
        const known = table.get(spelling);
        table.set(spelling, { field: field as HeaderField, language: known === undefined || known.language === language ? language : null });
      }
    }
  }
  return table;
}

/** Header labels (lower case, single spaces, no colon) to their field and language. */
export const HEADER_LABELS: ReadonlyMap<string, HeaderLabel> = labelTable();

/** Fields whose labels open the labelled part of a header (all but the notes above it and the interinstitutional file). */
export const BLOCK_FIELDS: ReadonlySet<HeaderField> = new Set(['from', 'on', 'to', 'previous', 'commission', 'subject', 'other']);

/** The labels whose values are other documents' references (`No. prev. doc.:`, `No. Cion doc.:`), never the header's own number. */
export const REFERENCE_FIELDS: ReadonlySet<HeaderField> = new Set(['previous', 'commission']);

/** The fields whose values are senders or recipients, several of which a header may print one per line. */
export const CORRESPONDENT_FIELDS: ReadonlySet<HeaderField> = new Set(['from', 'to']);

/** Labels some exports print without their colon, always before a document number (`No. prev. doc 8646/10`). */
export const LABELS_WITHOUT_COLON: ReadonlySet<HeaderField> = new Set(['previous', 'commission']);

/**
 * Words an older header prints alone on their line instead of labels, before a sender or recipient on the next line:
 * the German European Council cover note of 2010 (`ÜBERMITTLUNGSVERMERK` / `des` / `Generalsekretariats des Rates` /
 * `für die` / `Delegationen` / `Betr.:`). Alone on their line only: `des` and `für die` are words of any German text.
 */
export const WORDS_AS_LABELS: ReadonlyMap<string, HeaderLabel> = new Map([
  ['des', { field: 'from', language: 'de' }],
  ['für die', { field: 'to', language: 'de' }],
  // a note of the Presidency to a committee or a body (`für den` / `Ständigen Ausschuss …`, `für das` / `Politische und Sicherheitspolitische Komitee`)
  ['für den', { field: 'to', language: 'de' }],
  ['für das', { field: 'to', language: 'de' }],
]);

/**
 * Labels that are a label only after another label of their language: the Finnish subject's `Asia:` is also the
 * `Asia:` of an English subject (`Subject: South-East Asia: …`); a notice's Irish time `Am:`, Maltese venue `Post:` and
 * Finnish time `Aika:` are words of other languages' text too.
 */
export const LABELS_AFTER_OWN_LANGUAGE: ReadonlySet<string> = new Set(['asia', 'am', 'post', 'aika']);

/** What a notice's `Time:`, `Venue:` or `Format:` label names: the hour its meeting opens, where it is held, in which format. */
export type MeetingLabel = 'time' | 'venue' | 'format';

/**
 * The labels of a notice of meeting's hour and venue (lower case, single spaces, no colon), in every language, among the
 * `other` labels above: `Time:` / `Venue:`, `Heure :` / `Lieu :`, `Uhrzeit:` / `Ort:`, `Ώρα:` / `Τόπος:`, `Час:` / `Място:` ….
 */
export const MEETING_LABELS: ReadonlyMap<string, MeetingLabel> = new Map([
  ...[
    'time',
    'heure',
    'uhrzeit',
    'tidspunkt',
    'ora',
    'hora',
    'tijd',
    'godzina',
    'tid',
    'ώρα',
    'час',
    'vrijeme',
    'čas',
    'ura',
    'kellaaeg',
    'kellonaika',
    'aika',
    'laikas',
    'laiks',
    'időpont',
    'ħin',
    'am',
  ].map((label) => [label, 'time'] as const),
  ...[
    'venue',
    'lieu',
    'ort',
    'sted',
    'luogo',
    'lugar',
    'local',
    'plaats',
    'miejsce',
    'plats',
    'τόπος',
    'място',
    'locul',
    'loc',
    'mjesto',
    'místo',
    'miesto',
    'kraj',
    'koht',
    'paikka',
    'vieta',
    'helyszín',
    'post',
    'ionad',
  ].map((label) => [label, 'venue'] as const),
  // the meeting's format (in person, hybrid, by videoconference, or the seats of each delegation, `1+2`): `Format:`,
  // `Formato:`, `Formaat:`, `Μορφή:`, `Формат:`, `Formát:`, `Vorm:`, `Muoto:`, `Formatas:`, `Formāts:`, `Formátum:`, `Formáid:`
  ...['format', 'formato', 'formaat', 'μορφή', 'формат', 'formát', 'vorm', 'muoto', 'formatas', 'formāts', 'formátum', 'formáid'].map(
    (label) => [label, 'format'] as const,
  ),
]);

/**
 * The head of a note to COSI dated 4 March 2026 as each version of the Council's notes prints it, written by hand: the
 * Council's name over two lines, the place and date, the kind (`NOTE`, `VERMERK`, `БЕЛЕЖКА`), the three labels of its
 * table (`From:` / `To:` / `Subject:`) and the language mark of its footer. For the notes written by hand in
 * tests/discussion-paper-texts.test.ts, tests/question-heading-languages.test.ts, tests/conclusions-annex-texts.test.ts
 * and tests/date-abbreviation-calls-languages.test.ts, which write each its own values and body under it.
 */
export interface NoteHead {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [string, string, string];
  language: string;
}

/** A head's words in one version with its sender and recipient, the values of its `From:` and `To:` rows. */
export interface LabelledHead extends Omit<NoteHead, 'language'> {
  from: string;
  to: string;
}

/** The head in each version written so far, by its language code. */
export const NOTE_HEADS: Readonly<Record<'bg' | 'de' | 'el' | 'en' | 'es' | 'fr' | 'hr' | 'hu' | 'it' | 'lt' | 'pl', NoteHead>> = {
  bg: {
    institution: ['Съвет на', 'Европейския съюз'],
    placeDate: 'Брюксел, 4 март 2026 г.',
    kind: 'БЕЛЕЖКА',
    labels: ['От:', 'До:', 'Относно:'],
    language: 'BG',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 4. März 2026',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    language: 'DE',
  },
  el: {
    institution: ['Συμβούλιο της', 'Ευρωπαϊκής Ένωσης'],
    placeDate: 'Βρυξέλλες, 4 Μαρτίου 2026',
    kind: 'ΣΗΜΕΙΩΜΑ',
    labels: ['Αποστολέας:', 'Αποδέκτης:', 'Θέμα:'],
    language: 'EL',
  },
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 4 March 2026',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'Subject:'],
    language: 'EN',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 4 de marzo de 2026',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'Asunto:'],
    language: 'ES',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 4 mars 2026',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    language: 'FR',
  },
  hr: {
    institution: ['Vijeće', 'Europske unije'],
    placeDate: 'Bruxelles, 4. ožujka 2026.',
    kind: 'BILJEŠKA',
    labels: ['Od:', 'Za:', 'Predmet:'],
    language: 'HR',
  },
  hu: {
    institution: ['Az Európai Unió', 'Tanácsa'],
    placeDate: 'Brüsszel, 2026. március 4.',
    kind: 'FELJEGYZÉS',
    labels: ['Küldi:', 'Címzett:', 'Tárgy:'],
    language: 'HU',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 4 marzo 2026',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    language: 'IT',
  },
  lt: {
    institution: ['Europos Sąjungos', 'Taryba'],
    placeDate: 'Briuselis, 2026 m. kovo 4 d.',
    kind: 'PRANEŠIMAS',
    labels: ['nuo:', 'kam:', 'Dalykas:'],
    language: 'LT',
  },
  pl: {
    institution: ['Rada Unii', 'Europejskiej'],
    placeDate: 'Bruksela, 4 marca 2026 r.',
    kind: 'NOTA',
    labels: ['Od:', 'Do:', 'Dotyczy:'],
    language: 'PL',
  },
};

/**
 * The English head of the Presidency's note 14079/15 of 23 November 2015 on the renewed Internal Security Strategy's
 * implementation, with its sender and recipient: for tests/unseen-footnotes-texts.test.ts and
 * tests/delegation-phrase-texts.test.ts.
 */
export const HEAD_14079: LabelledHead = {
  institution: ['Council of the', 'European Union'],
  placeDate: 'Brussels, 23 November 2015',
  kind: 'NOTE',
  labels: ['From:', 'To:', 'Subject:'],
  from: 'Presidency',
  to: 'Standing Committee on Operational Cooperation on Internal Security',
};

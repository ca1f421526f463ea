/**
 * The sender and recipient a Presidency note's kind line names where the header prints no `From:` and `To:` rows:
 * `NOTE FROM THE PRESIDENCY TO COSI`, `NOTE DE LA PRÉSIDENCE AU COSI`, `VERMERK DES VORSITZES FÜR DEN COSI`,
 * `PUHEENJOHTAJAVALTION MUISTIO COSI:LLE`, `AZ ELNÖKSÉG FELJEGYZÉSE A COSI RÉSZÉRE` … The sender is the Presidency as
 * the version's `From:` row names it; the recipient the words the kind line prints for it, as printed, without the
 * version's word for "to", its article or its case ending.
 */

/** The Presidency as a `From:` row names it in each version (the sender of a Presidency note). */
export const PRESIDENCY_SENDERS: Readonly<Record<string, string>> = {
  bg: 'Председателството',
  cs: 'Předsednictví',
  da: 'Formandskabet',
  de: 'Vorsitz',
  el: 'Προεδρία',
  en: 'Presidency',
  es: 'Presidencia',
  et: 'Eesistujariik',
  fi: 'Puheenjohtajavaltio',
  fr: 'Présidence',
  ga: 'An Uachtaránacht',
  hr: 'Predsjedništvo',
  hu: 'Elnökség',
  it: 'Presidenza',
  lt: 'Pirmininkaujanti valstybė narė',
  lv: 'Prezidentvalsts',
  mt: 'Il-Presidenza',
  nl: 'Voorzitterschap',
  pl: 'Prezydencja',
  pt: 'Presidência',
  ro: 'Președinția',
  sk: 'Predsedníctvo',
  sl: 'Predsedstvo',
  sv: 'Ordförandeskapet',
};

/** A recipient's words after the word for "to", in capitals: a first word of capitals, then any words one space apart (the last may be an acronym in brackets). */
const NAME = String.raw`(\p{Lu}[\p{Lu}\p{N}'’.-]*(?: \S+)*)`;

/** A pattern of a recipient's form: `before` the name (the word for "to" and its article), the name, nothing after. */
function after(before: string): RegExp {
  return new RegExp(`^(?:${before})${NAME}$`, 'u');
}

/**
 * How each version prints a kind line's recipient after the kind, in capitals, the recipient's words in the first group
 * that holds them: its word for "to" with the article it takes before them (`TO THE`, `AU`, `À LA`, `FÜR DEN`, `AAN
 * HET`, `ΠΡΟΣ ΤΗΝ`, `LILL-` joined to the name as Maltese prints it), or the case ending after an acronym (`COSI:LLE`,
 * `COSI-LE`), or the postposition after the name (`A COSI RÉSZÉRE`); a full name in Finnish or Estonian is read as
 * printed, its ending kept (`… KOMITEALLE (COSI)`). Lithuanian and Latvian print the recipient in the dative with no
 * word before it: there only the committee by its acronym (`… PASTABA COSI`) or a name ending in it is read.
 */
export const RECIPIENT_FORMS: Readonly<Record<string, RegExp>> = {
  bg: after('(?:ДО|ЗА) '),
  cs: after('PRO '),
  da: after('TIL '),
  de: after('(?:FÜR|AN) (?:DEN |DIE |DAS )?'),
  el: after('ΠΡΟΣ (?:(?:ΤΗΝ|ΤΗ|ΤΟΝ|ΤΟ|ΤΙΣ|ΤΟΥΣ|ΤΑ) )?'),
  en: after('TO (?:THE )?'),
  es: after('(?:AL|A LA|A LOS|A LAS|A) '),
  et: /^(?:(\p{Lu}[\p{Lu}\p{N}]*)-LE|(\p{Lu}.*LE \(COSI\)))$/u,
  fi: /^(?:(\p{Lu}[\p{Lu}\p{N}]*):LLE|(\p{Lu}.*LLE \(COSI\)))$/u,
  fr: after("(?:AUX|AU|À LA|A LA|À) |À L['’]"),
  ga: after('CHUIG (?:AN )?'),
  hr: after('ZA '),
  hu: /^(?:AZ? )?(\p{Lu}.*) RÉSZÉRE$/u,
  it: after("(?:AL|ALLO|ALLA|AI|AGLI|ALLE) |ALL['’] ?"),
  lt: /^(COSI|\p{Lu}.* \(COSI\))$/u,
  lv: /^(COSI|\p{Lu}.* \(COSI\))$/u,
  mt: after('LILL-|LIL-'),
  nl: after('AAN (?:HET |DE )?'),
  pl: after('DLA '),
  pt: after('(?:AO|À|AOS|ÀS) '),
  ro: after('(?:CĂTRE|CATRE|CǍTRE) '),
  sk: after('PRE '),
  sl: after('ZA '),
  sv: after('TILL '),
};

/** The sender and recipient a kind line names. */
export interface KindCorrespondents {
  from: string;
  to: string;
}

/**
 * The Presidency and the recipient a Presidency note's kind line names after the kind (`words`, the capitals printed
 * after `NOTE FROM THE PRESIDENCY`, one space apart), in the kind's language or, where the kind's words are printed
 * alike in several, the first whose form reads them; null where the words name no recipient so.
 */
export function kindCorrespondents(words: string, language: string | null): KindCorrespondents | null {
  const text = words.trim();
  if (text === '') return null;
  const languages = language === null ? Object.keys(RECIPIENT_FORMS) : [language];
  for (const code of languages) {
    const match = RECIPIENT_FORMS[code]?.exec(text);
    const to = match?.[1] ?? match?.[2];
    const from = PRESIDENCY_SENDERS[code];
    if (to !== undefined && from !== undefined) return { from, to };
  }
  return null;
}

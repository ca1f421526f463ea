import { describe, expect, it } from 'vitest';
import { codesAt, trailingCodesColumn, valueLength } from '../../../../../scripts/ingest/parse/header/value-shapes.ts';
import {
  endsAddress,
  formatAfterAddress,
  formatEndingVenue,
  formatLengthAt,
  toolAtEnd,
  venueEnd,
} from '../../../../../scripts/ingest/parse/header/venue-end.ts';

const value = (field: Parameters<typeof valueLength>[0], text: string) => text.slice(0, valueLength(field, text, 0)).trim();

/** The venue `text` keeps before the offset venueEnd gives, or null. */
const venue = (text: string) => {
  const end = venueEnd(text);
  return end === null ? null : text.slice(0, end).trimEnd();
};

describe('valueLength', () => {
  it('measures a sender or recipient of the vocabulary, joined ones and their parts', () => {
    expect(value('from', ' Presidency/GSC Delegations')).toBe('Presidency/GSC');
    expect(value('to', 'Permanent Representatives Committee (Part 2) Proposal')).toBe('Permanent Representatives Committee (Part 2)');
    expect(value('to', 'Coreper / Council Draft')).toBe('Coreper / Council');
    expect(value('from', 'Law Enforcement Working Party Delegations')).toBe('Law Enforcement Working Party');
    expect(value('from', 'Mr A. SMITH')).toBe('');
  });

  it('measures days, references and contact details', () => {
    expect(value('on', '18 and 19 November 2025 Delegations')).toBe('18 and 19 November 2025');
    expect(value('on', '30 November - 1 December 2025 To')).toBe('30 November - 1 December 2025');
    // The hours a meeting over two days opens and closes, printed beside its days (a notice's labels before its values).
    expect(value('on', '3 (10.00) - 4 March 2026 (13.00) COUNCIL JUSTUS LIPSIUS')).toBe('3 (10.00) - 4 March 2026 (13.00)');
    expect(value('on', '3 (10 h 00) - 4 mars 2026 (13 h 00) CONSEIL')).toBe('3 (10 h 00) - 4 mars 2026 (13 h 00)');
    expect(value('on', '3. (10.00 Uhr) - 4. März 2026 (13.00 Uhr) RAT')).toBe('3. (10.00 Uhr) - 4. März 2026 (13.00 Uhr)');
    // An informal videoconference's span and time zone stay the day's, not the venue's (`Date:` / `Venue:` / the values).
    expect(value('on', '1 December 2020 (10.00–13.00 CET) videoconference')).toBe('1 December 2020 (10.00–13.00 CET)');
    expect(value('on', '1er décembre 2020 (10 h 00-13 h 00 HEC) vidéoconférence')).toBe('1er décembre 2020 (10 h 00-13 h 00 HEC)');
    expect(value('on', '1 December 2020 (videoconference)')).toBe('1 December 2020');
    expect(value('previous', '10951/2/98 ENFOPOL 98 REV 2 + COR 1 Interception')).toBe('10951/2/98 ENFOPOL 98 REV 2 + COR 1');
    expect(value('commission', 'COM(2020) 796 final Proposal')).toBe('COM(2020) 796 final');
    // a reissued version after the word for final, and references apart by a semicolon; no slash and figure after a space
    expect(value('commission', 'COM(2025) 123 final/2 COMMISSION STAFF')).toBe('COM(2025) 123 final/2');
    expect(value('commission', 'COM(2025) 123 final; SWD(2025) 45 final Proposal')).toBe('COM(2025) 123 final; SWD(2025) 45 final');
    expect(value('commission', 'COM(2025) 123 final /2 Proposal')).toBe('COM(2025) 123 final');
    // the annexes or part after the number, not a subject opening on an annex's word alone
    expect(value('commission', 'COM(2025) 123 final - Annexes 1 to 3 COMMISSION STAFF')).toBe('COM(2025) 123 final - Annexes 1 to 3');
    expect(value('commission', 'COM(2025) 123 final/2 - ANHANG Vorschlag')).toBe('COM(2025) 123 final/2 - ANHANG');
    expect(value('commission', 'SWD(2025) 45 final PART 1/2 COMMISSION STAFF')).toBe('SWD(2025) 45 final PART 1/2');
    expect(value('commission', 'COM(2025) 123 final ALLEGATI da 1 a 3 DOCUMENTO')).toBe('COM(2025) 123 final ALLEGATI da 1 a 3');
    expect(value('commission', 'COM(2025) 123 final ANNEX to the Proposal')).toBe('COM(2025) 123 final');
    expect(value('commission', 'COM(2025) 123 final\n- ANNEX\n\nProposal')).toBe('COM(2025) 123 final\n- ANNEX');
    expect(value('previous', '9876/25 ANNEX Proposal')).toBe('9876/25');
    // annexes without a dash before a word in small letters open the subject, and a word for annex with a number is no code
    expect(value('commission', 'COM(2025) 123 final\nANNEXES 1 to 3 to the Proposal')).toBe('COM(2025) 123 final');
    expect(value('commission', 'COM(2025) 123 final PIELIKUMI 1.–3. priekšlikumam')).toBe('COM(2025) 123 final');
    expect(value('commission', 'COM(2025) 123 final MELLÉKLETEK 1–3. a következőhöz')).toBe('COM(2025) 123 final');
    expect(value('commission', 'COM(2025) 123 final\nANNEX 1 to the Proposal')).toBe('COM(2025) 123 final');
    expect(value('commission', 'COM(2025) 123 final ANNEXES 1 to 3 and SWD(2025) 45 final Proposal')).toBe(
      'COM(2025) 123 final ANNEXES 1 to 3 and SWD(2025) 45 final',
    );
    // A notice's number as an outcome's previous document: whole, not the code `CM 1250` and a subject opening `/26`.
    expect(value('previous', 'CM 1250/26 Summary of discussions')).toBe('CM 1250/26');
    expect(value('previous', 'CM 4578/2/24 REV 2 Ergebnis der Beratungen')).toBe('CM 4578/2/24 REV 2');
    expect(value('other', 'cosi@consilium.europa.eu +32 2 281 12 34')).toBe('cosi@consilium.europa.eu');
  });

  it('measures a declassified version’s note: the released document with its marking, its day, its new status (a page run into one line prints them one after the other)', () => {
    expect(value('note', '9876/25 LIMITE 3 June 2025 Public Criminal infiltration')).toBe('9876/25 LIMITE');
    expect(value('note', '8812/1/19 REV 1 RESTREINT UE/EU RESTRICTED 3 May 2019')).toBe('8812/1/19 REV 1 RESTREINT UE/EU RESTRICTED');
    expect(value('note', '3 June 2025 Public Criminal infiltration')).toBe('3 June 2025');
    expect(value('note', '3. Juni 2025 Öffentlich Kriminelle')).toBe('3. Juni 2025');
    expect(value('note', 'Public Criminal infiltration')).toBe('Public');
    expect(value('note', 'Öffentlich Kriminelle Unterwanderung')).toBe('Öffentlich');
    expect(value('note', 'PUBLIC Strengthening')).toBe('PUBLIC');
    // no status word opening another word, and no code run on after a number (`LIMITE 3`)
    expect(value('note', 'Publication of the report')).toBe('');
    expect(value('note', '9876/25 LIMITED')).toBe('9876/25');
  });

  it('measures a date of receipt printed year first, as the Hungarian, Lithuanian and Latvian cover notes print it, before the recipient run on after it', () => {
    expect(value('other', '2025. október 3. Thérèse BLANCHET, az Európai Unió Tanácsának főtitkára')).toBe('2025. október 3.');
    expect(value('other', '2025 m. spalio 3 d. Thérèse BLANCHET, Europos Sąjungos Tarybos generalinė sekretorė')).toBe('2025 m. spalio 3 d.');
    expect(value('other', '2025. gada 3. oktobrī Thérèse BLANCHET, Eiropas Savienības Padomes ģenerālsekretāre')).toBe('2025. gada 3. oktobrī');
    // four figures alone are no day: a year with no month after it is not taken
    expect(value('other', '2025. Thérèse BLANCHET')).toBe('');
  });
});

describe('valueLength of a meeting’s days', () => {
  it('measures two days with the year first, as the Hungarian, Lithuanian and Latvian notices print them, and Maltese days with their articles', () => {
    expect(value('on', ' 2026. március 17–18.\n10.00')).toBe('2026. március 17–18.');
    expect(value('on', ' 2026 m. kovo 17–18 d.\n10.00')).toBe('2026 m. kovo 17–18 d.');
    expect(value('on', ' 2026 m. kovo 17 ir 18 d.\n10.00')).toBe('2026 m. kovo 17 ir 18 d.');
    expect(value('on', ' 2026. gada 17. un 18. martā\nplkst. 10.00')).toBe('2026. gada 17. un 18. martā');
    expect(value('on', " is-17 u t-18 ta' Marzu 2026\n10.00")).toBe("is-17 u t-18 ta' Marzu 2026");
    expect(value('on', ' 17.–18. märts 2026\n10.00')).toBe('17.–18. märts 2026');
    // a year alone opens no date
    expect(value('on', ' 2026. gada budžets')).toBe('');
  });

  it('measures two days each with its hour in brackets and the version’s word for o’clock, and a span whose first month is misprinted from its first day', () => {
    expect(value('on', ' 3 марта 2026 г. (10.00 ч.) – 4 март 2026 г. (13.00 ч.)\n10.00 ч.')).toBe('3 марта 2026 г. (10.00 ч.) – 4 март 2026 г. (13.00 ч.)');
    expect(value('on', ' 3. března 2026 (10.00 hod.) – 4. března 2026 (13.00 hod.) 10.00')).toBe('3. března 2026 (10.00 hod.) – 4. března 2026 (13.00 hod.)');
    expect(value('on', ' 3 mars 2026 (kl. 10.00) – 4 mars 2026 (kl. 13.00)\nkl. 10.00')).toBe('3 mars 2026 (kl. 10.00) – 4 mars 2026 (kl. 13.00)');
    expect(value('on', ' 3 Marc 2026 – 4 March 2026 10.00 COUNCIL')).toBe('3 Marc 2026 – 4 March 2026');
    // a day whose month is misprinted, with no day of a date after its dash, opens no value
    expect(value('on', ' 3 Marc 2026 – 10.00')).toBe('');
  });
});

describe('codesAt', () => {
  it('reads the codes printed at a position, and none where there are none', () => {
    expect(codesAt(' EUROJUST 59 EPPO 20 No. prev. doc.', 0)).toEqual({ codes: ['EUROJUST 59', 'EPPO 20'], length: ' EUROJUST 59 EPPO 20'.length });
    expect(codesAt(' Proposal for a Regulation', 0)).toEqual({ codes: [], length: 0 });
    expect(codesAt('\nANNEXES 1 to 3 to the Proposal', 0)).toEqual({ codes: [], length: 0 });
    expect(codesAt(' ANNEX 1 to the Proposal', 0)).toEqual({ codes: [], length: 0 });
  });
});

describe('trailingCodesColumn', () => {
  /** The codes column `value` ends in, as trailingCodesColumn places it, or null. */
  const column = (value: string) => {
    const at = trailingCodesColumn(value);
    return at === null ? null : value.slice(at);
  };

  it('reads the codes column a page run into one line prints after the subject', () => {
    expect(column('Internal Security (COSI) COSI 237 JAI 1769 CEPOL EUDA')).toBe('COSI 237 JAI 1769 CEPOL EUDA');
    expect(column('Work programme for 2013 LIMITE JAI 412 COSI 64')).toBe('LIMITE JAI 412 COSI 64');
    expect(column('Work programme for 2013')).toBeNull();
  });

  it('keeps the subject’s last word when it is a code word the column lists too (each code is listed once)', () => {
    expect(column('Report on the proceedings of COSI COSI 38 JAI 236')).toBe('COSI 38 JAI 236');
    expect(column('Report on the proceedings of JAI COSI 38 JAI 236')).toBe('COSI 38 JAI 236');
    expect(column('Cooperation with EUROPOL EUROPOL 12 JAI 236')).toBe('EUROPOL 12 JAI 236');
    expect(column('Training by CEPOL CEPOL JAI 236')).toBe('CEPOL JAI 236');
    expect(column('Law enforcement ENFOPOL ENFOPOL 50 COSI 38')).toBe('ENFOPOL 50 COSI 38');
  });
});

describe('venueEnd', () => {
  it('ends the venue after a city where the Council meets, before any capitalised word (a sentence, a tool’s name)', () => {
    expect(venue('TANÁCS EUROPA ÉPÜLET Rue de la Loi 175, 1048 Brüsszel A COSI tagjainak informális videokonferenciája elmarad.')).toBe(
      'TANÁCS EUROPA ÉPÜLET Rue de la Loi 175, 1048 Brüsszel',
    );
    expect(venue('TARYBA Rue de la Loi 175, 1048 Briuselis Neoficiali COSI narių vaizdo konferencija atšaukta.')).toBe(
      'TARYBA Rue de la Loi 175, 1048 Briuselis',
    );
    expect(venue('COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels MS Teams 1. Adoption')).toBe(
      'COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels',
    );
    expect(venue('AN CHOMHAIRLE Rue de la Loi 175, 1048 An Bhruiséil Webex')).toBe('AN CHOMHAIRLE Rue de la Loi 175, 1048 An Bhruiséil');
    expect(venue('ECCL 4, Place de l’Europe, L-1499 LUXEMBOURG Zoom')).toBe('ECCL 4, Place de l’Europe, L-1499 LUXEMBOURG');
  });

  it('ends the venue after a city where the Council meets before the day’s hours, or a line under it opening with a figure', () => {
    expect(venue('RÅDET Rue de la Loi 175, 1048 Bryssel kl. 10.00 – 13.00 1. Godkännande')).toBe('RÅDET Rue de la Loi 175, 1048 Bryssel');
    expect(venue('RADA Rue de la Loi 175, 1048 Brusel\n10:00 – 13:00\n1. Schválení')).toBe('RADA Rue de la Loi 175, 1048 Brusel');
    expect(venue('PADOME Rue de la Loi 175, 1048 Brisele\n2026. gada 17. februārī\nplkst. 10.00 – 13.00')).toBe('PADOME Rue de la Loi 175, 1048 Brisele');
  });

  it('keeps the venue’s own words after the city, and reads no end after a city it does not know before words in capitals', () => {
    expect(venue('COUNCIL Rue de la Loi 175, 1048 Brussels (room 50.4)')).toBeNull();
    expect(venue('COUNCIL Rue de la Loi 175, 1048 Brussels')).toBeNull();
    expect(venue('Palais 12, 2000 Neuchâtel A COSI')).toBeNull();
  });
});

describe('a venue in a city a Presidency meets in', () => {
  /** The venue and what follows it, where `find` tells them apart, or null. */
  const apart = (text: string, find: (values: string) => number | null = toolAtEnd) => {
    const end = find(text);
    return end === null ? null : [text.slice(0, end), text.slice(end).trim()];
  };

  it('ends the venue after a postcode of two parts and its city before a sentence', () => {
    expect(venue('Pałac Kultury Plac Defilad 1, 00-901 Warszawa Powyższe posiedzenie zostało odwołane.')).toBe('Pałac Kultury Plac Defilad 1, 00-901 Warszawa');
    expect(venue('Centro de Congressos Rua da Junqueira 1, 1000-001 Lisboa Informam-se as delegações')).toBe(
      'Centro de Congressos Rua da Junqueira 1, 1000-001 Lisboa',
    );
    expect(venue('Palác Žofín Slovanský ostrov 226, 110 00 Praha 1 Výše uvedené zasedání bylo zrušeno.')).toBe(
      'Palác Žofín Slovanský ostrov 226, 110 00 Praha 1',
    );
  });

  it('reads a line ending in such a postcode and city as an address', () => {
    expect(endsAddress('Slovanský ostrov 226, 110 00 Praha 1')).toBe(true);
    expect(endsAddress('Plac Defilad 1, 00-901 Warszawa')).toBe(true);
    expect(endsAddress('Rua da Junqueira 1, 1000-001 Lisboa')).toBe(true);
    expect(endsAddress('Nørregade 1, 1000 København')).toBe(true);
  });

  it('tells a tool’s name ending the line from the venue before it, whatever city or room ends the address', () => {
    expect(apart('Kulturhuset Nørregade 1, 1000 København Webex')).toEqual(['Kulturhuset Nørregade 1, 1000 København', 'Webex']);
    expect(apart('Palác Žofín Slovanský ostrov 226, 110 00 Praha 1 MS Teams')).toEqual(['Palác Žofín Slovanský ostrov 226, 110 00 Praha 1', 'MS Teams']);
    expect(apart('Pałac Kultury Plac Defilad 1, 00-901 Warszawa Zoom')).toEqual(['Pałac Kultury Plac Defilad 1, 00-901 Warszawa', 'Zoom']);
    expect(apart('Palacio de Congresos Avenida de la Constitución 1, 38001 Santa Cruz Webex')).toEqual([
      'Palacio de Congresos Avenida de la Constitución 1, 38001 Santa Cruz',
      'Webex',
    ]);
    expect(apart('World Forum Churchillplein 10, 2517 Den Haag Microsoft Teams')).toEqual(['World Forum Churchillplein 10, 2517 Den Haag', 'Microsoft Teams']);
    expect(apart('Council of the European Union Justus Lipsius building, room 50.4 Webex')).toEqual([
      'Council of the European Union Justus Lipsius building, room 50.4',
      'Webex',
    ]);
  });

  it('tells nothing apart where no tool’s name ends the line after a city the Council does not meet in', () => {
    expect(apart('Palacio de Congresos Avenida de la Constitución 1, 38001 Santa Cruz Foro', formatAfterAddress)).toBeNull();
    expect(apart('Kulturhuset Nørregade 1, 1000 København', formatAfterAddress)).toBeNull();
    expect(apart('Palais 12, 2000 Neuchâtel A COSI tagjainak')).toBeNull();
    expect(apart('Webex')).toBeNull();
  });

  it('reads a city of several words, the small words between them, as the city', () => {
    expect(venue('Auditorio Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife Se informa a las delegaciones')).toBe(
      'Auditorio Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife',
    );
    expect(venue('Messe Ludwig-Erhard-Anlage 1, 60327 Frankfurt am Main Die Delegationen werden gebeten')).toBe(
      'Messe Ludwig-Erhard-Anlage 1, 60327 Frankfurt am Main',
    );
    expect(apart('Auditorio Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife Webex', formatAfterAddress)).toEqual([
      'Auditorio Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife',
      'Webex',
    ]);
    expect(endsAddress('Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife')).toBe(true);
    expect(endsAddress("Churchillplein 10, 2517 JW 's-Gravenhage")).toBe(true);
    expect(endsAddress('Churchillplein 10, 2517 JW Den Haag')).toBe(true);
  });

  it('ends the venue at a postcode printed after its city', () => {
    expect(endsAddress('Dame Street, Dublin 2, D02 X285')).toBe(true);
    expect(endsAddress('Old Hospital Street, La Valletta VLT 1645')).toBe(true);
    expect(endsAddress('Dame Street, Dublin 2')).toBe(false);
    expect(apart('Dublin Castle Dame Street, Dublin 2, D02 X285 Webex', formatAfterAddress)).toEqual([
      'Dublin Castle Dame Street, Dublin 2, D02 X285',
      'Webex',
    ]);
    expect(venue('Mediterranean Conference Centre Old Hospital Street, Valletta VLT 1645 Il-laqgħa msemmija')).toBe(
      'Mediterranean Conference Centre Old Hospital Street, Valletta VLT 1645',
    );
    expect(venue('Dublin Castle Dame Street, Dublin 2, D02 X285')).toBeNull();
  });
});

describe('a format the venue’s cell prints as its last line, no Format: row', () => {
  /** The venue and its format where formatEndingVenue tells them apart, or null. */
  const apart = (value: string) => {
    const at = formatEndingVenue(value);
    return at === null ? null : [value.slice(0, at).trimEnd(), value.slice(at)];
  };

  it('reads a format’s words or a tool’s name right after the address’s end as the format', () => {
    expect(apart('COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels videoconference')).toEqual([
      'COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels',
      'videoconference',
    ]);
    expect(apart('Kulturhuset Nørregade 1, 1000 København Webex')).toEqual(['Kulturhuset Nørregade 1, 1000 København', 'Webex']);
    expect(apart('World Forum Churchillplein 10, 2517 JW Den Haag In person')).toEqual(['World Forum Churchillplein 10, 2517 JW Den Haag', 'In person']);
    expect(apart('ΣΥΜΒΟΥΛΙΟ Rue de la Loi 175, 1048 Βρυξέλλες Με φυσική παρουσία')).toEqual([
      'ΣΥΜΒΟΥΛΙΟ Rue de la Loi 175, 1048 Βρυξέλλες',
      'Με φυσική παρουσία',
    ]);
    expect(apart('Dublin Castle Dame Street, Dublin 2, D02 X285 MS Teams')).toEqual(['Dublin Castle Dame Street, Dublin 2, D02 X285', 'MS Teams']);
    expect(apart('TARYBA Rue de la Loi 175, 1048 Briuselis vaizdo konferencija')).toEqual(['TARYBA Rue de la Loi 175, 1048 Briuselis', 'vaizdo konferencija']);
  });

  it('reads no format from a word no reader knows, nor from a format’s word that is not right after an address', () => {
    expect(apart('COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels Foobar')).toBeNull();
    expect(apart('COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels')).toBeNull();
    expect(apart('Dublin Castle Dame Street, Dublin 2 videoconference')).toBeNull();
    expect(apart('videoconference')).toBeNull();
    expect(apart('Justus Lipsius building and videoconference')).toBeNull();
  });

  it('measures a format’s words at the end of their line or before no word in small letters', () => {
    const at = (text: string) => text.slice(0, formatLengthAt(text, 0));
    expect(at('videoconference\n1. Adoption')).toBe('videoconference');
    expect(at('In person 1. Adoption of the agenda')).toBe('In person');
    expect(at('MS Teams')).toBe('MS Teams');
    expect(at('videoconference will be held')).toBe('');
    expect(at('Webexes')).toBe('');
  });

  it('opens no sentence at a city’s last word before a format’s word in small letters', () => {
    expect(venue('Palacio Calle Toledo 1, 13001 Ciudad Real videoconferencia 1. Aprobación')).toBeNull();
    expect(venue('Palacio Calle Toledo 1, 13001 Ciudad Real Se informa a las delegaciones')).toBe('Palacio Calle Toledo 1, 13001 Ciudad Real');
  });
});

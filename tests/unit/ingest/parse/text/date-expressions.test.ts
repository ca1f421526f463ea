import { describe, expect, it } from 'vitest';
import { REGISTER_LANGUAGES } from '../../../../../scripts/fetch/targets.ts';
import { isoDate, parseDate, parseDates } from '../../../../../scripts/ingest/parse/text/date-expressions.ts';

describe('parseDates', () => {
  it('reads the two days of "18 and 19 November 2025"', () => {
    expect(parseDates('18 and 19 November 2025')).toEqual(['2025-11-18', '2025-11-19']);
  });

  it('reads non-consecutive days without inventing the day between', () => {
    expect(parseDates('20 and 22 September 2023')).toEqual(['2023-09-20', '2023-09-22']);
  });

  it('expands a range of days, also across a month end', () => {
    expect(parseDates('26-27 June 2014')).toEqual(['2014-06-26', '2014-06-27']);
    expect(parseDates('28 November – 2 December 2022')).toEqual(['2022-11-28', '2022-11-29', '2022-11-30', '2022-12-01', '2022-12-02']);
  });

  it('reads days of two months sharing one year', () => {
    expect(parseDates('30 November and 1 December 2022')).toEqual(['2022-11-30', '2022-12-01']);
  });

  it('reads French and German month names and a week-day', () => {
    expect(parseDates('le 1er décembre 2022')).toEqual(['2022-12-01']);
    expect(parseDates('Dienstag, 3. März 2020')).toEqual(['2020-03-03']);
    expect(parseDates('Tuesday 18 November 2025')).toEqual(['2025-11-18']);
  });

  it('reads the dates of the Italian, Spanish, Portuguese, Dutch, Polish and Swedish versions', () => {
    expect(parseDates('14 ottobre 2021')).toEqual(['2021-10-14']);
    expect(parseDates('9 de junio de 2020')).toEqual(['2020-06-09']);
    expect(parseDates('3 de março de 2021')).toEqual(['2021-03-03']);
    expect(parseDates('12 mei 2022')).toEqual(['2022-05-12']);
    expect(parseDates('1 grudnia 2016 r.')).toEqual(['2016-12-01']);
    expect(parseDates('den 7 september 2017')).toEqual(['2017-09-07']);
    expect(parseDates('15 i 16 czerwca 2015 r.')).toEqual(['2015-06-15', '2015-06-16']);
  });

  it('reads two days each printed whole with its year first and its hours, each day with its own year', () => {
    expect(parseDates('2026. február 17. (10.00–18.00) és 2026. február 18. (09.30–13.00)')).toEqual(['2026-02-17', '2026-02-18']);
    expect(parseDates('2026 m. vasario 17 d. ir 2026 m. vasario 18 d.')).toEqual(['2026-02-17', '2026-02-18']);
    expect(parseDates('2025. gada 31. decembrī un 2026. gada 2. janvārī')).toEqual(['2025-12-31', '2026-01-02']);
  });

  it('reads the dates the other official languages print year first or with words around them', () => {
    expect(parseDates('2019. május 3.')).toEqual(['2019-05-03']);
    expect(parseDates('2019 m. gegužės 3 d.')).toEqual(['2019-05-03']);
    expect(parseDates('2019. gada 3. maijā')).toEqual(['2019-05-03']);
    expect(parseDates('3 май 2019 г.')).toEqual(['2019-05-03']);
    expect(parseDates("3 ta' Mejju 2019")).toEqual(['2019-05-03']);
    expect(parseDates('3 Μαΐου 2019')).toEqual(['2019-05-03']);
  });

  it('reads the Slovenian dates, whose month is in the genitive (12. junija 2019), as well as its nominative', () => {
    expect(parseDates('12. junija 2019')).toEqual(['2019-06-12']);
    expect(parseDates('3. januarja 2023')).toEqual(['2023-01-03']);
    expect(parseDates('18. in 19. novembra 2025')).toEqual(['2025-11-18', '2025-11-19']);
    expect(parseDates('14. marec 2019')).toEqual(['2019-03-14']);
  });

  it('reads the Irish dates, two of whose months are two words (Meán Fómhair, Deireadh Fómhair)', () => {
    expect(parseDates('15 Nollaig 2022')).toEqual(['2022-12-15']);
    expect(parseDates('3 Bealtaine 2023')).toEqual(['2023-05-03']);
    expect(parseDates('20 Meán Fómhair 2023')).toEqual(['2023-09-20']);
    expect(parseDates('5 agus 6 Deireadh Fómhair 2023')).toEqual(['2023-10-05', '2023-10-06']);
    expect(parseDates('20 Fómhair 2023')).toEqual([]);
  });

  it('reads a month printed before its day, as some English copies print it, each later month taking the days after it', () => {
    expect(parseDates('March 3, 2026')).toEqual(['2026-03-03']);
    expect(parseDates('Tuesday, March 3rd, 2026')).toEqual(['2026-03-03']);
    expect(parseDates('March 3 and 4, 2026')).toEqual(['2026-03-03', '2026-03-04']);
    expect(parseDates('March 31 and April 1, 2026')).toEqual(['2026-03-31', '2026-04-01']);
    // a month after its days still names them, not the days after it
    expect(parseDates('3 March and 5 April 2026')).toEqual(['2026-03-03', '2026-04-05']);
    expect(parseDates('the 3rd of March 2026')).toEqual(['2026-03-03']);
    expect(parseDates('November 2025, 3 delegations')).toEqual([]);
  });

  it('names no day for text that is not a complete date', () => {
    expect(parseDates('Delegations')).toEqual([]);
    expect(parseDates('November 2025')).toEqual([]);
    expect(parseDates('31 February 2025')).toEqual([]);
  });
});

describe('parseDate', () => {
  it('gives the first day of an expression, or null', () => {
    expect(parseDate('Brussels, 25 November 2025')).toBe('2025-11-25');
    expect(parseDate('no date here')).toBeNull();
  });
});

describe('isoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
  });
});

/** The week's days, Monday first, as each official language prints them in a day heading or a notice's date (Irish and Maltese with their article). */
const WEEK: Readonly<Record<string, readonly string[]>> = {
  bg: ['понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя'],
  cs: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  el: ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  et: ['esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev'],
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ga: ['Dé Luain', 'Dé Máirt', 'Dé Céadaoin', 'Déardaoin', 'Dé hAoine', 'Dé Sathairn', 'Dé Domhnaigh'],
  hr: ['ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja'],
  hu: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  lt: ['pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis', 'sekmadienis'],
  lv: ['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'],
  mt: ['it-Tnejn', 'it-Tlieta', 'l-Erbgħa', 'il-Ħamis', 'il-Ġimgħa', 'is-Sibt', 'il-Ħadd'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  ro: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  sk: ['pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota', 'nedeľa'],
  sl: ['ponedeljek', 'torek', 'sreda', 'četrtek', 'petek', 'sobota', 'nedelja'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
};

describe('parseDates with the days of the week of the official languages', () => {
  it('covers the 24 official languages', () => {
    expect(Object.keys(WEEK).sort()).toEqual([...REGISTER_LANGUAGES].sort());
  });

  // 16 to 22 February 2026 run Monday to Sunday: `Monday 16 – Tuesday 17 February 2026`
  for (const [language, days] of Object.entries(WEEK)) {
    it(`reads two days each after its ${language} weekday`, () => {
      days.forEach((name, index) => {
        const next = days[(index + 1) % 7] ?? '';
        const text = index === 6 ? `${name} 22 February 2026` : `${name} ${16 + index} – ${next} ${17 + index} February 2026`;
        const expected = index === 6 ? ['2026-02-22'] : [`2026-02-${16 + index}`, `2026-02-${17 + index}`];
        expect(parseDates(text), text).toEqual(expected);
      });
    });
  }
});

describe('parseDates in a sentence naming a meeting’s two days', () => {
  it.each([
    ['et', 'komitee (COSI) 18. ja 19. novembril 2025 toimunud koosoleku tulemus'],
    ['et', 'komitee (COSI) 18. ja 19. novembri 2025. aasta koosoleku tulemus'],
    ['lv', 'komitejas (COSI) 2025. gada 18. un 19. novembra sanāksmes rezultāti'],
    ['hu', 'bizottság (COSI) 2025. november 18-i és 19-i ülésének eredménye'],
    ['lt', '2025 m. lapkričio 18 ir 19 d. Nuolatinio komiteto (COSI) posėdžio rezultatai'],
    ['mt', 'Sigurtà Interna (COSI) tat-18 u d-19 ta’ Novembru 2025'],
    ['ga', 'Slándáil Inmheánach (COSI) an 18 agus an 19 Samhain 2025'],
  ])('reads both days in %s: %s', (_language, text) => {
    expect(parseDates(text)).toEqual(['2025-11-18', '2025-11-19']);
  });

  it('makes no range of the hyphen after a Maltese article (`l-1 u l-5 ta’ Diċembru` are two days)', () => {
    expect(parseDates('l-1 u l-5 ta’ Diċembru 2025')).toEqual(['2025-12-01', '2025-12-05']);
  });

  it('ends a year-first date at the word after it, so that a later date stays apart', () => {
    expect(parseDates('2025. november 18-i ülés, majd 2025. december 2.')).toEqual(['2025-11-18', '2025-12-02']);
  });
});

describe('parseDates with the times a notice prints beside its days', () => {
  it.each([
    ['en', '3 (10.00) - 4 March 2026 (13.00)', ['2026-03-03', '2026-03-04']],
    ['en', '9 (14.30) and 10 (9.30) June 2025', ['2025-06-09', '2025-06-10']],
    ['fr', '3 (10 h 00) - 4 mars 2026 (13 h 00)', ['2026-03-03', '2026-03-04']],
    ['fr', '3 (10h00) – 4 mars 2026 (13h00)', ['2026-03-03', '2026-03-04']],
    ['de', '3. (10.00 Uhr) - 4. März 2026 (13.00 Uhr)', ['2026-03-03', '2026-03-04']],
    ['nl', '3 (10.00 uur) - 4 maart 2026 (13.00 uur)', ['2026-03-03', '2026-03-04']],
    ['hu', '2026. március 3. (10.00) – 4. (13.00)', ['2026-03-03', '2026-03-04']],
    ['en', 'Tuesday 17 February 2026, 10:00', ['2026-02-17']],
    // An informal videoconference's span with its time zone: the dash between the hours links no days.
    ['en', '1 December 2020 (10.00–13.00 CET)', ['2020-12-01']],
    ['en', '3 (10.00–13.00 CET) and 4 March 2026 (9.30–12.30 CET)', ['2026-03-03', '2026-03-04']],
    ['fr', '1er décembre 2020 (10 h 00–13 h 00 HEC)', ['2020-12-01']],
    ['de', '1. Dezember 2020 (10.00-13.00 Uhr MEZ)', ['2020-12-01']],
  ])('reads the days, not the hours, in %s: %s', (_language, text, days) => {
    expect(parseDates(text)).toEqual(days);
  });

  it('reads a Bulgarian day in the old genitive beside one in the nominative (`3 марта 2026 г. – 4 март 2026 г.`)', () => {
    expect(parseDates('3 марта 2026 г. – 4 март 2026 г.')).toEqual(['2026-03-03', '2026-03-04']);
    expect(parseDates('3 марта 2026 г. (10.00 ч.) – 4 март 2026 г. (13.00 ч.)')).toEqual(['2026-03-03', '2026-03-04']);
    expect(parseDates('3–4 марта 2026 г.')).toEqual(['2026-03-03', '2026-03-04']);
  });

  it('reads no day of a span whose first day’s month is not read, rather than its second day alone', () => {
    expect(parseDates('3 Marc 2026 – 4 March 2026')).toEqual([]);
    expect(parseDates('3 мрт 2026 г. (10.00 ч.) – 4 март 2026 г. (13.00 ч.)')).toEqual([]);
    expect(parseDates('3 Marc 2026 – 4 and 5 March 2026')).toEqual([]);
    // a dash after other words still opens its day
    expect(parseDates('Brussels – 4 March 2026')).toEqual(['2026-03-04']);
    expect(parseDates('3 Marc 2026, see the annex – 4 March 2026')).toEqual(['2026-03-04']);
  });

  it('still reads a day of the month that no time follows, and no time as a day', () => {
    expect(parseDates('10 and 13 March 2026')).toEqual(['2026-03-10', '2026-03-13']);
    expect(parseDates('(10.00) March 2026')).toEqual([]);
  });
});

describe('parseDate with a date in figures', () => {
  it('reads day-first dates with dots or slashes, a month in Roman figures and a year-first ISO date', () => {
    expect(parseDate('Brussels, 03/03/2026')).toBe('2026-03-03');
    expect(parseDate('Bruxelles, le 3/3/2026')).toBe('2026-03-03');
    expect(parseDate('Brüssel, den 3.3.2026')).toBe('2026-03-03');
    expect(parseDate('Bruksela, 3.III.2026')).toBe('2026-03-03');
    expect(parseDate('Bruselas, 3-III-2026')).toBe('2026-03-03');
    expect(parseDate('Brussels, 12.XII.2025')).toBe('2025-12-12');
    expect(parseDate('Brussels, 2026-03-03')).toBe('2026-03-03');
    expect(parseDate('Brussels, 3-3-2026')).toBe('2026-03-03');
    expect(parseDate('Bruxelles, le 03-03-2026')).toBe('2026-03-03');
  });

  it('reads no day that is not in the calendar, no month mixing dots and slashes and no year of two figures without the number', () => {
    expect(parseDate('Brussels, 31/02/2026')).toBeNull();
    expect(parseDate('Brussels, 3/3.2026')).toBeNull();
    expect(parseDate('Brussels, 03/03/26')).toBeNull();
    expect(parseDate('Brussels, 2026-13-03')).toBeNull();
    expect(parseDate('Brussels, 13-25-2026')).toBeNull();
    expect(parseDate('Brussels, 3-3-26')).toBeNull();
  });

  it('reads month first a date whose second figure is no month and whose first is (`11/25/2025`, `3-13-2026`)', () => {
    expect(parseDate('Brussels, 11/25/2025')).toBe('2025-11-25');
    expect(parseDate('Brussels, 3-13-2026')).toBe('2026-03-13');
    expect(parseDate('Bruxelles, le 12.31.2025')).toBe('2025-12-31');
    // day first wherever both can be months: the Council's order
    expect(parseDate('Brussels, 03/04/2026')).toBe('2026-04-03');
  });

  it('reads a year of two figures where the number carries it (`/25`, `/2025`), and only then', () => {
    expect(parseDate('Brussels, 25.11.25', '25')).toBe('2025-11-25');
    expect(parseDate('Brussels, 25-11-25', '2025')).toBe('2025-11-25');
    expect(parseDate('Bruxelles, le 3/3/26', '26')).toBe('2026-03-03');
    expect(parseDate('Brussels, 11/25/25', '25')).toBe('2025-11-25');
    expect(parseDate('Brussels, 25.11.25', '24')).toBeNull();
    expect(parseDate('Brussels, 25.11.24', '25')).toBeNull();
    expect(parseDate('Brussels, 25.11.25')).toBeNull();
    // four figures are read whatever the number's year
    expect(parseDate('Brussels, 25.11.2025', '26')).toBe('2025-11-25');
  });
});
